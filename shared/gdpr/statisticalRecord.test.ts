import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../demo/generator';
import type { DomainEvent } from '../domain/events';
import { SENSITIVE_WORKER_FIELDS, type Worker } from '../domain/worker';
import { ageBand, statisticalRecordSchema, toStatisticalRecord } from './statisticalRecord';
import { consent, created, event, fullWorker, status, WORKER_ID } from './testing';

const NEW_ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const NOTE = 'Assunta da Trafilerie Valdarno, referente sig. Galli 055 9876543';

const worker = fullWorker();
const events = [
  event('2019-01-15', created),
  event('2019-01-15', status(null, 'active')),
  event('2019-01-10', consent(true)),
  event('2019-09-02', status('active', 'placed', NOTE, 'placed')),
];

const EXPECTED_KEYS = [
  'ageBandAtEnrolment',
  'educationLevel',
  'enrolmentMonth',
  'exitMonth',
  'exitReason',
  'finalStatus',
  'formerRole',
  'id',
  'primaryTrack',
  'residenceCode',
  'secondaryTracks',
  'sex',
  'statusHistory',
];

/** Every value of the input that could lead back to the person. */
function identifyingValues(w: Worker, evs: readonly DomainEvent[]): string[] {
  const values: string[] = SENSITIVE_WORKER_FIELDS.map((field) => w[field] ?? '');
  values.push(w.counselorId, w.department, w.birthDate.slice(0, 4), w.address, w.email);
  for (const e of evs) {
    values.push(e.id, e.subjectId, e.hlc, e.recordedBy, e.deviceId, e.occurredOn);
    if (e.payload.kind === 'worker.statusChanged') values.push(e.payload.note);
  }
  // Residence is kept on purpose: a birthplace in the same comune is not a leak.
  return values.filter((value) => value.trim() !== '' && value !== w.residenceCode);
}

/** The record of someone the reports counted: always made. */
function recordOf(...args: Parameters<typeof toStatisticalRecord>) {
  const record = toStatisticalRecord(...args);
  if (!record) throw new Error('no statistical record');
  return record;
}

describe('toStatisticalRecord', () => {
  const record = recordOf(worker, events, { newId: NEW_ID });

  it('keeps exactly the fields the reports need', () => {
    expect(Object.keys(record).sort()).toEqual(EXPECTED_KEYS);
    expect(Object.keys(record.statusHistory[0] ?? {}).sort()).toEqual(['from', 'month', 'to']);
  });

  it('fills them from the file and the events, at month level', () => {
    expect(record).toEqual({
      id: NEW_ID,
      enrolmentMonth: '2019-01',
      exitMonth: '2019-09',
      exitReason: 'placed',
      finalStatus: 'placed',
      primaryTrack: 'relocation',
      secondaryTracks: ['retraining'],
      sex: 'F',
      ageBandAtEnrolment: '50-54',
      educationLevel: 'lower_secondary',
      formerRole: 'Trafilatrice',
      residenceCode: 'M321',
      statusHistory: [
        { from: null, to: 'active', month: '2019-01' },
        { from: 'active', to: 'placed', month: '2019-09' },
      ],
    });
  });

  it('lets no identifying value of the input through, nor the protected-category flag', () => {
    const json = JSON.stringify(record);
    for (const value of identifyingValues(worker, events)) expect(json, value).not.toContain(value);
    expect(json).not.toMatch(/protected|note|counselor|name|surname|codice|birth|address|phone|email/i);
    expect(json).not.toContain(WORKER_ID);
  });

  it('validates against its own strict schema, which refuses any extra field', () => {
    expect(statisticalRecordSchema.parse(record)).toEqual(record);
    expect(statisticalRecordSchema.safeParse({ ...record, protectedCategory: true }).success).toBe(false);
    expect(statisticalRecordSchema.safeParse({ ...record, statusHistory: [{ from: null, to: 'active', month: '2019-01', note: 'x' }] }).success).toBe(false);
  });

  it('has no exit for a worker still in the programme', () => {
    const active = fullWorker({ status: 'in_training', exitReason: undefined });
    const result = recordOf(active, events.slice(0, 3), { newId: NEW_ID });
    expect(result).toMatchObject({ exitMonth: null, exitReason: null, finalStatus: 'in_training' });
    expect(Object.keys(result).sort()).toEqual(EXPECTED_KEYS);
  });

  it('leaves none for someone the reports never counted, and counts a late consent from its month', () => {
    expect(toStatisticalRecord(fullWorker({ enrolmentDate: undefined }), [], { newId: NEW_ID })).toBeUndefined();
    expect(toStatisticalRecord(fullWorker({ privacyConsentDate: undefined }), [], { newId: NEW_ID })).toBeUndefined();
    expect(recordOf(fullWorker({ enrolmentDate: '2019-01-15', privacyConsentDate: '2019-03-02' }), [], { newId: NEW_ID }).enrolmentMonth).toBe('2019-03');
  });

  it('refuses the worker id, or an id that is not a random UUID v4', () => {
    expect(() => recordOf(worker, events, { newId: WORKER_ID })).toThrow(/fresh id/);
    // A v7 carries its creation time, which the audit log's erase entry would match.
    expect(() => recordOf(worker, events, { newId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c' })).toThrow();
    expect(() => recordOf(worker, events, { newId: 'stat-1' })).toThrow();
  });

  it('bands the age at the enrolment date, birthday included', () => {
    const bandOn = (birthDate: string) => recordOf(fullWorker({ birthDate }), [], { newId: NEW_ID }).ageBandAtEnrolment;
    expect(bandOn('1989-01-15')).toBe('30-39'); // 30 on the day of enrolment
    expect(bandOn('1989-01-16')).toBe('<30'); // 30 the day after
    expect(bandOn('1959-01-15')).toBe('60+');
    expect(bandOn('1959-01-16')).toBe('55-59');
  });

  it('maps ages to the report bands at every boundary', () => {
    const cases: [number, string][] = [[18, '<30'], [29, '<30'], [30, '30-39'], [39, '30-39'], [40, '40-49'], [49, '40-49'], [50, '50-54'], [54, '50-54'], [55, '55-59'], [59, '55-59'], [60, '60+'], [67, '60+']];
    for (const [age, band] of cases) expect(ageBand(age), String(age)).toBe(band);
    expect(() => ageBand(Number.NaN)).toThrow(RangeError);
  });

  it('anonymises a whole demo programme without a leak', () => {
    const demo = generateDemoProgramme({ workers: 120, seed: 7 });
    demo.workers.forEach((demoWorker, index) => {
      const demoEvents = [
        event(demoWorker.createdOn, created, demoWorker.id),
        event(demoWorker.consent.occurredOn, consent(demoWorker.consent.given), demoWorker.id),
        ...demoWorker.statusHistory.map((change) => event(change.occurredOn, status(change.from, change.to, `nota su ${demoWorker.worker.surname}`, change.exitReason), demoWorker.id)),
      ];
      const newId = `3b241101-e2bb-4255-8caf-${String(index).padStart(12, '0')}`;
      const result = recordOf(demoWorker.worker, demoEvents, { newId });
      expect(statisticalRecordSchema.parse(result)).toEqual(result);
      expect(result.statusHistory).toHaveLength(demoWorker.statusHistory.length);
      const json = JSON.stringify(result);
      for (const value of identifyingValues(demoWorker.worker, demoEvents)) {
        // Event days are identifying; the month they fall in is what is kept.
        if (/^\d{4}-\d{2}-\d{2}$/.test(value)) expect(json).not.toContain(`"${value}"`);
        else expect(json, value).not.toContain(value);
      }
    });
  });
});

