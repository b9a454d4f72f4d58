// The agenda as an iCalendar file (RFC 5545) that any calendar opens: Outlook, Google, Apple,
// Thunderbird. Written here rather than with a package so that times carry the Europe/Rome zone
// (the package writes floating or UTC times only) and folding counts octets, as the RFC says.
//
// What goes in it, on purpose: for each entry only the worker's name and what kind of
// appointment it is (plus the employer, the place and the times of an appointment). An .ics file
// leaves the encrypted store — it is mailed, synced to phones and cloud calendars — so nothing
// else of the file travels with it: no notes, outcomes, next steps, phone numbers, codice fiscale
// or health data. The name stays because an appointment the counselor cannot attribute is useless.
//
// Every text is escaped (backslash, semicolon, comma, line breaks; other control characters
// dropped): a name that looks like a formula, markup or a line of iCalendar stays text.

export interface CalendarItem {
  /** Stable per entry (derived from the record's id), so importing again updates instead of duplicating. */
  uid: string;
  date: string;
  /** HH:MM, Rome time; absent for all-day entries. */
  start?: string;
  /** HH:MM, Rome time, after `start`; one hour after it when absent. */
  end?: string;
  summary: string;
  location?: string;
  /** A cancelled appointment: written as such so that a calendar holding it marks it too. */
  cancelled?: boolean;
}

export interface CalendarOptions {
  name: string;
  /** The moment the file is written (DTSTAMP); passed in so the output is reproducible. */
  stamp: Date;
}

export const CALENDAR_TIME_ZONE = 'Europe/Rome';
const PRODUCT_ID = '-//PCO Desk//Agenda//IT';

/**
 * Italy's zone since 1996 (EU rules): summer time from the last Sunday of March at 02:00 to the last
 * Sunday of October at 03:00. Written out so that a reader without a zone database places the times.
 */
const ROME_TIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 §3.3.11); control characters other than line breaks are dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\t/g, ' ')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

/** Octets of a character in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** A content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // Continuation lines start with a space, which counts: 74 octets of content after it.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;

function nextDay(iso: string): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

function oneHourAfter(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const end = Math.min(hours * 60 + minutes + 60, 23 * 60 + 59);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

function utcStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function eventLines(item: CalendarItem, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(item.uid)}`, `DTSTAMP:${stamp}`];
  if (item.start) {
    const zone = `;TZID=${CALENDAR_TIME_ZONE}`;
    lines.push(`DTSTART${zone}:${compactDate(item.date)}T${compactTime(item.start)}`, `DTEND${zone}:${compactDate(item.date)}T${compactTime(item.end ?? oneHourAfter(item.start))}`);
  } else {
    // An all-day entry ends (exclusively) the next day.
    lines.push(`DTSTART;VALUE=DATE:${compactDate(item.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(item.date))}`);
  }
  lines.push(`SUMMARY:${escapeText(item.summary)}`);
  if (item.location) lines.push(`LOCATION:${escapeText(item.location)}`);
  // Nothing personal goes to a shared calendar's free/busy view beyond this marker.
  lines.push('CLASS:PRIVATE', `STATUS:${item.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

/** The .ics text: CRLF lines, folded, one VEVENT per item. */
export function buildCalendar(items: readonly CalendarItem[], options: CalendarOptions): string {
  const stamp = utcStamp(options.stamp);
  const timed = items.some((item) => item.start);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${CALENDAR_TIME_ZONE}`,
    ...(timed ? ROME_TIMEZONE : []),
    ...items.flatMap((item) => eventLines(item, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
