// Coordinator: an enrolment file per counselor laptop (choose the counselor, name the laptop);
// the screen shows the key fingerprint the counselor compares on the joining laptop.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { Field } from '../../ui/Field';
import { issueEnrolment } from '../programmeSetup';
import { ENROLMENT_FILTER, textBytes, writeFile } from '../transport';
import { useErrorText, useSharedFolder, useSyncContext } from '../useSync';

export function EnrolCard() {
  const { t } = useTranslation();
  const { bridge, programme } = useServices();
  const ctx = useSyncContext();
  const folder = useSharedFolder();
  const errorText = useErrorText();
  const counselors = useLiveQuery(() => programme.counselors(), [programme]);
  const [counselorId, setCounselorId] = useState('');
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const issue = async () => {
    if (!counselorId || !label.trim()) return setMessage({ error: true, text: t('sync.enrol.required') });
    try {
      const issued = await issueEnrolment(ctx, counselorId, label);
      const saved = await writeFile(bridge, folder ?? null, issued.fileName, textBytes(issued.text), ENROLMENT_FILTER);
      if (saved.ok) setMessage({ error: false, text: t('sync.enrol.issued', { location: saved.value.location, fingerprint: issued.fingerprint }) });
      else if (saved.error !== 'cancelled') setMessage({ error: true, text: saved.detail ?? saved.error });
    } catch (error) {
      setMessage({ error: true, text: errorText(error) });
    }
  };

  return (
    <section className="card" aria-labelledby="sync-enrol-title">
      <h2 id="sync-enrol-title">{t('sync.enrol.title')}</h2>
      <p>{t('sync.enrol.text')}</p>
      <div className="sync-row">
        <Field label={t('sync.enrol.counselor')}>
          {(control) => (
            <select {...control} value={counselorId} onChange={(event) => setCounselorId(event.target.value)}>
              <option value="">{t('sync.enrol.chooseCounselor')}</option>
              {(counselors ?? [])
                .filter((c) => c.data.role === 'counselor')
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.data.displayName}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={t('sync.enrol.deviceLabel')}>{(control) => <input {...control} value={label} maxLength={80} onChange={(event) => setLabel(event.target.value)} />}</Field>
        <button type="button" className="primary" onClick={() => void issue()}>
          {t('sync.enrol.issue')}
        </button>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-banner' : 'notice'} data-testid="enrol-result">
          {message.text}
        </p>
      )}
    </section>
  );
}
