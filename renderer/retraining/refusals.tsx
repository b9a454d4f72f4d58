// Turns a repository's refusal into the sentence shown beside the form that asked.
import i18next, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { REFUSALS, type Refusal } from '../../shared/retraining/rules';
import type { StatusChange } from '../../shared/retraining/status';
import { formatItalianDate } from '../../shared/time/dates';
import { NotAllowedError, NotEligibleError } from '../db/repositories/errors';
import { errorMessage, logIfUnexpected, messageText } from '../ui/messages';

/** Dates and numbers a refusal may quote: ISO dates are shown as dd/mm/yyyy. */
export interface RefusalContext {
  start?: string;
  end?: string;
  enrolledOn?: string;
  endedOn?: string;
  lastDay?: string;
  hours?: number;
}

const isRefusal = (reason: string): reason is Refusal => (REFUSALS as readonly string[]).includes(reason);

/** The reason of a refusal; any other error reads as the app says it (renderer/ui/messages.ts). */
export function refusalText(t: TFunction, error: unknown, context: RefusalContext = {}): string {
  if (error instanceof NotAllowedError) return t('worker.notAllowed');
  if (!(error instanceof NotEligibleError)) {
    logIfUnexpected(error);
    return messageText(t, i18next.language, errorMessage(error));
  }
  const values = Object.fromEntries(Object.entries(context).map(([key, value]) => [key, typeof value === 'string' ? formatItalianDate(value) : value]));
  const reason = isRefusal(error.reason)
    ? t(`retraining.refusal.${error.reason}`, values)
    : i18next.exists(error.reason)
      ? t(error.reason as 'retraining.refusal.other')
      : t('retraining.refusal.other');
  return `${t('retraining.refusal.title')}: ${reason}`;
}

export function RefusalBanner({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="error-banner">
      {message}
    </p>
  );
}

export function StatusChangeNotice({ change }: { change: StatusChange | undefined }) {
  const { t } = useTranslation();
  if (!change) return null;
  return (
    <p role="status" className="notice success" data-testid="status-change">
      {t('retraining.status.changed', { from: t(`vocab.status.${change.from}`), to: t(`vocab.status.${change.to}`) })}
    </p>
  );
}
