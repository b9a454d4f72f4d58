// The demo's profiling bands: every worker who joined has one, dated by the job centre shortly
// before joining, spread over the four bands and higher for those further from work; the same seed
// gives the same bands; who has not joined (or has not signed the consent yet) has none.
import { describe, expect, it } from 'vitest';
import { EDUCATION_LEVELS, PROFILING_BANDS, type ProfilingBand } from '../domain/vocabulary';
import { generateDemoProgramme } from './generator';
import { addDays, dayNumber } from './isoDates';
import { DEMO_TEST_ANCHOR } from './testing';

const demo = generateDemoProgramme({ workers: 300, seed: 2019, anchor: DEMO_TEST_ANCHOR });
const rank = (band: ProfilingBand | undefined) => PROFILING_BANDS.indexOf(band ?? 'low');
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

describe('demo profiling bands', () => {
  it('gives every joined worker a band, dated on a workday up to three weeks before joining', () => {
    for (const { worker } of demo.workers) {
      expect(worker.profilingBand).toBeDefined();
      const date = worker.profilingDate ?? '';
      expect(date >= addDays(worker.enrolmentDate, -21) && date <= worker.enrolmentDate).toBe(true);
      const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7;
      expect(weekday).toBeLessThan(5);
    }
  });

  it('gives none to whoever has not joined or not yet consented', () => {
    for (const { worker } of demo.nonParticipants) expect([worker.profilingBand, worker.profilingDate]).toEqual([undefined, undefined]);
  });

  it('uses all four bands, higher for the older and the less schooled', () => {
    const bands = demo.workers.map(({ worker }) => worker.profilingBand);
    for (const band of PROFILING_BANDS) expect(bands.filter((b) => b === band).length).toBeGreaterThan(10);
    const year = Number(demo.anchor.slice(0, 4));
    const older = demo.workers.filter(({ worker }) => year - Number(worker.birthDate.slice(0, 4)) >= 50 && EDUCATION_LEVELS.indexOf(worker.educationLevel) <= EDUCATION_LEVELS.indexOf('iefp'));
    const younger = demo.workers.filter(({ worker }) => year - Number(worker.birthDate.slice(0, 4)) < 40 && EDUCATION_LEVELS.indexOf(worker.educationLevel) > EDUCATION_LEVELS.indexOf('iefp'));
    expect(older.length).toBeGreaterThan(5);
    expect(younger.length).toBeGreaterThan(5);
    expect(mean(older.map(({ worker }) => rank(worker.profilingBand)))).toBeGreaterThan(mean(younger.map(({ worker }) => rank(worker.profilingBand))) + 0.5);
  });

  it('draws the same bands for the same seed, in the historical programme too', () => {
    const again = generateDemoProgramme({ workers: 300, seed: 2019, anchor: DEMO_TEST_ANCHOR });
    expect(again.workers.map(({ worker }) => [worker.profilingBand, worker.profilingDate])).toEqual(demo.workers.map(({ worker }) => [worker.profilingBand, worker.profilingDate]));
    const historical = generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' });
    expect(historical.workers.every(({ worker }) => worker.profilingBand !== undefined)).toBe(true);
  });
});
