// When a worker's personal data may be erased (storage limitation, art. 5(1)(e) GDPR).
import { addMonths, format, parseISO } from 'date-fns';
import type { DomainEvent } from '../domain/events';
import { isRealIsoDate } from '../time/days';
import { LEAVING_STATUSES } from '../domain/vocabulary';
import type { Worker } from '../domain/worker';
import { consentWithdrawnOn, programmeExitDate } from './eventHistory';

/**
 * Months the file is kept after the worker leaves the programme. A programme setting, not a
 * rule of law: the data controller fixes it (and states it in the privacy notice). Two years
 * after the exit is a sane default once the social plan has ended: it covers the final
 * monitoring reports and the follow-up questions of the Ministry, the Region and the unions.
 */
export const DEFAULT_RETENTION_MONTHS = 24;

export type ErasureEligibility =
  | { eligible: true; exitDate: string }
  | { eligible: false; reason: 'stillInProgramme' | 'retentionNotEnded'; exitDate?: string; availableOn?: string };

/**
 * Whether the worker's personal data may be erased on `today` (`YYYY-MM-DD`): from the day
 * `retentionMonths` after the exit date, that day included; at once when consent was withdrawn
 * (then `exitDate` is the day of the withdrawal). This answers only for the programme's own
 * retention: before erasing, the controller must still check other legal obligations to keep
 * the data (e.g. records the social plan's funders or labour law require, or a pending dispute).
 */
export function erasureEligibility(worker: Worker, events: readonly DomainEvent[], today: string, retentionMonths: number): ErasureEligibility {
  if (!isRealIsoDate(today)) throw new RangeError(`today must be a YYYY-MM-DD date: ${today}`);
  if (!Number.isInteger(retentionMonths) || retentionMonths < 0) throw new RangeError(`retentionMonths must be a non-negative integer: ${retentionMonths}`);

  // Consent is the legal basis of the processing: once withdrawn, keeping the file for the
  // retention period has no basis left, whatever the status says.
  const withdrawnOn = consentWithdrawnOn(events);
  if (withdrawnOn !== undefined) return { eligible: true, exitDate: withdrawnOn };

  if (!LEAVING_STATUSES.includes(worker.status)) return { eligible: false, reason: 'stillInProgramme' };
  const exitDate = programmeExitDate(worker, events);
  // A leaving status without any event gives no date to count from: never erase on a guess.
  if (exitDate === undefined) return { eligible: false, reason: 'retentionNotEnded' };
  const availableOn = addMonthsIso(exitDate, retentionMonths);
  return today >= availableOn ? { eligible: true, exitDate } : { eligible: false, reason: 'retentionNotEnded', exitDate, availableOn };
}

/** Calendar months later; a day the target month lacks becomes its last day (31 Aug + 6 = 28 Feb). */
export function addMonthsIso(iso: string, months: number): string {
  return format(addMonths(parseISO(iso), months), 'yyyy-MM-dd');
}
