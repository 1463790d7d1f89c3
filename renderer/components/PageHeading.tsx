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
