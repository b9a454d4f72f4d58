// Coordinator, once: create the programme key pair and this laptop's keys.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { setUpProgrammeKeys } from '../programmeSetup';
import { useErrorText, useSyncContext } from '../useSync';

export function SetupCard() {
  const { t } = useTranslation();
  const ctx = useSyncContext();
  const errorText = useErrorText();
  const [label, setLabel] = useState(t('sync.setup.defaultLabel'));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const create = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await setUpProgrammeKeys(ctx, label || t('sync.setup.defaultLabel'));
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="sync-setup-title">
      <h2 id="sync-setup-title">{t('sync.setup.title')}</h2>
      <p>{t('sync.setup.text')}</p>
      {failure && (
        <p role="alert" className="error-banner">
          {failure}
        </p>
      )}
      <div className="sync-row">
        <Field label={t('sync.setup.deviceLabel')}>{(control) => <input {...control} value={label} maxLength={80} onChange={(event) => setLabel(event.target.value)} />}</Field>
        <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
          {t('sync.setup.create')}
        </button>
      </div>
    </section>
  );
}
