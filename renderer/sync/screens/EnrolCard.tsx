// Coordinator: an enrolment file per counselor laptop (choose the counselor, name the laptop);
// the screen shows the key fingerprint the counselor compares on the joining laptop and the
// enrolment code the laptop types (not in the file), then the enrolments still waiting.
import { useState } from 'react';
import { isActiveCounselor } from '../../../shared/domain/programme';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services';
import { Field } from '../../ui/Field';
import { issueEnrolment, type IssuedEnrolmentFile } from '../programmeSetup';
import { ENROLMENT_FILTER, textBytes, writeFile } from '../transport';
import { useErrorText, useSharedFolder, useSyncContext } from '../useSync';
import { useBridgeFailureText } from '../folderAccess';
import { EnrolmentCodeNotice, type IssuedNotice } from './EnrolmentCodeNotice';
import { WaitingEnrolments } from './WaitingEnrolments';

/** Saves an issued enrolment file where files go: the notice to show, or why it was not saved (null: cancelled). */
export function useSaveEnrolment(): (issued: IssuedEnrolmentFile, label: string) => Promise<{ notice: IssuedNotice } | { problem: string } | null> {
  const { bridge } = useServices();
  const folder = useSharedFolder();
  const bridgeFailureText = useBridgeFailureText();
  return async (issued, label) => {
    const saved = await writeFile(bridge, folder ?? null, issued.fileName, textBytes(issued.text), ENROLMENT_FILTER);
    if (saved.ok) return { notice: { label, location: saved.value.location, fingerprint: issued.fingerprint, code: issued.code } };
    return saved.error === 'cancelled' ? null : { problem: bridgeFailureText(saved) };
  };
}

export function EnrolCard({ issued, onIssued }: { issued: IssuedNotice | null; onIssued: (notice: IssuedNotice) => void }) {
  const { t } = useTranslation();
  const { programme } = useServices();
  const ctx = useSyncContext();
  const errorText = useErrorText();
  const save = useSaveEnrolment();
  const counselors = useLiveQuery(() => programme.counselors(), [programme]);
  const [counselorId, setCounselorId] = useState('');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const issue = async () => {
    setProblem(null);
    if (!counselorId || !label.trim()) return setProblem(t('sync.enrol.required'));
    try {
      const saved = await save(await issueEnrolment(ctx, counselorId, label), label.trim());
      if (saved && 'notice' in saved) onIssued(saved.notice);
      else if (saved) setProblem(saved.problem);
    } catch (error) {
      setProblem(errorText(error));
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
                // A deactivated counselor gets no new laptop.
                .filter((c) => c.data.role === 'counselor' && isActiveCounselor(c.data))
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
      {problem && (
        <p role="alert" className="error-banner" data-testid="enrol-problem">
          {problem}
        </p>
      )}
      {issued && <EnrolmentCodeNotice issued={issued} />}
      <WaitingEnrolments />
    </section>
  );
}
