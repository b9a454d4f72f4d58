// What the reports read, on a real (fake-indexeddb) database: the coordinator gets everything with
// the erased file's events, a counselor only their caseload; events come cut down to what reports
// read, kind by kind in recorded order, whatever the page size; the runner (on this thread, as Node
// has no Web Worker) loads once and computes; exports are audited.
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleWorker } from '../../test/fixtures/workers';
import { coordinatorFixture, testSession } from '../db/testing';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { Session } from '../db/session';
import type { WorkerRow } from '../db/rows';
import { newEvent, sealEvent } from '../db/recordRows';
import { computeMonitoringReport } from '../../shared/reports/report';
import { todayIso } from '../../shared/time/dates';
import { loadReportInput } from './reportSource';
import { createReportRunner } from './reportRunner';
import { createReportAudit } from './reportAudit';

const ANNA = '018f0000-0000-7000-8000-00000000000a';
const BRUNO = '018f0000-0000-7000-8000-00000000000b';
const ERASED = '018f0000-0000-7000-8000-0000000000ee';
const EMPLOYER = '018f0000-0000-7000-8000-0000000000e1';
const MARCH = { start: '2019-03-01', end: '2019-03-31' };

const placementsIn = (report: ReturnType<typeof computeMonitoringReport>) => report.tables.find((t) => t.id === 'placementOutcome')?.rows.find((r) => r.key === 'placements')?.cells[0]?.value;

describe('report source', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let coordinator: Session;
  let annaWorker: string;

  beforeEach(async () => {
    const fixture = await coordinatorFixture();
    ({ db, codec, session: coordinator } = fixture);
    const { workers } = fixture;
    annaWorker = (await workers.create(sampleWorker({ counselorId: ANNA }))).id;
    await workers.create(sampleWorker({ counselorId: BRUNO, surname: 'Rossi', name: 'Anna', sex: 'F', birthDate: '1975-09-30' }));
    const placed = (subject: string) => newEvent(coordinator, subject, { kind: 'worker.placed', employerId: EMPLOYER, contractType: 'permanent', startDate: '2019-03-10', incentive: 'none' }, '2019-03-10');
    const interview = (subject: string, day: string) =>
      newEvent(coordinator, subject, { kind: 'worker.interviewHeld', interviewType: 'follow_up', durationMinutes: 45, place: 'Sede', participants: '', notes: 'Parla di sua figlia', outcomes: '', nextSteps: '', skillsFound: [] }, day);
    // An erased file: a tombstone without sealed data, whose placement stays in the log.
    const erased: WorkerRow = { id: ERASED, data: {}, sealed: null, clock: {}, deletedAt: 'x', createdAt: '', updatedAt: '', updatedBy: '', deviceId: '', status: 'placed', primaryTrack: 'relocation', counselorId: ANNA, cigsEnd: '' };
    await db.workers.add(erased);
    const events = [placed(annaWorker), interview(annaWorker, '2019-03-02'), interview(annaWorker, '2019-03-04'), placed(ERASED)];
    await db.events.bulkAdd(await Promise.all(events.map((event) => sealEvent(codec, event))));
  });

  it('gives the coordinator every worker, the erased file’s events, names to show', async () => {
    const { input, facts } = await loadReportInput(db, codec, coordinator);
    expect(input.workers).toHaveLength(2);
    expect(input.erasedWorkerIds).toEqual([ERASED]);
    expect(facts.workerNames.get(annaWorker)).toBe('Bianchi Marco');
    expect(facts.counselorOf.get(annaWorker)).toBe(ANNA);
    expect(facts.programmeName).toBe('PCO test');
    expect(placementsIn(computeMonitoringReport(input, MARCH))).toBe(2);
    expect(facts.latestActivity).toBe(todayIso()); // the files' creation, recorded today
  });

  it('keeps of each event only what reports read, in recorded order, whatever the page size', async () => {
    const whole = await loadReportInput(db, codec, coordinator);
    const paged = await loadReportInput(db, codec, coordinator, () => {}, { pageSize: 1, chunkEvents: 1 });
    expect([...paged.input.events]).toEqual([...whole.input.events]);
    expect(whole.input.workers.map((w) => w.id)).toEqual(paged.input.workers.map((w) => w.id));
    expect([...whole.input.events].map((e) => [e.payload.kind, e.occurredOn])).toEqual([
      ['worker.statusChanged', todayIso()],
      ['worker.statusChanged', todayIso()],
      ['worker.placed', '2019-03-10'],
      ['worker.interviewHeld', '2019-03-02'],
      ['worker.interviewHeld', '2019-03-04'],
      ['worker.placed', '2019-03-10'],
    ]);
    const interview = [...whole.input.events].find((e) => e.payload.kind === 'worker.interviewHeld');
    expect(interview?.payload).toEqual({ kind: 'worker.interviewHeld', interviewType: 'follow_up', durationMinutes: 45 });
    expect(JSON.stringify(whole.input)).not.toContain('figlia');
    expect(interview).not.toHaveProperty('recordedBy');
  });

  it('gives a counselor only their caseload', async () => {
    const bruno = await testSession(db, { counselorId: BRUNO, role: 'counselor' });
    const { input } = await loadReportInput(db, codec, bruno);
    expect(input.workers.map((w) => w.data.surname)).toEqual(['Rossi']);
    expect(input.erasedWorkerIds).toEqual([]);
    expect([...input.events].map((e) => [e.payload.kind, e.subjectId])).toEqual([['worker.statusChanged', input.workers[0]?.id]]);
  });

  it('runner: reads once with progress to the end, then computes the report and the dashboard on what it read', async () => {
    const runner = createReportRunner({ db, codec, scope: coordinator });
    const reading: number[] = [];
    const facts = await runner.load((done) => reading.push(done));
    expect(facts.workerNames.size).toBe(2);
    expect(reading.at(-1)).toBe(1);
    const report = await runner.run({ kind: 'report', period: MARCH, threshold: 3 }, () => {});
    expect(report.kind === 'report' && placementsIn(report.value.internal)).toBe(2);
    const dashboard = await runner.run({ kind: 'dashboard', asOf: '2019-03-31' }, () => {});
    expect(dashboard.kind === 'dashboard' && dashboard.value.enrolled).toBe(2);
    runner.dispose();
  });

  it('runner: a job before any load is refused with a reason', async () => {
    await expect(createReportRunner({ db, codec, scope: coordinator }).run({ kind: 'dashboard', asOf: '2019-03-31' }, () => {})).rejects.toThrow('not loaded');
  });

  it('audits an export with its format, view and period', async () => {
    await createReportAudit(db, coordinator).recordExport('xlsx external 2019-03-01..2019-03-31');
    const entries = await db.audit.where('action').equals('export').toArray();
    expect(entries.map((e) => [e.subjectKind, e.detail])).toEqual([['report', 'xlsx external 2019-03-01..2019-03-31']]);
  });
});
