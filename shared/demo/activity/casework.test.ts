import { beforeAll, describe, expect, it } from 'vitest';
import { actionPlanSchema } from '../../domain/casework';
import { interviewHeldSchema } from '../../domain/events';
import { isOverdue } from '../../agenda/dueDates';
import { calendarOf } from '../calendar';
import { generateDemoProgramme, type DemoProgramme } from '../generator';
import { addDays, dayNumber } from '../isoDates';
import { DEMO_CASES } from '../testing';
import { generateCasework, type CaseworkDemo } from './casework';

const share = (part: number, whole: number) => part / whole;
/** The days named as the next meeting in an interview's next steps. */
const namedDays = (nextSteps: string) => [...nextSteps.matchAll(/Prossimo incontro il (\d{2})\/(\d{2})\/(\d{4})/g)].map(([, day, month, year]) => `${year}-${month}-${day}`);

describe.each(DEMO_CASES)('demo case work, 300 workers, $name', ({ options }) => {
  let demo: DemoProgramme;
  let casework: CaseworkDemo;
  let anchor: string;

  beforeAll(() => {
    demo = generateDemoProgramme(options);
    casework = generateCasework(demo, demo.seed);
    anchor = demo.anchor;
  });

  it('is the same for the same seed, and different for another', () => {
    expect(generateCasework(demo, demo.seed)).toEqual(casework);
    expect(generateCasework(demo, demo.seed + 1).interviews[0]?.id).not.toBe(casework.interviews[0]?.id);
  });

  it('writes valid payloads and plans, with unique ids, dated by the anchor day at the latest', () => {
    const ids = casework.interviews.map((interview) => interview.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const interview of casework.interviews) {
      expect(interviewHeldSchema.parse(interview.payload)).toEqual(interview.payload);
      expect(interview.occurredOn <= anchor).toBe(true);
    }
    for (const plan of casework.actionPlans) expect(actionPlanSchema.parse(plan.plan)).toEqual(plan.plan);
  });

  it('holds interviews and sets due dates on working days', () => {
    const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
    for (const interview of casework.interviews) expect([0, 6], interview.occurredOn).not.toContain(weekday(interview.occurredOn));
    for (const { plan } of casework.actionPlans) for (const activity of plan.activities) expect([0, 6]).not.toContain(weekday(activity.dueDate));
  });

  it('holds an intake interview within ten days of every enrolment, by the worker’s counselor', () => {
    for (const item of demo.workers) {
      const intakes = casework.interviews.filter((interview) => interview.workerId === item.id && interview.payload.interviewType === 'intake');
      expect(intakes).toHaveLength(1);
      const intake = intakes[0]!;
      expect(intake.occurredOn >= item.worker.enrolmentDate).toBe(true);
      expect(intake.occurredOn <= addDays(item.worker.enrolmentDate, 10)).toBe(true);
      expect(intake.counselorId).toBe(item.worker.counselorId);
    }
  });

  it('assesses the skills of most workers, finding skills not yet in their profile', () => {
    const assessments = casework.interviews.filter((interview) => interview.payload.interviewType === 'skills_assessment');
    expect(share(assessments.length, demo.workers.length)).toBeGreaterThan(0.7);
    for (const assessment of assessments) {
      const worker = demo.workers.find((item) => item.id === assessment.workerId)!;
      expect(assessment.payload.skillsFound.length).toBeGreaterThan(0);
      for (const skill of assessment.payload.skillsFound) expect(worker.worker.skills.map((s) => s.toLowerCase())).not.toContain(skill.toLowerCase());
    }
  });

  it('follows the workers still in the programme every one to two months, naming the next meeting', () => {
    const active = demo.workers.filter((item) => item.worker.status === 'active' && item.worker.enrolmentDate < calendarOf(demo).afterClosure('2019-06-01'));
    expect(active.length).toBeGreaterThan(50);
    for (const item of active) {
      const dates = casework.interviews.filter((interview) => interview.workerId === item.id).map((interview) => interview.occurredOn).sort();
      expect(dates.length).toBeGreaterThanOrEqual(4);
      for (let i = 1; i < dates.length; i += 1) expect(dayNumber(dates[i]!) - dayNumber(dates[i - 1]!)).toBeLessThanOrEqual(60);
      expect(dayNumber(anchor) - dayNumber(dates.at(-1)!)).toBeLessThanOrEqual(60);
    }
    const named = casework.interviews.filter((interview) => namedDays(interview.payload.nextSteps).length > 0);
    expect(named.length).toBeGreaterThan(active.length);
  });

  it('books the next meeting of every worker still followed, on a working day after the anchor, several of them this week and next', () => {
    const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
    const followed = demo.workers.filter((item) => item.statusHistory.every((change) => change.to === 'active' || change.to === 'in_training'));
    const ahead = casework.interviews.flatMap((interview) => namedDays(interview.payload.nextSteps).filter((day) => day > anchor).map((day) => ({ day, workerId: interview.workerId })));
    expect(new Set(ahead.map((booked) => booked.workerId))).toEqual(new Set(followed.map((item) => item.id)));
    for (const { day } of ahead) expect([0, 6]).not.toContain(weekday(day));
    expect(ahead.filter(({ day }) => day <= addDays(anchor, 14)).length).toBeGreaterThan(10);
  });

  it('gives most workers an action plan with goals and activities, some overdue on the anchor day and some due soon', () => {
    expect(share(casework.actionPlans.length, demo.workers.length)).toBeGreaterThan(0.7);
    for (const { plan } of casework.actionPlans) {
      expect(plan.goals.length).toBeGreaterThan(0);
      expect(plan.activities.length).toBeGreaterThanOrEqual(2);
      for (const activity of plan.activities) if (activity.goalId) expect(plan.goals.map((goal) => goal.id)).toContain(activity.goalId);
    }
    const withOverdue = casework.actionPlans.filter(({ plan }) => plan.activities.some((activity) => isOverdue(activity, anchor)));
    expect(withOverdue.length).toBeGreaterThan(20);
    expect(withOverdue.length).toBeLessThan(casework.actionPlans.length / 2);
    const activities = casework.actionPlans.flatMap(({ plan }) => plan.activities);
    expect(activities.filter((activity) => isOverdue(activity, anchor) && activity.dueDate >= addDays(anchor, -14)).length).toBeGreaterThan(0);
    expect(activities.filter((activity) => activity.dueDate >= anchor && activity.dueDate <= addDays(anchor, 14)).length).toBeGreaterThan(10);
    for (const activity of activities) if (activity.dueDate > anchor) expect(['planned', 'in_progress']).toContain(activity.state);
  });
});
