// The "cartella condivisa" setting: export writes there, import lists the bundles there. The
// bridge issues the folder's token when the user chooses it; a setting saved before tokens (a
// path) is not used, and the card asks to choose the folder again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { isStaleSharedFolder, useBridgeFailureText } from '../folderAccess';
import { SYNC_META } from '../syncMeta';
import { useStoredSharedFolder } from '../useSync';

export function SharedFolderCard() {
  const { t } = useTranslation();
  const { bridge, db } = useServices();
  const stored = useStoredSharedFolder();
  const stale = stored ? isStaleSharedFolder(stored) : false;
  const folder = stale ? null : stored;
  const failureText = useBridgeFailureText();
  const [message, setMessage] = useState<string | null>(null);
  const choose = async () => {
    setMessage(null);
    const chosen = await bridge.chooseSharedFolder();
    if (chosen.ok) await db.meta.put({ key: SYNC_META.sharedFolder, value: chosen.value });
    else if (chosen.error === 'unavailable') setMessage(t('sync.folder.unavailable'));
    else if (chosen.error !== 'cancelled') setMessage(failureText(chosen));
  };
  return (
    <section className="card" aria-labelledby="sync-folder-title">
      <h2 id="sync-folder-title">{t('sync.folder.title')}</h2>
      {stored && stale ? (
        <p role="alert" className="warning">
          {t('platform.staleFolder', { label: stored.label })}
        </p>
      ) : (
        <p>{folder ? t('sync.folder.current', { label: folder.label }) : t('sync.folder.none')}</p>
      )}
      {message && <p role="status">{message}</p>}
      <div className="actions">
        <button type="button" onClick={() => void choose()}>
          {t('sync.folder.choose')}
        </button>
        {stored && (
          <button type="button" onClick={() => void db.meta.delete(SYNC_META.sharedFolder)}>
            {t('sync.folder.forget')}
          </button>
        )}
      </div>
    </section>
  );
}
