// Sync, conflicts (coordinator): every value that lost a merge to a different laptop's edit, next
// to the current one, with who and when; restore the losing value or dismiss the conflict.
// Concurrent edits (neither laptop had seen the other's value) are shown by default; overwrites
// made after a sync (the winner had seen the lost value: most likely deliberate) only on request.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { createConflictsRepository } from '../conflictsRepository';
import { createDevicesRepository } from '../devicesRepository';
import { useErrorText, useSyncContext } from '../useSync';
import { SyncLayout } from './SyncTabs';

function shown(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ') || empty;
  return JSON.stringify(value);
}

export function ConflictsScreen() {
  const { t, i18n } = useTranslation();
  const { session } = useServices();
  const ctx = useSyncContext();
  const errorText = useErrorText();
  const [includeResolved, setIncludeResolved] = useState(false);
  const [includeOverwrites, setIncludeOverwrites] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const repo = createConflictsRepository(ctx);
  const conflicts = useLiveQuery(
    async () => (await repo.list({ includeResolved, includeOverwrites })).sort((a, b) => Number(a.overwrite) - Number(b.overwrite)),
    [ctx.db, includeResolved, includeOverwrites],
  );
  const devices = useLiveQuery(() => createDevicesRepository(ctx).list(), [ctx.db]);
  const deviceLabel = (id: string) => devices?.find((device) => device.id === id)?.data.label ?? id.slice(0, 6);
  const fieldLabel = (table: string, field: string) => (table === 'workers' && i18n.exists(`worker.fields.${field}`) ? t(`worker.fields.${field}` as 'worker.fields.phone') : field);
  const run = (action: () => Promise<void>, done?: string) =>
    void action().then(
      () => setMessage(done ?? null),
      (error: unknown) => setMessage(errorText(error)),
    );
  if (session.role !== 'coordinator') return <SyncLayout titleKey="conflicts">{null}</SyncLayout>;
  return (
    <SyncLayout titleKey="conflicts">
      <section className="card" aria-labelledby="sync-conflicts-title">
        <h2 id="sync-conflicts-title">{t('sync.conflicts.title')}</h2>
        <p>{t('sync.conflicts.explanation')}</p>
        <div className="conflict-filters">
          <label className="inline">
            <input type="checkbox" checked={includeOverwrites} onChange={(event) => setIncludeOverwrites(event.target.checked)} aria-describedby="sync-overwrites-hint" />{' '}
            {t('sync.conflicts.showOverwrites')}
          </label>
          <label className="inline">
            <input type="checkbox" checked={includeResolved} onChange={(event) => setIncludeResolved(event.target.checked)} /> {t('sync.conflicts.showResolved')}
          </label>
        </div>
        <p className="hint" id="sync-overwrites-hint">
          {t('sync.conflicts.overwritesHint')}
        </p>
        {message && (
          <p role="status" className="notice">
            {message}
          </p>
        )}
        {conflicts && conflicts.length === 0 ? (
          <p>{t('sync.conflicts.none')}</p>
        ) : (
          <table className="sync-table">
            <thead>
              <tr>
                {(['record', 'field', 'kept', 'lost', 'who', 'when', 'actions'] as const).map((column) => (
                  <th scope="col" key={column}>
                    {t(`sync.conflicts.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(conflicts ?? []).map((conflict) => (
                <tr key={conflict.id} data-kind={conflict.overwrite ? 'overwrite' : 'concurrent'}>
                  <td>
                    {conflict.title} <span className="hint">({t(`sync.kinds.${conflict.table}`)})</span>
                  </td>
                  <td>
                    {fieldLabel(conflict.table, conflict.field)}
                    {conflict.overwrite && <span className="hint"> ({t('sync.conflicts.overwrite')})</span>}
                  </td>
                  <td>{shown(conflict.current, t('sync.conflicts.empty'))}</td>
                  <td>{shown(conflict.lost, t('sync.conflicts.empty'))}</td>
                  <td>{deviceLabel(conflict.origin)}</td>
                  <td>{new Date(conflict.lostAt).toLocaleString(i18n.language)}</td>
                  <td className="actions">
                    {conflict.resolution ? (
                      t(`sync.conflicts.resolved.${conflict.resolution}`)
                    ) : (
                      <>
                        <button type="button" onClick={() => run(() => repo.restore(conflict.id), t('sync.conflicts.restored'))}>
                          {t('sync.conflicts.restore')}
                        </button>
                        <button type="button" onClick={() => run(() => repo.dismiss(conflict.id))}>
                          {t('sync.conflicts.dismiss')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </SyncLayout>
  );
}
