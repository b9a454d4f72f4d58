// Deleting a document asks first, naming the file, its type and the earlier versions that go with it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Dialog } from './Dialog';
import type { DocumentGroup } from './documentView';

interface Props {
  group: DocumentGroup;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  returnFocus: (opener: HTMLElement | null) => HTMLElement | null | undefined;
}

export function DeleteDocumentDialog({ group, onConfirm, onClose, returnFocus }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const { current, earlier } = group;
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('documents.delete.title')} onClose={onClose} returnFocus={returnFocus} className="document-delete">
      <ErrorBanner error={failure} />
      <p>{t('documents.delete.question', { name: current.fileName, type: t(`documents.types.${current.type}`) })}</p>
      {earlier.length > 0 && <p>{t('documents.delete.withEarlier', { count: earlier.length })}</p>}
      <p className="hint">{t('documents.delete.consequence')}</p>
      <div className="document-dialog-actions">
        <button type="button" className="danger" onClick={() => void confirm()} disabled={busy}>
          {t('documents.delete.confirm')}
        </button>
        <button type="button" onClick={onClose} autoFocus>
          {t('documents.delete.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
