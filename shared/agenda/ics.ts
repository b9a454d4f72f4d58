// The agenda as an iCalendar file (RFC 5545) that any calendar opens: Outlook, Google, Apple,
// Thunderbird. Built with the `ics` package, which folds long lines and escapes text.
//
// What goes in it, on purpose: for each entry only the worker's name and what kind of
// appointment it is (plus the employer and the time for a meeting at a company). An .ics file
// leaves the encrypted store — it is mailed, synced to phones and cloud calendars — so nothing
// else of the file travels with it: no notes, outcomes, next steps, phone numbers, codice fiscale
// or health data. The name stays because an appointment the counselor cannot attribute is useless.
import { createEvents, type DateArray, type EventAttributes } from 'ics';

export interface CalendarItem {
  /** Stable per entry, so importing the same period twice updates instead of duplicating. */
  uid: string;
  date: string;
  /** HH:MM local time; absent for all-day entries. */
  time?: string;
  durationMinutes?: number;
  summary: string;
  location?: string;
}

export interface CalendarOptions {
  name: string;
  /** The moment the file is written (DTSTAMP); passed in so the output is reproducible. */
  stamp: Date;
}

const PRODUCT_ID = '-//PCO Desk//Agenda//IT';

function dateParts(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

function nextDay(iso: string): string {
  const [year, month, day] = dateParts(iso);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return next.toISOString().slice(0, 10);
}

function toEvent(item: CalendarItem, stamp: Date): EventAttributes {
  const common = {
    uid: item.uid,
    title: item.summary,
    ...(item.location ? { location: item.location } : {}),
    // Nothing personal goes to a shared calendar's free/busy view beyond this marker.
    classification: 'PRIVATE',
    timestamp: stamp.getTime(),
  };
  if (item.time) {
    const [hour, minute] = item.time.split(':').map(Number);
    const start: DateArray = [...dateParts(item.date), hour ?? 0, minute ?? 0];
    // Floating local time: the appointment is at 9:30 wherever the laptop's clock is set.
    return { ...common, start, startInputType: 'local', startOutputType: 'local', duration: { minutes: item.durationMinutes ?? 60 } };
  }
  // An all-day entry ends (exclusively) the next day. Not `duration: { days: 1 }`: the package
  // writes that as "P1DT", which RFC 5545 does not allow and strict readers refuse.
  return { ...common, start: dateParts(item.date), end: dateParts(nextDay(item.date)) };
}

/** The .ics text, or an Error when an item cannot be encoded. */
export function buildCalendar(items: readonly CalendarItem[], options: CalendarOptions): string {
  const { error, value } = createEvents(
    items.map((item) => toEvent(item, options.stamp)),
    { productId: PRODUCT_ID, calName: options.name },
  );
  if (error || value === null) throw error ?? new Error('calendar not built');
  return value;
}
