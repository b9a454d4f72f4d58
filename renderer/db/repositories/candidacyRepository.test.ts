import { beforeEach, describe, expect, it } from 'vitest';
import { candidacyFixture, type Fixture } from '../../candidacies/testFixtures';
import { createCandidacyRepository, type CandidacyRepository } from './candidacyRepository';
import { NotAllowedError, NotEligibleError } from './errors';
import { createWorkerRepository } from './workerRepository';
import { newEvent, sealEvent } from '../recordRows';

const today = () => '2019-12-31';

describe('candidacy repository', () => {
  let fx: Fixture;
  let repo: CandidacyRepository;
  let offerId: string;

  beforeEach(async () => {
    fx = await candidacyFixture();
    repo = createCandidacyRepository(fx.db, fx.counselorA, fx.codec, today);
    offerId = await fx.addOffer();
  });

  const propose = (workerIndex = 0, proposedOn = '2019-03-01') => repo.propose({ workerId: fx.workersA[workerIndex]!.id, offerId, proposedOn });

  it('proposes a worker: a record with ids in clear and a first move to proposed', async () => {
    const view = await propose();
    expect(view).toMatchObject({ workerId: fx.workersA[0]!.id, offerId, proposedOn: '2019-03-01', stage: 'proposed', stageSince: '2019-03-01' });
    expect(view.changes).toMatchObject([{ from: null, to: 'proposed', occurredOn: '2019-03-01' }]);
    const row = await fx.db.candidacies.get(view.id);
    expect(row?.data).toEqual({ workerId: fx.workersA[0]!.id, offerId, proposedOn: '2019-03-01' });
    expect((await fx.db.audit.where('subjectId').equals(fx.workersA[0]!.id).last())?.detail).toBe(`candidacy:${view.id}:proposed`);
  });

  it('refuses a second proposal while the first is open, and accepts it after an ending', async () => {
    const first = await propose();
    await expect(propose(0, '2019-03-02')).rejects.toMatchObject({ reason: 'alreadyOpen' });
    await repo.move(first.id, { to: 'declined_by_worker', occurredOn: '2019-03-05', reason: 'Turni notturni' });
    const second = await propose(0, '2019-04-01');
    expect(second.stage).toBe('proposed');
    expect(await repo.forWorker(fx.workersA[0]!.id)).toHaveLength(2);
  });

  it('refuses a proposal dated before the enrolment or before the offer arrived', async () => {
    await expect(propose(0, '2019-01-10')).rejects.toMatchObject({ reason: 'beforeEnrolment' });
    await expect(propose(0, '2019-01-20')).rejects.toMatchObject({ reason: 'beforeOffer' });
  });

  it('refuses a worker awaiting consent, or whose consent was withdrawn, with the reason', async () => {
    const workers = createWorkerRepository(fx.db, fx.coordinator, fx.codec);
    const waiting = fx.workersA[1]!;
    await workers.update(waiting.id, { ...waiting.data, privacyConsentDate: undefined });
    const refused = await repo.propose({ workerId: waiting.id, offerId, proposedOn: '2019-03-01' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NotEligibleError);
    expect(refused).toMatchObject({ reason: 'awaitingConsent' });
    // Consent signed: proposable from that day.
    await workers.recordConsent(waiting.id, true, '2019-02-20');
    await expect(repo.propose({ workerId: waiting.id, offerId, proposedOn: '2019-02-10' })).rejects.toMatchObject({ reason: 'beforeConsent' });
    expect((await repo.propose({ workerId: waiting.id, offerId, proposedOn: '2019-03-01' })).stage).toBe('proposed');

    // Consent withdrawn in the GDPR panel: refused too.
    const other = fx.workersA[2]!;
    await workers.recordConsent(other.id, false, '2019-02-15');
    await expect(repo.propose({ workerId: other.id, offerId, proposedOn: '2019-03-01' })).rejects.toMatchObject({ reason: 'consentWithdrawn' });
  });

  it('honours a withdrawal recorded before the file kept it (an event only)', async () => {
    const worker = fx.workersA[0]!;
    const event = newEvent(fx.coordinator, worker.id, { kind: 'worker.consentRecorded', given: false }, '2019-02-15');
    await fx.db.events.add(await sealEvent(fx.codec, event));
    await expect(propose()).rejects.toMatchObject({ reason: 'consentWithdrawn' });
  });

  it('moves forward, skipping stages, and derives the stage from the latest move', async () => {
    const view = await propose();
    await repo.move(view.id, { to: 'cv_sent', occurredOn: '2019-03-04' });
    const moved = await repo.move(view.id, { to: 'meeting_held', occurredOn: '2019-03-20' });
    expect(moved.stage).toBe('meeting_held');
    expect(moved.changes.map((c) => `${c.from ?? '-'}>${c.to}`)).toEqual(['->proposed', 'proposed>cv_sent', 'cv_sent>meeting_held']);
  });

  it('keeps the CV version sent with the move', async () => {
    const view = await propose();
    const moved = await repo.move(view.id, { to: 'cv_sent', occurredOn: '2019-03-04', cvId: 'cv-1' });
    expect(moved.changes.at(-1)).toMatchObject({ to: 'cv_sent', cvId: 'cv-1' });
  });

  it('refuses moves the rules forbid, with the reason', async () => {
    const view = await propose();
    await expect(repo.move(view.id, { to: 'cv_sent', occurredOn: '2019-02-28' })).rejects.toMatchObject({ reason: 'beforePreviousMove' });
    await expect(repo.move(view.id, { to: 'withdrawn', occurredOn: '2019-03-02' })).rejects.toMatchObject({ reason: 'reasonRequired' });
    await expect(repo.move(view.id, { to: 'hired', occurredOn: '2019-03-02' })).rejects.toMatchObject({ reason: 'hiredNeedsPlacement' });
    await repo.move(view.id, { to: 'withdrawn', occurredOn: '2019-03-02', reason: 'Offerta sospesa' });
    await expect(repo.move(view.id, { to: 'cv_sent', occurredOn: '2019-03-03' })).rejects.toBeInstanceOf(NotEligibleError);
    expect((await repo.get(view.id)).changes).toHaveLength(2);
  });

  it('accepts a correction backward with a reason', async () => {
    const view = await propose();
    await repo.move(view.id, { to: 'meeting_scheduled', occurredOn: '2019-03-04' });
    await expect(repo.move(view.id, { to: 'cv_sent', occurredOn: '2019-03-05' })).rejects.toMatchObject({ reason: 'reasonRequired' });
    expect((await repo.move(view.id, { to: 'cv_sent', occurredOn: '2019-03-05', reason: 'Incontro annullato' })).stage).toBe('cv_sent');
  });

  it('keeps a counselor to their caseload', async () => {
    const mine = await propose();
    const coordinatorRepo = createCandidacyRepository(fx.db, fx.coordinator, fx.codec, today);
    const theirs = await coordinatorRepo.propose({ workerId: fx.workerB.id, offerId, proposedOn: '2019-03-01' });
    await expect(repo.propose({ workerId: fx.workerB.id, offerId, proposedOn: '2019-03-01' })).rejects.toBeInstanceOf(NotAllowedError);
    await expect(repo.move(theirs.id, { to: 'cv_sent', occurredOn: '2019-03-02' })).rejects.toBeInstanceOf(NotAllowedError);
    expect((await repo.forOffer(offerId)).map((v) => v.id)).toEqual([mine.id]);
    expect((await coordinatorRepo.forOffer(offerId)).map((v) => v.id).sort()).toEqual([mine.id, theirs.id].sort());
  });

  it('reads offers and employers from the shared catalogue', async () => {
    const offer = await repo.offer(offerId);
    expect(offer.data.role).toBe('Operatore di macchine utensili');
    expect((await repo.employer(offer.data.employerId)).data.contactName).toBe('Anna Rossi');
    expect((await repo.employers()).map((e) => e.data.legalName).sort()).toEqual(['Meccanica Valdarno S.r.l.', 'Tessile Incisa S.p.A.']);
  });
});
