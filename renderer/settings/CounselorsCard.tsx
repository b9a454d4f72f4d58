// The programme's counselors; the coordinator adds them here before issuing each laptop's
// enrolment file (Sincronizzazione → Portatili), renames them, deactivates and reactivates them.
// A counselor is never deleted: deactivated, they are offered in no picker, their laptop's bundles
// are refused and the workers they follow are left to reassign (Sincronizzazione → Assegnazioni).
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { counselorRoleSchema, counselorSchema, isActiveCounselor, type Counselor } from '../../shared/domain/programme';
import { formatItalianDate } from '../../shared/time/dates';
import { useServices } from '../app/services';
import type { CounselorRecord } from '../db/rows';
import { createCaseloadRepository } from '../sync/caseloadRepository';
import { Field } from '../ui/Field';
import { ErrorBanner } from '../ui/ErrorBanner';
import { schemaMessageText } from '../ui/messages';

function AddCounselorForm() {
  const { t } = useTranslation();
  const { programme } = useServices();
  const [added, setAdded] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<Counselor>({ resolver: zodResolver(counselorSchema), defaultValues: { displayName: '', role: 'counselor' } });
  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const record = await programme.addCounselor(values);
      setAdded(record.data.displayName);
      form.reset();
    } catch (error) {
      setFailure(error);
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="add-counselor-title">
      <h3 id="add-counselor-title">{t('settings.addCounselor')}</h3>
      <div className="grid">
        <Field label={t('settings.counselorName')} error={form.formState.errors.displayName}>
          {(control) => <input {...control} {...form.register('displayName', { onChange: () => setAdded(null) })} autoComplete="off" />}
        </Field>
        <Field label={t('settings.counselorRole')}>
          {(control) => (
            <select {...control} {...form.register('role')}>
              {counselorRoleSchema.options.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting}>
            {t('settings.addCounselorButton')}
          </button>
          {added && (
            <p role="status" className="hint">
              {t('settings.counselorAdded', { name: added })}
            </p>
          )}
          <ErrorBanner error={failure} />
        </div>
      </div>
    </form>
  );
}

/** One counselor's row: name (renamed in place), role, status, and the coordinator's actions. */
function CounselorRow({ counselor, manage, onDone }: { counselor: CounselorRecord; manage: boolean; onDone: (message: string | null, failure?: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const { programme, session } = useServices();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const { displayName, role, deactivatedOn } = counselor.data;
  const active = isActiveCounselor(counselor.data);
  const self = counselor.id === session.counselorId;

  const act = async (action: () => Promise<string>) => {
    try {
      onDone(await action());
    } catch (error) {
      onDone(null, error);
    }
  };
  const rename = () => {
    const parsed = counselorSchema.shape.displayName.safeParse(renaming ?? '');
    if (!parsed.success) {
      setNameError(schemaMessageText(t, i18n.language, parsed.error.issues[0]?.message));
      return;
    }
    void act(async () => {
      await programme.renameCounselor(counselor.id, parsed.data);
      setRenaming(null);
      return t('programmeSettings.counselors.renamed', { name: parsed.data });
    });
  };
  const toggle = () => {
    if (active && !window.confirm(t('programmeSettings.counselors.deactivateConfirm', { name: displayName }))) return;
    void act(async () => {
      await programme.setCounselorActive(counselor.id, !active);
      return t(active ? 'programmeSettings.counselors.deactivatedNow' : 'programmeSettings.counselors.reactivated', { name: displayName });
    });
  };

  return (
    <tr className={active ? undefined : 'deactivated'}>
      <td>
        {renaming === null ? (
          <>
            {displayName}
            {self && <span className="hint"> ({t('programmeSettings.counselors.self')})</span>}
          </>
        ) : (
          <span className="rename">
            <input aria-label={t('programmeSettings.counselors.renameLabel', { name: displayName })} value={renaming} onChange={(event) => setRenaming(event.target.value)} autoComplete="off" aria-invalid={nameError !== null} />
            {nameError && <span className="field-error">{nameError}</span>}
          </span>
        )}
      </td>
      <td>{t(`roles.${role}`)}</td>
      <td>{active ? t('programmeSettings.counselors.active') : <span className="badge counselor-deactivated">{t('programmeSettings.counselors.deactivated', { date: formatItalianDate(deactivatedOn) })}</span>}</td>
      {manage && (
        <td className="row-actions">
          {renaming === null ? (
            <button type="button" className="link" onClick={() => {
                setNameError(null);
                setRenaming(displayName);
              }}>
              {t('programmeSettings.counselors.rename')}
            </button>
          ) : (
            <>
              <button type="button" onClick={rename}>
                {t('programmeSettings.counselors.saveName')}
              </button>
              <button type="button" className="link" onClick={() => setRenaming(null)}>
                {t('programmeSettings.counselors.cancel')}
              </button>
            </>
          )}
          {!self && (
            <button type="button" className={active ? 'link danger' : 'link'} onClick={toggle}>
              {t(active ? 'programmeSettings.counselors.deactivate' : 'programmeSettings.counselors.reactivate', { name: displayName })}
            </button>
          )}
        </td>
      )}
    </tr>
  );
}

/** The coordinator's notice: workers still assigned to deactivated counselors, with the way to reassign them. */
function ToReassignNotice({ counselors }: { counselors: readonly CounselorRecord[] }) {
  const { t } = useTranslation();
  const { db, session, codec } = useServices();
  const deactivated = new Set(counselors.filter((c) => !isActiveCounselor(c.data)).map((c) => c.id));
  const summary = useLiveQuery(() => createCaseloadRepository(db, session, codec).summary(), [db, session, codec]);
  const count = (summary ?? []).filter((line) => deactivated.has(line.counselorId)).reduce((sum, line) => sum + line.workers, 0);
  if (count === 0) return null;
  return (
    <p className="notice" role="status" data-testid="to-reassign">
      {t('programmeSettings.counselors.toReassign', { count })} <Link to="/sync/caseloads?reassign=1">{t('programmeSettings.counselors.reassignLink')}</Link>
    </p>
  );
}

export function CounselorsCard() {
  const { t } = useTranslation();
  const { programme, session } = useServices();
  const counselors = useLiveQuery(() => programme.counselors(), [programme]);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const manage = session.role === 'coordinator';
  const done = (text: string | null, error?: unknown) => {
    setMessage(text);
    setFailure(error ?? null);
  };
  return (
    <section className="card" aria-labelledby="settings-counselors">
      <h2 id="settings-counselors">{t('settings.counselors')}</h2>
      {manage && counselors && <ToReassignNotice counselors={counselors} />}
      <table className="sync-table counselors-table" data-testid="counselor-list">
        <thead>
          <tr>
            <th scope="col">{t('settings.counselorName')}</th>
            <th scope="col">{t('settings.counselorRole')}</th>
            <th scope="col">{t('programmeSettings.counselors.status')}</th>
            {manage && (
              <th scope="col">
                <span className="visually-hidden">{t('programmeSettings.counselors.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {(counselors ?? []).map((c) => (
            <CounselorRow key={c.id} counselor={c} manage={manage} onDone={done} />
          ))}
        </tbody>
      </table>
      {message && (
        <p role="status" className="notice success">
          {message}
        </p>
      )}
      <ErrorBanner error={failure} />
      {manage ? <AddCounselorForm /> : <p className="hint">{t('settings.counselorsByCoordinator')}</p>}
    </section>
  );
}
