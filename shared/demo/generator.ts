// Deterministic demo programme: the PCO of the Figline Valdarno steel-cord plant as it stood on
// 2019-12-31. Same options, same output, byte for byte, on any day and any machine.
import { DEFAULT_CIGS_PERIODS } from '../domain/programme';
import { generateCounselors } from './counselors';
import { SITE_CODE } from './data/places';
import { generateEmployers } from './employers';
import { Random } from './random';
import type { DemoOptions, DemoProgramme } from './types';
import { generateWorkers } from './workers';

export type { DemoCounselor, DemoEmployer, DemoOptions, DemoProgramme, DemoStatusChange, DemoWorker } from './types';
export { REFERENCE_DATE } from './isoDates';

export const DEFAULT_DEMO_WORKERS = 300;
export const DEFAULT_DEMO_SEED = 2019;
export const DEMO_PROGRAMME_NAME = "PCO Figline Valdarno — filo d'acciaio";

export function generateDemoProgramme(options: DemoOptions = {}): DemoProgramme {
  const workerCount = options.workers ?? DEFAULT_DEMO_WORKERS;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isInteger(workerCount) || workerCount < 1) throw new RangeError(`workers must be a positive integer, got ${workerCount}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);

  // Independent streams: changing how employers are drawn does not reshuffle the workers.
  const root = new Random(seed, 'pco-demo');
  const counselorRandom = root.fork('counselors');
  const employerRandom = root.fork('employers');
  const workerRandom = root.fork('workers');

  const counselors = generateCounselors(counselorRandom, workerCount);
  const caseloadHolders = counselors.filter((counselor) => counselor.role === 'counselor').map((counselor) => counselor.id);
  return {
    formatVersion: 1,
    seed,
    programme: {
      name: DEMO_PROGRAMME_NAME,
      siteCode: SITE_CODE,
      cigsPeriods: DEFAULT_CIGS_PERIODS.map((period) => ({ ...period })),
    },
    counselors,
    workers: generateWorkers(workerRandom, workerCount, caseloadHolders),
    employers: generateEmployers(employerRandom, workerCount),
  };
}
