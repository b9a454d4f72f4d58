import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarItem } from './ics';

/** A minimal RFC 5545 reader: unfolds lines, then collects each VEVENT's properties. */
function parseEvents(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      const [name] = line.slice(0, colon).split(';');
      current[name ?? ''] = line.slice(colon + 1);
      current[`${name}#params`] = line.slice(0, colon);
    }
  }
  return events;
}

const ITEMS: CalendarItem[] = [
  { uid: 'interview:1@pco-desk', date: '2019-10-15', summary: 'Rossi Mario — Colloquio: Bilancio di competenze' },
  { uid: 'meeting:2@pco-desk', date: '2019-10-17', time: '09:30', durationMinutes: 90, summary: 'Incontro conoscitivo, Acme Trafilati S.r.l.: Rossi Mario, Bianchi Lucia', location: 'Incisa in Val d’Arno' },
  { uid: 'activity:3@pco-desk', date: '2019-10-18', summary: `Verdi Carlo — Scadenza: ${'un titolo molto lungo, '.repeat(8)}` },
];

describe('agenda calendar file', () => {
  const text = buildCalendar(ITEMS, { name: 'Agenda PCO', stamp: new Date(Date.UTC(2019, 9, 16, 8, 0)) });
  const events = parseEvents(text);

  it('is a VCALENDAR of CRLF lines, long ones folded onto continuation lines', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    // The package folds at 75 characters (RFC 5545 says octets, as a SHOULD): readers unfold either.
    for (const line of text.split('\r\n')) expect([...line].length).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n[ \t]/);
  });

  it('has one VEVENT per entry, each with UID, DTSTAMP, DTSTART and SUMMARY', () => {
    expect(events).toHaveLength(3);
    for (const event of events) {
      expect(event.UID).toMatch(/@pco-desk$/);
      expect(event.DTSTAMP).toBe('20191016T080000Z');
      expect(event.DTSTART).toMatch(/^\d{8}(T\d{6})?$/);
      expect(event.SUMMARY).toBeTruthy();
      expect(event.CLASS).toBe('PRIVATE');
    }
  });

  it('writes all-day entries as dates ending the next day, and meetings at a local time with a duration', () => {
    expect(events[0]?.['DTSTART#params']).toBe('DTSTART;VALUE=DATE');
    expect(events[0]?.DTSTART).toBe('20191015');
    expect(events[0]?.DTEND).toBe('20191016');
    expect(events[0]?.DURATION).toBeUndefined();
    expect(events[1]?.DTSTART).toBe('20191017T093000');
    expect(events[1]?.DURATION).toBe('PT90M');
    expect(events[1]?.LOCATION).toBe('Incisa in Val d’Arno');
  });

  it('keeps the summary text intact through escaping and folding', () => {
    expect(events[1]?.SUMMARY).toBe('Incontro conoscitivo\\, Acme Trafilati S.r.l.: Rossi Mario\\, Bianchi Lucia');
    expect(events[2]?.SUMMARY?.replace(/\\,/g, ',')).toBe(ITEMS[2]?.summary);
  });

  it('builds an empty calendar for an empty period', () => {
    const empty = buildCalendar([], { name: 'Agenda PCO', stamp: new Date() });
    expect(empty).toContain('BEGIN:VCALENDAR');
    expect(parseEvents(empty)).toEqual([]);
  });
});
