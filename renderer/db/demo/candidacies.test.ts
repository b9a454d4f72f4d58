import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../../../shared/demo/generator';
import { generateEmployers } from '../../../shared/demo/activity/employers';
import { generateCandidacies } from '../../../shared/demo/activity/candidacies';
import { freshDatabase, testCodec } from '../testing';
import { loadDemo } from '../setup';
import { createCandidacyRepository } from '../repositories/candidacyRepository';
import { createMeetingRepository } from '../repositories/meetingRepository';
import { createPlacementRepository } from '../repositories/placementRepository';
import { loadEmployers } from './employers';
import { loadCandidacies } from './candidacies';

describe('loading the demo candidacies', () => {
  it('writes candidacies, moves, placements and meetings that the repositories read back, reasons and notes sealed', async () => {
    const demo = generateDemoProgramme({ workers: 60, seed: 11, variant: 'historical' });
    const employers = generateEmployers(demo, demo.seed);
    const data = generateCandidacies(demo, demo.seed, employers);
    const db = freshDatabase();
    const codec = await testCodec();
    const session = await loadDemo(db, codec, demo);
    await loadEmployers(db, codec, session, employers);
    await loadCandidacies(db, codec, session, data);

    const today = () => '2019-12-31';
    const candidacies = createCandidacyRepository(db, session, codec, today);
    const placements = createPlacementRepository(db, session, codec, today);
    const meetings = createMeetingRepository(db, session, codec, today);

    const hired = data.candidacies.find((c) => c.moves.at(-1)?.to === 'hired')!;
    expect(await candidacies.get(hired.id)).toMatchObject({ stage: 'hired', workerId: hired.candidacy.workerId, offerId: hired.candidacy.offerId });
    expect((await candidacies.forWorker(hired.candidacy.workerId)).length).toBe(data.candidacies.filter((c) => c.candidacy.workerId === hired.candidacy.workerId).length);
    const [placement] = await placements.forWorker(hired.candidacy.workerId);
    expect(placement).toMatchObject({ candidacyId: hired.id, occurredOn: hired.moves.at(-1)!.occurredOn });
    expect(await placements.hirings(hired.candidacy.offerId)).toBe(data.placements.filter((p) => p.payload.offerId === hired.candidacy.offerId).length);

    expect((await meetings.list()).length).toBe(data.meetings.length);
    const withNotes = data.meetings.find((m) => m.meeting.notes)!;
    expect((await meetings.get(withNotes.id)).data.notes).toBe(withNotes.meeting.notes);
    const raw = JSON.stringify([await db.meetings.toArray(), await db.events.toArray()]);
    expect(raw).not.toContain(withNotes.meeting.notes);
    const reason = data.candidacies.flatMap((c) => c.moves).find((m) => m.reason)!.reason;
    expect(raw).not.toContain(reason);
  });
});
