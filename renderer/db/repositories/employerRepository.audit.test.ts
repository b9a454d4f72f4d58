import { beforeEach, describe, expect, it } from 'vitest';
import { sampleEmployer, sampleOffer } from '../../employers/testFixtures';
import { freshDatabase, testCodec, testSession } from '../testing';
import type { PcoDatabase } from '../database';
import { setUpEmpty } from '../setup';
import { createEmployerRepository, type EmployerRepository } from './employerRepository';
import { createOfferRepository, type OfferRepository } from './offerRepository';

describe('audit of the employer and offer catalogue', () => {
  let db: PcoDatabase;
  let employers: EmployerRepository;
  let offers: OfferRepository;
  let counselorId: string;

  beforeEach(async () => {
    db = freshDatabase();
    const codec = await testCodec();
    await setUpEmpty(db, codec, { displayName: 'Paolo Orientatore', role: 'counselor' }, 'PCO test');
    counselorId = (await db.counselors.toCollection().first())!.id;
    const session = await testSession(db, { counselorId, role: 'counselor' });
    employers = createEmployerRepository(db, session, codec);
    offers = createOfferRepository(db, session, codec);
  });

  const entries = async () => (await db.audit.toArray()).sort((a, b) => a.hlc.localeCompare(b.hlc)).map(({ action, subjectKind, subjectId, detail, actorId }) => ({ action, subjectKind, subjectId, detail, actorId }));

  it('records the creation, the changed fields of an edit and the deletion of an employer', async () => {
    const employer = await employers.create(sampleEmployer());
    await employers.update(employer.id, { ...employer.data, address: 'Via Nuova, 1', phone: '055 000000' });
    // Saving without changes writes nothing, so it audits nothing either.
    await employers.update(employer.id, { ...employer.data, address: 'Via Nuova, 1', phone: '055 000000' });
    await employers.remove(employer.id);
    expect(await entries()).toEqual([
      { action: 'create', subjectKind: 'employer', subjectId: employer.id, detail: '', actorId: counselorId },
      { action: 'update', subjectKind: 'employer', subjectId: employer.id, detail: 'address,phone', actorId: counselorId },
      { action: 'delete', subjectKind: 'employer', subjectId: employer.id, detail: '', actorId: counselorId },
    ]);
  });

  it('keeps the detail free of what was typed: field names only, never values', async () => {
    const employer = await employers.create(sampleEmployer());
    await employers.update(employer.id, { ...employer.data, contactName: 'Maria Bianchi', email: 'maria.bianchi@example.it' });
    await employers.logContact(employer.id, { channel: 'call', occurredOn: '2019-05-02', outcome: 'Richiamare Maria', note: 'Molto interessata' });
    const raw = JSON.stringify(await db.audit.toArray());
    expect(raw).not.toMatch(/Maria|Bianchi|example\.it|Richiamare|interessata/);
    expect((await entries()).map((entry) => entry.detail)).toEqual(['', 'contactName,email', 'contact:call']);
  });

  it('records an offer’s creation, edit and deletion, and the offers deleted with their employer', async () => {
    const employer = await employers.create(sampleEmployer());
    const first = await offers.create(sampleOffer(employer.id));
    const second = await offers.create(sampleOffer(employer.id, { role: 'Magazziniere' }));
    await offers.update(first.id, { ...first.data, positions: 3, description: 'Turni su tre giorni' });
    await offers.remove(first.id);
    await employers.remove(employer.id);
    const offerEntries = (await entries()).filter((entry) => entry.subjectKind === 'offer');
    expect(offerEntries).toEqual([
      { action: 'create', subjectKind: 'offer', subjectId: first.id, detail: `employer:${employer.id}`, actorId: counselorId },
      { action: 'create', subjectKind: 'offer', subjectId: second.id, detail: `employer:${employer.id}`, actorId: counselorId },
      { action: 'update', subjectKind: 'offer', subjectId: first.id, detail: 'description,positions', actorId: counselorId },
      { action: 'delete', subjectKind: 'offer', subjectId: first.id, detail: `employer:${employer.id}`, actorId: counselorId },
      { action: 'delete', subjectKind: 'offer', subjectId: second.id, detail: `employer:${employer.id}`, actorId: counselorId },
    ]);
    expect(JSON.stringify(await db.audit.toArray())).not.toContain('Turni');
  });
});
