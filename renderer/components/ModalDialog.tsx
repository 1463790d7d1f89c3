import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { AppDialogProps } from './AppDialog.tsx';

/** An open AppDialog: react-aria's modal, loaded with this module the first time one opens. */
export function ModalDialog({ title, onOpenChange, children, role = 'dialog', className }: Omit<AppDialogProps, 'isOpen'>) {
  return (
    <ModalOverlay isOpen onOpenChange={onOpenChange} isDismissable={role === 'dialog'} className="modal-overlay">
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
