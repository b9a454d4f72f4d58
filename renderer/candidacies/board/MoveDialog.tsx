// Recording a move of a candidacy: its day, a reason when the rules ask for one (endings and
// corrections), and for "CV sent" which CV version went to the employer.
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { CANDIDACY_ENDINGS, type CandidacyStage } from '../../../shared/domain/casework';
import { isoDateSchema } from '../../../shared/domain/primitives';
import { namedLimit } from '../../../shared/domain/messages';
import { needsReason } from '../../../shared/candidacy/stages';
import { todayIso } from '../../../shared/time/dates';
import type { CandidacyView } from '../../db/repositories/candidacyRepository';
import { Field } from '../../ui/Field';
import { DateInput } from '../../ui/DateInput';
import { FieldError } from '../../ui/FieldError';
import { CvVersionSelect } from '../../cv/CvVersionSelect';
import { Modal, type ModalProps } from '../Modal';
import { refusalKey, useCandidacyRepositories } from '../useCandidacies';

export type MoveTarget = CandidacyStage | 'ending';

function moveFormSchema(from: CandidacyStage, target: MoveTarget) {
  const to = target === 'ending' ? z.enum(CANDIDACY_ENDINGS, { error: 'validation.required' }) : z.literal(target);
  return z
    .object({ occurredOn: isoDateSchema, to, reason: z.string().trim().max(500, namedLimit), cvId: z.string() })
    .superRefine((form, ctx) => {
      if (needsReason(from, form.to) && !form.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'candidacies.refusal.reasonRequired' });
    });
}
type MoveForm = z.input<ReturnType<typeof moveFormSchema>>;

interface Props {
  view: CandidacyView;
  target: MoveTarget;
  workerName: string;
  onClose: () => void;
  onMoved: (stage: CandidacyStage) => void;
  returnFocus?: ModalProps['returnFocus'];
}

export function MoveDialog({ view, target, workerName, onClose, onMoved, returnFocus }: Props) {
  const { t } = useTranslation();
  const { candidacies } = useCandidacyRepositories();
  const [refusal, setRefusal] = useState<string | null>(null);
  const schema = useMemo(() => moveFormSchema(view.stage, target), [view.stage, target]);
  const { register, control, handleSubmit, formState } = useForm<MoveForm>({
    resolver: zodResolver(schema),
    defaultValues: { occurredOn: todayIso(), to: (target === 'ending' ? '' : target) as MoveForm['to'], reason: '', cvId: '' },
  });
  const chosen = useWatch({ control, name: 'to' }) as CandidacyStage | '';
  const reasonNeeded = target === 'ending' || (chosen !== '' && needsReason(view.stage, chosen));
  const errors = formState.errors;

  const submit = handleSubmit(async (form) => {
    setRefusal(null);
    try {
      await candidacies.move(view.id, { to: form.to, occurredOn: form.occurredOn, reason: form.reason, cvId: form.cvId || undefined });
      onMoved(form.to);
    } catch (error) {
      setRefusal(refusalKey(error));
    }
  });

  const title = target === 'ending' ? t('candidacies.move.endTitle', { name: workerName }) : t('candidacies.move.title', { name: workerName, stage: t(`candidacies.stage.${target}`) });
  return (
    <Modal title={title} onClose={onClose} returnFocus={returnFocus}>
      <form className="candidacy-form" onSubmit={(event) => void submit(event)} noValidate>
        {refusal && (
          <p role="alert" className="error-banner">
            {t(refusal as 'candidacies.refusal.unknown')}
          </p>
        )}
        {target === 'ending' && (
          <fieldset className="field" aria-invalid={errors.to ? true : undefined}>
            <legend>{t('candidacies.move.ending')}</legend>
            {CANDIDACY_ENDINGS.map((ending) => (
              <label key={ending} className="inline">
                <input type="radio" value={ending} {...register('to')} /> {t(`candidacies.stage.${ending}`)}
              </label>
            ))}
            <FieldError error={errors.to} />
          </fieldset>
        )}
        <Field label={t('candidacies.move.date')} error={errors.occurredOn}>
          {(controlProps) => <Controller control={control} name="occurredOn" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
        </Field>
        {target === 'cv_sent' && (
          <Field label={t('candidacies.move.cv')}>
            {(controlProps) => (
              <Controller
                control={control}
                name="cvId"
                render={({ field }) => <CvVersionSelect {...controlProps} workerId={view.workerId} value={field.value} onChange={field.onChange} noneLabel={t('candidacies.move.noCv')} />}
              />
            )}
          </Field>
        )}
        <Field label={t('candidacies.move.reason')} error={errors.reason} hint={reasonNeeded ? t('candidacies.move.reasonRequired') : undefined}>
          {(controlProps) => <textarea rows={3} {...controlProps} {...register('reason')} />}
        </Field>
        <div className="candidacy-actions">
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {t('candidacies.move.confirm')}
          </button>
          <button type="button" onClick={onClose}>
            {t('candidacies.move.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
