// The small-cell threshold of the external view: a programme setting (synced to every laptop),
// which only the coordinator changes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../shared/reports/suppression';
import { useServices } from '../app/services';
import { useRepository } from '../app/useRepository';
import { createProgrammeSettingsRepository } from '../db/repositories/programmeSettingsRepository';
import { namedLimit } from '../../shared/domain/messages';
import { schemaMessageText } from '../ui/messages';

export const THRESHOLD_SETTING = 'reports.suppressionThreshold';
export const thresholdSchema = z.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(1, namedLimit).max(50, namedLimit);

export function useSuppressionThreshold(): number | undefined {
  const settings = useRepository((s) => createProgrammeSettingsRepository(s.db, s.session));
  return useLiveQuery(() => settings.get(THRESHOLD_SETTING, thresholdSchema, DEFAULT_SUPPRESSION_THRESHOLD), [settings]);
}

export function ThresholdSetting({ threshold }: { threshold: number }) {
  const { t, i18n } = useTranslation();
  const { session } = useServices();
  const settings = useRepository((s) => createProgrammeSettingsRepository(s.db, s.session));
  const [draft, setDraft] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const coordinator = session.role === 'coordinator';
  const value = draft ?? String(threshold);
  const parsed = thresholdSchema.safeParse(value.trim() === '' ? undefined : Number(value));
  return (
    <form
      className="inline-form report-threshold"
      onSubmit={(event) => {
        event.preventDefault();
        if (!parsed.success) return;
        void settings.put(THRESHOLD_SETTING, thresholdSchema, parsed.data).then(() => {
          setDraft(null);
          setSaved(true);
        });
      }}
    >
      <div className="field">
        <label htmlFor="report-threshold">{t('reports.report.threshold')}</label>
        <input
          id="report-threshold"
          type="number"
          min={1}
          max={50}
          value={value}
          readOnly={!coordinator}
          aria-invalid={!parsed.success}
          aria-describedby="report-threshold-hint"
          onChange={(event) => {
            setSaved(false);
            setDraft(event.target.value);
          }}
        />
      </div>
      {coordinator && (
        <button type="submit" disabled={!parsed.success || draft === null}>
          {t('reports.report.thresholdSave')}
        </button>
      )}
      {parsed.success ? (
        <p id="report-threshold-hint" className="hint">
          {saved ? t('reports.report.thresholdSaved') : t('reports.report.thresholdHint')}
        </p>
      ) : (
        <p id="report-threshold-hint" className="field-error" role="alert">
          {schemaMessageText(t, i18n.language, parsed.error.issues[0]?.message)}
        </p>
      )}
    </form>
  );
}
