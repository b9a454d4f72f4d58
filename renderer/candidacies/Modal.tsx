// The candidacies' dialogs: the app's dialog (renderer/ui/Dialog, which gives the focus back to
// what opened it when it closes) in the candidacies' look.
import type { ReactNode } from 'react';
import { Dialog } from '../ui/Dialog';

export function Modal({ title, onClose, children, wide = false }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  return (
    <Dialog title={title} onClose={onClose} className={`candidacy-modal${wide ? ' wide' : ''}`}>
      {children}
    </Dialog>
  );
}
