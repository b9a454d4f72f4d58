// The employer catalogue (aziende), shared by every counselor: edits merge field by field, the
// contact persons, phones and emails are sealed, and contacts with the employer are appended to
// the event log (their notes sealed with the payload). Deletion leaves tombstones. Creations, edits
// (with the names of the changed fields) and deletions are audited under the employer's id.
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import { employerSchema, type Employer, type EmployerInput } from '../../../shared/domain/employer';
import { employerContactSchema } from '../../../shared/domain/events';
import { isoDateSchema } from '../../../shared/domain/primitives';
import { validatePartitaIva } from '../../../shared/validation/partitaIva';
import { createRecord, editRecord, tombstone } from '../../../shared/sync/record';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { EmployerRecord, EmployerRow, EventRecord, OfferRow } from '../rows';
import type { Session } from '../session';
import { auditEntry, newEvent, openEvent, sealEmployer, sealEvent } from '../recordRows';
import { DuplicatePartitaIvaError, RecordNotFoundError } from './errors';
import { namedLimit } from '../../../shared/domain/messages';
import { changedFields, openOfferRow, sealOfferRecord } from './offerRepository';

export { DuplicatePartitaIvaError };

/** What the contact form sends: the event payload without its kind, and the day of the contact. */
export const contactInputSchema = employerContactSchema.omit({ kind: true }).extend({
  occurredOn: isoDateSchema,
  outcome: z.string().trim().max(500, namedLimit).default(''),
  note: z.string().trim().max(4000, namedLimit).default(''),
});
export type ContactInput = z.input<typeof contactInputSchema>;
export type ContactLogEntry = EventRecord & { payload: z.output<typeof employerContactSchema> };

/** What deleting an employer would leave behind, for the confirmation. */
export interface EmployerUsage {
  contacts: number;
  offers: number;
  meetings: number;
}

export interface EmployerRepository {
  list(): Promise<EmployerRecord[]>;
  get(id: string): Promise<EmployerRecord>;
  create(input: EmployerInput): Promise<EmployerRecord>;
  update(id: string, input: EmployerInput): Promise<EmployerRecord>;
  /** Tombstones the employer and its offers in one transaction; events stay. */
  remove(id: string): Promise<void>;
  /** The live employer with this partita IVA (spaces ignored), other than `exceptId`. */
  findByPartitaIva(partitaIva: string, exceptId?: string): Promise<EmployerRecord | undefined>;
  logContact(id: string, input: ContactInput): Promise<ContactLogEntry>;
  /** Contacts with the employer, newest first. */
  contacts(id: string): Promise<ContactLogEntry[]>;
  usage(id: string): Promise<EmployerUsage>;
  /** Day of the latest contact per employer id (read from the clear envelope: no decryption). */
  lastContacts(): Promise<Map<string, string>>;
}

const normalise = (partitaIva: string) => partitaIva.replace(/\s+/g, '');

function isContact(event: EventRecord): event is ContactLogEntry {
  return event.payload.kind === 'employer.contactLogged';
}

export function newestFirst(a: EventRecord, b: EventRecord): number {
  return a.occurredOn === b.occurredOn ? b.hlc.localeCompare(a.hlc) : b.occurredOn.localeCompare(a.occurredOn);
}

export function createEmployerRepository(db: PcoDatabase, session: Session, codec: RecordCodec): EmployerRepository {
  const open = (row: EmployerRow): Promise<EmployerRecord> => codec.open('employers', row);

  async function live(id: string): Promise<EmployerRecord> {
    const row = await db.employers.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(id);
    return open(row);
  }

  async function findByPartitaIva(partitaIva: string, exceptId?: string): Promise<EmployerRecord | undefined> {
    const wanted = normalise(partitaIva);
    // The partita IVA is in clear (a company's public number), so no decryption is needed to compare.
    const row = await db.employers.filter((candidate) => !candidate.deletedAt && candidate.id !== exceptId && normalise(candidate.data.partitaIva ?? '') === wanted).first();
    return row ? open(row) : undefined;
  }

  /** Validated, with the partita IVA in its canonical form and incentives always present. */
  async function validated(input: EmployerInput, exceptId?: string): Promise<Employer> {
    const parsed = employerSchema.parse(input);
    const checked = validatePartitaIva(parsed.partitaIva);
    const employer: Employer = { ...parsed, partitaIva: checked.ok ? checked.value : parsed.partitaIva, incentives: parsed.incentives ?? [] };
    const duplicate = await findByPartitaIva(employer.partitaIva, exceptId);
    if (duplicate) throw new DuplicatePartitaIvaError(duplicate.id);
    return employer;
  }

  const writeTables = [db.employers, db.offers, db.events, db.audit, db.meta];

  return {
    async list() {
      const rows = await db.employers.filter((row) => !row.deletedAt).toArray();
      const records = await Promise.all(rows.map(open));
      return records.sort((a, b) => a.data.legalName.localeCompare(b.data.legalName, 'it'));
    },

    get: live,

    async create(input) {
      const employer = await validated(input);
      const row = await sealEmployer(codec, createRecord(uuidv7(), employer, session.tick(), session.author()));
      await db.transaction('rw', writeTables, async () => {
        // Checked again inside the transaction: two quick saves must not file the same company twice.
        const clash = await db.employers.filter((other) => !other.deletedAt && normalise(other.data.partitaIva ?? '') === employer.partitaIva).first();
        if (clash) throw new DuplicatePartitaIvaError(clash.id);
        await db.employers.add(row);
        await db.audit.add(auditEntry(session, 'create', row.id, '', 'employer'));
        await session.persistClock();
      });
      return open(row);
    },

    async update(id, input) {
      const current = await live(id);
      const employer = await validated(input, id);
      const edited = editRecord(current, employer, session.tick(), session.author());
      if (edited === current) return current;
      const row = await sealEmployer(codec, edited);
      await db.transaction('rw', writeTables, async () => {
        await db.employers.put(row);
        await db.audit.add(auditEntry(session, 'update', id, changedFields(current, edited), 'employer'));
        await session.persistClock();
      });
      return open(row);
    },

    async remove(id) {
      const current = await live(id);
      const offerRows = await db.offers.where('employerId').equals(id).filter((row: OfferRow) => !row.deletedAt).toArray();
      const offers = await Promise.all(offerRows.map((row) => openOfferRow(codec, row)));
      const row = await sealEmployer(codec, tombstone(current, session.tick(), session.author()));
      const offerTombstones = await Promise.all(offers.map((offer) => sealOfferRecord(codec, tombstone(offer, session.tick(), session.author()))));
      await db.transaction('rw', writeTables, async () => {
        await db.employers.put(row);
        await db.offers.bulkPut(offerTombstones);
        await db.audit.add(auditEntry(session, 'delete', id, '', 'employer'));
        // Each offer goes with its employer: one entry per offer, so its own history is complete.
        await db.audit.bulkAdd(offers.map((offer) => auditEntry(session, 'delete', offer.id, `employer:${id}`, 'offer')));
        await session.persistClock();
      });
    },

    findByPartitaIva,

    async logContact(id, input) {
      await live(id);
      const { occurredOn, ...rest } = contactInputSchema.parse(input);
      const payload = { kind: 'employer.contactLogged' as const, ...rest };
      const event: ContactLogEntry = { ...newEvent(session, id, payload, occurredOn), payload };
      const row = await sealEvent(codec, event);
      await db.transaction('rw', [db.events, db.audit, db.meta], async () => {
        await db.events.add(row);
        await db.audit.add(auditEntry(session, 'update', id, `contact:${rest.channel}`, 'employer'));
        await session.persistClock();
      });
      return event;
    },

    async contacts(id) {
      const rows = await db.events.where('subjectId').equals(id).toArray();
      const events = await Promise.all(rows.map((row) => openEvent(codec, row)));
      return events.filter(isContact).sort(newestFirst);
    },

    async usage(id) {
      const [contacts, offers, meetings] = await Promise.all([
        db.events.where('subjectId').equals(id).filter((row) => row.kind === 'employer.contactLogged').count(),
        db.offers.where('employerId').equals(id).filter((row) => !row.deletedAt).count(),
        // A meeting names its employer among its fields (in clear: a foreign key), whatever its index columns.
        db.meetings.filter((row) => !row.deletedAt && row.data.employerId === id).count(),
      ]);
      return { contacts, offers, meetings };
    },

    async lastContacts() {
      const latest = new Map<string, string>();
      await db.events
        .where('kind')
        .equals('employer.contactLogged')
        .each((row) => {
          if (row.occurredOn > (latest.get(row.subjectId) ?? '')) latest.set(row.subjectId, row.occurredOn);
        });
      return latest;
    },
  };
}
