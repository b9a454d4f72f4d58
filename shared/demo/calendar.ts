// Where the demo programme's dates fall. Two points fix the calendar: the plant's closure, from
// which enrolment, courses and the first hirings are counted, and the anchor, the day the demo
// shows as today, before which everything that must be past happened. The historical variant is
// the Figline programme as it stood on 31 December 2019 (closure at the end of 2018, CIGS
// extended by a proroga and the COVID-19 weeks); the variant of today puts the closure about
// eleven months before the anchor, so that the CIGS of the first workers ends in the coming weeks.
// The generator's modules keep the 2019 dates they were written with and map them here: a date
// counted from the closure moves by whole weeks (a Monday stays a Monday), a date counted back
// from the anchor keeps its distance to it. In the historical variant both maps are the identity.
import { DEFAULT_CIGS_PERIODS } from '../domain/programme';
import type { CigsPeriod } from '../domain/worker';
import { addDays, dayNumber, earlierOf, firstOfNextMonth } from './isoDates';
import { isRealIsoDate } from '../time/days';

export const DEMO_VARIANTS = ['today', 'historical'] as const;
export type DemoVariant = (typeof DEMO_VARIANTS)[number];

/** The historical programme's today: the end of its first year. */
export const HISTORICAL_ANCHOR = '2019-12-31';
const HISTORICAL_CLOSURE = '2018-12-31';
/** The time zone of the programme: "today" is the day in Figline. */
export const DEMO_TIME_ZONE = 'Europe/Rome';
/** Anchors the generator accepts: its ids, ages and codici fiscali hold for these years. */
export const EARLIEST_ANCHOR = '2001-01-01';
export const LATEST_ANCHOR = '2199-12-31';

/** In the variant of today, the CIGS of the programme ends on the last day of the month reached this many days after the anchor. */
const CIGS_END_AFTER_ANCHOR_DAYS = 31;

export type DayRange = readonly [string, string];

export interface DemoCalendar {
  variant: DemoVariant;
  /** The day the demo shows as today. */
  anchor: string;
  /** Last day of production. */
  closure: string;
  /** The programme's CIGS periods, which apply to every worker without periods of their own. */
  cigsPeriods: CigsPeriod[];
  /**
   * Whether the plant stopped in phases (a first line some weeks before the closure, the workers who
   * dismantled it and closed the accounts some weeks after), each worker's CIGS starting the day
   * after their last day of work. The 2019 plant stopped all at once.
   */
  staggeredStops: boolean;
  /** Whether every worker of the demo joined the PCO (the historical demo), or the demo holds the whole HR list, some not joined yet (hrList.ts). */
  allJoined: boolean;
  /** Last day a job offer of the demo came in (before the Christmas break in 2019, a few days ago today). */
  lastOfferDay: string;
  /** Last day a worker's status moved: hired, trained, launched, left (before Christmas 2019, two days ago today). */
  lastMoveDay: string;
  /** Days without lessons: public holidays and the training agencies' summer and Christmas breaks. */
  noLessonDays: readonly DayRange[];
  /** A date of the 2019 programme counted from the closure (enrolment, courses, the investor's hirings), on this calendar. */
  afterClosure(historicalDate: string): string;
  /** A date of the 2019 programme counted back from its end (the last moves, the last contacts), on this calendar. */
  nearAnchor(historicalDate: string): string;
}

/** 2019–2020 public holidays and the agencies' breaks, as the training agencies announced them. */
const HISTORICAL_NO_LESSON_DAYS: readonly DayRange[] = [
  ['2019-04-22', '2019-04-25'],
  ['2019-05-01', '2019-05-01'],
  ['2019-06-02', '2019-06-02'],
  ['2019-08-05', '2019-08-23'],
  ['2019-11-01', '2019-11-01'],
  ['2019-12-08', '2019-12-08'],
  ['2019-12-23', '2020-01-06'],
];

/** Easter Sunday of a Gregorian year (the anonymous algorithm of 1876, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Italian public holidays (Easter Monday included) and the training agencies' summer (three weeks around Ferragosto) and Christmas breaks. */
export function italianNoLessonDays(fromYear: number, toYear: number): DayRange[] {
  const days: DayRange[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const easterMonday = addDays(easterSunday(year), 1);
    const fixed = [`${year}-04-25`, `${year}-05-01`, `${year}-06-02`, `${year}-11-01`, `${year}-12-08`, easterMonday].sort();
    days.push([`${year}-01-01`, `${year}-01-06`]);
    for (const day of fixed) days.push([day, day]);
    days.push([`${year}-08-05`, `${year}-08-23`], [`${year}-12-23`, `${year}-12-31`]);
  }
  return days.sort((a, b) => a[0].localeCompare(b[0]));
}

const HISTORICAL: DemoCalendar = {
  variant: 'historical',
  anchor: HISTORICAL_ANCHOR,
  closure: HISTORICAL_CLOSURE,
  cigsPeriods: DEFAULT_CIGS_PERIODS,
  staggeredStops: false,
  allJoined: true,
  lastOfferDay: '2019-11-29',
  lastMoveDay: '2019-12-20',
  noLessonDays: HISTORICAL_NO_LESSON_DAYS,
  afterClosure: (date) => date,
  nearAnchor: (date) => date,
};

function isAnchor(anchor: string): boolean {
  return isRealIsoDate(anchor) && anchor >= EARLIEST_ANCHOR && anchor <= LATEST_ANCHOR;
}

/** The calendar of today's programme seen on `anchor`. */
function todayCalendar(anchor: string): DemoCalendar {
  const cigsEnd = addDays(firstOfNextMonth(addDays(anchor, CIGS_END_AFTER_ANCHOR_DAYS)), -1);
  const afterEnd = addDays(cigsEnd, 1);
  const cigsStart = `${String(Number(afterEnd.slice(0, 4)) - 1).padStart(4, '0')}${afterEnd.slice(4)}`;
  const closure = addDays(cigsStart, -1);
  const shift = 7 * Math.round((dayNumber(closure) - dayNumber(HISTORICAL_CLOSURE)) / 7);
  const toAnchor = dayNumber(anchor) - dayNumber(HISTORICAL_ANCHOR);
  const firstYear = Number(addDays(closure, -60).slice(0, 4));
  return {
    variant: 'today',
    anchor,
    closure,
    cigsPeriods: [{ start: cigsStart, end: cigsEnd, cause: 'cessazione' }],
    staggeredStops: true,
    allJoined: false,
    lastOfferDay: addDays(anchor, -3),
    lastMoveDay: addDays(anchor, -2),
    noLessonDays: italianNoLessonDays(firstYear, Number(anchor.slice(0, 4)) + 1),
    afterClosure: (date) => addDays(date, shift),
    nearAnchor: (date) => addDays(date, toAnchor),
  };
}

/** The demo's calendar; the historical variant has one anchor, the variant of today any day from 2001 to 2199. */
export function demoCalendar(variant: DemoVariant, anchor?: string): DemoCalendar {
  if (variant === 'historical') {
    if (anchor !== undefined && anchor !== HISTORICAL_ANCHOR) throw new RangeError(`the historical demo is anchored on ${HISTORICAL_ANCHOR}, got ${anchor}`);
    return HISTORICAL;
  }
  if (anchor === undefined) throw new RangeError('the demo of today needs its anchor date');
  if (!isAnchor(anchor)) throw new RangeError(`anchor must be a day from ${EARLIEST_ANCHOR} to ${LATEST_ANCHOR} (YYYY-MM-DD), got ${anchor}`);
  return todayCalendar(anchor);
}

/** The calendar a generated programme was built on; its activity is placed on the same one. */
export function calendarOf(demo: { variant: DemoVariant; anchor: string }): DemoCalendar {
  return demoCalendar(demo.variant, demo.anchor);
}

/** The programme's CIGS periods cut to end the day before `pensionDate` (a worker who retires leaves CIGS). */
export function cigsUntilPension(periods: readonly CigsPeriod[], pensionDate: string): CigsPeriod[] {
  const lastDay = addDays(pensionDate, -1);
  return periods.filter((period) => period.start <= lastDay).map((period) => ({ ...period, end: earlierOf(period.end, lastDay) }));
}

/** The programme's periods for a worker whose last day of work came `days` after the closure (before it when negative). */
export function cigsMovedByDays(periods: readonly CigsPeriod[], days: number): CigsPeriod[] {
  return periods.map((period) => ({ ...period, start: addDays(period.start, days), end: addDays(period.end, days) }));
}
