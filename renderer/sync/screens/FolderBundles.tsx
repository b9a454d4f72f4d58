// The bundles waiting in the shared folder, newest first, each opened with one click.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeFailure, SharedFolderEntry } from '../../../shared/platform/desktopBridge';
import type { FileSource } from '../../../shared/platform/fileStreams';
import { useServices } from '../../app/services';
import { useBridgeFailureText } from '../folderAccess';
import type { SharedFolderSetting } from '../syncMeta';
import { formatBytes, openBundleSource } from '../transport';

export function FolderBundles({ folder, disabled, onOpen }: { folder: SharedFolderSetting; disabled: boolean; onOpen: (file: FileSource) => void }) {
  const { t, i18n } = useTranslation();
  const { bridge } = useServices();
  const [entries, setEntries] = useState<SharedFolderEntry[] | null>(null);
  const [problem, setProblem] = useState<BridgeFailure | null>(null);
  const failureText = useBridgeFailureText();

  useEffect(() => {
    let cancelled = false;
    void bridge.listSharedFolder({ folder: folder.token }).then((result) => {
      if (cancelled) return;
      if (result.ok) setEntries(result.value.filter((entry) => entry.name.endsWith('.pcobundle')));
      else setProblem(result);
    });
    return () => {
      cancelled = true;
    };
  }, [bridge, folder.token, disabled]);

  const open = async (name: string) => {
    const file = await openBundleSource(bridge, { folder: folder.token, name });
    if (file.ok) onOpen(file.value);
    else setProblem(file);
  };

  return (
    <div className="sync-folder-list">
      <h3>{t('sync.import.fromFolder')}</h3>
      {problem && <p className="error-banner">{failureText(problem)}</p>}
      {entries && entries.length === 0 && <p>{t('sync.import.emptyFolder')}</p>}
      <ul>
        {(entries ?? []).map((entry) => (
          <li key={entry.name}>
            <button type="button" className="link" disabled={disabled} onClick={() => void open(entry.name)} aria-label={t('sync.import.open', { name: entry.name })}>
              {entry.name}
            </button>{' '}
            <span className="hint">
              {formatBytes(entry.size, i18n.language)} · {new Date(entry.modifiedAt).toLocaleString(i18n.language)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
