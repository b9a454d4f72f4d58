// Sync, history: every bundle sent, received or refused: when, with whom, size, SHA-256, outcome.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { HARMLESS_REFUSALS } from '../../../shared/sync';
import type { SyncHistoryRow } from '../../db/rows';
import { createDevicesRepository } from '../devicesRepository';
import { formatBytes } from '../transport';
import { historyPeerVerified, historyRowTone, refusalOf } from '../historyRows';
import { useSyncContext } from '../useSync';
import { SyncLayout } from './SyncTabs';

export function HistoryScreen() {
  const { t, i18n } = useTranslation();
  const ctx = useSyncContext();
  const history = useLiveQuery(() => ctx.db.syncHistory.orderBy('at').reverse().toArray(), [ctx.db]);
  const devices = useLiveQuery(() => createDevicesRepository(ctx).list(), [ctx.db]);
  const label = (id: string) => devices?.find((device) => device.id === id)?.data.label ?? id.slice(0, 6);
  const peer = (row: SyncHistoryRow) => {
    if (!row.peerDeviceId) return t('sync.history.unknownPeer');
    if (historyPeerVerified(row)) return label(row.peerDeviceId);
    return (
      <span className="unverified" title={t('sync.history.claimedHint')}>
        {t('sync.history.claimedPeer', { peer: label(row.peerDeviceId) })}
      </span>
    );
  };
  const outcome = (row: SyncHistoryRow) => {
    if (row.outcome === 'sent' || row.outcome === 'applied') return t(`sync.history.outcomes.${row.outcome}`);
    const reason = refusalOf(row);
    const text = reason ? t(`sync.refusal.${reason}`) : row.outcome;
    return reason && HARMLESS_REFUSALS.includes(reason) ? t('sync.history.harmless', { reason: text }) : t('sync.history.refused', { reason: text });
  };
  return (
    <SyncLayout titleKey="history">
      <section className="card" aria-labelledby="sync-history-title">
        <h2 id="sync-history-title">{t('sync.history.title')}</h2>
        {history && history.length === 0 ? (
          <p>{t('sync.history.none')}</p>
        ) : (
          <table className="sync-table" data-testid="sync-history">
            <thead>
              <tr>
                {(['when', 'direction', 'peer', 'file', 'size', 'sha256', 'outcome'] as const).map((column) => (
                  <th scope="col" key={column}>
                    {t(`sync.history.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(history ?? []).map((row) => (
                <tr key={row.id} className={historyRowTone(row)}>
                  <td>{new Date(row.at).toLocaleString(i18n.language)}</td>
                  <td>{t(`sync.history.directions.${row.direction}`)}</td>
                  <td>{peer(row)}</td>
                  <td className="wrap">{row.fileName}</td>
                  <td>{formatBytes(row.bytes, i18n.language)}</td>
                  <td className="mono hash" title={row.sha256}>
                    {row.sha256.slice(0, 16)}…
                  </td>
                  <td>{outcome(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </SyncLayout>
  );
}
