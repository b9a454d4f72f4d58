// The report reader on a real (fake-indexeddb) database: the coordinator gets everything with the
// erased file's events, a counselor only their caseload; exports are audited.
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../test/fixtures/workers';
import { freshDatabase, testCodec, testSession } from '../db/testing';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { Session } from '../db/session';
import type { WorkerRow } from '../db/rows';
import { setUpEmpty } from '../db/setup';
import { newEvent, sealEvent } from '../db/recordRows';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { computeMonitoringReport } from '../../shared/reports/report';
import { createReportReader } from './reportReader';

const ANNA = '018f0000-0000-7000-8000-00000000000a';
const BRUNO = '018f0000-0000-7000-8000-00000000000b';
const ERASED = '018f0000-0000-7000-8000-0000000000ee';
const EMPLOYER = '018f0000-0000-7000-8000-0000000000e1';

describe('report reader', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let coordinator: Session;
  let annaWorker: string;

  beforeEach(async () => {
    db = freshDatabase();
    codec = await testCodec();
    await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO test');
    const me = await db.counselors.toCollection().first();
    coordinator = await testSession(db, { counselorId: me!.id, role: 'coordinator' });
    const workers = createWorkerRepository(db, coordinator, codec);
    annaWorker = (await workers.create(sampleWorker({ counselorId: ANNA }))).id;
    await workers.create(sampleWorker({ counselorId: BRUNO, surname: 'Rossi', name: 'Anna', sex: 'F', birthDate: '1975-09-30' }));
    const placed = (subject: string) => newEvent(coordinator, subject, { kind: 'worker.placed', employerId: EMPLOYER, contractType: 'permanent', startDate: '2019-03-10', incentive: 'none' }, '2019-03-10');
    // An erased file: a tombstone without sealed data, whose placement stays in the log.
    const erased: WorkerRow = { id: ERASED, data: {}, sealed: null, clock: {}, deletedAt: 'x', createdAt: '', updatedAt: '', updatedBy: '', deviceId: '', status: 'placed', primaryTrack: 'relocation', counselorId: ANNA, cigsEnd: '' };
    await db.workers.add(erased);
    await db.events.bulkAdd([await sealEvent(codec, placed(annaWorker)), await sealEvent(codec, placed(ERASED))]);
  });

  it('gives the coordinator every worker, the erased file’s events, names to show', async () => {
    const data = await createReportReader(db, coordinator, codec, createWorkerRepository(db, coordinator, codec)).load();
    expect(data.input.workers).toHaveLength(2);
    expect(data.input.erasedWorkerIds).toEqual([ERASED]);
    expect(data.workerNames.get(annaWorker)).toBe('Bianchi Marco');
    const report = computeMonitoringReport(data.input, { start: '2019-03-01', end: '2019-03-31' });
    const placements = report.tables.find((t) => t.id === 'placementOutcome')?.rows.find((r) => r.key === 'placements')?.cells[0]?.value;
    expect(placements).toBe(2);
    expect(data.latestActivity).toBeDefined();
  });

  it('gives a counselor only their caseload', async () => {
    const bruno = await testSession(db, { counselorId: BRUNO, role: 'counselor' });
    const data = await createReportReader(db, bruno, codec, createWorkerRepository(db, bruno, codec)).load();
    expect(data.input.workers.map((w) => w.data.surname)).toEqual(['Rossi']);
    expect(data.input.erasedWorkerIds).toEqual([]);
    expect(data.input.events.filter((e) => e.payload.kind === 'worker.placed')).toEqual([]);
  });

  it('audits an export with its format, view and period', async () => {
    await createReportReader(db, coordinator, codec, createWorkerRepository(db, coordinator, codec)).recordExport('xlsx external 2019-03-01..2019-03-31');
    const entries = await db.audit.where('action').equals('export').toArray();
    expect(entries.map((e) => [e.subjectKind, e.detail])).toEqual([['report', 'xlsx external 2019-03-01..2019-03-31']]);
  });
});
