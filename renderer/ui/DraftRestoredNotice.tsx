// The banner of a form that opened with its unsaved draft instead of the stored record.
import { useTranslation } from 'react-i18next';

export function DraftRestoredNotice({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="notice" role="status">
      {t('worker.draftRestored')}{' '}
      <button type="button" className="link" onClick={onDiscard}>
        {t('worker.discardDraft')}
      </button>
    </p>
  );
}
