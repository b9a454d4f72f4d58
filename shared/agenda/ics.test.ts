import { describe, expect, it } from 'vitest';
import { buildCalendar, foldLine, type CalendarItem } from './ics';

interface Property {
  params: Record<string, string>;
  value: string;
}
type Component = { name: string; props: Record<string, Property>; children: Component[] };

/** RFC 5545 TEXT unescaping, the inverse of the writer's escaping. */
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

/**
 * A small RFC 5545 reader written for this test: unfolds continuation lines, splits each content
 * line into name, parameters and value, and nests BEGIN/END components.
 */
function parseCalendar(text: string): Component {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const root: Component = { name: 'ROOT', props: {}, children: [] };
  const stack = [root];
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name = '', ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    const top = stack.at(-1)!;
    if (name === 'BEGIN') {
      const child: Component = { name: value, props: {}, children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(top.name).toBe(value);
      stack.pop();
    } else {
      top.props[name] = { params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])), value };
    }
  }
  expect(stack).toHaveLength(1);
  return root.children[0]!;
}

const events = (calendar: Component) => calendar.children.filter((child) => child.name === 'VEVENT');
const text = (event: Component, name: string) => unescapeText(event.props[name]?.value ?? '');

const ITEMS: CalendarItem[] = [
  { uid: 'appointment:018f0000-0000-7000-8000-000000000001@pco-desk', date: '2019-10-15', start: '09:30', end: '10:45', summary: 'Colloquio: Rossi Mario, Bianchi Lucia', location: 'Sportello PCO; Figline Valdarno' },
  { uid: 'appointment:018f0000-0000-7000-8000-000000000002@pco-desk', date: '2019-10-16', start: '14:00', end: '15:00', summary: 'Telefonata: Verdi Carlo', cancelled: true },
  { uid: 'activity:w1:a1@pco-desk', date: '2019-10-18', summary: `Scadenza del piano: ${'un titolo molto lungo, con àccenti e “virgolette”, '.repeat(4)}` },
];

describe('agenda calendar file', () => {
  const ics = buildCalendar(ITEMS, { name: 'Agenda PCO', stamp: new Date(Date.UTC(2019, 9, 16, 8, 0)) });
  const calendar = parseCalendar(ics);

  it('is a VCALENDAR of CRLF lines, long ones folded at 75 octets without splitting a character', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n /);
    expect(ics).not.toContain('\uFFFD');
    const folded = foldLine(`SUMMARY:${'è'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'è'.repeat(60)}`);
  });

  it('has one VEVENT per item, with its UID, DTSTAMP and the Rome zone described', () => {
    expect(events(calendar)).toHaveLength(3);
    expect(calendar.children.find((child) => child.name === 'VTIMEZONE')?.props.TZID?.value).toBe('Europe/Rome');
    for (const event of events(calendar)) {
      expect(event.props.DTSTAMP?.value).toBe('20191016T080000Z');
      expect(event.props.CLASS?.value).toBe('PRIVATE');
    }
    expect(events(calendar).map((event) => text(event, 'UID'))).toEqual(ITEMS.map((item) => item.uid));
  });

  it('writes appointments at their Rome times with their place, cancelled ones as cancelled', () => {
    const [first, second] = events(calendar);
    expect(first?.props.DTSTART).toEqual({ params: { TZID: 'Europe/Rome' }, value: '20191015T093000' });
    expect(first?.props.DTEND).toEqual({ params: { TZID: 'Europe/Rome' }, value: '20191015T104500' });
    expect(text(first!, 'LOCATION')).toBe('Sportello PCO; Figline Valdarno');
    expect(first?.props.STATUS?.value).toBe('CONFIRMED');
    expect(second?.props.STATUS?.value).toBe('CANCELLED');
  });

  it('writes all-day entries as dates ending the next day', () => {
    const third = events(calendar)[2];
    expect(third?.props.DTSTART).toEqual({ params: { VALUE: 'DATE' }, value: '20191018' });
    expect(third?.props.DTEND).toEqual({ params: { VALUE: 'DATE' }, value: '20191019' });
    expect(text(third!, 'SUMMARY')).toBe(ITEMS[2]?.summary);
  });

  it('keeps the same UIDs in a second export made later, so a calendar updates instead of duplicating', () => {
    const again = parseCalendar(buildCalendar([...ITEMS].reverse(), { name: 'Agenda PCO', stamp: new Date(Date.UTC(2019, 9, 17, 18, 30)) }));
    expect(events(again).map((event) => text(event, 'UID')).sort()).toEqual(events(calendar).map((event) => text(event, 'UID')).sort());
    expect(events(again)[0]?.props.DTSTAMP?.value).toBe('20191017T183000Z');
  });

  it('keeps names that look like formulas, markup or iCalendar lines as plain text', () => {
    const hostile = [
      '=HYPERLINK("http://example.invalid/x";"Rossi")',
      '<script>alert(1)</script> Rossi',
      'Rossi\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:intruso',
      'Back\\slash, semi;colon\u0007',
    ];
    const written = buildCalendar(
      hostile.map((summary, index) => ({ uid: `x${index}@pco-desk`, date: '2019-10-15', start: '09:00', summary, location: summary })),
      { name: 'Agenda; PCO, prova', stamp: new Date(Date.UTC(2019, 9, 16)) },
    );
    const parsed = parseCalendar(written);
    expect(events(parsed)).toHaveLength(4);
    expect(events(parsed).map((event) => text(event, 'SUMMARY'))).toEqual(['=HYPERLINK("http://example.invalid/x";"Rossi")', '<script>alert(1)</script> Rossi', 'Rossi\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:intruso', 'Back\\slash, semi;colon']);
    expect(events(parsed).map((event) => text(event, 'LOCATION'))).toEqual(events(parsed).map((event) => text(event, 'SUMMARY')));
    expect(unescapeText(parsed.props['X-WR-CALNAME']?.value ?? '')).toBe('Agenda; PCO, prova');
    // A one-hour appointment when no end is given.
    expect(events(parsed)[0]?.props.DTEND?.value).toBe('20191015T100000');
  });

  it('builds an empty calendar for an empty period, without a time zone it does not need', () => {
    const empty = parseCalendar(buildCalendar([], { name: 'Agenda PCO', stamp: new Date() }));
    expect(empty.name).toBe('VCALENDAR');
    expect(empty.children).toEqual([]);
  });
});
