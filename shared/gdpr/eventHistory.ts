// Reading a worker's event log for GDPR decisions: when they left, whether consent was withdrawn.
// Shared by the retention rule and the statistical record so both agree on one exit date.
import type { DomainEvent } from '../domain/events';
import type { Worker } from '../domain/worker';
import { LEAVING_STATUSES } from '../domain/vocabulary';

/**
 * Chronological order: the day the counselor states, then the HLC. Two laptops can record events
 * for the same day in any order, and only the HLC orders them the same way everywhere.
 */
export function chronological(events: readonly DomainEvent[]): DomainEvent[] {
  return [...events].sort((a, b) => (a.occurredOn === b.occurredOn ? compare(a.hlc, b.hlc) : compare(a.occurredOn, b.occurredOn)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Day the worker left the programme, or undefined while their status keeps them in it.
 * It is the latest change into the current leaving status (a worker placed, back to active,
 * then placed again left on the second date). Without such an event, e.g. a file imported with
 * its status already set, the latest event of any kind is the best evidence we hold.
 */
export function programmeExitDate(worker: Worker, events: readonly DomainEvent[]): string | undefined {
  if (!LEAVING_STATUSES.includes(worker.status)) return undefined;
  const ordered = chronological(events);
  const intoCurrent = ordered.filter((event) => event.payload.kind === 'worker.statusChanged' && event.payload.to === worker.status);
  return (intoCurrent.at(-1) ?? ordered.at(-1))?.occurredOn;
}

/** Day consent was withdrawn, when the latest consent event is a withdrawal; otherwise undefined. */
export function consentWithdrawnOn(events: readonly DomainEvent[]): string | undefined {
  const consents = chronological(events).filter((event) => event.payload.kind === 'worker.consentRecorded');
  const last = consents.at(-1);
  return last?.payload.kind === 'worker.consentRecorded' && !last.payload.given ? last.occurredOn : undefined;
}
