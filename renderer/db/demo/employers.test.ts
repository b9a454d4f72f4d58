import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../../../shared/demo/generator';
import { generateEmployers } from '../../../shared/demo/activity/employers';
import { freshDatabase, testCodec } from '../testing';
import { loadDemo } from '../setup';
import { createEmployerRepository } from '../repositories/employerRepository';
import { createOfferRepository } from '../repositories/offerRepository';
import { loadEmployers } from './employers';

describe('loading the demo employer activity', () => {
  it('writes offers, sealed contacts and incentives that the repositories read back', async () => {
    const demo = generateDemoProgramme({ workers: 60, seed: 11, variant: 'historical' });
    const data = generateEmployers(demo, demo.seed);
    const db = freshDatabase();
    const codec = await testCodec();
    const counselor = demo.counselors.find((c) => c.role === 'counselor')!;
    const session = await loadDemo(db, codec, demo, counselor.id);
    await loadEmployers(db, codec, session, data);

    const offers = createOfferRepository(db, session, codec);
    const employers = createEmployerRepository(db, session, codec);
    expect((await offers.list()).length).toBe(data.offers.length);
    const first = data.offers[0]!;
    expect(await offers.get(first.id)).toMatchObject({ data: first.offer, updatedBy: first.counselorId });
    expect((await db.offers.where('state').equals('open').count())).toBe(data.offers.filter((o) => o.offer.state === 'open').length);

    const employer = demo.employers[0]!;
    const log = await employers.contacts(employer.id);
    expect(log.map((c) => c.id).sort()).toEqual(data.contacts.filter((c) => c.employerId === employer.id).map((c) => c.id).sort());
    expect((await employers.get(employer.id)).data.incentives).toEqual(data.incentives.find((i) => i.employerId === employer.id)!.incentives);
    // The contact person stays sealed after the edit that added the incentives.
    const stored = await db.employers.get(employer.id);
    if (employer.employer.contactName) expect(JSON.stringify(stored)).not.toContain(employer.employer.contactName);

    const withNote = data.contacts.find((c) => c.payload.note)!;
    expect(JSON.stringify(await db.events.toArray())).not.toContain(withNote.payload.note);
  });
});
