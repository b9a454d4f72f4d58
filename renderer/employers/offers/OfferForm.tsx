// The offer form: react-hook-form on the offer's zod schema, every field of it, kept as a draft.
import type { ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { OFFER_SOURCES, OFFER_STATES, offerSchema, type Offer, type OfferInput } from '../../../shared/domain/offer';
import type { EmployerRecord } from '../../db/rows';
import { Field } from '../../ui/Field';
import { PlaceInput } from '../../ui/PlaceInput';
import { DateInput } from '../../ui/DateInput';
import { numberOrEmpty } from '../../workers/form/numberField';
import { ownMessage } from '../catalogue';
import { useFormDraft } from '../../ui/useFormDraft';
import { OfferTermsSection } from './OfferTermsSection';
import { OfferRequirementsSection } from './OfferRequirementsSection';

interface OfferFormProps {
  initial: OfferInput;
  employers: readonly EmployerRecord[];
  draftKey: string;
  onSave: (offer: Offer) => Promise<boolean>;
  status: ReactNode;
  actions?: ReactNode;
}

export function OfferForm({ initial, employers, draftKey, onSave, status, actions }: OfferFormProps) {
  const { t } = useTranslation();
  const form = useForm<OfferInput, unknown, Offer>({ resolver: zodResolver(offerSchema), defaultValues: initial, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, control, formState, getValues, setValue } = form;
  const errors = formState.errors;
  const draft = useFormDraft(form, draftKey);

  // A new offer is usually at the employer's own site: propose its comune.
  const employerChosen = (employerId: string) => {
    const employer = employers.find((e) => e.id === employerId);
    if (employer && !getValues('comuneCode')) setValue('comuneCode', employer.data.comuneCode, { shouldDirty: true });
  };
  const save = async (offer: Offer) => {
    draft.cancel();
    let saved = false;
    try {
      saved = await onSave(offer);
    } finally {
      if (!saved) draft.flush();
    }
  };

  return (
    <form className="worker-form offer-form" noValidate onSubmit={(event) => void form.handleSubmit(save)(event)} aria-describedby="offer-form-status">
      <div id="offer-form-status">
        {formState.isSubmitted && !formState.isValid && (
          <p role="alert" className="error-banner">
            {t('worker.invalid')}
          </p>
        )}
        {status}
      </div>
      <fieldset className="form-section">
        <legend>{t('employers.offer.sections.basics')}</legend>
        <div className="grid">
          <Field label={t('employers.offer.fields.employer')} error={errors.employerId} className="wide">
            {(c) => (
              <select {...c} {...register('employerId', { onChange: (event: { target: { value: string } }) => employerChosen(event.target.value) })}>
                <option value="">{t('worker.placeholders.choose')}</option>
                {employers.map((employer) => (
                  <option key={employer.id} value={employer.id}>
                    {employer.data.legalName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('employers.offer.fields.role')} error={errors.role} className="wide">
            {(c) => <input {...c} {...register('role')} autoComplete="off" />}
          </Field>
          <Field label={t('employers.offer.fields.positions')} error={errors.positions}>
            {(c) => <input {...c} {...register('positions', { setValueAs: numberOrEmpty })} type="number" min={1} max={500} />}
          </Field>
          <Field label={t('employers.offer.fields.comune')} error={errors.comuneCode}>
            {(c) => <Controller control={control} name="comuneCode" render={({ field }) => <PlaceInput {...c} {...field} placeholder={t('worker.placeholders.place')} />} />}
          </Field>
        </div>
        <Field label={t('employers.offer.fields.description')} error={errors.description}>
          {(c) => <textarea {...c} {...register('description')} rows={4} />}
        </Field>
      </fieldset>
      <OfferTermsSection form={form} />
      <OfferRequirementsSection form={form} />
      <fieldset className="form-section">
        <legend>{t('employers.offer.sections.tracking')}</legend>
        <div className="grid">
          <Field label={t('employers.offer.fields.source')} error={errors.source}>
            {(c) => (
              <select {...c} {...register('source')}>
                {OFFER_SOURCES.map((source) => (
                  <option key={source} value={source}>
                    {t(`employers.offer.source.${source}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('employers.offer.fields.receivedOn')} error={errors.receivedOn}>
            {(c) => <Controller control={control} name="receivedOn" render={({ field }) => <DateInput {...c} {...field} />} />}
          </Field>
          <Field label={t('employers.offer.fields.deadline')} error={ownMessage(errors.deadline)}>
            {(c) => <Controller control={control} name="deadline" render={({ field }) => <DateInput {...c} {...field} />} />}
          </Field>
          <Field label={t('employers.offer.fields.startDate')} error={errors.startDate}>
            {(c) => <Controller control={control} name="startDate" render={({ field }) => <DateInput {...c} {...field} />} />}
          </Field>
          <Field label={t('employers.offer.fields.state')} error={errors.state}>
            {(c) => (
              <select {...c} {...register('state')}>
                {OFFER_STATES.map((state) => (
                  <option key={state} value={state}>
                    {t(`employers.offer.state.${state}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('worker.saving') : t('worker.save')}
        </button>
        {actions}
      </div>
    </form>
  );
}
