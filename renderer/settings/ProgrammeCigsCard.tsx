// Impostazioni → the programme's CIGS periods: the coordinator adds an extension (proroga, COVID-19
// weeks), corrects an end, removes a period entered by mistake (after a confirmation), with the
// history of every change. Workers without periods of their own follow at once (programmeCigs.ts).
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { cigsEndDate } from '../../shared/domain/programme';
import { cigsPeriodListSchema, sortedCigsPeriods, type CigsPeriod } from '../../shared/domain/cigs';
import { describeEvent } from '../../shared/domain/eventText';
import { formatItalianDate } from '../../shared/time/dates';
import { useServices } from '../app/services';
import { CigsPeriodRow } from '../ui/CigsPeriodRow';
import { ErrorBanner } from '../ui/ErrorBanner';
import { schemaMessageText } from '../ui/messages';

const formSchema = z.object({ periods: cigsPeriodListSchema.min(1, { error: 'validation.cigsNone' }) });
type FormInput = z.input<typeof formSchema>;

/** The form remounts with each new version of the periods: what it says after a save is kept by the card. */
function PeriodsForm({ periods, onSaved }: { periods: readonly CigsPeriod[]; onSaved: (message: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const { programme } = useServices();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<FormInput>({ resolver: zodResolver(formSchema), defaultValues: { periods: sortedCigsPeriods(periods) } });
  const { control, register, formState, handleSubmit } = form;
  const rows = useFieldArray({ control, name: 'periods' });
  const errors = formState.errors.periods;

  const remove = (index: number) => {
    const period = form.getValues(`periods.${index}`);
    const shown = `${formatItalianDate(period.start) || '…'}–${formatItalianDate(period.end) || '…'}`;
    if (window.confirm(t('programmeSettings.cigs.removeConfirm', { period: shown }))) rows.remove(index);
  };
  const save = handleSubmit(async ({ periods: next }) => {
    setFailure(null);
    onSaved(null);
    try {
      const row = await programme.setCigsPeriods(sortedCigsPeriods(next));
      onSaved(t('programmeSettings.cigs.saved', { end: formatItalianDate(cigsEndDate(row.data.cigsPeriods)) }));
    } catch (error) {
      setFailure(error);
    }
  });

  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="settings-cigs" data-testid="cigs-periods-form">
      {rows.fields.map((field, index) => (
        <CigsPeriodRow
          key={field.id}
          control={control}
          register={register}
          path={{ start: `periods.${index}.start`, end: `periods.${index}.end`, cause: `periods.${index}.cause` }}
          errors={errors?.[index]}
          removeLabel={t('programmeSettings.cigs.remove')}
          onRemove={() => remove(index)}
        />
      ))}
      {errors?.root?.message && <p className="field-error">{schemaMessageText(t, i18n.language, errors.root.message)}</p>}
      {errors?.message && <p className="field-error">{schemaMessageText(t, i18n.language, errors.message)}</p>}
      <div className="settings-actions">
        <button type="button" onClick={() => rows.append({ start: '', end: '', cause: 'proroga' })}>
          {t('programmeSettings.cigs.add')}
        </button>
        <button type="submit" className="primary" disabled={formState.isSubmitting || !formState.isDirty}>
          {t('programmeSettings.cigs.save')}
        </button>
        {formState.isDirty && (
          <button type="button" className="link" onClick={() => form.reset()}>
            {t('programmeSettings.cigs.cancel')}
          </button>
        )}
      </div>
      <ErrorBanner error={failure} />
    </form>
  );
}

function CigsHistory() {
  const { t } = useTranslation();
  const { programme } = useServices();
  const history = useLiveQuery(() => programme.cigsHistory(), [programme]);
  const counselors = useLiveQuery(() => programme.counselors(), [programme]);
  const names = new Map((counselors ?? []).map((c) => [c.id, c.data.displayName]));
  if (!history) return null;
  return (
    <section aria-labelledby="settings-cigs-history">
      <h3 id="settings-cigs-history">{t('programmeSettings.cigs.history')}</h3>
      {history.length === 0 ? (
        <p className="hint">{t('programmeSettings.cigs.historyNone')}</p>
      ) : (
        <ol className="cigs-history" data-testid="cigs-history">
          {history.map((entry) => (
            <li key={entry.id}>
              <span className="hint">{t('programmeSettings.cigs.historyEntry', { date: formatItalianDate(entry.occurredOn), who: names.get(entry.recordedBy) ?? entry.recordedBy })}</span>{' '}
              {describeEvent(entry, (key) => t(key as 'app.name'))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function ProgrammeCigsCard() {
  const { t } = useTranslation();
  const { programme, session } = useServices();
  const current = useLiveQuery(() => programme.get(), [programme]);
  const followers = useLiveQuery(() => programme.cigsFollowers(), [programme]);
  const [message, setMessage] = useState<string | null>(null);
  if (!current) return null;
  const periods = current.data.cigsPeriods;
  const coordinator = session.role === 'coordinator';
  return (
    <section className="card" aria-labelledby="settings-cigs" data-testid="programme-cigs">
      <h2 id="settings-cigs">{t('programmeSettings.cigs.title')}</h2>
      <p className="hint">{t('programmeSettings.cigs.intro')}</p>
      {followers !== undefined && <p>{t('programmeSettings.cigs.followers', { count: followers, end: formatItalianDate(cigsEndDate(periods)) })}</p>}
      {coordinator ? (
        // A new version of the periods (saved here or brought by a bundle) starts a fresh form.
        <PeriodsForm key={JSON.stringify(periods)} periods={periods} onSaved={setMessage} />
      ) : (
        <>
          <ul>
            {sortedCigsPeriods(periods).map((period) => (
              <li key={period.start}>
                {formatItalianDate(period.start)} – {formatItalianDate(period.end)}: {t(`vocab.cigsCause.${period.cause}`)}
              </li>
            ))}
          </ul>
          <p className="hint">{t('programmeSettings.cigs.byCoordinator')}</p>
        </>
      )}
      {message && (
        <p role="status" className="notice success" data-testid="cigs-saved">
          {message}
        </p>
      )}
      <CigsHistory />
    </section>
  );
}
