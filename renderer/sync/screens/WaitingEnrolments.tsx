// Coordinator: enrolments issued whose laptop has not sent its first bundle yet. The code can be
// shown again (on this screen only); an enrolment given to the wrong person can be withdrawn.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatItalianDate } from '../../../shared/time/dates';
import { useServices } from '../../app/services';
import { revealEnrolmentCode, waitingEnrolments, withdrawEnrolment } from '../enrolments';
import type { IssuedEnrolment } from '../syncMeta';
import { useErrorText, useSyncContext } from '../useSync';

function WaitingRow({ enrolment, counselorName, onMessage }: { enrolment: IssuedEnrolment; counselorName: string; onMessage: (text: string) => void }) {
  const { t } = useTranslation();
  const ctx = useSyncContext();
  const errorText = useErrorText();
  const [code, setCode] = useState<string | null | undefined>(undefined);
  const toggle = () => {
    if (code !== undefined) return setCode(undefined);
    revealEnrolmentCode(ctx, enrolment.enrolmentId).then(setCode, (error: unknown) => onMessage(errorText(error)));
  };
  const withdraw = () => {
    if (!window.confirm(t('sync.enrol.withdrawConfirm', { label: enrolment.deviceLabel }))) return;
    withdrawEnrolment(ctx, enrolment.enrolmentId).then(() => onMessage(t('sync.enrol.withdrawn', { label: enrolment.deviceLabel })), (error: unknown) => onMessage(errorText(error)));
  };
  return (
    <tr>
      <td>{enrolment.deviceLabel}</td>
      <td>{counselorName}</td>
      <td>{formatItalianDate(enrolment.issuedAt.slice(0, 10))}</td>
      <td className="actions">
        {enrolment.code ? (
          <button type="button" onClick={toggle} aria-expanded={code !== undefined}>
            {code === undefined ? t('sync.enrol.showCode') : t('sync.enrol.hideCode')}
          </button>
        ) : (
          <span className="hint">{t('sync.enrol.noCode')}</span>
        )}{' '}
        <button type="button" onClick={withdraw}>
          {t('sync.enrol.withdraw')}
        </button>
        {code && (
          <strong className="mono enrolment-code" data-testid="waiting-code">
            {code}
          </strong>
        )}
      </td>
    </tr>
  );
}

export function WaitingEnrolments() {
  const { t } = useTranslation();
  const { programme } = useServices();
  const ctx = useSyncContext();
  const waiting = useLiveQuery(() => waitingEnrolments(ctx), [ctx.db]);
  const counselors = useLiveQuery(() => programme.counselors(), [programme]);
  const [message, setMessage] = useState<string | null>(null);
  if (waiting === undefined) return null;
  const nameOf = (id: string) => counselors?.find((c) => c.id === id)?.data.displayName ?? '';
  return (
    <div className="waiting-enrolments">
      <h3>{t('sync.enrol.waiting')}</h3>
      {message && (
        <p role="status" className="notice">
          {message}
        </p>
      )}
      {waiting.length === 0 ? (
        <p className="hint">{t('sync.enrol.waitingNone')}</p>
      ) : (
        <table className="sync-table" data-testid="waiting-enrolments">
          <thead>
            <tr>
              {(['label', 'counselor', 'issuedAt', 'actions'] as const).map((column) => (
                <th scope="col" key={column}>
                  {t(`sync.enrol.waitingColumns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {waiting.map((enrolment) => (
              <WaitingRow key={enrolment.enrolmentId} enrolment={enrolment} counselorName={nameOf(enrolment.counselorId)} onMessage={setMessage} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
