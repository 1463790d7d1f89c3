import { useEffect, useRef } from 'react';
import { paths } from './paths.ts';

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const MOD_KEY = isMac ? '⌘' : 'Ctrl';

/** "g" then a letter: go to a screen (the Gmail/GitHub convention). */
export const GO_TO: readonly { key: string; to: string; label: string }[] = [
  { key: 'h', to: paths.home(), label: 'Home' },
  { key: 'a', to: paths.agenda(), label: 'Agenda' },
  { key: 'c', to: paths.clients(), label: 'Clients' },
  { key: 'p', to: paths.people(), label: 'People' },
  { key: 'f', to: paths.followUps(), label: 'Follow-ups' },
  { key: 'i', to: paths.incidents(), label: 'Incidents' },
  { key: 'k', to: paths.knowHow(), label: 'Know-how' },
  { key: 't', to: paths.trash(), label: 'Trash' },
  { key: 's', to: paths.settings(), label: 'Settings' },
];

/** Shown in the "?" overlay; kept beside the handler so the list cannot drift from what works. */
export const SHORTCUTS: readonly { keys: string[]; what: string; together?: boolean }[] = [
  { keys: [MOD_KEY, 'K'], together: true, what: 'Search people, clients, events and notes' },
  { keys: ['?'], what: 'Show these keyboard shortcuts' },
  { keys: ['/'], what: 'Jump to the filter box on a list' },
  ...GO_TO.map((g) => ({ keys: ['g', g.key], what: `Go to ${g.label}` })),
  // Handled on Home itself (screens/home/useOpenKey.ts): only there is there a next visit.
  { keys: ['b'], what: 'On Home: open the next visit’s briefing' },
  { keys: ['Esc'], what: 'Close a dialog or cancel an edit' },
];

const typingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.getAttribute('role') === 'spinbutton');

interface ShortcutActions {
  openSearch(): void;
  openHelp(): void;
  go(to: string): void;
}

/** Global keys. Letters are ignored while typing in a field; Ctrl/Cmd+K works everywhere. */
export function useShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    let pendingG = 0;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        latest.current.openSearch();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || typingIn(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      if (event.key === '?') {
        event.preventDefault();
        latest.current.openHelp();
      } else if (event.key === '/') {
        const filter = document.querySelector<HTMLInputElement>('[data-filter]');
        if (filter) {
          event.preventDefault();
          filter.focus();
        }
      } else if (event.key === 'g') {
        pendingG = event.timeStamp;
      } else if (pendingG && event.timeStamp - pendingG < 1500) {
        const target = GO_TO.find((g) => g.key === event.key);
        pendingG = 0;
        if (target) {
          event.preventDefault();
          latest.current.go(target.to);
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
