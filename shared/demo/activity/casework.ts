// Demo case work: an intake interview near each enrolment, a skills assessment for most,
// follow-ups every one or two months while the worker is still looking for work (the last one
// naming the next, after the anchor day), and an action plan for most, revised at the last
// interview, some of whose activities are overdue on the anchor day and some due soon. Pure and seeded.
import type { z } from 'zod';
import type { ActionPlan } from '../../domain/casework';
import type { interviewHeldSchema } from '../../domain/events';
import type { Track } from '../../domain/vocabulary';
import { PLANT_ROLES, COMMON_SKILLS } from '../data/plantRoles';
import { calendarOf } from '../calendar';
import { addDays, dayNumber, earlierOf, onWorkday, randomDateBetween } from '../isoDates';
import { Random, type Weighted } from '../random';
import type { DemoProgramme, DemoWorker } from '../types';
import { uuidV7OnDate } from '../uuid';
import * as texts from './caseworkTexts';

export type DemoInterviewPayload = z.output<typeof interviewHeldSchema>;

export interface DemoInterview {
  id: string;
  workerId: string;
  /** The counselor who held it: the worker's. */
  counselorId: string;
  occurredOn: string;
  payload: DemoInterviewPayload;
}

export interface DemoActionPlan {
  workerId: string;
  counselorId: string;
  /** Day the plan was first written. */
  createdOn: string;
  plan: ActionPlan;
}

export interface CaseworkDemo {
  interviews: DemoInterview[];
  actionPlans: DemoActionPlan[];
}

/** Statuses during which a counselor keeps meeting the worker. */
const FOLLOWED_STATUSES = new Set(['active', 'in_training']);

const italianDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Last day the worker is followed: the day they left active search, or the anchor day. */
function followedUntil(item: DemoWorker, anchor: string): string {
  const left = item.statusHistory.find((change) => change.from !== null && !FOLLOWED_STATUSES.has(change.to));
  return left ? earlierOf(left.occurredOn, anchor) : anchor;
}

function interview(random: Random, item: DemoWorker, occurredOn: string, fields: Partial<DemoInterviewPayload> & Pick<DemoInterviewPayload, 'interviewType'>): DemoInterview {
  return {
    id: uuidV7OnDate(occurredOn, random),
    workerId: item.id,
    counselorId: item.worker.counselorId,
    occurredOn,
    payload: {
      kind: 'worker.interviewHeld',
      durationMinutes: 45,
      place: random.pick(texts.INTERVIEW_PLACES),
      participants: item.worker.sex === 'F' ? 'Orientatore e lavoratrice' : 'Orientatore e lavoratore',
      notes: '',
      outcomes: random.pick(texts.OUTCOMES),
      nextSteps: random.pick(texts.NEXT_STEPS),
      skillsFound: [],
      ...fields,
    },
  };
}

/** Skills an assessment finds that the profile does not hold yet: the role's own, then transversal ones. */
function skillsFound(random: Random, item: DemoWorker): string[] {
  const role = PLANT_ROLES.find((candidate) => candidate.title === item.worker.formerRole || candidate.femaleTitle === item.worker.formerRole);
  const pool = [...(role?.optionalSkills.map(([skill]) => skill) ?? []), ...COMMON_SKILLS.map(([skill]) => skill), ...texts.TRANSVERSAL_SKILLS];
  const known = new Set(item.worker.skills.map((skill) => skill.toLowerCase()));
  const fresh = [...new Set(pool)].filter((skill) => !known.has(skill.toLowerCase()));
  return random.sample(fresh, random.int(1, 3));
}

function interviewsOf(random: Random, item: DemoWorker, anchor: string): DemoInterview[] {
  const until = followedUntil(item, anchor);
  const enrolled = item.worker.enrolmentDate;
  const intakeLatest = earlierOf(addDays(enrolled, 10), until);
  const intakeOn = onWorkday(earlierOf(randomDateBetween(random, enrolled, addDays(enrolled, 10)), until), enrolled, intakeLatest);
  const held: DemoInterview[] = [interview(random, item, intakeOn, { interviewType: 'intake', durationMinutes: random.pick([45, 60, 60, 75]), notes: random.pick(texts.INTAKE_NOTES) })];
  let last = intakeOn;
  if (random.chance(0.85)) {
    const assessedOn = onWorkday(randomDateBetween(random, addDays(intakeOn, 10), addDays(intakeOn, 40)), addDays(intakeOn, 10), addDays(intakeOn, 40));
    if (assessedOn <= until) {
      held.push(
        interview(random, item, assessedOn, {
          interviewType: 'skills_assessment',
          durationMinutes: random.pick([90, 120, 120, 150]),
          notes: random.pick(texts.ASSESSMENT_NOTES),
          skillsFound: skillsFound(random, item),
        }),
      );
      last = assessedOn;
    }
  }
  // Follow-ups every 30 to 60 days; each one's next steps name the day of the next meeting.
  // A weekend day moves to the Monday after, or when that is too late (the worker left) to the Friday before.
  const nextAfter = (day: string) => onWorkday(addDays(day, random.int(30, 58)), addDays(day, 28), earlierOf(addDays(day, 60), until));
  const nameNext = (day: string) => {
    const previous = held[held.length - 1];
    if (previous) previous.payload.nextSteps = `${previous.payload.nextSteps}. Prossimo incontro il ${italianDate(day)}`;
  };
  let next = nextAfter(last);
  for (; next <= until; next = nextAfter(next)) {
    nameNext(next);
    const type = item.worker.primaryTrack === 'relocation' && random.chance(0.2) ? 'job_interview_preparation' : random.chance(0.15) ? 'guidance' : 'follow_up';
    held.push(interview(random, item, next, { interviewType: type, durationMinutes: random.pick([30, 45, 45, 60]), notes: random.pick(texts.FOLLOW_UP_NOTES) }));
  }
  // Still followed on the anchor day: the next meeting is booked, on a working day ahead.
  if (until === anchor) nameNext(onWorkday(next, next, addDays(next, 3)));
  return held;
}

type Activity = ActionPlan['activities'][number];

/** States of activities whose due date has passed: long past ones were mostly done, those of the last weeks more often are still open. */
const PAST_DUE_STATES: Readonly<Record<'earlier' | 'recent', Weighted<Activity['state']>>> = {
  earlier: [['done', 80], ['in_progress', 6], ['planned', 7], ['cancelled', 7]],
  recent: [['done', 50], ['in_progress', 18], ['planned', 25], ['cancelled', 7]],
};

/** State of an activity as it stands on the anchor day. */
function activityState(random: Random, dueDate: string, anchor: string, pastDue: keyof typeof PAST_DUE_STATES): Activity['state'] {
  if (dueDate >= anchor) return random.chance(0.3) ? 'in_progress' : 'planned';
  return random.weighted(PAST_DUE_STATES[pastDue]);
}

interface ActivityContext {
  item: DemoWorker;
  counselorName: string;
  goals: readonly ActionPlan['goals'][number][];
  anchor: string;
}

/** One activity agreed on `agreedOn`, due `dueInDays` later (moved to a working day). */
function activityOf(random: Random, context: ActivityContext, title: string, agreedOn: string, dueInDays: number, pastDue: keyof typeof PAST_DUE_STATES): Activity {
  const dueDate = onWorkday(addDays(agreedOn, dueInDays), agreedOn, '9999-12-31');
  const goal = random.chance(0.8) ? random.pick(context.goals) : undefined;
  return {
    id: uuidV7OnDate(agreedOn, random),
    title,
    owner: random.weighted([
      [context.item.worker.sex === 'F' ? 'Lavoratrice' : 'Lavoratore', 6],
      [context.counselorName, 3],
      [random.pick(texts.OTHER_OWNERS), 1],
    ]),
    dueDate,
    state: activityState(random, dueDate, context.anchor, pastDue),
    ...(goal ? { goalId: goal.id } : {}),
  };
}

function activityTitles(item: DemoWorker): string[] {
  const tracks: Track[] = [item.worker.primaryTrack, ...item.worker.secondaryTracks];
  return [...new Set(tracks.flatMap((track) => texts.ACTIVITIES_BY_TRACK[track]))];
}

function planOf(random: Random, item: DemoWorker, counselorName: string, interviews: readonly DemoInterview[], anchor: string): DemoActionPlan {
  const after = interviews.find((held) => held.payload.interviewType === 'skills_assessment') ?? interviews[0];
  const createdOn = after?.occurredOn ?? item.worker.enrolmentDate;
  const tracks: Track[] = [item.worker.primaryTrack, ...item.worker.secondaryTracks];
  const goalTexts = [...new Set(tracks.flatMap((track) => texts.GOALS_BY_TRACK[track]))];
  const goals = random.sample(goalTexts, random.int(1, Math.min(3, goalTexts.length))).map((text) => ({ id: uuidV7OnDate(createdOn, random), text }));
  const context: ActivityContext = { item, counselorName, goals, anchor };
  const titles = activityTitles(item);
  const activities = random.sample(titles, random.int(2, Math.min(5, titles.length))).map((title) => activityOf(random, context, title, createdOn, random.int(14, 150), 'earlier'));
  const signedOn = random.chance(0.9) ? createdOn : undefined;
  return { workerId: item.id, counselorId: item.worker.counselorId, createdOn, plan: { workerId: item.id, goals, activities, signedOn } };
}

/**
 * A worker still followed on the anchor day agreed one or two new activities at their last
 * interview, due in the weeks after it: some are due soon, some have just passed, a few of those
 * still open (overdue).
 */
function reviseAtLastInterview(random: Random, item: DemoWorker, plan: DemoActionPlan, interviews: readonly DemoInterview[], counselorName: string, anchor: string): void {
  const last = interviews.at(-1);
  if (!last || last.occurredOn <= plan.createdOn || followedUntil(item, anchor) !== anchor) return;
  const taken = new Set(plan.plan.activities.map((activity) => activity.title));
  const titles = activityTitles(item).filter((title) => !taken.has(title));
  const context: ActivityContext = { item, counselorName, goals: plan.plan.goals, anchor };
  for (const title of random.sample(titles, random.int(1, 2))) plan.plan.activities.push(activityOf(random, context, title, last.occurredOn, random.int(7, 40), 'recent'));
}

export function generateCasework(demo: DemoProgramme, seed: number): CaseworkDemo {
  const root = new Random(seed, 'casework');
  const { anchor } = calendarOf(demo);
  const names = new Map(demo.counselors.map((counselor) => [counselor.id, counselor.displayName]));
  const interviews: DemoInterview[] = [];
  const actionPlans: DemoActionPlan[] = [];
  for (const item of demo.workers) {
    // One stream per worker: drawing more or less for one worker does not shift the others' draws.
    const random = root.fork(item.id);
    const held = interviewsOf(random, item, anchor);
    interviews.push(...held);
    if (!random.chance(0.8) || dayNumber(item.worker.enrolmentDate) > dayNumber(anchor)) continue;
    const counselorName = names.get(item.worker.counselorId) ?? 'Orientatore';
    const plan = planOf(random, item, counselorName, held, anchor);
    reviseAtLastInterview(random, item, plan, held, counselorName, anchor);
    actionPlans.push(plan);
  }
  return { interviews, actionPlans };
}
