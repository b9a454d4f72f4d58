import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SEXES } from '../../../shared/domain/vocabulary';
import { Field } from '../../ui/Field';
import { DateInput } from '../../ui/DateInput';
import { PlaceInput } from '../../ui/PlaceInput';
import { CodiceFiscaleCheck } from './CodiceFiscaleCheck';
import type { SectionProps } from './types';

export function PersonalSection({ form }: SectionProps) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const errors = formState.errors;
  return (
    <fieldset className="form-section">
      <legend>{t('worker.sections.personal')}</legend>
      <div className="grid">
        <Field label={t('worker.fields.surname')} error={errors.surname}>
          {(control) => <input {...control} {...register('surname')} autoComplete="off" />}
        </Field>
        <Field label={t('worker.fields.name')} error={errors.name}>
          {(control) => <input {...control} {...register('name')} autoComplete="off" />}
        </Field>
        <Field label={t('worker.fields.codiceFiscale')} error={errors.codiceFiscale} className="wide">
          {(control) => <input {...control} {...register('codiceFiscale')} className="mono uppercase" autoComplete="off" spellCheck={false} maxLength={20} data-testid="cf-input" />}
        </Field>
        <CodiceFiscaleCheck form={form} />
        <Field label={t('worker.fields.birthDate')} error={errors.birthDate}>
          {(controlProps) => <Controller control={control} name="birthDate" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
        </Field>
        <Field label={t('worker.fields.sex')} error={errors.sex}>
          {(control) => (
            <select {...control} {...register('sex')}>
              <option value="">{t('worker.placeholders.choose')}</option>
              {SEXES.map((sex) => (
                <option key={sex} value={sex}>
                  {t(`vocab.sex.${sex}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('worker.fields.birthplace')} error={errors.birthplaceCode}>
          {(controlProps) => (
            <Controller control={control} name="birthplaceCode" render={({ field }) => <PlaceInput {...controlProps} {...field} includeForeign placeholder={t('worker.placeholders.place')} />} />
          )}
        </Field>
        <Field label={t('worker.fields.residence')} error={errors.residenceCode}>
          {(controlProps) => (
            <Controller control={control} name="residenceCode" render={({ field }) => <PlaceInput {...controlProps} {...field} placeholder={t('worker.placeholders.place')} />} />
          )}
        </Field>
        <Field label={t('worker.fields.address')} error={errors.address} className="wide">
          {(control) => <input {...control} {...register('address')} autoComplete="off" />}
        </Field>
        <Field label={t('worker.fields.phone')} error={errors.phone}>
          {(control) => <input {...control} {...register('phone')} type="tel" autoComplete="off" />}
        </Field>
        <Field label={t('worker.fields.email')} error={errors.email}>
          {(control) => <input {...control} {...register('email')} type="email" autoComplete="off" />}
        </Field>
      </div>
    </fieldset>
  );
}
