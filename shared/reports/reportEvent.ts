// The part of an event the reports read, and nothing else. A year of 30,000 workers holds some
// 700,000 events; kept whole (interview notes, reasons, recorder and device ids) they would take
// hundreds of megabytes in the report's Web Worker, and the free text has no business there.
import type { DomainEvent, EventKind, EventPayload } from '../domain/events';

type Payload<K extends EventKind> = Extract<EventPayload, { kind: K }>;
type Kept<K extends EventKind, F extends keyof Payload<K>> = Pick<Payload<K>, 'kind' | F>;

export type ReportPayload =
  | Kept<'worker.statusChanged', 'from' | 'to'>
  | Payload<'worker.placed'>
  | Kept<'worker.interviewHeld', 'interviewType' | 'durationMinutes'>
  | Kept<'candidacy.stageChanged', 'from' | 'to'>
  | Payload<'course.attendance'>
  | Kept<'course.ended', 'outcome' | 'certificate'>;

export type ReportEventKind = ReportPayload['kind'];

/**
 * An event as the reports hold it. `id` is kept where a list behind a figure names the event (an
 * interview, a hiring) and `hlc` where it orders a day's events (status changes, hirings); both
 * are '' for the other kinds.
 */
export type ReportEvent = Pick<DomainEvent, 'id' | 'subjectId' | 'occurredOn' | 'hlc'> & { payload: ReportPayload };

/** In index order (alphabetical): the order the app reads them in. */
export const REPORTED_KINDS = ['candidacy.stageChanged', 'course.attendance', 'course.ended', 'worker.interviewHeld', 'worker.placed', 'worker.statusChanged'] as const satisfies readonly ReportEventKind[];

const REPORTED: ReadonlySet<string> = new Set(REPORTED_KINDS);

export const isReportedKind = (kind: string): kind is ReportEventKind => REPORTED.has(kind);

/** One copy of each repeated string (ids of subjects, days, codes): decrypted values are all distinct copies. */
export type Interner = <T extends string>(text: T) => T;

export function createInterner(): Interner {
  const seen = new Map<string, string>();
  return <T extends string>(text: T): T => {
    const known = seen.get(text) as T | undefined;
    if (known !== undefined) return known;
    seen.set(text, text);
    return text;
  };
}

function reportPayload(payload: EventPayload | ReportPayload, intern: Interner): ReportPayload | undefined {
  switch (payload.kind) {
    case 'worker.statusChanged':
      return { kind: payload.kind, from: payload.from === null ? null : intern(payload.from), to: intern(payload.to) };
    case 'worker.placed':
      return payload;
    case 'worker.interviewHeld':
      return { kind: payload.kind, interviewType: intern(payload.interviewType), durationMinutes: payload.durationMinutes };
    case 'candidacy.stageChanged':
      return { kind: payload.kind, from: payload.from === null ? null : intern(payload.from), to: intern(payload.to) };
    case 'course.attendance':
      return { kind: payload.kind, hours: payload.hours };
    case 'course.ended':
      return { kind: payload.kind, outcome: payload.outcome, certificate: payload.certificate };
    default:
      return undefined;
  }
}

/** The report's copy of an event; undefined for the kinds no report reads. */
/** Also takes an event already cut down (read back from the reports' cache): cutting again changes nothing. */
export function toReportEvent(event: Pick<DomainEvent, 'id' | 'subjectId' | 'occurredOn' | 'hlc'> & { payload: EventPayload | ReportPayload }, intern: Interner): ReportEvent | undefined {
  const payload = reportPayload(event.payload, intern);
  if (!payload) return undefined;
  const kind = payload.kind;
  const named = kind === 'worker.interviewHeld' || kind === 'worker.placed';
  // Attendance keeps its HLC too: a day recorded again is read with its latest hours.
  const ordered = kind === 'worker.statusChanged' || kind === 'worker.placed' || kind === 'course.attendance';
  return { id: named ? event.id : '', subjectId: intern(event.subjectId), occurredOn: intern(event.occurredOn), hlc: ordered ? event.hlc : '', payload };
}
