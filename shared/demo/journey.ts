// A demo worker's path through the programme up to its anchor day: enrolment, tracks, status
// moves, and the worker's own CIGS periods when they differ from the programme's. The dates are
// those of the 2019 programme, placed on the demo's calendar (calendar.ts).
import type { CigsPeriod } from '../domain/worker';
import type { ExitReason, Track, WorkerStatus } from '../domain/vocabulary';
import { cigsMovedByDays, cigsUntilPension, type DemoCalendar } from './calendar';
import type { RoleFamily } from './data/plantRoles';
import { addDays, dayNumber, earlierOf, firstOfNextMonth, laterOf, randomDateBetween } from './isoDates';
import type { Random, Weighted } from './random';
import type { DemoStatusChange } from './types';

// Counted from the closure (31 December 2018).
const ENROLMENT_OPENS = '2018-11-15';
const FIRST_WAVE_ENDS = '2019-01-31';
const ENROLMENT_CLOSES = '2019-03-31';
/** Share of workers who joined in the first wave, at the closure of the plant. */
const FIRST_WAVE_SHARE = 0.8;
/** The investor on the old site started hiring in the summer of 2019. */
const REINDUSTRIALISATION_HIRING_STARTS = '2019-06-03';
/** Quota 100 pensions for private employees started on 1 April 2019. */
const FIRST_PENSION_DATE = '2019-04-01';
const FIRST_HIRING_DATE = '2019-02-01';
/** The first retraining courses started then. */
const FIRST_COURSE_DATE = '2019-02-15';
/** The first businesses were launched then. */
const FIRST_LAUNCH_DATE = '2019-04-01';

// Counted from the anchor (31 December 2019).
const LAST_PENSION_MONTH = '2019-11-30';
const LAST_TRAINING_START = '2019-12-02';
/** Workers who cannot start at once (a course ending, care duties) are available by then. */
const LAST_AVAILABLE_FROM = '2020-02-28';
/** Workers who retire during the CIGS do so within five months. */
const LAST_PENSION_IN_CIGS = '2020-05-31';

/**
 * When the plant stops in phases: who did not stop on the closure day, and how many days before
 * (negative) or after it they did. The first production lines stopped some weeks early;
 * maintenance, logistics and the offices stayed on to dismantle the plant, ship the stock and
 * close the accounts.
 */
const STOPS_BY_FAMILY: Readonly<Record<RoleFamily, { share: number; days: readonly [number, number] }>> = {
  production: { share: 0.25, days: [-42, -7] },
  technical: { share: 0.3, days: [7, 45] },
  maintenance: { share: 0.55, days: [7, 75] },
  logistics: { share: 0.45, days: [7, 60] },
  office: { share: 0.5, days: [7, 75] },
};

export function drawEnrolmentDate(random: Random, calendar: DemoCalendar): string {
  const firstWaveEnds = calendar.afterClosure(FIRST_WAVE_ENDS);
  return random.chance(FIRST_WAVE_SHARE)
    ? randomDateBetween(random, calendar.afterClosure(ENROLMENT_OPENS), firstWaveEnds)
    : randomDateBetween(random, addDays(firstWaveEnds, 1), calendar.afterClosure(ENROLMENT_CLOSES));
}

const PRIMARY_TRACK_BY_FAMILY: Readonly<Record<RoleFamily, Weighted<Track>>> = {
  production: [['relocation', 45], ['reindustrialisation', 20], ['outplacement', 15], ['retraining', 15], ['self_employment', 3]],
  maintenance: [['relocation', 50], ['reindustrialisation', 15], ['outplacement', 18], ['retraining', 7], ['self_employment', 10]],
  logistics: [['relocation', 55], ['reindustrialisation', 10], ['outplacement', 15], ['retraining', 15], ['self_employment', 5]],
  technical: [['relocation', 40], ['reindustrialisation', 15], ['outplacement', 35], ['retraining', 5], ['self_employment', 5]],
  office: [['relocation', 35], ['reindustrialisation', 5], ['outplacement', 45], ['retraining', 10], ['self_employment', 5]],
};

/** Which other track goes with a primary one, when a worker has a second. */
const SECONDARY_TRACK_BY_PRIMARY: Readonly<Record<Track, Weighted<Track>>> = {
  relocation: [['retraining', 6], ['reindustrialisation', 3], ['outplacement', 1], ['self_employment', 1]],
  reindustrialisation: [['relocation', 6], ['retraining', 3], ['outplacement', 1]],
  outplacement: [['retraining', 5], ['relocation', 3], ['self_employment', 2]],
  retraining: [['relocation', 6], ['outplacement', 2], ['self_employment', 1]],
  self_employment: [['retraining', 6], ['relocation', 2], ['outplacement', 1]],
};

export function drawTracks(random: Random, family: RoleFamily): { primaryTrack: Track; secondaryTracks: Track[] } {
  const primaryTrack = random.weighted(PRIMARY_TRACK_BY_FAMILY[family]);
  const count = random.weighted([[0, 65], [1, 30], [2, 5]] as const);
  const options = SECONDARY_TRACK_BY_PRIMARY[primaryTrack];
  const secondaryTracks: Track[] = [];
  while (secondaryTracks.length < count) {
    const remaining = options.filter(([track]) => !secondaryTracks.includes(track));
    if (remaining.length === 0) break;
    secondaryTracks.push(random.weighted(remaining));
  }
  return { primaryTrack, secondaryTracks };
}

type Outcome = 'active' | 'placed' | 'in_training' | 'self_employed' | 'withdrawn';

/** Where workers stand on the anchor day (the end of 2019 in the historical programme), by primary track (the rest of each row stays active). */
const OUTCOME_BY_TRACK: Readonly<Record<Track, Weighted<Outcome>>> = {
  relocation: [['placed', 0.4], ['in_training', 0.04], ['self_employed', 0.005], ['withdrawn', 0.03], ['active', 0.525]],
  outplacement: [['placed', 0.36], ['in_training', 0.05], ['self_employed', 0.01], ['withdrawn', 0.035], ['active', 0.545]],
  reindustrialisation: [['placed', 0.3], ['in_training', 0.06], ['withdrawn', 0.03], ['active', 0.61]],
  retraining: [['placed', 0.14], ['in_training', 0.35], ['self_employed', 0.01], ['withdrawn', 0.03], ['active', 0.47]],
  self_employment: [['placed', 0.08], ['in_training', 0.05], ['self_employed', 0.4], ['withdrawn', 0.03], ['active', 0.44]],
};

const WITHDRAWAL_REASONS: Weighted<ExitReason> = [['incentivised_exit', 60], ['resignation', 30], ['dismissal', 10]];

/** Probability of having retired during the programme (Quota 100 from age 62, early pension after long careers). */
function retirementChance(age: number, yearsAtPlant: number): number {
  if (age >= 62) return 0.6;
  if (age >= 59 && yearsAtPlant >= 38) return 0.5;
  return 0;
}

export interface Journey {
  status: WorkerStatus;
  exitReason?: ExitReason;
  statusHistory: DemoStatusChange[];
  cigsPeriods: CigsPeriod[];
  availableFrom?: string;
}

interface JourneyInput {
  enrolmentDate: string;
  primaryTrack: Track;
  family: RoleFamily;
  age: number;
  yearsAtPlant: number;
}

/** A day in [from, to]; when the window is empty, `to` (never earlier than `from`). */
function dayIn(random: Random, from: string, to: string): string {
  return randomDateBetween(random, from, laterOf(from, to));
}

function trainingStart(random: Random, calendar: DemoCalendar, enrolmentDate: string, latest: string): string {
  return dayIn(random, laterOf(addDays(enrolmentDate, 20), calendar.afterClosure(FIRST_COURSE_DATE)), latest);
}

export function drawJourney(random: Random, calendar: DemoCalendar, input: JourneyInput): Journey {
  const { enrolmentDate, primaryTrack, age, yearsAtPlant } = input;
  const lastMove = calendar.lastMoveDay;
  const history: DemoStatusChange[] = [{ occurredOn: enrolmentDate, from: null, to: 'active' }];
  const move = (occurredOn: string, to: WorkerStatus, exitReason?: ExitReason): void => {
    const from = history[history.length - 1]?.to ?? null;
    history.push(exitReason ? { occurredOn, from, to, exitReason } : { occurredOn, from, to });
  };
  /** A course before the next move, when there is room for one between enrolment and that move. */
  const trainFirst = (latestStart: string, nextMove: string): void => {
    const started = trainingStart(random, calendar, enrolmentDate, latestStart);
    if (dayNumber(started) < dayNumber(nextMove) - 30) move(started, 'in_training');
  };

  if (random.chance(retirementChance(age, yearsAtPlant))) {
    const pensionDate = firstOfNextMonth(dayIn(random, laterOf(enrolmentDate, addDays(calendar.afterClosure(FIRST_PENSION_DATE), -1)), calendar.nearAnchor(LAST_PENSION_MONTH)));
    move(pensionDate, 'retired', 'retirement');
    const cigsPeriods = cigsUntilPension(calendar.cigsPeriods, pensionDate);
    return { status: 'retired', exitReason: 'retirement', statusHistory: history, cigsPeriods };
  }

  const outcome = random.weighted(OUTCOME_BY_TRACK[primaryTrack]);
  let availableFrom: string | undefined;
  let exitReason: ExitReason | undefined;
  if (outcome === 'placed') {
    const earliest = primaryTrack === 'reindustrialisation' ? calendar.afterClosure(REINDUSTRIALISATION_HIRING_STARTS) : laterOf(addDays(enrolmentDate, 30), calendar.afterClosure(FIRST_HIRING_DATE));
    const hired = dayIn(random, earliest, lastMove);
    if (random.chance(primaryTrack === 'retraining' ? 0.7 : 0.2)) trainFirst(addDays(hired, -60), hired);
    exitReason = 'placed';
    move(hired, 'placed', exitReason);
  } else if (outcome === 'in_training') {
    const started = trainingStart(random, calendar, enrolmentDate, calendar.nearAnchor(LAST_TRAINING_START));
    move(started, 'in_training');
    availableFrom = addDays(started, random.int(90, 240)); // expected end of the course
  } else if (outcome === 'self_employed') {
    const launched = dayIn(random, laterOf(addDays(enrolmentDate, 60), calendar.afterClosure(FIRST_LAUNCH_DATE)), lastMove);
    if (random.chance(0.4)) trainFirst(addDays(launched, -45), launched); // a business-creation course
    move(launched, 'self_employed');
  } else if (outcome === 'withdrawn') {
    exitReason = random.weighted(WITHDRAWAL_REASONS);
    move(dayIn(random, addDays(enrolmentDate, 30), lastMove), 'withdrawn', exitReason);
  } else if (random.chance(0.12)) {
    availableFrom = dayIn(random, addDays(enrolmentDate, 15), calendar.nearAnchor(LAST_AVAILABLE_FROM));
  }

  const journey: Journey = { status: outcome, statusHistory: history, cigsPeriods: drawOwnCigsPeriods(random, calendar, outcome, input) };
  if (exitReason) journey.exitReason = exitReason;
  if (availableFrom) journey.availableFrom = availableFrom;
  return journey;
}

/**
 * The worker's own CIGS periods, when the programme's do not fit: workers who will retire in the
 * coming months (during the 2020 extension, in the historical programme) have CIGS only until
 * their pension starts; when the plant stopped in phases, the groups that stopped a month before
 * or after the closure started, and end, their CIGS that many days earlier or later.
 */
function drawOwnCigsPeriods(random: Random, calendar: DemoCalendar, outcome: Outcome, input: JourneyInput): CigsPeriod[] {
  if (outcome === 'placed' || outcome === 'withdrawn') return [];
  if (input.age >= 61 && random.chance(0.6)) {
    const lastCigsDay = calendar.cigsPeriods.at(-1)?.end ?? calendar.anchor;
    const latest = earlierOf(calendar.nearAnchor(LAST_PENSION_IN_CIGS), addDays(lastCigsDay, -31));
    const pensionDate = firstOfNextMonth(randomDateBetween(random, addDays(calendar.anchor, 1), latest));
    return cigsUntilPension(calendar.cigsPeriods, pensionDate);
  }
  const stop = STOPS_BY_FAMILY[input.family];
  if (!calendar.staggeredStops || !random.chance(stop.share)) return [];
  return cigsMovedByDays(calendar.cigsPeriods, random.int(stop.days[0], stop.days[1]));
}
