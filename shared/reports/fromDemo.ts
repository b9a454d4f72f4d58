// A report input straight from the demo generators (the programme and its year of activity), with
// no database in between: what the benchmarks compute on, at 300 and at 30,000 workers.
import type { EventPayload } from '../domain/events';
import { cigsEndDate, effectiveCigsPeriods } from '../domain/programme';
import { generateCandidacies } from '../demo/activity/candidacies';
import { generateCasework } from '../demo/activity/casework';
import { generateEmployers } from '../demo/activity/employers';
import { generateRetraining } from '../demo/activity/retraining';
import type { DemoProgramme } from '../demo/types';
import { reportEventColumns } from './eventColumns';
import { createInterner, toReportEvent, type ReportEvent } from './reportEvent';
import { toReportWorker } from './reportWorker';
import type { ReportInput } from './types';

export function reportInputFromDemo(demo: DemoProgramme): ReportInput {
  const seed = demo.seed;
  const employersDemo = generateEmployers(demo, seed);
  const candidacies = generateCandidacies(demo, seed, employersDemo);
  const casework = generateCasework(demo, seed);
  const retraining = generateRetraining(demo, seed);
  let n = 0;
  const intern = createInterner();
  // Every payload built here is of a reported kind.
  const event = (subjectId: string, occurredOn: string, payload: EventPayload): ReportEvent[] => {
    n += 1;
    const compact = toReportEvent({ id: `demo-${n}`, subjectId, occurredOn, hlc: `${occurredOn}T12:00:00.000Z_${String(n).padStart(8, '0')}_demo`, payload }, intern);
    return compact ? [compact] : [];
  };
  const events: ReportEvent[] = [
    ...demo.workers.flatMap((w) => w.statusHistory.flatMap((move) => event(w.id, move.occurredOn, { kind: 'worker.statusChanged', from: move.from, to: move.to, exitReason: move.exitReason, note: '' }))),
    ...candidacies.placements.flatMap((p) => event(p.workerId, p.occurredOn, p.payload)),
    ...candidacies.candidacies.flatMap((c) => c.moves.flatMap((move) => event(c.id, move.occurredOn, { kind: 'candidacy.stageChanged', from: move.from, to: move.to, reason: move.reason }))),
    ...casework.interviews.flatMap((i) => event(i.workerId, i.occurredOn, i.payload)),
    ...retraining.enrolments.flatMap((e) => [
      ...e.attendance.flatMap((day) => event(e.id, day.date, { kind: 'course.attendance', hours: day.hours })),
      ...(e.ending ? event(e.id, e.ending.date, { kind: 'course.ended', outcome: e.ending.outcome, certificate: e.ending.certificate, note: e.ending.note }) : []),
    ]),
  ];
  return {
    programme: demo.programme,
    workers: demo.workers.map((w) => toReportWorker(w.id, w.worker, cigsEndDate(effectiveCigsPeriods(w.worker.cigsPeriods, demo.programme.cigsPeriods)) ?? '', intern)),
    erasedWorkerIds: [],
    // As the app holds them (renderer/reports/reportSource.ts).
    events: reportEventColumns(events),
    offers: employersDemo.offers.map((o) => ({ id: o.id, data: o.offer })),
    employers: demo.employers.map((e) => ({ id: e.id, data: e.employer })),
    candidacies: candidacies.candidacies.map((c) => ({ id: c.id, data: c.candidacy })),
    meetings: candidacies.meetings.map((m) => ({ id: m.id, data: m.meeting })),
    courses: retraining.courses.map((c) => ({ id: c.id, data: c.course })),
    enrolments: retraining.enrolments.map((e) => ({ id: e.id, data: e.enrolment })),
    ventures: retraining.ventures.map((v) => ({ id: v.id, data: v.venture })),
    statistics: [],
  };
}
