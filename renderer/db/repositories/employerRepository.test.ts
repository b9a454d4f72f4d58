import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { partitaIva, sampleEmployer, sampleOffer } from '../../employers/testFixtures';
import { freshDatabase, testCodec, testSession } from '../testing';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import { setUpEmpty } from '../setup';
import { createEmployerRepository, DuplicatePartitaIvaError, type EmployerRepository } from './employerRepository';
import { createOfferRepository, type OfferRepository } from './offerRepository';
import { RecordNotFoundError } from './errors';

describe('employer repository', () => {
  let db: PcoDatabase;
  let codec: RecordCodec;
  let employers: EmployerRepository;
  let offers: OfferRepository;

  beforeEach(async () => {
    db = freshDatabase();
    codec = await testCodec();
    await setUpEmpty(db, codec, { displayName: 'Paolo Orientatore', role: 'counselor' }, 'PCO test');
    const me = await db.counselors.toCollection().first();
    const session = await testSession(db, { counselorId: me!.id, role: 'counselor' });
    employers = createEmployerRepository(db, session, codec);
    offers = createOfferRepository(db, session, codec);
  });

  it('files an employer with per-field clocks, its partita IVA canonical and incentives kept', async () => {
    const row = await employers.create(sampleEmployer({ partitaIva: ` ${partitaIva('1234567').slice(0, 5)} ${partitaIva('1234567').slice(5)}` }));
    expect(row.data.partitaIva).toBe(partitaIva('1234567'));
    expect(row.data.incentives).toEqual(['company_third_party']);
    expect(Object.keys(row.clock)).toContain('ateco');
    expect((await employers.list()).map((e) => e.id)).toEqual([row.id]);
  });

  it('rejects an invalid partita IVA or an ATECO section that does not match the code, writing nothing', async () => {
    const invalid = employers.create(sampleEmployer({ partitaIva: '12345678901' }));
    await expect(invalid).rejects.toBeInstanceOf(ZodError);
    await expect(invalid).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['partitaIva'], message: 'validation.partitaIva' })] });
    const wrongSection = employers.create(sampleEmployer({ ateco: { code: '49.41.00', section: 'C', version: '2007', description: '' } }));
    await expect(wrongSection).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['ateco', 'section'] })] });
    // ATECO 2025 moved the later sections: 49 is still H, 62 is K (it was J in 2007).
    await employers.create(sampleEmployer({ ateco: { code: '62.10', section: 'K', version: '2025', description: 'Programmazione' } }));
    expect(await db.employers.count()).toBe(1);
  });

  it('refuses a second employer with the same partita IVA and names the existing one', async () => {
    const first = await employers.create(sampleEmployer());
    const attempt = employers.create(sampleEmployer({ legalName: 'Altra ragione sociale S.p.A.' }));
    await expect(attempt).rejects.toBeInstanceOf(DuplicatePartitaIvaError);
    await expect(attempt).rejects.toMatchObject({ existingId: first.id });
    const other = await employers.create(sampleEmployer({ legalName: 'Trasporti Arno S.r.l.', partitaIva: partitaIva('7654321', '051') }));
    await expect(employers.update(other.id, { ...other.data, partitaIva: first.data.partitaIva })).rejects.toMatchObject({ existingId: first.id });
    // Saving an employer with its own number is no clash.
    await expect(employers.update(first.id, { ...first.data, address: 'Via Nuova, 1' })).resolves.toMatchObject({ data: { address: 'Via Nuova, 1' } });
  });

  it('seals contact person, phone and email at rest', async () => {
    const row = await employers.create(sampleEmployer());
    const stored = await db.employers.get(row.id);
    expect(stored?.sealed).not.toBeNull();
    expect(stored?.data).not.toHaveProperty('phone');
    const raw = JSON.stringify(stored);
    for (const secret of ['Laura Vannini', '055 9123456', 'selezione@meccanicavaldarno.it']) expect(raw).not.toContain(secret);
    expect(raw).toContain('Meccanica Valdarno S.r.l.');
    expect((await employers.get(row.id)).data.contactName).toBe('Laura Vannini');
  });

  it('appends contacts to the log, newest first, with the note sealed', async () => {
    const row = await employers.create(sampleEmployer());
    await employers.logContact(row.id, { channel: 'call', occurredOn: '2019-02-11', outcome: 'Interessati a due tornitori', note: 'Richiamare il responsabile di produzione' });
    await employers.logContact(row.id, { channel: 'visit', occurredOn: '2019-03-02', outcome: 'Visita allo stabilimento', note: '' });
    await employers.logContact(row.id, { channel: 'email', occurredOn: '2019-02-11', outcome: 'Inviato profilo', note: '' });
    const log = await employers.contacts(row.id);
    expect(log.map((entry) => [entry.occurredOn, entry.payload.channel])).toEqual([
      ['2019-03-02', 'visit'],
      ['2019-02-11', 'email'],
      ['2019-02-11', 'call'],
    ]);
    const raw = JSON.stringify(await db.events.toArray());
    expect(raw).not.toContain('Richiamare');
    expect(raw).toContain('employer.contactLogged');
    await expect(employers.logContact(row.id, { channel: 'fax' as 'call', occurredOn: '2019-03-03' })).rejects.toBeInstanceOf(ZodError);
  });

  it('deletes by tombstone, with the employer’s offers, and keeps the contact log', async () => {
    const row = await employers.create(sampleEmployer());
    const offer = await offers.create(sampleOffer(row.id));
    await employers.logContact(row.id, { channel: 'call', occurredOn: '2019-02-11' });
    expect(await employers.usage(row.id)).toEqual({ contacts: 1, offers: 1, meetings: 0 });
    await employers.remove(row.id);
    expect(await employers.list()).toEqual([]);
    expect((await db.employers.get(row.id))?.deletedAt).toMatch(/^\d{15}-/);
    expect((await db.offers.get(offer.id))?.deletedAt).toMatch(/^\d{15}-/);
    await expect(employers.get(row.id)).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(employers.logContact(row.id, { channel: 'call', occurredOn: '2019-02-12' })).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.events.count()).toBe(1);
    // The partita IVA of a deleted employer may be filed again.
    await expect(employers.create(sampleEmployer())).resolves.toBeDefined();
  });
});
