// Demo business ventures: a launched one for every self-employed worker (launched the day their
// status changed), and one in progress for many others on the self-employment track.
import type { Venture } from '../../domain/casework';
import { PLANT_ROLES, type RoleFamily } from '../data/plantRoles';
import type { DemoCalendar } from '../calendar';
import { addDays, dayNumber, earlierOf, isoFromDayNumber, laterOf } from '../isoDates';
import type { Random } from '../random';
import type { DemoProgramme, DemoWorker } from '../types';
import { uuidV7OnDate } from '../uuid';
import { VENTURE_FUNDING, VENTURE_IDEAS } from './retrainingData';
import type { DemoVenture } from './retraining';

type Milestone = Venture['milestones'][number];
type Funding = Venture['funding'][number];

/** A day in [from, to]; `from` when the window is empty. */
function dayIn(random: Random, from: string, to: string): string {
  return to <= from ? from : isoFromDayNumber(random.int(dayNumber(from), dayNumber(to)));
}

const roundTo = (amount: number, step: number) => Math.round(amount / step) * step;

function familyOf(item: DemoWorker): RoleFamily {
  return PLANT_ROLES.find((role) => role.title === item.worker.formerRole || role.femaleTitle === item.worker.formerRole)?.family ?? 'production';
}

function ideaFor(random: Random, item: DemoWorker) {
  const family = familyOf(item);
  return random.weighted(VENTURE_IDEAS.map((idea) => [idea, idea.fit[family] + 0.5] as const));
}

/** One or two applications to different funders; `decided` ones are granted or refused. */
function fundingFor(random: Random, decided: boolean, applied: boolean): Funding[] {
  const count = random.weighted([[1, 6], [2, 4]] as const);
  const sources = new Set<string>();
  const applications: Funding[] = [];
  while (applications.length < count) {
    const funder = random.weighted(VENTURE_FUNDING);
    if (sources.has(funder.source)) continue;
    sources.add(funder.source);
    const requested = roundTo(random.int(funder.min, funder.max), 500);
    const id = `f${applications.length + 1}`;
    if (!applied) applications.push({ id, source: funder.source, requested, state: 'planned' });
    else if (!decided) applications.push({ id, source: funder.source, requested, state: 'applied' });
    else if (random.chance(funder.grantRate)) applications.push({ id, source: funder.source, requested, granted: roundTo(requested * (0.7 + random.next() * 0.3), 500), state: 'granted' });
    else applications.push({ id, source: funder.source, requested, state: 'refused' });
  }
  return applications;
}

/** Due a little before or after the day it was done: plans slip. */
const done = (random: Random, kind: Milestone['kind'], on: string): Milestone => ({ kind, dueDate: addDays(on, random.int(-10, 20)), doneOn: on });

function launched(random: Random, item: DemoWorker, launchedOn: string): DemoVenture {
  const start = laterOf(addDays(item.worker.enrolmentDate, 10), addDays(launchedOn, -150));
  const plan = dayIn(random, start, laterOf(start, addDays(launchedOn, -40)));
  const application = dayIn(random, addDays(plan, 5), laterOf(addDays(plan, 5), addDays(launchedOn, -15)));
  const registration = earlierOf(dayIn(random, addDays(launchedOn, -10), addDays(launchedOn, -1)), launchedOn);
  const idea = ideaFor(random, item);
  const createdOn = laterOf(item.worker.enrolmentDate, addDays(plan, -random.int(15, 40)));
  const venture: Venture = {
    workerId: item.id,
    idea: idea.idea,
    ateco: { ...idea.ateco },
    milestones: [done(random, 'business_plan', plan), done(random, 'funding_application', earlierOf(application, launchedOn)), done(random, 'registration', laterOf(registration, application)), { kind: 'launch', dueDate: addDays(launchedOn, random.int(-5, 30)), doneOn: launchedOn }],
    funding: fundingFor(random, true, true),
  };
  return { id: uuidV7OnDate(createdOn, random), counselorId: item.worker.counselorId, createdOn, venture };
}

/** A venture still being prepared on the anchor day; its dates are those of 2019 counted back from the anchor (31 December 2019). */
function inProgress(random: Random, item: DemoWorker, calendar: DemoCalendar): DemoVenture {
  const near = calendar.nearAnchor;
  const createdOn = dayIn(random, addDays(item.worker.enrolmentDate, 20), near('2019-11-15'));
  const planDone = random.chance(0.6) ? dayIn(random, addDays(createdOn, 20), near('2019-12-16')) : undefined;
  const applied = planDone !== undefined && planDone < near('2019-12-01') && random.chance(0.6) ? dayIn(random, addDays(planDone, 10), near('2019-12-20')) : undefined;
  // What is still to do is due from the first working days after the anchor.
  const next = (from: string, min: number, max: number) => addDays(laterOf(from, near('2020-01-07')), random.int(min, max));
  const plan: Milestone = planDone && planDone <= calendar.anchor ? done(random, 'business_plan', planDone) : { kind: 'business_plan', dueDate: next(createdOn, 10, 40), doneOn: '' };
  const application: Milestone = applied && applied <= calendar.anchor ? done(random, 'funding_application', applied) : { kind: 'funding_application', dueDate: next(plan.dueDate ?? createdOn, 20, 50), doneOn: '' };
  const registrationDue = next(application.dueDate ?? createdOn, 30, 70);
  const idea = ideaFor(random, item);
  const venture: Venture = {
    workerId: item.id,
    idea: idea.idea,
    ...(random.chance(0.8) ? { ateco: { ...idea.ateco } } : {}),
    milestones: [plan, application, { kind: 'registration', dueDate: registrationDue, doneOn: '' }, { kind: 'launch', dueDate: addDays(registrationDue, random.int(10, 40)), doneOn: '' }],
    funding: fundingFor(random, false, application.doneOn !== ''),
  };
  return { id: uuidV7OnDate(createdOn, random), counselorId: item.worker.counselorId, createdOn, venture };
}

export function generateVentures(random: Random, demo: DemoProgramme, calendar: DemoCalendar): DemoVenture[] {
  const ventures: DemoVenture[] = [];
  for (const item of demo.workers) {
    const own = random.fork(item.id);
    const launch = item.statusHistory.filter((move) => move.to === 'self_employed').at(-1);
    if (item.worker.status === 'self_employed' && launch) {
      ventures.push(launched(own, item, launch.occurredOn));
      continue;
    }
    const onTrack = item.worker.primaryTrack === 'self_employment' || item.worker.secondaryTracks.includes('self_employment');
    const stillSearching = item.worker.status === 'active' || item.worker.status === 'in_training';
    if (onTrack && stillSearching && own.chance(item.worker.primaryTrack === 'self_employment' ? 0.75 : 0.35)) ventures.push(inProgress(own, item, calendar));
  }
  return ventures;
}
