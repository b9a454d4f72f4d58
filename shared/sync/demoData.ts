// The demo programme (workers and a year of activity) as sync data: what each counselor's laptop
// would have written, with HLCs on the day things happened. For benchmarks and large tests.
import { uuidv7 } from 'uuidv7';
import type { DemoProgramme } from '../demo/types';
import { generateEmployers } from '../demo/activity/employers';
import { generateCandidacies } from '../demo/activity/candidacies';
import { generateCasework } from '../demo/activity/casework';
import { generateRetraining } from '../demo/activity/retraining';
import { generateCv, type DemoCv } from '../demo/activity/cv';
import type { CvContent } from '../cv/content';
import type { EventPayload } from '../domain/events';
import type { AuditEntry } from '../domain/audit';
import { createClock, type HybridClock } from './hlc';
import { createRecord } from './record';
import type { AnyRecord, SyncData, SyncEvent, SyncTable } from './types';

/** Device id of the laptop of each counselor: `dev-<counselorId>` with unsafe characters replaced. */
export function demoDeviceOf(counselorId: string): string {
  return `dev-${counselorId.replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/** A valid, empty-bodied CV version: the real content is drawn from the worker file by the app. */
function demoCvContent(cv: DemoCv): CvContent {
  return { version: 1, variant: cv.variant, language: cv.language, reference: cv.reference, preparedOn: cv.createdOn, heading: cv.reference, summary: '', sections: [] };
}

export function demoSyncData(demo: DemoProgramme): SyncData {
  const seed = demo.seed;
  let wall = 0;
  const clocks = new Map<string, HybridClock>();
  const tick = (counselorId: string, day: string): string => {
    wall = Date.parse(`${day.slice(0, 10)}T09:00:00.000Z`);
    const node = demoDeviceOf(counselorId);
    let clock = clocks.get(node);
    if (!clock) clocks.set(node, (clock = createClock({ node, now: () => wall })));
    return clock.tick();
  };
  const records: Partial<Record<SyncTable, AnyRecord[]>> = {};
  const add = (table: SyncTable, id: string, data: object, counselorId: string, day: string) => {
    const author = { counselorId, deviceId: demoDeviceOf(counselorId), nowIso: `${day.slice(0, 10)}T09:00:00.000Z` };
    (records[table] ??= []).push(createRecord(id, data as Record<string, unknown>, tick(counselorId, day), author));
  };
  const events: SyncEvent[] = [];
  const event = (subjectId: string, payload: EventPayload, counselorId: string, day: string, id: string = uuidv7()) => {
    events.push({ id, subjectId, occurredOn: day.slice(0, 10), hlc: tick(counselorId, day), recordedBy: counselorId, deviceId: demoDeviceOf(counselorId), payload, kind: payload.kind });
  };
  const audit: AuditEntry[] = [];
  const coordinator = demo.counselors[0]?.id ?? 'coordinator';

  add('programme', 'programme', demo.programme, coordinator, '2019-01-02');
  for (const { id, ...counselor } of demo.counselors) add('counselors', id, counselor, coordinator, '2019-01-02');
  for (const { id, employer } of demo.employers) add('employers', id, employer, coordinator, '2019-01-03');
  for (const item of demo.workers) {
    const counselorId = item.worker.counselorId;
    add('workers', item.id, item.worker, counselorId, item.createdOn);
    for (const move of item.statusHistory) {
      event(item.id, { kind: 'worker.statusChanged', from: move.from, to: move.to, ...(move.exitReason ? { exitReason: move.exitReason } : {}), note: '' }, counselorId, move.occurredOn);
    }
    event(item.id, { kind: 'worker.consentRecorded', given: item.consent.given }, counselorId, item.consent.occurredOn);
    audit.push({ id: uuidv7(), at: `${item.createdOn}T09:00:00.000Z`, hlc: tick(counselorId, item.createdOn), actorId: counselorId, deviceId: demoDeviceOf(counselorId), action: 'create', subjectKind: 'worker', subjectId: item.id, detail: '' });
  }

  const employers = generateEmployers(demo, seed);
  for (const offer of employers.offers) add('offers', offer.id, offer.offer, offer.counselorId, offer.offer.receivedOn);
  for (const c of employers.contacts) event(c.employerId, c.payload, c.counselorId, c.occurredOn, c.id);
  const candidacies = generateCandidacies(demo, seed, employers);
  for (const c of candidacies.candidacies) {
    add('candidacies', c.id, c.candidacy, c.counselorId, c.moves[0]?.occurredOn ?? '2019-06-01');
    for (const move of c.moves) event(c.id, { kind: 'candidacy.stageChanged', from: move.from, to: move.to, reason: move.reason }, c.counselorId, move.occurredOn, move.id);
  }
  for (const p of candidacies.placements) event(p.workerId, p.payload, p.counselorId, p.occurredOn, p.id);
  for (const m of candidacies.meetings) add('meetings', m.id, m.meeting, m.counselorId, m.meeting.date);
  const casework = generateCasework(demo, seed);
  for (const i of casework.interviews) event(i.workerId, i.payload, i.counselorId, i.occurredOn, i.id);
  casework.actionPlans.forEach((p, index) => add('actionPlans', `${p.workerId.slice(0, 24)}${index.toString(16).padStart(12, '0')}`, p.plan, p.counselorId, p.createdOn));
  const retraining = generateRetraining(demo, seed);
  for (const c of retraining.courses) add('courses', c.id, c.course, coordinator, c.createdOn);
  for (const e of retraining.enrolments) {
    add('enrolments', e.id, e.enrolment, e.counselorId, e.attendance[0]?.date ?? '2019-06-01');
    for (const a of e.attendance) event(e.id, { kind: 'course.attendance', hours: a.hours }, e.counselorId, a.date);
    if (e.ending) event(e.id, { kind: 'course.ended', outcome: e.ending.outcome, certificate: e.ending.certificate, note: e.ending.note }, e.counselorId, e.ending.date);
  }
  for (const v of retraining.ventures) add('ventures', v.id, v.venture, v.counselorId, v.createdOn);
  for (const cv of generateCv(demo, seed)) {
    add('cvs', cv.id, { workerId: cv.workerId, variant: cv.variant, language: cv.language, content: demoCvContent(cv), reference: cv.reference }, cv.counselorId, cv.createdOn);
  }
  return { records, events, audit, statistics: [] };
}
