// The worker file's profiling band: optional (not everyone has been profiled), one of the bands the
// funding scheme pays by, dated only when there is a band, and stored in clear like other classes.
import { describe, expect, it } from 'vitest';
import { sampleWorker } from '../../test/fixtures/workers';
import { PROFILING_BANDS } from './vocabulary';
import { SENSITIVE_WORKER_FIELDS, workerSchema } from './worker';

const base = sampleWorker({ counselorId: 'c1' });
const issuesOf = (input: unknown) => {
  const result = workerSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('worker profiling band', () => {
  it('is optional: a file without one, or with the form’s empty choice, has none', () => {
    expect(workerSchema.parse(base).profilingBand).toBeUndefined();
    const empty = workerSchema.parse({ ...base, profilingBand: '', profilingDate: '' });
    expect(empty.profilingBand).toBeUndefined();
    expect(empty.profilingDate).toBeUndefined();
  });

  it('keeps each band of the scheme with the day it was given', () => {
    for (const band of PROFILING_BANDS) {
      const worker = workerSchema.parse({ ...base, profilingBand: band, profilingDate: '2019-01-08' });
      expect(worker).toMatchObject({ profilingBand: band, profilingDate: '2019-01-08' });
    }
    expect(workerSchema.parse({ ...base, profilingBand: 'high' }).profilingDate).toBeUndefined();
  });

  it('refuses a band the scheme does not know, and a day without a band', () => {
    expect(issuesOf({ ...base, profilingBand: 'fascia 3' })).toEqual([expect.objectContaining({ path: 'profilingBand' })]);
    expect(issuesOf({ ...base, profilingDate: '2019-01-08' })).toEqual([{ path: 'profilingBand', message: 'validation.profilingBandForDate' }]);
    expect(issuesOf({ ...base, profilingBand: 'low', profilingDate: '2019-02-30' })).toEqual([expect.objectContaining({ path: 'profilingDate' })]);
  });

  it('is not sealed: a coarse class that identifies nobody', () => {
    expect(SENSITIVE_WORKER_FIELDS).not.toContain('profilingBand');
    expect(SENSITIVE_WORKER_FIELDS).not.toContain('profilingDate');
  });
});
