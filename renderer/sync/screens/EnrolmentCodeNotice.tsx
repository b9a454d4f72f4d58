// What the coordinator sees once an enrolment file is saved: where the file went, the fingerprint
// the counselor compares, and the enrolment code, which is not in the file and travels apart.
import { useTranslation } from 'react-i18next';

export interface IssuedNotice {
  readonly label: string;
  readonly location: string;
  readonly fingerprint: string;
  readonly code: string;
}

export function EnrolmentCodeNotice({ issued }: { issued: IssuedNotice }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="notice success" data-testid="enrol-result">
      <p>{t('sync.enrol.issued', { location: issued.location, fingerprint: issued.fingerprint })}</p>
      <p>
        {t('sync.enrol.code', { label: issued.label })}:{' '}
        <strong className="mono enrolment-code" data-testid="enrol-code">
          {issued.code}
        </strong>
      </p>
      <p className="hint">{t('sync.enrol.codeHint')}</p>
    </div>
  );
}
