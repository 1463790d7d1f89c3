import { Suspense, useState, type ReactNode } from 'react';

/**
 * "Add a follow-up", "Log a call or message": a disclosure whose form is built the first time it
 * is opened, then kept (what was typed survives closing it). A page with several of them opens
 * without drawing, or loading the code of, forms nobody has asked for yet. `open` starts it open
 * (a draft to finish, nothing else on the card yet).
 */
export function AddMore({ summary, open = false, children }: { summary: string; open?: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  return (
    <details className="add-more" open={open || undefined} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {(opened || open) && <Suspense fallback={<p className="muted">Loading the form…</p>}>{children}</Suspense>}
    </details>
  );
}
