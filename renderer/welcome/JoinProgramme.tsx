// Third way to start: join a programme with the enrolment file the coordinator issued. The file is
// checked (signed by the coordinator key it names) and summarised; the counselor compares the key
// fingerprint with the one on the coordinator's screen, and types the enrolment code the
// coordinator gives apart from the file, before choosing a passphrase.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkEnrolmentCode, readEnrolmentFile, type EnrolmentBody } from '../../shared/sync';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import { bytesText, chooseFile, ENROLMENT_FILTER } from '../sync/transport';
import { useBridgeFailureText } from '../sync/folderAccess';

export interface ChosenEnrolment {
  readonly enrolment: EnrolmentBody;
  readonly fingerprint: string;
}

const MAX_ENROLMENT_BYTES = 64 * 1024;

/** The i18n key of what is wrong with a typed enrolment code, or null when it is well formed. */
export function enrolmentCodeProblem(typed: string): string | null {
  if (!typed.trim()) return 'sync.join.codeRequired';
  const checked = checkEnrolmentCode(typed);
  return checked.ok ? null : `sync.join.codeProblems.${checked.problem}`;
}

export function JoinProgramme({ bridge, chosen, onChosen }: { bridge: DesktopBridge; chosen: ChosenEnrolment | null; onChosen: (chosen: ChosenEnrolment | null) => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const bridgeFailureText = useBridgeFailureText();
  const choose = async () => {
    setProblem(null);
    const file = await chooseFile(bridge, ENROLMENT_FILTER, MAX_ENROLMENT_BYTES);
    if (!file.ok) {
      if (file.error !== 'cancelled') setProblem(t('sync.join.invalid', { reason: bridgeFailureText(file) }));
      return;
    }
    const read = readEnrolmentFile(bytesText(file.value.bytes));
    if (read.ok) onChosen({ enrolment: read.enrolment, fingerprint: read.fingerprint });
    else {
      onChosen(null);
      setProblem(t('sync.join.invalid', { reason: t(`sync.join.reasons.${read.reason}`) }));
    }
  };
  return (
    <div className="join-programme">
      <button type="button" onClick={() => void choose()}>
        {t('sync.join.choose')}
      </button>
      {problem && (
        <p role="alert" className="error-banner">
          {problem}
        </p>
      )}
      {chosen && (
        <div role="status" className="notice">
          <p>{t('sync.join.summary', { programme: chosen.enrolment.programme.name, counselor: chosen.enrolment.counselor.displayName, device: chosen.enrolment.deviceLabel })}</p>
          <p>
            {t('sync.join.fingerprintLabel')}{' '}
            <strong className="mono" data-testid="join-fingerprint">
              {chosen.fingerprint}
            </strong>{' '}
            {t('sync.join.fingerprintCheck')}
          </p>
        </div>
      )}
    </div>
  );
}
