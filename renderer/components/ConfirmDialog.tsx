import type { ReactNode } from 'react';
import { AppDialog } from './AppDialog.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';

interface ConfirmDialogProps {
  title: string;
  isOpen: boolean;
  onOpenChange(open: boolean): void;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  pending?: boolean;
  error?: unknown;
  /** The way out, when "Cancel" would be confusing ("Cancel the visit?" → "Keep the visit"). */
  dismissLabel?: string;
}

/** Asks before something that is hard to undo; the failure, if any, shows inside the dialog. */
export function ConfirmDialog({ title, isOpen, onOpenChange, children, confirmLabel, onConfirm, pending, error, dismissLabel = 'Cancel' }: ConfirmDialogProps) {
  return (
    <AppDialog title={title} isOpen={isOpen} onOpenChange={onOpenChange} role="alertdialog">
      <div className="dialog-body">{children}</div>
      <ErrorMessage error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={() => onOpenChange(false)}>
          {dismissLabel}
        </button>
        <button type="button" className="danger" onClick={onConfirm} disabled={pending}>
          {pending ? 'Working…' : confirmLabel}
        </button>
      </div>
    </AppDialog>
  );
}
