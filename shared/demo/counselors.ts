// The coordinator and the counselors (orientatori) of the demo programme.
import type { DemoCalendar } from './calendar';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, TUSCAN_SURNAMES } from './data/italianNames';
import type { Random } from './random';
import type { DemoCounselor } from './types';
import { uuidV7OnDate } from './uuid';

/** The consultancy set up the team just before enrolment opened (in 2018, before the closure). */
const TEAM_CREATED_ON = '2018-11-12';
/** One counselor's caseload, roughly. */
const WORKERS_PER_COUNSELOR = 60;
const MIN_COUNSELORS = 2;

export function counselorCount(workerCount: number): number {
  return Math.max(MIN_COUNSELORS, Math.round(workerCount / WORKERS_PER_COUNSELOR));
}

function drawDisplayName(random: Random): string {
  // The consultancy's staff are mostly women, as in the trade.
  const firstName = random.chance(0.65) ? random.pick(FEMALE_FIRST_NAMES) : random.pick(MALE_FIRST_NAMES);
  return `${firstName} ${random.pick(TUSCAN_SURNAMES)}`;
}

/** The coordinator first, then `counselorCount(workerCount)` counselors; names are unique while the name pool allows. */
export function generateCounselors(random: Random, workerCount: number, calendar: DemoCalendar): DemoCounselor[] {
  const createdOn = calendar.afterClosure(TEAM_CREATED_ON);
  const total = 1 + counselorCount(workerCount);
  const used = new Set<string>();
  const team: DemoCounselor[] = [];
  for (let i = 0; i < total; i += 1) {
    let displayName = drawDisplayName(random);
    for (let attempt = 0; attempt < 50 && used.has(displayName); attempt += 1) displayName = drawDisplayName(random);
    used.add(displayName);
    team.push({ id: uuidV7OnDate(createdOn, random), displayName, role: i === 0 ? 'coordinator' : 'counselor' });
  }
  return team;
}
