// Demo candidacies, as they stand on the anchor day: every worker placed in the demo has a
// hired candidacy and a `worker.placed` event on the day their status changed; other workers on
// the job-seeking tracks were proposed for offers that ended rejected, declined or withdrawn, or
// are still under way; candidacies met the employers together in introductory meetings.
import type { z } from 'zod';
import type { Candidacy, CandidacyStage, Meeting } from '../../domain/casework';
import type { placedSchema } from '../../domain/events';
import type { Incentive, Track } from '../../domain/vocabulary';
import type { EndingStage } from '../../candidacy/stages';
import { ageOn } from '../../time/dates';
import { calendarOf } from '../calendar';
import { addDays, earlierOf, laterOf, onWorkday, randomDateBetween } from '../isoDates';
import { Random } from '../random';
import type { DemoProgramme, DemoWorker } from '../types';
import { uuidV7OnDate } from '../uuid';
import { generateEmployers, type DemoOffer, type EmployersDemo } from './employers';
import { ENDING_REASONS, MEETING_NOTES, MEETING_PLACES } from './candidaciesTexts';
import { OffersByArrival } from './offersByArrival';

export interface DemoStageMove {
  id: string;
  occurredOn: string;
  from: CandidacyStage | null;
  to: CandidacyStage;
  reason: string;
}

export interface DemoCandidacy {
  id: string;
  /** The worker's counselor, who recorded every move. */
  counselorId: string;
  candidacy: Candidacy;
  moves: DemoStageMove[];
}

export interface DemoPlacement {
  id: string;
  workerId: string;
  counselorId: string;
  occurredOn: string;
  payload: z.output<typeof placedSchema>;
}

export interface DemoMeeting {
  id: string;
  counselorId: string;
  meeting: Meeting;
}

export interface CandidaciesDemo {
  candidacies: DemoCandidacy[];
  placements: DemoPlacement[];
  meetings: DemoMeeting[];
}

const SEEKING_TRACKS: readonly Track[] = ['relocation', 'reindustrialisation', 'outplacement'];

/** How far a candidacy that did not end in a hiring got: those still under way, and those that ended. */
const FURTHEST_STAGE = {
  underWay: [['proposed', 2], ['cv_sent', 3], ['meeting_scheduled', 5], ['meeting_held', 2], ['trial', 1]],
  ended: [['proposed', 3], ['cv_sent', 4], ['meeting_scheduled', 2], ['meeting_held', 3], ['trial', 1]],
} as const;

/** The day a placed worker's status became placed. */
function placedOn(worker: DemoWorker): string | undefined {
  if (worker.worker.status !== 'placed') return undefined;
  return worker.statusHistory.filter((move) => move.to === 'placed').at(-1)?.occurredOn;
}

interface Timeline {
  stages: CandidacyStage[];
  /** Day of the first stage (the proposal); later stages follow every few days, never after `limit`. */
  start: string;
  limit: string;
  /** The offer's meeting day, used when it fits the candidacy's window. */
  meetingDay: string;
  ending?: EndingStage;
}

/** Dated moves along the stages; the meeting is held on the offer's meeting day when it fits. */
function datedMoves(random: Random, timeline: Timeline): DemoStageMove[] {
  const moves: DemoStageMove[] = [];
  let day = timeline.start;
  let from: CandidacyStage | null = null;
  const all = [...timeline.stages, ...(timeline.ending ? [timeline.ending] : [])];
  for (const [index, to] of all.entries()) {
    if (to === 'hired') day = timeline.limit;
    else if (index > 0) {
      const held = to === 'meeting_held' && timeline.meetingDay > day && timeline.meetingDay <= timeline.limit;
      day = held ? timeline.meetingDay : earlierOf(addDays(day, random.int(1, 7)), timeline.limit);
    }
    const reason = to === timeline.ending ? random.pick(ENDING_REASONS[timeline.ending]) : '';
    moves.push({ id: uuidV7OnDate(day, random), occurredOn: day, from, to, reason });
    from = to;
  }
  return moves;
}

/** A path through the stages up to `furthest`; the CV is sometimes handed in at the meeting, a trial is not always asked for. */
function stagesUpTo(random: Random, furthest: CandidacyStage): CandidacyStage[] {
  const order: CandidacyStage[] = ['proposed', 'cv_sent', 'meeting_scheduled', 'meeting_held', 'trial', 'hired'];
  const path = order.slice(0, order.indexOf(furthest) + 1);
  return path.filter((stage) => !((stage === 'cv_sent' && random.chance(0.2) && furthest !== 'cv_sent') || (stage === 'trial' && furthest === 'hired' && random.chance(0.55))));
}

function incentiveFor(random: Random, worker: DemoWorker, offer: DemoOffer, open: readonly Incentive[], on: string, siteCode: string): Incentive {
  // Workers rehired on the old site count as the investor's (€40,000 under the company agreement).
  if (worker.worker.primaryTrack === 'reindustrialisation' && offer.offer.comuneCode === siteCode) return 'company_investor';
  const eligible = open.filter((incentive) => {
    if (incentive === 'over50_women') return worker.worker.sex === 'F' || ageOn(worker.worker.birthDate, on) >= 50;
    if (incentive === 'disability') return worker.worker.protectedCategory;
    return incentive !== 'company_investor';
  });
  const weights: Partial<Record<Incentive, number>> = { company_third_party: 6, relocation_agreement_exemption: 2, over50_women: 2, disability: 3, regional_grant: 1 };
  return eligible.length > 0 ? random.weighted(eligible.map((incentive) => [incentive, weights[incentive] ?? 1] as const)) : 'company_third_party';
}

export function generateCandidacies(demo: DemoProgramme, seed: number, employers: EmployersDemo = generateEmployers(demo, seed)): CandidaciesDemo {
  const root = new Random(seed, 'pco-demo-candidacies');
  const { anchor } = calendarOf(demo);
  const offers = employers.offers;
  const incentives = new Map(employers.incentives.map((entry) => [entry.employerId, entry.incentives]));
  // Candidates for one offer usually meet the employer together, two to five weeks after it arrived.
  const meetingDays = new Map(offers.map((o) => [o.id, addDays(o.offer.receivedOn, root.int(16, 35))]));
  const hirings = new Map<string, number>();
  const byArrival = new OffersByArrival(offers);
  const candidacies: DemoCandidacy[] = [];
  const placements: DemoPlacement[] = [];
  if (offers.length === 0) return { candidacies, placements, meetings: [] };

  const add = (worker: DemoWorker, offer: DemoOffer, timeline: Omit<Timeline, 'meetingDay'>, random: Random) => {
    const moves = datedMoves(random, { ...timeline, meetingDay: meetingDays.get(offer.id) ?? timeline.limit });
    const proposedOn = moves[0]?.occurredOn ?? timeline.start;
    const id = uuidV7OnDate(proposedOn, random);
    candidacies.push({ id, counselorId: worker.worker.counselorId, candidacy: { workerId: worker.id, offerId: offer.id, proposedOn }, moves });
    return { id, moves };
  };

  for (const worker of demo.workers) {
    const random = root.fork(worker.id);
    const hiredOn = placedOn(worker);
    const seeking = [worker.worker.primaryTrack, ...worker.worker.secondaryTracks].some((track) => SEEKING_TRACKS.includes(track));
    const enrolled = worker.worker.enrolmentDate;
    const usedOffers = new Set<string>();

    // Attempts that did not end in a hiring: before the hiring for placed workers.
    const attempts = hiredOn ? random.weighted([[0, 4], [1, 4], [2, 2]] as const) : ['active', 'in_training'].includes(worker.worker.status) && seeking && random.chance(0.75) ? random.int(1, 4) : 0;
    const attemptLimit = hiredOn ? addDays(hiredOn, -5) : anchor;
    // An offer fits when the later of its arrival and the enrolment is two days before the limit.
    const fitBy = addDays(attemptLimit, -2);
    for (let n = 0; n < attempts && enrolled <= fitBy; n += 1) {
      // Offers with more positions get more candidates; candidates are proposed soon after an offer arrives.
      const offer = byArrival.pick(random, fitBy, usedOffers);
      if (!offer) break;
      usedOffers.add(offer.id);
      const from = addDays(laterOf(offer.offer.receivedOn, enrolled), 1);
      const start = randomDateBetween(random, from, laterOf(from, earlierOf(addDays(offer.offer.receivedOn, 10), attemptLimit)));
      const stillOpen = !hiredOn && offer.offer.state === 'open' && random.chance(0.65);
      // Candidacies still under way are more often waiting for their meeting at the employer.
      const furthest = random.weighted(stillOpen ? FURTHEST_STAGE.underWay : FURTHEST_STAGE.ended);
      const ending = stillOpen ? undefined : furthest === 'proposed' ? random.weighted([['withdrawn', 2], ['declined_by_worker', 1]] as const) : random.weighted([['rejected_by_employer', 5], ['declined_by_worker', 3], ['withdrawn', 1]] as const);
      add(worker, offer, { stages: stagesUpTo(random, furthest), start, limit: attemptLimit, ending }, random);
    }

    if (!hiredOn) continue;
    // The hiring: an offer received before the hiring day, preferring those with positions still to fill.
    const lastReceived = addDays(hiredOn, -3);
    const before = offers.slice(0, byArrival.receivedBy(lastReceived)).filter((o) => !usedOffers.has(o.id));
    const pool = before.length > 0 ? before : offers.slice(0, byArrival.receivedBy(hiredOn));
    if (pool.length === 0) continue;
    const offer = random.weightedBy(pool, (o) => {
      const left = o.offer.positions - (hirings.get(o.id) ?? 0);
      return left <= 0 ? 0.02 : (o.offer.state === 'filled' ? 4 : o.offer.state === 'closed' ? 1.5 : 1) * left;
    });
    hirings.set(offer.id, (hirings.get(offer.id) ?? 0) + 1);
    const earliest = laterOf(offer.offer.receivedOn, enrolled);
    const start = earlierOf(laterOf(addDays(hiredOn, -random.int(20, 75)), earliest), hiredOn);
    // The last move, to hired, falls on the day the status changed.
    const { id: candidacyId } = add(worker, offer, { stages: stagesUpTo(random, 'hired'), start, limit: hiredOn }, random);
    const terms = offer.offer;
    placements.push({
      id: uuidV7OnDate(hiredOn, random),
      workerId: worker.id,
      counselorId: worker.worker.counselorId,
      occurredOn: hiredOn,
      payload: {
        kind: 'worker.placed',
        employerId: terms.employerId,
        offerId: offer.id,
        candidacyId,
        contractType: terms.contractType,
        startDate: hiredOn,
        fixedTermMonths: terms.fixedTermMonths,
        hoursPerWeek: terms.hoursPerWeek,
        partTimePercent: terms.partTimePercent,
        incentive: incentiveFor(random, worker, offer, incentives.get(terms.employerId) ?? [], hiredOn, demo.programme.siteCode),
      },
    });
  }
  return { candidacies, placements, meetings: groupMeetings(root.fork('meetings'), candidacies, offers, meetingDays, { anchor, random: root.fork('put-off') }) };
}

/**
 * Candidacies of one employer scheduled for the same day meet it together. A meeting not held whose
 * day has passed while all its candidates still wait for it was put off to the coming two weeks.
 */
function groupMeetings(
  random: Random,
  candidacies: readonly DemoCandidacy[],
  offers: readonly DemoOffer[],
  meetingDays: ReadonlyMap<string, string>,
  putOff: { anchor: string; random: Random },
): DemoMeeting[] {
  const { anchor } = putOff;
  const employerOf = new Map(offers.map((o) => [o.id, o.offer.employerId]));
  const groups = new Map<string, { employerId: string; date: string; held: boolean; waiting: boolean; ids: string[]; counselorId: string }>();
  for (const item of candidacies) {
    const scheduled = item.moves.find((move) => move.to === 'meeting_scheduled');
    if (!scheduled) continue;
    const held = item.moves.find((move) => move.to === 'meeting_held');
    // One not held (yet, or ever) was set for the offer's meeting day, or a few days after it was arranged.
    const offerDay = meetingDays.get(item.candidacy.offerId) ?? '';
    const date = held?.occurredOn ?? (offerDay >= scheduled.occurredOn ? offerDay : addDays(scheduled.occurredOn, random.int(3, 10)));
    const employerId = employerOf.get(item.candidacy.offerId) ?? '';
    // A meeting is held for all its candidacies or for none.
    const key = `${employerId}:${date}:${held ? 'held' : 'to-come'}`;
    const group = groups.get(key) ?? { employerId, date, held: false, waiting: true, ids: [], counselorId: item.counselorId };
    group.ids.push(item.id);
    group.held ||= held !== undefined;
    group.waiting &&= item.moves.at(-1)?.to === 'meeting_scheduled';
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    if (group.held || !group.waiting || group.date >= anchor) continue;
    const day = addDays(anchor, putOff.random.int(1, 12));
    group.date = onWorkday(day, day, addDays(day, 3));
  }
  return [...groups.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || a.employerId.localeCompare(b.employerId))
    .map((group) => ({
      id: uuidV7OnDate(earlierOf(group.date, anchor), random),
      counselorId: group.counselorId,
      meeting: {
        employerId: group.employerId,
        date: group.date,
        time: random.pick(['09:00', '09:30', '10:00', '11:00', '14:30', '15:00']),
        place: random.pick(MEETING_PLACES),
        candidacyIds: group.ids,
        notes: random.pick(MEETING_NOTES),
        heldOn: group.held && group.date <= anchor ? group.date : undefined,
      },
    }));
}
