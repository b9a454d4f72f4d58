// Unit-test set-up for the candidacy, meeting and placement repositories: a programme with a
// coordinator, two counselors' workers, an employer and offers written straight as rows (the
// offer and employer screens belong to another feature; here only their stored shape matters).
import { uuidv7 } from 'uuidv7';
import { sampleWorker } from '../../test/fixtures/workers';
import type { Offer } from '../../shared/domain/offer';
import type { Employer } from '../../shared/domain/employer';
import { createRecord } from '../../shared/sync/record';
import { freshDatabase, testCodec, testSession } from '../db/testing';
import { setUpEmpty } from '../db/setup';
import { sealEmployer } from '../db/recordRows';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { Session } from '../db/session';
import type { OfferRow, WorkerRecord } from '../db/rows';

export const COUNSELOR_A = '018f0000-0000-7000-8000-00000000000a';
export const COUNSELOR_B = '018f0000-0000-7000-8000-00000000000b';

export interface Fixture {
  db: PcoDatabase;
  codec: RecordCodec;
  coordinator: Session;
  counselorA: Session;
  counselorB: Session;
  employerId: string;
  otherEmployerId: string;
  /** Workers of counselor A (enrolled 2019-01-15) and one of counselor B. */
  workersA: WorkerRecord[];
  workerB: WorkerRecord;
  addOffer(overrides?: Partial<Offer>): Promise<string>;
}

const SURNAMES = ['Bianchi', 'Rossi', 'Verdi', 'Neri'];

export function sampleOffer(employerId: string, overrides: Partial<Offer> = {}): Offer {
  return {
    employerId,
    role: 'Operatore di macchine utensili',
    description: '',
    positions: 2,
    comuneCode: 'D612',
    contractType: 'permanent',
    shifts: [],
    hard: { licences: [], requiredSkills: [] },
    soft: { preferredSkills: [] },
    source: 'employer_contact',
    receivedOn: '2019-02-01',
    deadline: undefined,
    state: 'open',
    ...overrides,
  };
}

function sampleEmployer(legalName: string, partitaIva: string): Employer {
  return { legalName, partitaIva, ateco: { code: '25.62', section: 'C', version: '2007', description: '' }, comuneCode: 'D612', address: '', contactName: 'Anna Rossi', phone: '', email: '' };
}

export async function candidacyFixture(): Promise<Fixture> {
  const db = freshDatabase();
  const codec = await testCodec();
  await setUpEmpty(db, codec, { displayName: 'Giulia Coordinatrice', role: 'coordinator' }, 'PCO test');
  const coordinatorRow = await db.counselors.toCollection().first();
  if (!coordinatorRow) throw new Error('setUpEmpty wrote no counselor');
  const coordinator = await testSession(db, { counselorId: coordinatorRow.id, role: 'coordinator' });
  const counselorA = await testSession(db, { counselorId: COUNSELOR_A, role: 'counselor' });
  const counselorB = await testSession(db, { counselorId: COUNSELOR_B, role: 'counselor' });
  const workers = createWorkerRepository(db, coordinator, codec);
  const workersA: WorkerRecord[] = [];
  for (const surname of SURNAMES.slice(0, 3)) workersA.push(await workers.create(sampleWorker({ counselorId: COUNSELOR_A, surname })));
  const workerB = await workers.create(sampleWorker({ counselorId: COUNSELOR_B, surname: SURNAMES[3] }));
  const employerId = uuidv7();
  const otherEmployerId = uuidv7();
  await db.employers.bulkAdd([
    await sealEmployer(codec, createRecord(employerId, sampleEmployer('Meccanica Valdarno S.r.l.', '01234567890'), coordinator.tick(), coordinator.author())),
    await sealEmployer(codec, createRecord(otherEmployerId, sampleEmployer('Tessile Incisa S.p.A.', '09876543210'), coordinator.tick(), coordinator.author())),
  ]);
  const addOffer = async (overrides: Partial<Offer> = {}) => {
    const id = uuidv7();
    const offer = sampleOffer(employerId, overrides);
    // With the index columns the offer repository writes.
    await db.offers.add({ ...(await codec.seal('offers', createRecord(id, offer, coordinator.tick(), coordinator.author()), ['description'])), employerId: offer.employerId, state: offer.state } as OfferRow);
    return id;
  };
  return { db, codec, coordinator, counselorA, counselorB, employerId, otherEmployerId, workersA, workerB, addOffer };
}
