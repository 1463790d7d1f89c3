import { useId, type ReactNode } from 'react';

/** A titled card on a screen; `actions` sit on the heading's line. */
export function Section({ title, actions, children, className }: { title: string; actions?: ReactNode; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className ? `card ${className}` : 'card'}>
      <div className="card-header">
        <h2 id={id}>{title}</h2>
        {actions && <div className="card-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
