// Days as the app shows them (dd/mm/yyyy). The browser runs in Europe/Rome (playwright.config.ts)
// and the machine running the tests may not: between 23:00 and midnight UTC the two disagree on
// the date, so "today" is taken in the browser's zone, and shifted by calendar arithmetic in UTC.
export const BROWSER_TIME_ZONE = 'Europe/Rome';

const italian = (date: Date) => `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;

/** Today in the browser's zone, moved by some months and then some days, as a UTC date. */
function browserDay(offsetDays: number, months = 0): Date {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: BROWSER_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [year, month, day] = parts.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1 + months, (day ?? 1) + offsetDays));
}

/** Today in the browser's zone, moved by some months and then some days, as typed on screen. */
export function screenDay(offsetDays = 0, months = 0): string {
  return italian(browserDay(offsetDays, months));
}

/** A day read off the screen (dd/mm/yyyy), shifted by some days. */
export function shiftItalian(date: string, days: number): string {
  const [day, month, year] = date.split('/').map(Number);
  return italian(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)));
}

/** Today in the browser's zone as ISO, moved by some days. */
export function isoDay(offset = 0): string {
  return browserDay(offset).toISOString().slice(0, 10);
}

/** The UIDs of an .ics file, unfolded and sorted. */
export function icsUids(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line.startsWith('UID:'))
    .map((line) => line.slice(4))
    .sort();
}
