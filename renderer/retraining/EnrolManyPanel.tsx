// Several workers enrolled in a course in one action: search by surname, name or codice fiscale
// (accents and case ignored), tick, enrol them all from the same day. Refused as a whole when one
// of them may not be enrolled, naming who and why, so nothing is half done.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatItalianDate, isIsoDate, todayIso } from '../../shared/time/dates';
import type { CourseRecord } from '../db/repositories/courseRepository';
import { RowsRefusedError } from '../db/repositories/courseRepositoryBulk';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { RefusalBanner, refusalText } from './refusals';
import { useCourses } from './useRetrainingRepositories';
import { workerMatcher, type Searchable } from './workerSearch';
import './bulk.css';

/** Enough rows to scan by eye; beyond, the search narrows them. */
const SHOWN_AT_MOST = 60;

export interface PickableWorker extends Searchable {
  readonly id: string;
}

interface Props {
  readonly course: CourseRecord;
  /** Workers who may be enrolled (not yet in the course, still in the programme), sorted by name. */
  readonly workers: readonly PickableWorker[];
  readonly onClose: () => void;
}

export function EnrolManyPanel({ course, workers, onClose }: Props) {
  const { t } = useTranslation();
  const courses = useCourses();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [enrolledOn, setEnrolledOn] = useState(() => (todayIso() > course.data.endDate ? course.data.endDate : todayIso()));
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);
  // Opened from a button: focus goes where the user types next.
  useEffect(() => search.current?.focus(), []);

  const found = useMemo(() => workers.filter(workerMatcher(deferred)), [workers, deferred]);
  const shown = found.slice(0, SHOWN_AT_MOST);
  const names = useMemo(() => new Map(workers.map((w) => [w.id, `${w.surname} ${w.name}`])), [workers]);
  // Someone enrolled meanwhile (here or by sync) is no longer offered, nor counted as selected.
  const chosen = [...selected].filter((id) => names.has(id));

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  const enrol = async () => {
    setDone(null);
    setRefusal(null);
    setBusy(true);
    try {
      const result = await courses.enrolMany(course.id, chosen, enrolledOn);
      const moved = result.statusChanges.length > 0 ? ` ${t('retraining.session.statusChanged', { count: result.statusChanges.length })}` : '';
      setDone(`${t('retraining.picker.enrolled', { count: result.written })}${moved}`);
      setSelected(new Set());
    } catch (error) {
      if (error instanceof RowsRefusedError) {
        const rows = [...error.refusals].map(([id, reason]) => `${names.get(id) ?? id}: ${t(`retraining.refusal.${reason}`, { end: formatItalianDate(course.data.endDate) })}`);
        setRefusal(t('retraining.picker.refused', { rows: rows.join(' ') }));
      } else {
        setRefusal(refusalText(t, error, { end: course.data.endDate }));
      }
    } finally {
      setBusy(false);
    }
  };

  const dateProblem = isIsoDate(enrolledOn) ? undefined : { message: 'validation.date' };
  return (
    <section className="enrol-many" aria-labelledby="enrol-many-title">
      <h3 id="enrol-many-title">{t('retraining.picker.title')}</h3>
      <div className="inline-form-row">
        <Field label={t('retraining.picker.search')} className="grow">
          {(props) => <input {...props} ref={search} type="search" value={query} placeholder={t('retraining.picker.searchPlaceholder')} onChange={(event) => setQuery(event.target.value)} />}
        </Field>
        <Field label={t('retraining.picker.enrolledOn')} error={dateProblem}>
          {(props) => <DateInput {...props} value={enrolledOn} onChange={setEnrolledOn} />}
        </Field>
      </div>
      <fieldset className="enrol-many-list">
        <legend>
          {t('retraining.picker.results')}: {t('retraining.picker.found', { count: found.length })}
        </legend>
        {found.length === 0 ? (
          <p className="hint">{t('retraining.picker.noneMatch')}</p>
        ) : (
          <ul>
            {shown.map((worker) => (
              <li key={worker.id}>
                <label>
                  <input type="checkbox" checked={selected.has(worker.id)} onChange={() => toggle(worker.id)} />
                  <span>
                    {worker.surname} {worker.name}
                  </span>{' '}
                  <span className="mono hint-inline">{worker.codiceFiscale}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {found.length > shown.length && <p className="hint">{t('retraining.picker.more', { shown: shown.length, count: found.length })}</p>}
      </fieldset>
      <div className="inline-form-row enrol-many-actions">
        <button type="button" disabled={shown.length === 0} onClick={() => setSelected(new Set([...selected, ...shown.map((w) => w.id)]))}>
          {t('retraining.picker.selectShown')}
        </button>
        <button type="button" disabled={selected.size === 0} onClick={() => setSelected(new Set())}>
          {t('retraining.picker.clear')}
        </button>
        <span role="status" data-testid="picker-selected">
          {t('retraining.picker.selected', { count: chosen.length })}
        </span>
        <button type="button" className="primary" disabled={busy || chosen.length === 0 || dateProblem !== undefined} onClick={() => void enrol()}>
          {chosen.length === 0 ? t('retraining.picker.enrolNone') : t('retraining.picker.enrol', { count: chosen.length })}
        </button>
        <button type="button" className="link" onClick={onClose}>
          {t('retraining.picker.close')}
        </button>
      </div>
      <RefusalBanner message={refusal} />
      {done && (
        <p role="status" className="notice success" data-testid="picker-done">
          {done}
        </p>
      )}
    </section>
  );
}
