import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { uuidv7 } from 'uuidv7';
import { freshDatabase, testCodec, testSession } from '../testing';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { Session } from '../session';
import { setUpEmpty } from '../setup';
import { newEvent, sealEvent } from '../recordRows';
import { createRecord } from '../../../shared/sync/record';
import { createEmployerRepository } from './employerRepository';
import { sampleEmployer, sampleOffer } from '../../employers/testFixtures';
import { createOfferRepository, displayedOfferState, type OfferRepository } from './offerRepository';
import { RecordNotFoundError } from './errors';

describe('offer repository', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let session: Session;
  let offers: OfferRepository;
  let employerId: string;

  /** What the placement feature writes when a worker is hired (subject: the worker). */
  async function place(offerId: string | undefined) {
    const event = newEvent(session, uuidv7(), { kind: 'worker.placed', employerId, offerId, contractType: 'permanent', startDate: '2019-06-03', incentive: 'company_third_party' }, '2019-06-03');
    await db.events.add(await sealEvent(codec, event));
  }

  beforeEach(async () => {
    db = freshDatabase();
    codec = await testCodec();
    await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO test');
    const me = await db.counselors.toCollection().first();
    session = await testSession(db, { counselorId: me!.id, role: 'coordinator' });
    offers = createOfferRepository(db, session, codec);
    employerId = (await createEmployerRepository(db, session, codec).create(sampleEmployer())).id;
  });

  it('creates an offer with index columns and the description sealed', async () => {
    const offer = await offers.create(sampleOffer(employerId));
    expect(offer.data).toMatchObject({ role: 'Tornitore CNC', positions: 2, fixedTermMonths: 12, state: 'open' });
    const stored = await db.offers.get(offer.id);
    expect(stored).toMatchObject({ employerId, state: 'open' });
    expect(JSON.stringify(stored)).not.toContain('Laura Vannini');
    expect(await offers.get(offer.id)).toEqual(offer);
    expect((await offers.listForEmployer(employerId)).map((o) => o.id)).toEqual([offer.id]);
  });

  it('validates: months for a fixed-term contract, a deadline after receipt, an existing employer', async () => {
    const noMonths = offers.create(sampleOffer(employerId, { fixedTermMonths: undefined }));
    await expect(noMonths).rejects.toBeInstanceOf(ZodError);
    await expect(noMonths).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['fixedTermMonths'], message: 'validation.fixedTermMonthsRequired' })] });
    await expect(offers.create(sampleOffer(employerId, { deadline: '2019-01-01' }))).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['deadline'] })] });
    await expect(offers.create(sampleOffer(uuidv7()))).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(offers.create(sampleOffer(employerId, { contractType: 'permanent', fixedTermMonths: undefined, role: ' ' }))).rejects.toBeInstanceOf(ZodError);
    expect(await db.offers.count()).toBe(0);
  });

  it('stamps only the edited fields and moves the state index', async () => {
    const offer = await offers.create(sampleOffer(employerId));
    const edited = await offers.update(offer.id, { ...offer.data, positions: 3, state: 'closed' });
    const changed = Object.keys(edited.clock).filter((key) => edited.clock[key] !== offer.clock[key]).sort();
    expect(changed).toEqual(['positions', 'state']);
    expect(await db.offers.where('state').equals('closed').count()).toBe(1);
    // Saving the same values writes nothing.
    expect(await offers.update(offer.id, edited.data)).toEqual(edited);
    expect((await db.offers.get(offer.id))?.updatedAt).toBe(edited.updatedAt);
  });

  it('counts filled positions from placement events and shows a full open offer as filled', async () => {
    const offer = await offers.create(sampleOffer(employerId));
    const other = await offers.create(sampleOffer(employerId, { role: 'Magazziniere', positions: 1 }));
    await place(offer.id);
    await place(undefined); // a hiring outside any offer
    let counts = await offers.filledCounts();
    expect(counts.get(offer.id)).toBe(1);
    expect(counts.get(other.id)).toBeUndefined();
    expect(displayedOfferState(offer.data, 1)).toBe('open');
    await place(offer.id);
    counts = await offers.filledCounts();
    expect(counts.get(offer.id)).toBe(2);
    expect(displayedOfferState(offer.data, 2)).toBe('filled');
    // Shown, not written: the record stays open until the counselor closes it.
    expect((await offers.get(offer.id)).data.state).toBe('open');
    expect(displayedOfferState({ ...offer.data, state: 'closed' }, 2)).toBe('closed');
    expect(await offers.usage(offer.id)).toEqual({ candidacies: 0, placements: 2 });
  });

  it('deletes by tombstone and tells what history the offer has', async () => {
    const offer = await offers.create(sampleOffer(employerId));
    const candidacy = createRecord(uuidv7(), { workerId: uuidv7(), offerId: offer.id, proposedOn: '2019-03-10' }, session.tick(), session.author());
    await db.candidacies.add({ ...candidacy, sealed: null });
    expect(await offers.usage(offer.id)).toEqual({ candidacies: 1, placements: 0 });
    await offers.remove(offer.id);
    expect(await offers.list()).toEqual([]);
    expect((await db.offers.get(offer.id))?.deletedAt).toMatch(/^\d{15}-/);
    await expect(offers.get(offer.id)).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
