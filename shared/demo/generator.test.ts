import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { employerSchema } from '../domain/employer';
import { idSchema } from '../domain/primitives';
import { counselorSchema, programmeSchema } from '../domain/programme';
import { participationOf } from '../domain/participation';
import { LEAVING_STATUSES } from '../domain/vocabulary';
import { workerSchema } from '../domain/worker';
import { placeByCode } from '../geo/comuni';
import { computeCodiceFiscale, validateCodiceFiscale } from '../validation/codiceFiscale';
import { validatePartitaIva } from '../validation/partitaIva';
import { PARTITA_IVA_OFFICE } from './data/employerSectors';
import { todayIsoIn } from '../time/dates';
import { calendarOf, type DemoCalendar } from './calendar';
import { generateDemoProgramme, type DemoProgramme } from './generator';
import { addDays } from './isoDates';
import { DEMO_CASES, DEMO_TEST_ANCHOR } from './testing';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const dayOfUuid = (uuid: string) => new Date(parseInt(uuid.replace(/-/g, '').slice(0, 12), 16)).toISOString().slice(0, 10);
const canonicalCf = (cf: string, referenceYear = 2019) => {
  const result = validateCodiceFiscale(cf, { referenceYear });
  if (!result.ok) throw new Error(`invalid codice fiscale ${cf}: ${result.error}`);
  return result.value.canonical;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('generateDemoProgramme defaults', () => {
  it('is today’s programme, anchored on today in Figline (Europe/Rome), whatever the machine’s zone', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 23:30 UTC on 15 July is already 16 July in Italy.
    vi.setSystemTime(new Date('2031-07-15T23:30:00Z'));
    const demo = generateDemoProgramme({ workers: 10 });
    expect(demo).toMatchObject({ seed: 2019, variant: 'today', anchor: '2031-07-16' });
    expect(demo.anchor).toBe(todayIsoIn('Europe/Rome'));
    expect(JSON.stringify(demo)).toBe(JSON.stringify(generateDemoProgramme({ workers: 10, anchor: '2031-07-16' })));
  });

  it('describes the Figline programme: the real CIGS periods in the historical one, twelve months of cessazione today', () => {
    const historical = generateDemoProgramme({ workers: 10, variant: 'historical' });
    expect(historical).toMatchObject({ formatVersion: 1, seed: 2019, variant: 'historical', anchor: '2019-12-31' });
    expect(historical.programme.cigsPeriods.map((period) => period.cause)).toEqual(['cessazione', 'proroga', 'covid19']);
    const today = generateDemoProgramme({ workers: 10, anchor: DEMO_TEST_ANCHOR });
    expect(today.programme.cigsPeriods).toEqual([{ start: '2025-05-01', end: '2026-04-30', cause: 'cessazione' }]);
    for (const demo of [historical, today]) {
      expect(programmeSchema.parse(demo.programme)).toEqual(demo.programme);
      expect(demo.programme.siteCode).toBe('M321');
    }
  });

  it('refuses an anchor for the historical programme, and an anchor that is not a day', () => {
    expect(() => generateDemoProgramme({ workers: 5, variant: 'historical', anchor: DEMO_TEST_ANCHOR })).toThrow(RangeError);
    expect(() => generateDemoProgramme({ workers: 5, anchor: '2026-02-29' })).toThrow(RangeError);
  });
});

describe.each(DEMO_CASES)('generateDemoProgramme, 300 workers, seed 2019, $name', ({ options }) => {
  let demo: DemoProgramme;
  let calendar: DemoCalendar;
  let referenceYear: number;
  beforeAll(() => {
    demo = generateDemoProgramme({ ...options, workers: 300, seed: 2019 });
    calendar = calendarOf(demo);
    referenceYear = Number(demo.anchor.slice(0, 4));
  });

  it('has one coordinator first and one counselor per ~60 workers', () => {
    expect(demo.workers.length + demo.nonParticipants.length).toBe(300);
    expect(demo.counselors.map((counselor) => counselor.role)).toEqual(['coordinator', 'counselor', 'counselor', 'counselor', 'counselor', 'counselor']);
    for (const counselor of demo.counselors) expect(counselorSchema.parse(counselor)).toEqual({ displayName: counselor.displayName, role: counselor.role });
    expect(new Set(demo.counselors.map((counselor) => counselor.displayName)).size).toBe(demo.counselors.length);
  });

  it('produces workers that pass the worker schema unchanged', () => {
    for (const { worker } of demo.workers) expect(workerSchema.parse(worker)).toEqual(worker);
  });

  it('produces employers that pass the employer schema unchanged, with about 40 of them', () => {
    expect(demo.employers).toHaveLength(40);
    for (const { employer } of demo.employers) expect(employerSchema.parse(employer)).toEqual(employer);
    expect(new Set(demo.employers.map(({ employer }) => employer.legalName)).size).toBe(40);
  });

  it('gives every record a unique UUIDv7 dated on its creation day', () => {
    const ids = [...demo.counselors.map((c) => c.id), ...demo.workers.map((w) => w.id), ...demo.employers.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(UUID_V7);
      expect(idSchema.safeParse(id).success).toBe(true);
    }
    for (const { id, createdOn } of demo.workers) expect(dayOfUuid(id)).toBe(createdOn);
    for (const { id } of demo.employers) expect(dayOfUuid(id) > calendar.closure && dayOfUuid(id) <= demo.anchor).toBe(true);
  });

  it('computes each codice fiscale from the person and never repeats one, omocodia included', () => {
    const canonical = demo.workers.map(({ worker }) => {
      expect(worker.codiceFiscale).toBe(computeCodiceFiscale(worker));
      return canonicalCf(worker.codiceFiscale, referenceYear);
    });
    expect(new Set(canonical).size).toBe(canonical.length);
  });

  it('issues valid, unique partite IVA from the office of the employer\'s province', () => {
    const numbers = demo.employers.map(({ employer }) => employer.partitaIva);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const { employer } of demo.employers) {
      expect(validatePartitaIva(employer.partitaIva).ok).toBe(true);
      const province = placeByCode(employer.comuneCode)?.province as keyof typeof PARTITA_IVA_OFFICE;
      expect(employer.partitaIva.slice(7, 10)).toBe(PARTITA_IVA_OFFICE[province]);
      expect(employer.ateco.version).toBe('2007');
    }
  });

  it('keeps each status history consistent with the worker file and up to the anchor day', () => {
    for (const { worker, statusHistory, createdOn } of demo.workers) {
      expect(createdOn).toBe(worker.enrolmentDate);
      expect(statusHistory[0]).toEqual({ occurredOn: worker.enrolmentDate, from: null, to: 'active' });
      for (let i = 1; i < statusHistory.length; i += 1) {
        const previous = statusHistory[i - 1];
        const change = statusHistory[i];
        if (!previous || !change) throw new Error('unreachable');
        expect(change.from).toBe(previous.to);
        expect(change.to).not.toBe(previous.to);
        expect(change.occurredOn > previous.occurredOn).toBe(true);
        expect(change.occurredOn <= demo.anchor).toBe(true);
        expect(change.exitReason !== undefined).toBe(LEAVING_STATUSES.includes(change.to));
      }
      const last = statusHistory[statusHistory.length - 1];
      expect(last?.to).toBe(worker.status);
      expect(last?.exitReason).toBe(worker.exitReason);
    }
  });

  it('records consent on the enrolment day, from six weeks before the closure to three months after it', () => {
    for (const { worker, consent } of demo.workers) {
      expect(consent).toEqual({ occurredOn: worker.enrolmentDate, given: true });
      expect(worker.privacyConsentDate).toBe(worker.enrolmentDate);
      expect(worker.enrolmentDate >= addDays(calendar.closure, -49) && worker.enrolmentDate <= addDays(calendar.closure, 93)).toBe(true);
    }
  });

  it('spreads the caseloads evenly over the counselors, never the coordinator', () => {
    const counselorIds = demo.counselors.filter((c) => c.role === 'counselor').map((c) => c.id);
    const enrolled = [...demo.workers, ...demo.nonParticipants].filter(({ worker }) => worker.enrolmentDate);
    const caseloads = counselorIds.map((id) => enrolled.filter(({ worker }) => worker.counselorId === id).length);
    expect(caseloads.reduce((sum, load) => sum + load, 0)).toBe(enrolled.length);
    // Every worker was given a counselor; those who did not join leave a gap in some caseloads.
    expect(Math.max(...caseloads) - Math.min(...caseloads)).toBeLessThanOrEqual(1 + 300 - enrolled.length);
  });

  it('keeps each worker file plausible', () => {
    for (const { worker } of demo.workers) {
      const age = referenceYear - Number(worker.birthDate.slice(0, 4));
      expect(age).toBeGreaterThanOrEqual(25);
      expect(age).toBeLessThanOrEqual(63);
      expect(worker.yearsAtPlant ?? 0).toBeLessThanOrEqual(age - 17);
      expect(worker.yearsAtPlant ?? 0).toBeGreaterThanOrEqual(1);
      expect(worker.commuteLimitKm ?? 0).toBeGreaterThanOrEqual(10);
      expect(worker.commuteLimitKm ?? 0).toBeLessThanOrEqual(60);
      expect(worker.secondaryTracks).not.toContain(worker.primaryTrack);
      expect(new Set(worker.secondaryTracks).size).toBe(worker.secondaryTracks.length);
      expect(worker.preferredContracts.filter((c) => worker.refusedContracts.includes(c))).toEqual([]);
      expect(worker.preferredContracts.length).toBeGreaterThan(0);
      expect(worker.acceptedShifts).toContain('day');
      expect(worker.protectedCategoryNote !== '').toBe(worker.protectedCategory);
      expect(worker.address).toMatch(/^.+, \d+$/);
      expect(worker.phone).toMatch(/^$|^3\d{2} \d{7}$/);
      for (const period of worker.cigsPeriods) expect(period.end >= period.start).toBe(true);
      expect(placeByCode(worker.residenceCode)?.active).toBe(true);
      expect(placeByCode(worker.birthplaceCode)).toBeDefined();
    }
  });
});

describe('the HR list of today’s demo', () => {
  const demo = generateDemoProgramme({ workers: 300, seed: 2019, anchor: DEMO_TEST_ANCHOR });
  const participation = (worker: Parameters<typeof participationOf>[0]) => participationOf(worker);

  it('has about 84% of the workers joined and consenting, the others on file with what the HR list holds', () => {
    expect(demo.workers.length / 300).toBeGreaterThan(0.78);
    expect(demo.workers.length / 300).toBeLessThan(0.9);
    for (const { worker } of demo.workers) expect(participation(worker)).toBe('participant');
    const kinds = demo.nonParticipants.map(({ worker }) => participation(worker));
    expect(kinds.filter((kind) => kind === 'notEnrolled').length).toBeGreaterThan(25);
    expect(kinds.filter((kind) => kind === 'awaitingConsent').length).toBeGreaterThan(0);
    expect(kinds.every((kind) => kind === 'notEnrolled' || kind === 'awaitingConsent')).toBe(true);
  });

  it('keeps valid files for those who did not join: no track, counselor or profile, their situation dated when it is not active', () => {
    const { afterClosure } = calendarOf(demo);
    for (const { id, createdOn, worker, statusHistory } of demo.nonParticipants) {
      expect(workerSchema.parse(worker)).toEqual(worker);
      expect(dayOfUuid(id)).toBe(createdOn);
      expect(createdOn).toBe(afterClosure('2018-11-12'));
      if (worker.enrolmentDate) {
        // Joined in the last three weeks, the consent still to sign.
        expect(worker.enrolmentDate >= addDays(demo.anchor, -24) && worker.enrolmentDate <= demo.anchor).toBe(true);
        expect(statusHistory).toEqual([{ occurredOn: worker.enrolmentDate, from: null, to: 'active' }]);
        expect(worker.counselorId).not.toBe('');
      } else {
        const { counselorId, primaryTrack, educationLevel, skills, licences } = worker;
        expect({ counselorId, primaryTrack, educationLevel, skills, licences }).toEqual({ counselorId: '', primaryTrack: undefined, educationLevel: undefined, skills: [], licences: [] });
        expect(statusHistory.map((change) => change.to)).toEqual(worker.status === 'active' ? [] : [worker.status]);
        for (const change of statusHistory) expect(change.occurredOn <= demo.anchor).toBe(true);
      }
    }
  });

  it('keeps the historical demo all joined', () => {
    expect(generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' }).nonParticipants).toEqual([]);
  });
});

describe.each(DEMO_CASES)('generateDemoProgramme determinism, $name', ({ options }) => {
  let demo: DemoProgramme;
  beforeAll(() => {
    demo = generateDemoProgramme({ ...options, workers: 300, seed: 2019 });
  });

  it('gives byte-identical JSON for the same options', () => {
    expect(JSON.stringify(generateDemoProgramme({ ...options, workers: 300, seed: 2019 }))).toBe(JSON.stringify(demo));
  });

  it('does not depend on the current date once the anchor is given', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-15T12:00:00Z'));
    expect(JSON.stringify(generateDemoProgramme({ ...options, workers: 300, seed: 2019 }))).toBe(JSON.stringify(demo));
  });

  it('gives a different programme for a different seed', () => {
    const other = generateDemoProgramme({ ...options, workers: 300, seed: 2020 });
    expect(other.seed).toBe(2020);
    expect(JSON.stringify(other.workers)).not.toBe(JSON.stringify(demo.workers));
    expect(JSON.stringify(other.employers)).not.toBe(JSON.stringify(demo.employers));
  });

  it('accepts negative and large seeds', () => {
    for (const seed of [-7, Number.MAX_SAFE_INTEGER]) {
      const small = generateDemoProgramme({ ...options, workers: 5, seed });
      expect(small.workers.length + small.nonParticipants.length).toBe(5);
    }
  });
});

describe('generateDemoProgramme sizes', () => {
  it('works for a single worker, with the minimum team and one employer or more', () => {
    const tiny = generateDemoProgramme({ workers: 1, seed: 1, variant: 'historical' });
    expect(tiny.workers).toHaveLength(1);
    expect(tiny.counselors).toHaveLength(3);
    expect(tiny.employers.length).toBeGreaterThanOrEqual(1);
    expect(workerSchema.safeParse(tiny.workers[0]?.worker).success).toBe(true);
  });

  it('scales employers with the square root of the workers', () => {
    const larger = generateDemoProgramme({ workers: 1200, seed: 5, anchor: DEMO_TEST_ANCHOR });
    expect(larger.employers).toHaveLength(80);
    expect(larger.counselors).toHaveLength(21);
  });

  it('rejects worker counts and seeds that are not integers', () => {
    expect(() => generateDemoProgramme({ workers: 0 })).toThrow(RangeError);
    expect(() => generateDemoProgramme({ workers: -3 })).toThrow(RangeError);
    expect(() => generateDemoProgramme({ workers: 2.5 })).toThrow(RangeError);
    expect(() => generateDemoProgramme({ seed: 1.5 })).toThrow(RangeError);
    expect(() => generateDemoProgramme({ seed: Number.NaN })).toThrow(RangeError);
  });

  it('generates 30,000 workers with unique codici fiscali, ids and partite IVA', () => {
    const large = generateDemoProgramme({ workers: 30_000, seed: 30, anchor: DEMO_TEST_ANCHOR });
    const files = [...large.workers, ...large.nonParticipants];
    expect(files).toHaveLength(30_000);
    expect(large.employers).toHaveLength(400);
    expect(large.counselors).toHaveLength(501);
    expect(new Set(files.map(({ worker }) => canonicalCf(worker.codiceFiscale, 2026))).size).toBe(30_000);
    expect(new Set([...files, ...large.employers, ...large.counselors].map(({ id }) => id)).size).toBe(30_901);
    expect(new Set(large.employers.map(({ employer }) => employer.partitaIva)).size).toBe(400);
  }, 120_000);
});
