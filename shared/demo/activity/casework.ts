// Demo case work for 2019: an intake interview near each enrolment, a skills assessment for most,
// follow-ups every one or two months while the worker is still looking for work, and an action
// plan for most, some of whose activities are overdue on 2019-12-31. Pure and seeded.
import type { z } from 'zod';
import type { ActionPlan } from '../../domain/casework';
import type { interviewHeldSchema } from '../../domain/events';
import type { Track } from '../../domain/vocabulary';
import { PLANT_ROLES, COMMON_SKILLS } from '../data/plantRoles';
import { addDays, dayNumber, earlierOf, randomDateBetween, REFERENCE_DATE } from '../isoDates';
import { Random } from '../random';
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

/**
 * The date moved off a weekend, to the Monday after or else the Friday before, staying within
 * [earliest, latest]; when neither fits, the date as drawn. Counselors do not hold Sunday interviews.
 */
function onWorkday(date: string, earliest: string, latest: string): string {
  const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  if (weekday < 5) return date;
  const monday = addDays(date, 7 - weekday);
  const friday = addDays(date, 4 - weekday);
  if (monday <= latest) return monday;
  return friday >= earliest ? friday : date;
}

/** Last day the worker is followed: the day they left active search, or the reference date. */
function followedUntil(item: DemoWorker): string {
  const left = item.statusHistory.find((change) => change.from !== null && !FOLLOWED_STATUSES.has(change.to));
  return left ? earlierOf(left.occurredOn, REFERENCE_DATE) : REFERENCE_DATE;
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

function interviewsOf(random: Random, item: DemoWorker): DemoInterview[] {
  const until = followedUntil(item);
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
  const nextAfter = (day: string) => onWorkday(addDays(day, random.int(30, 58)), addDays(day, 30), earlierOf(addDays(day, 60), until));
  for (let next = nextAfter(last); next <= until; next = nextAfter(next)) {
    const previous = held[held.length - 1];
    if (previous) previous.payload.nextSteps = `${previous.payload.nextSteps}. Prossimo incontro il ${italianDate(next)}`;
    const type = item.worker.primaryTrack === 'relocation' && random.chance(0.2) ? 'job_interview_preparation' : random.chance(0.15) ? 'guidance' : 'follow_up';
    held.push(interview(random, item, next, { interviewType: type, durationMinutes: random.pick([30, 45, 45, 60]), notes: random.pick(texts.FOLLOW_UP_NOTES) }));
  }
  return held;
}

/** State of an activity as it stood on the reference date. */
function activityState(random: Random, dueDate: string): ActionPlan['activities'][number]['state'] {
  if (dueDate >= REFERENCE_DATE) return random.chance(0.3) ? 'in_progress' : 'planned';
  return random.weighted([
    ['done', 80],
    ['in_progress', 6],
    ['planned', 7],
    ['cancelled', 7],
  ]);
}

function planOf(random: Random, item: DemoWorker, counselorName: string, interviews: readonly DemoInterview[]): DemoActionPlan {
  const after = interviews.find((held) => held.payload.interviewType === 'skills_assessment') ?? interviews[0];
  const createdOn = after?.occurredOn ?? item.worker.enrolmentDate;
  const tracks: Track[] = [item.worker.primaryTrack, ...item.worker.secondaryTracks];
  const goalTexts = [...new Set(tracks.flatMap((track) => texts.GOALS_BY_TRACK[track]))];
  const goals = random.sample(goalTexts, random.int(1, Math.min(3, goalTexts.length))).map((text) => ({ id: uuidV7OnDate(createdOn, random), text }));
  const titles = [...new Set(tracks.flatMap((track) => texts.ACTIVITIES_BY_TRACK[track]))];
  const worker = item.worker.sex === 'F' ? 'Lavoratrice' : 'Lavoratore';
  const activities = random.sample(titles, random.int(2, Math.min(5, titles.length))).map((title) => {
    const dueDate = onWorkday(addDays(createdOn, random.int(14, 150)), createdOn, '9999-12-31');
    const goal = random.chance(0.8) ? random.pick(goals) : undefined;
    return {
      id: uuidV7OnDate(createdOn, random),
      title,
      owner: random.weighted([
        [worker, 6],
        [counselorName, 3],
        [random.pick(texts.OTHER_OWNERS), 1],
      ]),
      dueDate,
      state: activityState(random, dueDate),
      ...(goal ? { goalId: goal.id } : {}),
    };
  });
  const signedOn = random.chance(0.9) ? createdOn : undefined;
  return { workerId: item.id, counselorId: item.worker.counselorId, createdOn, plan: { workerId: item.id, goals, activities, signedOn } };
}

export function generateCasework(demo: DemoProgramme, seed: number): CaseworkDemo {
  const root = new Random(seed, 'casework');
  const names = new Map(demo.counselors.map((counselor) => [counselor.id, counselor.displayName]));
  const interviews: DemoInterview[] = [];
  const actionPlans: DemoActionPlan[] = [];
  for (const item of demo.workers) {
    // One stream per worker: drawing more or less for one worker does not shift the others' draws.
    const random = root.fork(item.id);
    const held = interviewsOf(random, item);
    interviews.push(...held);
    if (random.chance(0.8) && dayNumber(item.worker.enrolmentDate) <= dayNumber(REFERENCE_DATE)) actionPlans.push(planOf(random, item, names.get(item.worker.counselorId) ?? 'Orientatore', held));
  }
  return { interviews, actionPlans };
}
