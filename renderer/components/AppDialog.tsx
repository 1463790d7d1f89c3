import { lazy, Suspense, type ReactNode } from 'react';

// The modal's code (react-aria's overlays, focus trapping) loads when a dialog first opens, not
// with every page that could open one.
const ModalDialog = lazy(async () => ({ default: (await import('./ModalDialog.tsx')).ModalDialog }));

export interface AppDialogProps {
  title: string;
  isOpen: boolean;
  onOpenChange(open: boolean): void;
  children: ReactNode;
  /** "alertdialog" for a choice that deletes or cannot be undone. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
}

/** A modal dialog: traps focus, closes on Escape, gives focus back to what opened it. Nothing is drawn while it is closed. */
export function AppDialog({ isOpen, ...props }: AppDialogProps) {
  if (!isOpen) return null;
  return (
    <Suspense fallback={null}>
      <ModalDialog {...props} />
    </Suspense>
  );
}
