import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatItalianDate } from '../../../shared/time/dates';
import { PROFILING_BANDS } from '../../../shared/domain/vocabulary';
import { useServices } from '../../app/services';
import { Field } from '../../ui/Field';
import { DateInput } from '../../ui/DateInput';
import { CigsPeriodRow } from '../../ui/CigsPeriodRow';
import type { SectionProps } from './types';

export function EnrolmentSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const { programme } = useServices();
  const programmeRow = useLiveQuery(() => programme.get(), [programme]);
  const { control, register, formState } = form;
  const errors = formState.errors;
  const periods = useFieldArray({ control, name: 'cigsPeriods' });
  const programmePeriods = (programmeRow?.data.cigsPeriods ?? [])
    .map((p) => `${formatItalianDate(p.start)}–${formatItalianDate(p.end)} ${t(`vocab.cigsCause.${p.cause}`)}`)
    .join('; ');

  return (
    <>
      <fieldset className="form-section">
        <legend>{t('worker.sections.enrolment')}</legend>
        <div className="grid">
          <Field label={t('worker.fields.enrolmentDate')} error={errors.enrolmentDate} hint={t('participation.hint.enrolmentDate')}>
            {(controlProps) => <Controller control={control} name="enrolmentDate" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
          </Field>
          <Field label={t('worker.fields.privacyConsentDate')} error={errors.privacyConsentDate} hint={t('participation.hint.privacyConsentDate')}>
            {(controlProps) => <Controller control={control} name="privacyConsentDate" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
          </Field>
          {/* A native select: arrows and typing the first letter choose a band from the keyboard. */}
          <Field label={t('worker.fields.profilingBand')} error={errors.profilingBand} hint={t('worker.profilingHint')}>
            {(controlProps) => (
              <select {...controlProps} {...register('profilingBand')}>
                <option value="">{t('worker.placeholders.noBand')}</option>
                {PROFILING_BANDS.map((band) => (
                  <option key={band} value={band}>
                    {t(`vocab.profilingBand.${band}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('worker.fields.profilingDate')} error={errors.profilingDate}>
            {(controlProps) => <Controller control={control} name="profilingDate" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('worker.sections.cigs')}</legend>
        {periods.fields.length > 0 ? (
          <p className="hint">{t('worker.cigsOwn')}</p>
        ) : programmeRow === undefined ? (
          // The programme's periods are still being read: not an empty list.
          <p className="hint">{t('app.loading')}</p>
        ) : (
          <p className="hint">{t('worker.cigsUsesProgramme', { periods: programmePeriods })}</p>
        )}
        {periods.fields.map((period, index) => (
          <CigsPeriodRow
            key={period.id}
            control={control}
            register={register}
            path={{ start: `cigsPeriods.${index}.start`, end: `cigsPeriods.${index}.end`, cause: `cigsPeriods.${index}.cause` }}
            errors={errors.cigsPeriods?.[index]}
            removeLabel={t('worker.remove')}
            onRemove={() => periods.remove(index)}
          />
        ))}
        <button type="button" onClick={() => periods.append({ start: '', end: '', cause: 'cessazione' })}>
          {t('worker.addPeriod')}
        </button>
      </fieldset>
    </>
  );
}
