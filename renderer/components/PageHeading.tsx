import { useEffect, type ReactNode } from 'react';

/**
 * The screen's one h1. It can take focus (the shell moves focus here after a navigation, so a
 * screen reader announces where you are) and names the window.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  useEffect(() => {
    document.title = `${title} · Ask After`;
  }, [title]);
  return (
    <h1 tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}

/**
 * After an action removes the control that had focus (the "Mark as deceased…" button once they
 * are marked), put focus on the screen's heading instead of letting it fall to the page body.
 */
export function focusPageHeading() {
  // After the dialog has closed and tried to give focus back to the vanished button.
  requestAnimationFrame(() => document.querySelector<HTMLElement>('h1.page-heading')?.focus());
}
