// Months (`YYYY-MM`) as people write them: "novembre 2019", "nov 2019", "11/2019", "2019-11".
import { foldCase } from '../text/fold';

const IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month (1–12) a name or its first three letters stand for, in Italian or English. */
function monthOfName(word: string): number | undefined {
  const folded = foldCase(word).replace(/\.$/, '');
  if (folded.length < 3) return undefined;
  for (const names of [IT, EN]) {
    const index = names.findIndex((name) => name === folded || (folded.length >= 3 && name.startsWith(folded)));
    if (index >= 0) return index + 1;
  }
  return undefined;
}

const iso = (year: number, month: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

/** A typed month as `YYYY-MM`, or undefined when it is not one (a month 1–12 of a year 1900–2199). */
export function readMonthText(text: string): string | undefined {
  const value = text.trim();
  let year: number | undefined;
  let month: number | undefined;
  const isoMatch = /^(\d{4})-(\d{1,2})$/.exec(value);
  const numeric = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(value);
  const named = /^(\p{L}+\.?)\s+(\d{4})$/u.exec(value);
  if (isoMatch) [year, month] = [Number(isoMatch[1]), Number(isoMatch[2])];
  else if (numeric) [month, year] = [Number(numeric[1]), Number(numeric[2])];
  else if (named) [month, year] = [monthOfName(named[1] ?? ''), Number(named[2])];
  if (year === undefined || month === undefined || month < 1 || month > 12 || year < 1900 || year > 2199) return undefined;
  return iso(year, month);
}

/** `2019-12` moved by `months`: `addMonths('2019-12', 1)` → `2020-01`. */
export function addMonths(month: string, months: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  return iso(Math.floor(index / 12), (index % 12) + 1);
}
