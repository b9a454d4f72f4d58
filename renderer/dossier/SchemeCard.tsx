// The funding scheme's thresholds (a programme setting only the coordinator changes): the minimum
// length of a fixed-term contract, in a crisis area too, and the outcome share by profiling band.
// Saved, every dossier is checked again (the list reads the setting live).
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { fundingSchemeSchema, FUNDING_SCHEME_SETTING, type FundingScheme } from '../../shared/documents/dossier/scheme';
import { PROFILING_BANDS } from '../../shared/domain/vocabulary';
import { useRepository } from '../app/useRepository';
import { createProgrammeSettingsRepository } from '../db/repositories/programmeSettingsRepository';
import { ErrorBanner } from '../ui/ErrorBanner';
import { schemaMessageText } from '../ui/messages';

export function SchemeCard({ scheme }: { scheme: FundingScheme }) {
  const { t, i18n } = useTranslation();
  const settings = useRepository((s) => createProgrammeSettingsRepository(s.db, s.session));
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<FundingScheme>({ resolver: zodResolver(fundingSchemeSchema), defaultValues: scheme });
  const { errors, isSubmitting } = form.formState;
  const error = (message: string | undefined) =>
    message ? (
      <span className="field-error" role="alert">
        {schemaMessageText(t, i18n.language, message)}
      </span>
    ) : null;
  const save = form.handleSubmit(async (value) => {
    setSaved(false);
    setFailure(null);
    try {
      await settings.put(FUNDING_SCHEME_SETTING, fundingSchemeSchema, value);
      form.reset(value);
      setSaved(true);
    } catch (problem) {
      setFailure(problem);
    }
  });
  const number = { valueAsNumber: true } as const;

  return (
    <details className="card dossier-scheme">
      <summary>
        <h2>{t('dossier.scheme.title')}</h2>
      </summary>
      <form noValidate onSubmit={(event) => void save(event)}>
        <ErrorBanner error={failure} />
        <div className="dossier-scheme-fields">
          <label className="field dossier-scheme-name">
            <span>{t('dossier.scheme.name')}</span>
            <input {...form.register('name')} aria-invalid={errors.name !== undefined} />
            {error(errors.name?.message)}
          </label>
          <label className="field">
            <span>{t('dossier.scheme.minFixedTermMonths')}</span>
            <input type="number" min={1} max={36} {...form.register('minFixedTermMonths', number)} aria-invalid={errors.minFixedTermMonths !== undefined} />
            {error(errors.minFixedTermMonths?.message)}
          </label>
          <label className="field">
            <span>{t('dossier.scheme.minFixedTermMonthsCrisis')}</span>
            <input type="number" min={1} max={36} {...form.register('minFixedTermMonthsCrisis', number)} aria-invalid={errors.minFixedTermMonthsCrisis !== undefined} />
            {error(errors.minFixedTermMonthsCrisis?.message)}
          </label>
          <label className="checkbox dossier-scheme-crisis">
            <input type="checkbox" {...form.register('crisisArea')} /> {t('dossier.scheme.crisisArea')}
          </label>
        </div>
        <table className="data-table dossier-amounts">
          <caption>{t('dossier.scheme.amounts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dossier.scheme.band')}</th>
              <th scope="col">{t('dossier.scheme.permanent')}</th>
              <th scope="col">{t('dossier.scheme.fixedTerm')}</th>
            </tr>
          </thead>
          <tbody>
            {PROFILING_BANDS.map((band) => (
              <tr key={band}>
                <th scope="row">{t(`vocab.profilingBand.${band}`)}</th>
                {(['permanent', 'fixedTerm'] as const).map((kind) => (
                  <td key={kind}>
                    <input type="number" min={0} step={50} aria-label={`${t(`vocab.profilingBand.${band}`)}: ${t(`dossier.scheme.${kind}`)}`} {...form.register(`amounts.${band}.${kind}`, number)} />
                    {error(errors.amounts?.[band]?.[kind]?.message)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={isSubmitting}>
            {t('dossier.scheme.save')}
          </button>
          {saved && (
            <span role="status" className="hint">
              {t('dossier.scheme.saved')}
            </span>
          )}
        </div>
      </form>
    </details>
  );
}
