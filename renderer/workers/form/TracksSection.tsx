import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EXIT_REASONS, LEAVING_STATUSES, TRACKS, WORKER_STATUSES } from '../../../shared/domain/vocabulary';
import type { CounselorRecord } from '../../db/rows';
import { isActiveCounselor } from '../../../shared/domain/programme';
import { useServices } from '../../app/services';
import { Field } from '../../ui/Field';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import type { SectionProps } from './types';

export function TracksSection({ form, counselors }: SectionProps & { counselors: readonly CounselorRecord[] }) {
  const { t } = useTranslation();
  const { register, formState, control } = form;
  const errors = formState.errors;
  const status = useWatch({ control, name: 'status' });
  const leaving = status !== undefined && LEAVING_STATUSES.includes(status);
  // Caseloads are assigned by the coordinator; a counselor files workers into their own.
  const { session } = useServices();
  // A deactivated counselor takes no new worker; the one already assigned stays shown.
  const assigned = useWatch({ control, name: 'counselorId' });
  const assignable = (session.role === 'coordinator' ? counselors : counselors.filter((c) => c.id === session.counselorId)).filter((c) => isActiveCounselor(c.data) || c.id === assigned);

  return (
    <fieldset className="form-section">
      <legend>{t('worker.sections.tracks')}</legend>
      <div className="grid">
        <Field label={t('worker.fields.primaryTrack')} error={errors.primaryTrack}>
          {(control) => (
            <select {...control} {...register('primaryTrack')}>
              <option value="">{t('worker.placeholders.choose')}</option>
              {TRACKS.map((track) => (
                <option key={track} value={track}>
                  {t(`vocab.track.${track}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('worker.fields.counselor')} error={errors.counselorId}>
          {(control) => (
            <select {...control} {...register('counselorId')}>
              <option value="">{t('worker.placeholders.choose')}</option>
              {assignable.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.data.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('worker.fields.status')} error={errors.status}>
          {(control) => (
            <select {...control} {...register('status')}>
              {WORKER_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`vocab.status.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {leaving && (
          <Field label={t('worker.fields.exitReason')} error={errors.exitReason}>
            {(control) => (
              <select {...control} {...register('exitReason')}>
                <option value="">{t('worker.placeholders.choose')}</option>
                {EXIT_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`vocab.exitReason.${reason}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <CheckboxGroup
        legend={t('worker.fields.secondaryTracks')}
        options={TRACKS.map((track) => ({ value: track, label: t(`vocab.track.${track}`) }))}
        registration={register('secondaryTracks')}
        error={errors.secondaryTracks}
      />
    </fieldset>
  );
}
