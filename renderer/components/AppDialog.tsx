import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

interface AppDialogProps {
  title: string;
  isOpen: boolean;
  onOpenChange(open: boolean): void;
  children: ReactNode;
  /** "alertdialog" for a choice that deletes or cannot be undone. */
  role?: 'dialog' | 'alertdialog';
  className?: string;
}

/** A modal dialog: traps focus, closes on Escape, gives focus back to what opened it. */
export function AppDialog({ title, isOpen, onOpenChange, children, role = 'dialog', className }: AppDialogProps) {
  return (
    <ModalOverlay isOpen={isOpen} onOpenChange={onOpenChange} isDismissable={role === 'dialog'} className="modal-overlay">
      <Modal className={className ? `modal ${className}` : 'modal'}>
        <Dialog role={role} className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
