import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../generator';
import { addDays } from '../isoDates';
import { DEMO_CASES } from '../testing';
import { checkMove, isClosed, type StageEvent } from '../../candidacy/stages';
import { placedSchema } from '../../domain/events';
import { candidacySchema, meetingSchema } from '../../domain/casework';
import { generateEmployers } from './employers';
import { generateCandidacies } from './candidacies';

describe.each(DEMO_CASES)('demo candidacies, $name', ({ options }) => {
  const demo = generateDemoProgramme({ ...options, workers: 300, seed: 2019 });
  const employers = generateEmployers(demo, 2019);
  const data = generateCandidacies(demo, 2019, employers);
  const workers = new Map(demo.workers.map((w) => [w.id, w]));
  const offers = new Map(employers.offers.map((o) => [o.id, o.offer]));

  it('is deterministic and reads the employers’ offers by itself when not given them', () => {
    expect(generateCandidacies(demo, 2019)).toEqual(data);
    expect(generateCandidacies(demo, 7, employers)).not.toEqual(data);
  });

  it('gives each placed worker one hired candidacy and a placement on their status-change day', () => {
    const placed = demo.workers.filter((w) => w.worker.status === 'placed');
    expect(placed.length / demo.workers.length).toBeGreaterThan(0.25);
    expect(data.placements).toHaveLength(placed.length);
    for (const worker of placed) {
      const day = worker.statusHistory.filter((m) => m.to === 'placed').at(-1)?.occurredOn;
      const placement = data.placements.find((p) => p.workerId === worker.id);
      expect(placement?.occurredOn).toBe(day);
      expect(placedSchema.safeParse(placement?.payload).success).toBe(true);
      const hired = data.candidacies.filter((c) => c.candidacy.workerId === worker.id && c.moves.at(-1)?.to === 'hired');
      expect(hired).toHaveLength(1);
      expect(hired[0]?.id).toBe(placement?.payload.candidacyId);
      expect(hired[0]?.moves.at(-1)?.occurredOn).toBe(day);
      expect(offers.get(hired[0]?.candidacy.offerId ?? '')?.employerId).toBe(placement?.payload.employerId);
    }
    const others = data.candidacies.filter((c) => workers.get(c.candidacy.workerId)?.worker.status !== 'placed');
    expect(others.some((c) => c.moves.some((m) => m.to === 'hired'))).toBe(false);
  });

  it('follows the rules: every move allowed, dated in order, after the enrolment and the offer', () => {
    for (const item of data.candidacies) {
      expect(candidacySchema.safeParse(item.candidacy).success).toBe(true);
      const worker = workers.get(item.candidacy.workerId);
      const offer = offers.get(item.candidacy.offerId);
      expect(item.candidacy.proposedOn >= (worker?.worker.enrolmentDate ?? '')).toBe(true);
      expect(item.candidacy.proposedOn >= (offer?.receivedOn ?? '')).toBe(true);
      expect(item.moves[0]).toMatchObject({ from: null, to: 'proposed', occurredOn: item.candidacy.proposedOn });
      const events: StageEvent[] = [];
      for (const [index, move] of item.moves.slice(1).entries()) {
        events.push({ occurredOn: item.moves[index]!.occurredOn, hlc: String(index).padStart(4, '0'), to: item.moves[index]!.to });
        expect(move.from).toBe(item.moves[index]!.to);
        expect(checkMove(move, { events, enrolmentDate: worker?.worker.enrolmentDate ?? '', today: demo.anchor })).toEqual({ ok: true });
      }
      expect(item.counselorId).toBe(worker?.worker.counselorId);
    }
  });

  it('never proposes a worker twice for an offer while a candidacy is open', () => {
    const seen = new Set<string>();
    for (const item of data.candidacies) {
      const key = `${item.candidacy.workerId}:${item.candidacy.offerId}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('ends some candidacies each way, with reasons, and keeps others under way', () => {
    const last = data.candidacies.map((c) => c.moves.at(-1)!);
    for (const ending of ['rejected_by_employer', 'declined_by_worker', 'withdrawn'] as const) {
      const ended = last.filter((m) => m.to === ending);
      expect(ended.length).toBeGreaterThan(3);
      expect(ended.every((m) => m.reason.length > 0)).toBe(true);
    }
    expect(last.filter((m) => !isClosed(m.to)).length).toBeGreaterThan(5);
  });

  it('groups candidacies of one employer into introductory meetings, held ones on their day', () => {
    expect(data.meetings.length).toBeGreaterThan(20);
    expect(data.meetings.some((m) => m.meeting.candidacyIds.length > 1)).toBe(true);
    const byId = new Map(data.candidacies.map((c) => [c.id, c]));
    for (const { meeting } of data.meetings) {
      expect(meetingSchema.safeParse(meeting).success).toBe(true);
      for (const id of meeting.candidacyIds) {
        const item = byId.get(id);
        expect(offers.get(item?.candidacy.offerId ?? '')?.employerId).toBe(meeting.employerId);
        expect(item?.moves.some((m) => m.to === 'meeting_scheduled')).toBe(true);
        if (meeting.heldOn) expect(item?.moves.find((m) => m.to === 'meeting_held')?.occurredOn).toBe(meeting.heldOn);
      }
      if (meeting.heldOn) expect(meeting.heldOn <= demo.anchor).toBe(true);
    }
  });

  it('puts off to the coming two weeks the meetings whose candidates still wait for them, so some lie ahead', () => {
    const byId = new Map(data.candidacies.map((c) => [c.id, c]));
    const waiting = data.meetings.filter(({ meeting }) => !meeting.heldOn && meeting.candidacyIds.every((id) => byId.get(id)?.moves.at(-1)?.to === 'meeting_scheduled'));
    for (const { meeting } of waiting) expect(meeting.date > demo.anchor).toBe(true);
    expect(data.meetings.filter(({ meeting }) => meeting.date > demo.anchor && meeting.date <= addDays(demo.anchor, 15)).length).toBeGreaterThan(0);
  });
});
