import { beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { candidacyFixture, type Fixture } from '../../candidacies/testFixtures';
import { createCandidacyRepository, type CandidacyRepository } from './candidacyRepository';
import { createMeetingRepository, type MeetingRepository } from './meetingRepository';

describe('meeting repository', () => {
  let fx: Fixture;
  let candidacies: CandidacyRepository;
  let meetings: MeetingRepository;
  let offerId: string;
  let day: string;
  const today = () => day;

  beforeEach(async () => {
    fx = await candidacyFixture();
    day = '2019-12-31';
    candidacies = createCandidacyRepository(fx.db, fx.counselorA, fx.codec, today);
    meetings = createMeetingRepository(fx.db, fx.counselorA, fx.codec, today);
    offerId = await fx.addOffer();
  });

  const propose = async (index: number) => (await candidacies.propose({ workerId: fx.workersA[index]!.id, offerId, proposedOn: '2019-03-01' })).id;
  const meetingOf = (candidacyIds: string[], date = '2019-04-10') => ({ employerId: fx.employerId, date, time: '10:30', place: 'Sede di Figline', candidacyIds, notes: 'Portare il libretto di lavoro' });

  it('schedules several candidacies at once, sealing place and notes', async () => {
    const ids = [await propose(0), await propose(1)];
    expect((await meetings.candidatesFor(fx.employerId)).map((v) => v.id).sort()).toEqual([...ids].sort());
    const meeting = await meetings.create(meetingOf(ids));
    for (const id of ids) expect(await candidacies.get(id)).toMatchObject({ stage: 'meeting_scheduled', stageSince: '2019-04-10' });
    const row = await fx.db.meetings.get(meeting.id);
    expect(row?.data).toMatchObject({ employerId: fx.employerId, date: '2019-04-10' });
    expect(JSON.stringify(row)).not.toContain('libretto');
    expect((await meetings.list()).map((m) => m.data.notes)).toEqual(['Portare il libretto di lavoro']);
    expect(await meetings.candidatesFor(fx.employerId)).toEqual([]);
  });

  it('records a future meeting as scheduled today', async () => {
    day = '2019-04-01';
    const id = await propose(0);
    await meetings.create(meetingOf([id], '2019-04-10'));
    expect((await candidacies.get(id)).stageSince).toBe('2019-04-01');
    await expect(meetings.markHeld((await meetings.list())[0]!.id)).rejects.toMatchObject({ reason: 'meetingInFuture' });
  });

  it('refuses an empty meeting and candidacies of another employer', async () => {
    await expect(meetings.create(meetingOf([]))).rejects.toMatchObject({ reason: 'noCandidacies' });
    const id = await propose(0);
    await expect(meetings.create({ ...meetingOf([id]), employerId: fx.otherEmployerId })).rejects.toMatchObject({ reason: 'otherEmployer' });
    expect(await fx.db.meetings.count()).toBe(0);
  });

  it('marks it held: waiting candidacies move to meeting held, ended ones stay', async () => {
    const [a, b] = [await propose(0), await propose(1)];
    const meeting = await meetings.create(meetingOf([a, b]));
    await candidacies.move(b, { to: 'declined_by_worker', occurredOn: '2019-04-10', reason: 'Ha trovato un altro lavoro' });
    const held = await meetings.markHeld(meeting.id);
    expect(held.data.heldOn).toBe('2019-04-10');
    expect((await candidacies.get(a)).stage).toBe('meeting_held');
    expect((await candidacies.get(b)).stage).toBe('declined_by_worker');
    await expect(meetings.markHeld(meeting.id)).rejects.toMatchObject({ reason: 'alreadyHeld' });
  });

  it('shows a counselor only the meetings of their caseload', async () => {
    const coordinatorCandidacies = createCandidacyRepository(fx.db, fx.coordinator, fx.codec, today);
    const theirs = await coordinatorCandidacies.propose({ workerId: fx.workerB.id, offerId, proposedOn: '2019-03-01' });
    await createMeetingRepository(fx.db, fx.coordinator, fx.codec, today).create(meetingOf([theirs.id]));
    expect(await meetings.list()).toEqual([]);
    expect(await createMeetingRepository(fx.db, fx.counselorB, fx.codec, today).list()).toHaveLength(1);
    await expect(meetings.create(meetingOf([theirs.id]))).rejects.toBeTruthy();
    await expect(meetings.get(uuidv7())).rejects.toBeTruthy();
  });
});
