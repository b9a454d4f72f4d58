// "Propose a worker": choose among the workers still in the programme that the user can see; one
// awaiting consent (or who withdrew it) is listed but cannot be chosen, with the reason beside the name.
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../../../shared/domain/offer';
import { LEAVING_STATUSES } from '../../../shared/domain/vocabulary';
import { isoDateSchema } from '../../../shared/domain/primitives';
import { isClosed } from '../../../shared/candidacy/stages';
import { todayIso } from '../../../shared/time/dates';
import { participationOf, proposalBlock } from '../../../shared/domain/participation';
import type { VersionedRecord } from '../../../shared/sync/record';
import type { CandidacyView } from '../../db/repositories/candidacyRepository';
import { Field } from '../../ui/Field';
import { DateInput } from '../../ui/DateInput';
import { Modal, type ModalProps } from '../Modal';
import { fullName, refusalKey, useCandidacyRepositories, useVisibleWorkers } from '../useCandidacies';

const proposeSchema = z.object({
  workerId: z.string().min(1, { error: 'candidacies.validation.chooseWorker' }),
  proposedOn: isoDateSchema,
});
type ProposeForm = z.input<typeof proposeSchema>;

const LIST_LIMIT = 200;

interface Props {
  offer: VersionedRecord<Offer>;
  existing: readonly CandidacyView[];
  onClose: () => void;
  onProposed: (candidacyId: string, name: string, workerId: string) => void;
  returnFocus?: ModalProps['returnFocus'];
}

export function ProposeDialog({ offer, existing, onClose, onProposed, returnFocus }: Props) {
  const { t } = useTranslation();
  const { candidacies } = useCandidacyRepositories();
  const workers = useVisibleWorkers();
  const [search, setSearch] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const { register, control, handleSubmit, formState } = useForm<ProposeForm>({ resolver: zodResolver(proposeSchema), defaultValues: { workerId: '', proposedOn: todayIso() } });
  const open = useMemo(() => new Set(existing.filter((view) => !isClosed(view.stage)).map((view) => view.workerId)), [existing]);
  const inProgramme = useMemo(
    () => [...(workers?.values() ?? [])].filter((worker) => !LEAVING_STATUSES.includes(worker.data.status) && participationOf(worker.data) !== 'notEnrolled').sort((a, b) => fullName(a).localeCompare(fullName(b), 'it')),
    [workers],
  );
  const needle = search.trim().toLowerCase();
  const shown = inProgramme.filter((worker) => !needle || fullName(worker).toLowerCase().includes(needle) || `${worker.data.name} ${worker.data.surname}`.toLowerCase().includes(needle)).slice(0, LIST_LIMIT);

  const submit = handleSubmit(async (form) => {
    setRefusal(null);
    try {
      const view = await candidacies.propose({ workerId: form.workerId, offerId: offer.id, proposedOn: form.proposedOn });
      const worker = workers?.get(form.workerId);
      onProposed(view.id, worker ? fullName(worker) : '', form.workerId);
    } catch (error) {
      setRefusal(refusalKey(error));
    }
  });

  return (
    <Modal title={t('candidacies.propose.title', { role: offer.data.role })} onClose={onClose} returnFocus={returnFocus}>
      <form className="candidacy-form" onSubmit={(event) => void submit(event)} noValidate>
        {refusal && (
          <p role="alert" className="error-banner">
            {t(refusal as 'candidacies.refusal.unknown')}
          </p>
        )}
        <Field label={t('candidacies.propose.search')} hint={t('candidacies.propose.hint', { count: inProgramme.length })}>
          {(controlProps) => <input {...controlProps} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />}
        </Field>
        <Field label={t('candidacies.propose.worker')} error={formState.errors.workerId}>
          {(controlProps) => (
            <select {...controlProps} {...register('workerId')} size={8} className="worker-picker">
              {shown.map((worker) => {
                const blocked = proposalBlock(worker.data);
                return (
                  <option key={worker.id} value={worker.id} disabled={open.has(worker.id) || blocked !== undefined}>
                    {fullName(worker)}
                    {open.has(worker.id) ? ` (${t('candidacies.propose.alreadyOnBoard')})` : blocked ? ` (${t(`participation.label.${blocked}`)}: ${t('participation.notProposable').toLowerCase()})` : ''}
                  </option>
                );
              })}
            </select>
          )}
        </Field>
        <Field label={t('candidacies.propose.proposedOn')} error={formState.errors.proposedOn}>
          {(controlProps) => <Controller control={control} name="proposedOn" render={({ field }) => <DateInput {...controlProps} {...field} />} />}
        </Field>
        <div className="candidacy-actions">
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {t('candidacies.propose.submit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('candidacies.move.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
