import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../generator';
import { cvReferenceSchema } from '../../cv/content';
import { LEAVING_STATUSES } from '../../domain/vocabulary';
import { calendarOf } from '../calendar';
import { DEMO_CASES } from '../testing';
import { generateCv } from './cv';

describe.each(DEMO_CASES)('generateCv, $name', ({ options }) => {
  const demo = generateDemoProgramme({ ...options, workers: 300 });
  const cvs = generateCv(demo, demo.seed);
  const byId = new Map(demo.workers.map((w) => [w.id, w]));

  it('is deterministic for a seed and changes with it', () => {
    expect(generateCv(demo, demo.seed)).toEqual(cvs);
    expect(generateCv(demo, demo.seed + 1)).not.toEqual(cvs);
  });

  it('gives plausible numbers: about half the relocation workers proposed, fewer full CVs, a few in English', () => {
    const anonymous = cvs.filter((cv) => cv.variant === 'anonymous');
    const full = cvs.filter((cv) => cv.variant === 'full');
    expect(anonymous.length).toBeGreaterThan(60);
    expect(anonymous.length).toBeLessThan(200);
    expect(full.length).toBeGreaterThan(anonymous.length * 0.3);
    expect(full.length).toBeLessThan(anonymous.length);
    expect(cvs.some((cv) => cv.language === 'en')).toBe(true);
    expect(new Set(anonymous.map((cv) => cv.workerId)).size).toBe(anonymous.length);
  });

  it('dates every version after the closure and by the anchor day, after joining and before leaving the programme', () => {
    const { closure } = calendarOf(demo);
    for (const cv of cvs) {
      const worker = byId.get(cv.workerId)!;
      expect(cv.createdOn > closure && cv.createdOn <= demo.anchor).toBe(true);
      expect(cv.createdOn > worker.createdOn).toBe(true);
      const left = worker.statusHistory.find((change) => LEAVING_STATUSES.includes(change.to));
      if (left) expect(cv.createdOn <= left.occurredOn).toBe(true);
      expect(cv.counselorId).toBe(worker.worker.counselorId);
    }
  });

  it('an anonymised version comes before the full one; references are valid and unique, ids are UUIDv7', () => {
    for (const cv of cvs.filter((c) => c.variant === 'full')) {
      const first = cvs.find((c) => c.workerId === cv.workerId && c.variant === 'anonymous')!;
      expect(first.createdOn <= cv.createdOn).toBe(true);
    }
    expect(new Set(cvs.map((cv) => cv.reference)).size).toBe(cvs.length);
    for (const cv of cvs) {
      expect(cvReferenceSchema.safeParse(cv.reference).success).toBe(true);
      expect(cv.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab]/);
    }
  });
});
