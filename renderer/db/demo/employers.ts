// Writes the generated employer activity (offers, contact log, incentives) through the same
// sealing helpers the repositories use: offer descriptions and contact notes are encrypted.
import type { EmployersDemo } from '../../../shared/demo/activity/employers';
import { createRecord, editRecord } from '../../../shared/sync/record';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { EmployerRecord, EventRecord } from '../rows';
import type { Session } from '../session';
import { sealEmployer, sealEvent } from '../recordRows';
import { sealOfferRecord } from '../repositories/offerRepository';
import { sealAndWrite } from './pipeline';

/** Loads after the demo programme itself (the employers must exist). */
export async function loadEmployers(db: PcoDatabase, codec: RecordCodec, session: Session, data: EmployersDemo): Promise<void> {
  const authorOn = (counselorId: string, day: string) => ({ counselorId, deviceId: session.deviceId, nowIso: `${day}T10:00:00.000Z` });

  // Incentives are an edit of the employer records the programme loader wrote.
  const employerRows = await db.employers.bulkGet(data.incentives.map((entry) => entry.employerId));
  const opened = await Promise.all(employerRows.map((row) => (row && !row.deletedAt ? codec.open('employers', row) : undefined)));
  const edited = await Promise.all(
    data.incentives.flatMap(({ incentives }, index) => {
      const current: EmployerRecord | undefined = opened[index];
      return current ? [sealEmployer(codec, editRecord(current, { ...current.data, incentives }, session.tick(), session.author()))] : [];
    }),
  );

  const offers = await Promise.all(
    data.offers.map(({ id, counselorId, offer }) => sealOfferRecord(codec, createRecord(id, offer, session.tick(), authorOn(counselorId, offer.receivedOn)))),
  );

  // Recorded by the counselor who made the contact, as if each laptop had synced its own work.
  const events: EventRecord[] = data.contacts.map((contact) => ({
    id: contact.id,
    subjectId: contact.employerId,
    occurredOn: contact.occurredOn,
    hlc: session.tick(),
    recordedBy: contact.counselorId,
    deviceId: session.deviceId,
    payload: contact.payload,
    kind: contact.payload.kind,
  }));

  // Sealed before each transaction: WebCrypto awaits inside a Dexie transaction would commit it early.
  await db.transaction('rw', [db.employers, db.offers, db.meta], async () => {
    await db.employers.bulkPut(edited);
    await db.offers.bulkAdd(offers);
    await session.persistClock();
  });
  await sealAndWrite(db, session, events, (event) => sealEvent(codec, event), (rows) => db.events.bulkAdd(rows), [db.events, db.meta]);
}
