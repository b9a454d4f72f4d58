// The programme's counselors; the coordinator adds them here before issuing each laptop's
// enrolment file (Sincronizzazione → Portatili).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { counselorRoleSchema, counselorSchema, type Counselor } from '../../shared/domain/programme';
import { useServices } from '../app/services';
import { Field } from '../ui/Field';
import { ErrorBanner } from '../ui/ErrorBanner';

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

export function CounselorsCard() {
  const { t } = useTranslation();
  const { programme, session } = useServices();
  const counselors = useLiveQuery(() => programme.counselors(), [programme]);
  return (
    <section className="card" aria-labelledby="settings-counselors">
      <h2 id="settings-counselors">{t('settings.counselors')}</h2>
      <ul data-testid="counselor-list">
        {(counselors ?? []).map((c) => (
          <li key={c.id}>
            {c.data.displayName} — {t(`roles.${c.data.role}`)}
          </li>
        ))}
      </ul>
      {session.role === 'coordinator' ? <AddCounselorForm /> : <p className="hint">{t('settings.counselorsByCoordinator')}</p>}
    </section>
  );
}
