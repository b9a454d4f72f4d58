// Properties of the demo over seeds and anchor days: the same seed and anchor give the same
// programme; every date is a real day and in order (enrolment, interviews, hiring; exits after
// enrolment; CIGS ending after it starts); nothing that must be past lies after the anchor; and a
// programme of 300 workers has the real one's shape, alive on its anchor day.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cigsEndDate, effectiveCigsPeriods } from '../domain/programme';
import { LEAVING_STATUSES, TRACKS } from '../domain/vocabulary';
import { isOverdue } from '../agenda/dueDates';
import { cigsAlerts } from '../reports/cigs';
import { generateCandidacies } from './activity/candidacies';
import { generateCasework } from './activity/casework';
import { generateCv } from './activity/cv';
import { generateEmployers } from './activity/employers';
import { generateRetraining } from './activity/retraining';
import { generateDemoProgramme, type DemoProgramme } from './generator';
import { addDays, dayNumber, isoFromDayNumber } from './isoDates';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const isWeekend = (iso: string) => [0, 6].includes(new Date(`${iso}T12:00:00Z`).getUTCDay());
const dayOfUuid = (uuid: string) => isoFromDayNumber(Math.floor(Number.parseInt(uuid.replace(/-/g, '').slice(0, 12), 16) / 86_400_000));

const anchorArb = fc.integer({ min: dayNumber('2021-01-01'), max: dayNumber('2060-12-31') }).map(isoFromDayNumber);
const seedArb = fc.integer({ min: -1_000_000, max: 1_000_000 });

function generateAll(demo: DemoProgramme) {
  const employers = generateEmployers(demo, demo.seed);
  return {
    employers,
    candidacies: generateCandidacies(demo, demo.seed, employers),
    casework: generateCasework(demo, demo.seed),
    retraining: generateRetraining(demo, demo.seed),
    cvs: generateCv(demo, demo.seed),
  };
}

/** Every string in the value, wherever it is nested. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value instanceof Map) for (const item of value.values()) yield* strings(item);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) yield* strings(item);
}

/** What breaks the invariants, in words (empty when none does). */
function problemsOf(demo: DemoProgramme): string[] {
  const all = generateAll(demo);
  const { anchor } = demo;
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  for (const text of strings({ demo, all })) {
    if (ISO_DAY.test(text)) check(addDays(text, 0) === text, `${text} is not a day`);
    // Ids carry the day their record was created: none after the anchor.
    if (UUID_V7.test(text)) check(dayOfUuid(text) <= anchor, `id ${text} created after the anchor`);
  }
  const enrolledOn = new Map(demo.workers.map((item) => [item.id, item.worker.enrolmentDate]));
  for (const period of demo.programme.cigsPeriods) check(period.start <= period.end, 'programme CIGS ends before it starts');
  for (const item of demo.workers) {
    const { worker, statusHistory } = item;
    check(statusHistory[0]?.occurredOn === worker.enrolmentDate, `${item.id} history does not start at enrolment`);
    statusHistory.forEach((change, index) => {
      check(change.occurredOn <= anchor, `${item.id} status move after the anchor`);
      if (index > 0) check(change.occurredOn > (statusHistory[index - 1]?.occurredOn ?? ''), `${item.id} status moves out of order`);
      if (LEAVING_STATUSES.includes(change.to)) check(change.occurredOn > worker.enrolmentDate, `${item.id} left before enrolling`);
    });
    for (const period of worker.cigsPeriods) check(period.start <= period.end, `${item.id} CIGS ends before it starts`);
  }
  for (const file of demo.nonParticipants) {
    const { enrolmentDate, cigsPeriods } = file.worker;
    check(file.createdOn <= anchor && (!enrolmentDate || (enrolmentDate >= file.createdOn && enrolmentDate <= anchor)), `${file.id} joined out of range`);
    check(file.statusHistory.every((change) => change.occurredOn <= anchor), `${file.id} status move after the anchor`);
    for (const period of cigsPeriods) check(period.start <= period.end, `${file.id} CIGS ends before it starts`);
  }
  const hiredOn = new Map(all.candidacies.placements.map((placement) => [placement.workerId, placement.occurredOn]));
  for (const placement of all.candidacies.placements) check(placement.occurredOn >= (enrolledOn.get(placement.workerId) ?? '') && placement.occurredOn <= anchor, `hiring ${placement.id} out of range`);
  for (const interview of all.casework.interviews) {
    check(interview.occurredOn >= (enrolledOn.get(interview.workerId) ?? '') && interview.occurredOn <= anchor, `interview ${interview.id} out of range`);
    check(interview.occurredOn <= (hiredOn.get(interview.workerId) ?? anchor), `interview ${interview.id} after the hiring`);
    check(!isWeekend(interview.occurredOn), `interview ${interview.id} on a ${interview.occurredOn} weekend`);
  }
  const received = new Map(all.employers.offers.map((offer) => [offer.id, offer.offer.receivedOn]));
  for (const offer of all.employers.offers) check(offer.offer.receivedOn <= anchor, `offer ${offer.id} after the anchor`);
  for (const contact of all.employers.contacts) check(contact.occurredOn <= anchor, `contact ${contact.id} after the anchor`);
  for (const { id, candidacy, moves } of all.candidacies.candidacies) {
    check(candidacy.proposedOn >= (enrolledOn.get(candidacy.workerId) ?? '') && candidacy.proposedOn >= (received.get(candidacy.offerId) ?? ''), `candidacy ${id} proposed too early`);
    moves.forEach((move, index) => check(move.occurredOn <= anchor && move.occurredOn >= (moves[index - 1]?.occurredOn ?? ''), `candidacy ${id} moves out of order`));
  }
  for (const { id, meeting } of all.candidacies.meetings) check(!meeting.heldOn || meeting.heldOn <= anchor, `meeting ${id} held after the anchor`);
  for (const { plan, createdOn } of all.casework.actionPlans) {
    check(createdOn <= anchor, `plan of ${plan.workerId} written after the anchor`);
    for (const activity of plan.activities) if (activity.dueDate > anchor) check(activity.state === 'planned' || activity.state === 'in_progress', `activity ${activity.id} done before its time`);
  }
  for (const course of all.retraining.courses) check(course.createdOn <= anchor && course.course.startDate <= course.course.endDate, `course ${course.id} out of range`);
  for (const { id, enrolment, attendance, ending } of all.retraining.enrolments) {
    check(enrolment.enrolledOn >= (enrolledOn.get(enrolment.workerId) ?? '') && enrolment.enrolledOn <= anchor, `enrolment ${id} out of range`);
    check(attendance.every((day) => day.date <= anchor) && (!ending || ending.date <= anchor), `enrolment ${id} attended or ended after the anchor`);
  }
  for (const { id, createdOn, venture } of all.retraining.ventures) check(createdOn <= anchor && venture.milestones.every((m) => !m.doneOn || m.doneOn <= anchor), `venture ${id} after the anchor`);
  for (const cv of all.cvs) check(cv.createdOn > (enrolledOn.get(cv.workerId) ?? '') && cv.createdOn <= anchor, `CV ${cv.id} out of range`);
  return problems;
}

describe('the demo over seeds and anchor days', () => {
  it('gives the same programme for the same seed and anchor', () => {
    fc.assert(
      fc.property(seedArb, anchorArb, fc.integer({ min: 1, max: 40 }), (seed, anchor, workers) => {
        const demo = generateDemoProgramme({ seed, anchor, workers });
        expect(JSON.stringify(generateDemoProgramme({ seed, anchor, workers }))).toBe(JSON.stringify(demo));
        expect(JSON.stringify(generateAll(generateDemoProgramme({ seed, anchor, workers })))).toBe(JSON.stringify(generateAll(demo)));
      }),
      { numRuns: 15 },
    );
  });

  it('keeps every date real and in order, and nothing that must be past after the anchor', () => {
    fc.assert(
      fc.property(seedArb, anchorArb, fc.integer({ min: 5, max: 150 }), (seed, anchor, workers) => {
        expect(problemsOf(generateDemoProgramme({ seed, anchor, workers }))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('holds for the historical programme too', () => {
    for (const seed of [2019, 7, -3]) expect(problemsOf(generateDemoProgramme({ seed, variant: 'historical', workers: 300 }))).toEqual([]);
  });

  it('has the real programme’s shape at 300 workers, alive on its anchor day', () => {
    fc.assert(
      fc.property(seedArb, anchorArb, (seed, anchor) => {
        const demo = generateDemoProgramme({ seed, anchor, workers: 300 });
        const { candidacies, casework, employers, retraining } = generateAll(demo);
        const share = (count: number) => count / demo.workers.length;
        const placed = demo.workers.filter((item) => item.worker.status === 'placed').length;
        // About 300 on the HR list, about 84% of them joined and consenting (253 of 318 in 2019).
        expect(demo.workers.length + demo.nonParticipants.length).toBe(300);
        expect(demo.workers.length).toBeGreaterThan(230);
        expect(demo.workers.length).toBeLessThan(275);
        expect(share(placed)).toBeGreaterThan(0.25);
        expect(share(placed)).toBeLessThan(0.47);
        expect(new Set(demo.workers.map((item) => item.worker.primaryTrack))).toEqual(new Set(TRACKS));
        expect(employers.offers.length).toBeGreaterThan(170);
        expect(employers.offers.length).toBeLessThan(210);
        // Hirings spread over the last twelve months.
        const lastYear = addDays(anchor, -365);
        expect(new Set(candidacies.placements.filter((p) => p.occurredOn > lastYear).map((p) => p.occurredOn.slice(0, 7))).size).toBeGreaterThanOrEqual(6);
        // CIGS ends within 30, 60 and 90 days for some of the workers still looking for work.
        const withEnds = demo.workers.map((item) => ({ id: item.id, counselorId: item.worker.counselorId, status: item.worker.status, cigsEnd: cigsEndDate(effectiveCigsPeriods(item.worker.cigsPeriods, demo.programme.cigsPeriods)) ?? '' }));
        const bands = new Set(cigsAlerts(withEnds, anchor).map((alert) => alert.band));
        expect([...bands].sort()).toEqual(['d0_30', 'd31_60', 'd61_90']);
        // This week and next: interviews booked, meetings at employers; activities overdue and due soon; courses running.
        const fortnight = (day: string) => day > anchor && day <= addDays(anchor, 14);
        const booked = casework.interviews.flatMap((i) => [...i.payload.nextSteps.matchAll(/(\d{2})\/(\d{2})\/(\d{4})/g)].map(([, d, m, y]) => `${y}-${m}-${d}`));
        expect(booked.filter(fortnight).length).toBeGreaterThan(10);
        expect(candidacies.meetings.filter((m) => fortnight(m.meeting.date)).length).toBeGreaterThan(0);
        const activities = casework.actionPlans.flatMap((p) => p.plan.activities);
        expect(activities.filter((a) => isOverdue(a, anchor) && a.dueDate >= addDays(anchor, -14)).length).toBeGreaterThan(0);
        expect(activities.filter((a) => fortnight(a.dueDate)).length).toBeGreaterThan(10);
        expect(retraining.courses.filter((c) => c.course.startDate <= anchor && c.course.endDate > anchor).length).toBeGreaterThan(2);
      }),
      { numRuns: 8 },
    );
  }, 60_000);
});
