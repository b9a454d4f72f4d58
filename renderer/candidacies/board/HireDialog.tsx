// The hiring form, opened by a move to "hired": the placement's facts, then two confirmations
// when needed (no positions left on the offer; the worker leaving the programme as placed).
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../../../shared/domain/offer';
import type { Employer } from '../../../shared/domain/employer';
import { CONTRACT_TYPES, INCENTIVES } from '../../../shared/domain/vocabulary';
import { isoDateSchema } from '../../../shared/domain/primitives';
import { isFixedTerm, needsOverbookingConfirmation, placementEndDate, placementFormSchema, positionsLeft, type PlacementFormInput } from '../../../shared/candidacy/placement';
import { formatItalianDate, todayIso } from '../../../shared/time/dates';
import type { VersionedRecord } from '../../../shared/sync/record';
import type { CandidacyView } from '../../db/repositories/candidacyRepository';
import { Field } from '../../ui/Field';
import { DateInput } from '../../ui/DateInput';
import { DecimalInput } from '../../ui/DecimalInput';
import { numberOrEmpty } from '../../workers/form/numberField';
import { Modal, type ModalProps } from '../Modal';
import { refusalKey, useCandidacyRepositories } from '../useCandidacies';

interface Props {
  view: CandidacyView;
  workerName: string;
  offer: VersionedRecord<Offer>;
  employer: VersionedRecord<Employer> | undefined;
  hirings: number;
  onClose: () => void;
  onHired: () => void;
  returnFocus?: ModalProps['returnFocus'];
}

export function HireDialog({ view, workerName, offer, employer, hirings, onClose, onHired, returnFocus }: Props) {
  const { t } = useTranslation();
  const { placements } = useCandidacyRepositories();
  const [refusal, setRefusal] = useState<string | null>(null);
  const offered = employer?.data.incentives ?? [];
  const { register, control, handleSubmit, formState } = useForm<PlacementFormInput>({
    resolver: zodResolver(placementFormSchema),
    defaultValues: {
      hiredOn: todayIso(),
      startDate: todayIso(),
      contractType: offer.data.contractType,
      fixedTermMonths: offer.data.fixedTermMonths,
      hoursPerWeek: offer.data.hoursPerWeek,
      partTimePercent: offer.data.partTimePercent,
      // The employer's own incentive when it has only one; otherwise the counselor chooses.
      incentive: (offered.length === 1 ? offered[0] : '') as PlacementFormInput['incentive'],
    },
  });
  const errors = formState.errors;
  const [contractType, startDate, months] = useWatch({ control, name: ['contractType', 'startDate', 'fixedTermMonths'] });
  const fixedTerm = isFixedTerm(contractType);
  const endDate = fixedTerm && typeof months === 'number' && Number.isInteger(months) && isoDateSchema.safeParse(startDate).success ? placementEndDate({ contractType, startDate, fixedTermMonths: months }) : undefined;
  const left = positionsLeft(offer.data.positions, hirings);

  const submit = handleSubmit(async (form) => {
    setRefusal(null);
    const overbook = needsOverbookingConfirmation(offer.data.positions, hirings);
    if (overbook && !window.confirm(t('candidacies.hire.noPositionsConfirm', { positions: offer.data.positions }))) return;
    if (!window.confirm(t('worker.statusConfirm', { status: t('vocab.status.placed') }))) return;
    try {
      await placements.hire(view.id, form, { overbook });
      onHired();
    } catch (error) {
      setRefusal(refusalKey(error));
    }
  });

  return (
    <Modal title={t('candidacies.hire.title', { name: workerName })} onClose={onClose} returnFocus={returnFocus} wide>
      <form className="candidacy-form" onSubmit={(event) => void submit(event)} noValidate>
        {refusal && (
          <p role="alert" className="error-banner">
            {t(refusal as 'candidacies.refusal.unknown')}
          </p>
        )}
        <dl className="candidacy-facts">
          <dt>{t('candidacies.hire.employer')}</dt>
          <dd>{employer?.data.legalName ?? '—'}</dd>
        </dl>
        <p className="hint">
          {t('candidacies.hire.offer', { role: offer.data.role })} · {t('candidacies.hire.positionsLeft', { count: left, positions: offer.data.positions })}
        </p>
        <div className="grid">
          <Field label={t('candidacies.hire.hiredOn')} error={errors.hiredOn}>
            {(controlProps) => <Controller control={control} name="hiredOn" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
          </Field>
          <Field label={t('candidacies.hire.contractType')} error={errors.contractType}>
            {(controlProps) => (
              <select {...controlProps} {...register('contractType')}>
                {CONTRACT_TYPES.map((contract) => (
                  <option key={contract} value={contract}>
                    {t(`vocab.contract.${contract}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('candidacies.hire.startDate')} error={errors.startDate}>
            {(controlProps) => <Controller control={control} name="startDate" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
          </Field>
          {fixedTerm && (
            <Field label={t('candidacies.hire.fixedTermMonths')} error={errors.fixedTermMonths} hint={endDate ? t('candidacies.hire.endsOn', { date: formatItalianDate(endDate) }) : t('candidacies.hire.fixedTermHint')}>
              {(controlProps) => <input {...controlProps} {...register('fixedTermMonths', { setValueAs: numberOrEmpty })} type="number" min={1} max={36} />}
            </Field>
          )}
          <Field label={t('candidacies.hire.hoursPerWeek')} error={errors.hoursPerWeek}>
            {(controlProps) => <Controller control={control} name="hoursPerWeek" render={({ field }) => <DecimalInput {...controlProps} {...field} className="short" />} />}
          </Field>
          <Field label={t('candidacies.hire.partTimePercent')} error={errors.partTimePercent} hint={t('candidacies.hire.partTimeHint')}>
            {(controlProps) => <input {...controlProps} {...register('partTimePercent', { setValueAs: numberOrEmpty })} type="number" min={10} max={99} />}
          </Field>
          <Field label={t('candidacies.hire.incentive')} error={errors.incentive} className="wide">
            {(controlProps) => (
              <select {...controlProps} {...register('incentive')}>
                <option value="">{t('worker.placeholders.choose')}</option>
                {INCENTIVES.map((incentive) => (
                  <option key={incentive} value={incentive}>
                    {t(`candidacies.incentive.${incentive}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="candidacy-actions">
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {t('candidacies.hire.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('candidacies.move.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
