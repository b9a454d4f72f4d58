// A modal dialog on the native <dialog>: the browser traps focus, Escape closes it, and the page
// behind is inert for assistive technology. When it closes (Escape, Annulla, done), the focus goes
// back where it was when it opened (the button that opened it), or where `returnFocus` says when that
// is no place to go back to (a dropped file opened it; the record whose button opened it was deleted).
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The dialog's class (its look): `candidacy-modal`, `document-dialog`, `help-dialog`… */
  className: string;
  /**
   * Asked when the dialog closes, with the element focused when it opened (null when none is, or it
   * left the page): where the focus goes. By default, that element.
   */
  returnFocus?: (opener: HTMLElement | null) => HTMLElement | null | undefined;
}

export function Dialog({ title, onClose, children, returnFocus, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Read at close time, not at open time: what the caller wants may change while it is open.
  const returnFocusRef = useRef(returnFocus);
  useEffect(() => {
    returnFocusRef.current = returnFocus;
  });
  // A layout effect, so that the cleanup runs while the dialog is still in the page.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      const present = opener?.isConnected ? opener : null;
      const target = returnFocusRef.current ? returnFocusRef.current(present) : present;
      target?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // React passes a nested dialog's Escape up its tree: only this dialog's own closes it.
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
