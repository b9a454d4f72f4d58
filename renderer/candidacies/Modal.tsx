// The candidacies' dialogs: the app's dialog (renderer/ui/Dialog, which gives the focus back to
// what opened it when it closes) in the candidacies' look.
import type { ReactNode } from 'react';
import { Dialog, type DialogProps } from '../ui/Dialog';

export interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  returnFocus?: DialogProps['returnFocus'];
}

export function Modal({ title, onClose, children, wide = false, returnFocus }: ModalProps) {
  return (
    <Dialog title={title} onClose={onClose} returnFocus={returnFocus} className={`candidacy-modal${wide ? ' wide' : ''}`}>
      {children}
    </Dialog>
  );
}
