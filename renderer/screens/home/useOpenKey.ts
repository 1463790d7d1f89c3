import { useEffect, useRef } from 'react';

const typingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [role="spinbutton"], [role="combobox"]') !== null);

/** Focus resting on the page itself, not on a control: after a navigation it sits on the h1. */
const restingOn = (target: EventTarget | null): boolean =>
  target === document.body || (target instanceof HTMLElement && (target.id === 'main' || target.classList.contains('page-heading')));

/**
 * One key opens the thing a screen is about: "b" anywhere (unless typing), or Enter while focus
 * rests on the page rather than on a control. `open` null switches the keys off.
 */
export function useOpenKey(open: (() => void) | null): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const go = latest.current;
      if (!go || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      const wanted = event.key === 'b' ? !typingIn(event.target) : event.key === 'Enter' && restingOn(event.target);
      if (!wanted) return;
      event.preventDefault();
      go();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
