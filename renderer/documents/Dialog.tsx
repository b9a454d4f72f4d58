// The documents' dialogs: the app's dialog (renderer/ui/Dialog) in the documents' look.
import { Dialog as AppDialog, type DialogProps } from '../ui/Dialog';

export function Dialog({ wide = false, className = '', ...props }: Omit<DialogProps, 'className'> & { wide?: boolean; className?: string }) {
  return <AppDialog {...props} className={`document-dialog${wide ? ' wide' : ''} ${className}`.trim()} />;
}
