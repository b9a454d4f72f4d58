// Sync, caseloads (coordinator): assign and reassign workers to counselors in bulk. Search, filter by
// the current counselor, tick workers (or all shown), choose the new counselor, assign. The workers of
// a deactivated counselor are "to reassign": a filter of their own, and only active counselors take
// them. Above the list, each counselor's caseload and base, and a balancing suggestion (CaseloadBalance).
import { useDeferredValue, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isActiveCounselor } from '../../../shared/domain/programme';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { Field } from '../../ui/Field';
import { createCaseloadRepository } from '../caseloadRepository';
import { useErrorText } from '../useSync';
import { SyncLayout } from './SyncTabs';
import { CaseloadBalance, type CaseloadWorker } from './CaseloadBalance';
import { LEAVING_STATUSES } from '../../../shared/domain/vocabulary';
import { formatPlace, placeByCode } from '../../../shared/geo/comuni';
import { workerMatcher } from '../../retraining/workerSearch';

/** The filter's value for the workers of deactivated counselors. */
const TO_REASSIGN = 'to-reassign';

export function CaseloadsScreen() {
  const { t } = useTranslation();
  const services = useServices();
  const errorText = useErrorText();
  const workers = useLiveQuery(() => services.workers.list(), [services.workers]);
  const counselors = useLiveQuery(() => services.programme.counselors(), [services.programme]);
  const [params] = useSearchParams();
  const [filter, setFilter] = useState(params.get('reassign') ? TO_REASSIGN : '');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const programme = useLiveQuery(() => services.programme.get(), [services.programme]);
  const residence = (code: string) => {
    const place = placeByCode(code);
    return place ? formatPlace(place) : code;
  };
  const deactivated = useMemo(() => new Set((counselors ?? []).filter((c) => !isActiveCounselor(c.data)).map((c) => c.id)), [counselors]);
  const name = (id: string) => {
    const counselor = counselors?.find((c) => c.id === id);
    if (!counselor) return '—';
    return deactivated.has(id) ? t('programmeSettings.caseloads.deactivatedName', { name: counselor.data.displayName }) : counselor.data.displayName;
  };
  const shown = useMemo(() => {
    // The comune counts as a word of the name, so "reggello" finds who lives there.
    const matches = workerMatcher(query);
    return (workers ?? [])
      .filter((w) => !filter || (filter === TO_REASSIGN ? deactivated.has(w.counselorId) : w.counselorId === filter))
      .filter((w) => matches({ surname: w.data.surname, name: `${w.data.name} ${residence(w.data.residenceCode)}`, codiceFiscale: w.data.codiceFiscale }))
      .sort((a, b) => `${a.data.surname} ${a.data.name}`.localeCompare(`${b.data.surname} ${b.data.name}`, 'it'));
  }, [workers, filter, deactivated, query]);
  // The caseloads the suggestion balances: workers who joined and are still in the programme.
  const inProgramme = useMemo(
    (): CaseloadWorker[] =>
      (workers ?? [])
        .filter((w) => w.counselorId !== '' && !LEAVING_STATUSES.includes(w.status))
        .map((w) => ({ id: w.id, name: `${w.data.surname} ${w.data.name}`, counselorId: w.counselorId, residenceCode: w.data.residenceCode })),
    [workers],
  );
  const caseloads = createCaseloadRepository(services.db, services.session, services.codec);
  const toReassign = (workers ?? []).filter((w) => deactivated.has(w.counselorId)).length;
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const assign = async () => {
    try {
      const count = await caseloads.reassign([...selected], target);
      setMessage(t('sync.caseloads.assigned', { count }));
      setSelected(new Set());
    } catch (error) {
      setMessage(errorText(error));
    }
  };
  const assignable = (counselors ?? []).filter((c) => c.data.role === 'counselor' && isActiveCounselor(c.data));
  return (
    <SyncLayout titleKey="caseloads">
      <section className="card" aria-labelledby="sync-caseloads-title">
        <h2 id="sync-caseloads-title">{t('sync.caseloads.title')}</h2>
        <p>{t('sync.caseloads.text')}</p>
        {toReassign > 0 && (
          <p className="notice" role="status" data-testid="caseloads-to-reassign">
            {t('programmeSettings.caseloads.deactivatedNotice', { count: toReassign })}
          </p>
        )}
        <div className="sync-row">
          <Field label={t('sync.caseloads.filter')}>
            {(control) => (
              <select {...control} value={filter} onChange={(event) => setFilter(event.target.value)}>
                <option value="">{t('sync.caseloads.all')}</option>
                {deactivated.size > 0 && <option value={TO_REASSIGN}>{t('programmeSettings.caseloads.filterToReassign')}</option>}
                {assignable.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.data.displayName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('sync.caseloads.to')}>
            {(control) => (
              <select {...control} value={target} onChange={(event) => setTarget(event.target.value)}>
                <option value="" />
                {assignable.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.data.displayName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="button" className="primary" disabled={selected.size === 0 || !target} onClick={() => void assign()}>
            {t('sync.caseloads.assign')}
          </button>
          <span role="status">{t('sync.caseloads.selected', { count: selected.size })}</span>
        </div>
        {message && <p className="notice">{message}</p>}
        {workers && counselors && programme && (
          <CaseloadBalance
            workers={inProgramme}
            counselors={assignable}
            siteCode={programme.data.siteCode}
            onSaveBase={async (id, baseCode) => {
              await services.programme.setCounselorBase(id, baseCode);
            }}
            onApply={(assignments) => caseloads.assign(assignments)}
          />
        )}
        <div className="sync-row">
          <Field label={t('sync.caseloads.search')} className="grow">
            {(control) => <input {...control} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
          </Field>
        </div>
        <table className="sync-table">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('sync.caseloads.selectAll')}
                  checked={shown.length > 0 && shown.every((w) => selected.has(w.id))}
                  onChange={(event) => setSelected(event.target.checked ? new Set([...selected, ...shown.map((w) => w.id)]) : new Set())}
                />
              </th>
              <th scope="col">{t('sync.caseloads.columns.worker')}</th>
              <th scope="col">{t('sync.caseloads.columns.residence')}</th>
              <th scope="col">{t('sync.caseloads.columns.counselor')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((worker) => {
              const label = `${worker.data.surname} ${worker.data.name}`;
              return (
                <tr key={worker.id}>
                  <td>
                    <input type="checkbox" aria-label={t('sync.caseloads.select', { name: label })} checked={selected.has(worker.id)} onChange={() => toggle(worker.id)} />
                  </td>
                  <td>{label}</td>
                  <td>{residence(worker.data.residenceCode)}</td>
                  <td>
                    {name(worker.counselorId)}{' '}
                    {deactivated.has(worker.counselorId) && <span className="badge to-reassign">{t('programmeSettings.caseloads.toReassign')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </SyncLayout>
  );
}
