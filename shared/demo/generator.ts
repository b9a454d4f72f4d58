// Deterministic demo programme: the PCO of the Figline Valdarno steel-cord plant, either as it
// stands today (anchored on a day, by default today in Figline) or as it stood on 2019-12-31.
// Same seed and anchor, same output, byte for byte, on any machine.
import { todayIsoIn } from '../time/dates';
import { DEMO_TIME_ZONE, demoCalendar } from './calendar';
import { generateCounselors } from './counselors';
import { SITE_CODE } from './data/places';
import { generateEmployers } from './employers';
import { Random } from './random';
import type { DemoOptions, DemoProgramme } from './types';
import { generateWorkers } from './workers';

export type { DemoCounselor, DemoEmployer, DemoFile, DemoOptions, DemoProgramme, DemoStatusChange, DemoWorker } from './types';
export { calendarOf, DEMO_VARIANTS, HISTORICAL_ANCHOR, type DemoCalendar, type DemoVariant } from './calendar';

export const DEFAULT_DEMO_WORKERS = 300;
export const DEFAULT_DEMO_SEED = 2019;
export const DEMO_PROGRAMME_NAME = "PCO Figline Valdarno — filo d'acciaio";

export function generateDemoProgramme(options: DemoOptions = {}): DemoProgramme {
  const workerCount = options.workers ?? DEFAULT_DEMO_WORKERS;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isInteger(workerCount) || workerCount < 1) throw new RangeError(`workers must be a positive integer, got ${workerCount}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  const variant = options.variant ?? 'today';
  const calendar = demoCalendar(variant, variant === 'today' ? (options.anchor ?? todayIsoIn(DEMO_TIME_ZONE)) : options.anchor);

  // Independent streams: changing how employers are drawn does not reshuffle the workers.
  const root = new Random(seed, 'pco-demo');
  const counselorRandom = root.fork('counselors');
  const employerRandom = root.fork('employers');
  const workerRandom = root.fork('workers');
  const joiningRandom = root.fork('joining');
  const profilingRandom = root.fork('profiling');

  const counselors = generateCounselors(counselorRandom, workerCount, calendar);
  const caseloadHolders = counselors.filter((counselor) => counselor.role === 'counselor').map((counselor) => counselor.id);
  return {
    formatVersion: 1,
    seed,
    variant: calendar.variant,
    anchor: calendar.anchor,
    programme: {
      name: DEMO_PROGRAMME_NAME,
      siteCode: SITE_CODE,
      cigsPeriods: calendar.cigsPeriods.map((period) => ({ ...period })),
    },
    counselors,
    ...generateWorkers(workerRandom, workerCount, caseloadHolders, calendar, joiningRandom, profilingRandom),
    employers: generateEmployers(employerRandom, workerCount, calendar),
  };
}
