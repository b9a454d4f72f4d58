// The audit log: who opened, changed, exported or erased which worker file (or employer, offer,
// course), when, from where. Stored details are codes; auditDetail.ts reads them out.
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '../../shared/domain/audit';
import { useServices } from '../app/services';
import type { AuditFilter } from '../db/repositories/auditRepository';
import { DateInput } from '../ui/DateInput';
import { Field } from '../ui/Field';
import { describeAuditDetail, type Translator } from './auditDetail';
import { useAuditSubjects } from './useAuditSubjects';
import { intlLocale } from '../../shared/i18n/locale';
import { isIsoDate } from '../../shared/time/days';

const LIMIT = 500;

export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const { audit, programme, session } = useServices();
  const [filter, setFilter] = useState<AuditFilter>({ action: '', actorId: '', from: '', to: '' });
  const result = useLiveQuery(() => audit.list(filter, LIMIT), [audit, filter]);
  const counselors = useLiveQuery(() => programme.counselors(), [programme]);
  const subjectOf = useAuditSubjects();
  const names = useMemo(() => new Map((counselors ?? []).map((c) => [c.id, c.data.displayName])), [counselors]);
  const translator: Translator = { t: (key, values) => t(key as 'audit.title', values), exists: (key) => i18n.exists(key) };
  const subject = (entry: AuditEntry) => {
    const known = subjectOf(entry.subjectKind, entry.subjectId);
    const kind = t(`audit.kinds.${entry.subjectKind}`);
    if (known) return <Link to={known.to}>{entry.subjectKind === 'worker' ? known.name : `${kind}: ${known.name}`}</Link>;
    const id = entry.subjectKind === 'report' && entry.subjectId === 'agenda' ? t('audit.reports.agenda') : entry.subjectId.slice(0, 8);
    return <span className="mono">{t('audit.unknownSubject', { kind, id })}</span>;
  };
  const validDate = (value: string) => (isIsoDate(value) ? value : '');

  return (
    <section className="screen" aria-labelledby="audit-title">
      <div className="screen-header">
        <h1 id="audit-title">{t('audit.title')}</h1>
        <p className="count" aria-live="polite">
          {result && (result.total > LIMIT ? t('audit.countLimited', { shown: LIMIT, total: result.total }) : t('audit.count', { count: result.total }))}
        </p>
      </div>
      <p className="hint">{session.role === 'coordinator' ? t('audit.scopeAll') : t('audit.scopeOwn')}</p>
      <form className="filters" aria-label={t('workers.filters')} onSubmit={(event) => event.preventDefault()}>
        <Field label={t('audit.action')}>
          {(control) => (
            <select {...control} value={filter.action} onChange={(event) => setFilter({ ...filter, action: event.target.value as AuditAction | '' })}>
              <option value="">{t('audit.anyAction')}</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {t(`audit.actions.${action}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {session.role === 'coordinator' && (
          <Field label={t('audit.who')}>
            {(control) => (
              <select {...control} value={filter.actorId} onChange={(event) => setFilter({ ...filter, actorId: event.target.value })}>
                <option value="">{t('workers.anyCounselor')}</option>
                {(counselors ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.data.displayName}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('audit.from')}>{(control) => <DateInput {...control} value={filter.from} onChange={(value) => setFilter({ ...filter, from: validDate(value) })} />}</Field>
        <Field label={t('audit.to')}>{(control) => <DateInput {...control} value={filter.to} onChange={(value) => setFilter({ ...filter, to: validDate(value) })} />}</Field>
      </form>
      <table className="data-table">
        <caption className="visually-hidden">{t('audit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.subject')}</th>
            <th scope="col">{t('audit.detail')}</th>
            <th scope="col">{t('audit.device')}</th>
          </tr>
        </thead>
        <tbody>
          {(result?.entries ?? []).map((entry) => (
            <tr key={entry.id}>
              <td>{new Date(entry.at).toLocaleString(intlLocale(i18n.language))}</td>
              <td>{names.get(entry.actorId) ?? entry.actorId}</td>
              <td>{t(`audit.actions.${entry.action}`)}</td>
              <td>{subject(entry)}</td>
              <td className="detail">{describeAuditDetail(entry, translator, (_kind, id) => subjectOf('employer', id)?.name)}</td>
              <td className="mono">{entry.deviceId.slice(0, 8)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
