// Lavoratori › Doppioni (coordinator): every person with more than one file, and the merge of two.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { useRepository } from '../../app/useRepository';
import type { WorkerSummary } from '../../db/workerList';
import { createDuplicatesRepository } from './duplicatesRepository';
import { MergePanel } from './MergePanel';

export function DuplicatesScreen() {
  const { t } = useTranslation();
  const { programme } = useServices();
  const repository = useRepository((s) => createDuplicatesRepository(s.db, s.session, s.codec, s.workers));
  const groups = useLiveQuery(() => repository.groups(), [repository]);
  const counselors = useLiveQuery(() => programme.counselors(), [programme]);
  const [open, setOpen] = useState<readonly WorkerSummary[] | null>(null);
  const counselorName = (id: string) => counselors?.find((c) => c.id === id)?.data.displayName ?? '';

  return (
    <section className="screen duplicates" aria-labelledby="duplicates-title">
      <div className="screen-header">
        <h1 id="duplicates-title">{t('duplicates.title')}</h1>
        <Link to="/workers">{t('worker.backToList')}</Link>
      </div>
      <p>{t('duplicates.intro')}</p>
      {open && <MergePanel key={open.map((file) => file.id).join()} group={open} repository={repository} counselorName={counselorName} onClose={() => setOpen(null)} />}
      {groups === undefined ? (
        <p role="status">{t('duplicates.loading')}</p>
      ) : groups.length === 0 ? (
        <p className="empty">{t('duplicates.none')}</p>
      ) : (
        <>
          <p className="count" data-testid="duplicates-count">
            {t('duplicates.count', { count: groups.length })}
          </p>
          <table className="data-table duplicates-table" data-testid="duplicates">
            <thead>
              <tr>
                {(['name', 'codiceFiscale', 'counselor', 'status', 'actions'] as const).map((column) => (
                  <th scope="col" key={column}>
                    {t(`duplicates.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            {groups.map((group) => (
              <tbody key={group[0]?.id} className="duplicate-group">
                {group.map((file, index) => (
                  <tr key={file.id}>
                    <td>
                      <Link to={`/workers/${file.id}`} aria-label={t('duplicates.open', { name: `${file.surname} ${file.name}` })}>
                        {file.surname} {file.name}
                      </Link>
                    </td>
                    <td className="mono">{file.codiceFiscale}</td>
                    <td>{counselorName(file.counselorId)}</td>
                    <td>{t(`vocab.status.${file.status}`)}</td>
                    <td>
                      {index === 0 && (
                        <button type="button" onClick={() => setOpen(group)}>
                          {t('duplicates.compare')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </>
      )}
    </section>
  );
}
