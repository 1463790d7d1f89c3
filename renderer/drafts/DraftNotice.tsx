import { useEffect, useRef } from 'react';
import type { Draft } from './useDraft.ts';

/** Says that unsaved typing came back, with a way to throw it away; opens a folded form it sits in. */
export function DraftNotice({ draft }: { draft: Pick<Draft<unknown>, 'restored' | 'discard'> }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const folded = ref.current?.closest('details');
    if (folded && !folded.open) folded.open = true;
  }, [draft.restored]);
  if (!draft.restored) return null;
  return (
    <p ref={ref} role="status" className="draft-notice">
      Draft restored: what you typed before was kept.{' '}
      <button type="button" className="link-button" onClick={draft.discard}>
        Discard draft
      </button>
    </p>
  );
}
