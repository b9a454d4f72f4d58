// Job offers (offerte di lavoro), part of the catalogue every counselor shares. Edits merge field
// by field; the free-text description is sealed (it may name people). How many positions are
// filled is never stored: it is counted from the `worker.placed` events that name the offer.
// Creations, edits (with the names of the changed fields) and deletions are audited.
import { uuidv7 } from 'uuidv7';
import { offerSchema, type Offer, type OfferInput, type OfferState } from '../../../shared/domain/offer';
import { createRecord, editRecord, tombstone, type VersionedRecord } from '../../../shared/sync/record';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { OfferRow } from '../rows';
import type { Session } from '../session';
import { auditEntry, openEvent } from '../recordRows';
import { RecordNotFoundError } from './errors';
import { sealRecord } from '../storedRows';

export type OfferRecord = VersionedRecord<Offer>;

/** The fields an edit changed (their clocks moved): the audit detail of an update, names only. */
export function changedFields<T extends object>(before: VersionedRecord<T>, after: VersionedRecord<T>): string {
  return Object.keys(after.clock)
    .filter((key) => after.clock[key] !== before.clock[key])
    .join(',');
}


/** Index columns of an offer row (schema v4: `employerId`, `state`), copied from its fields. */
export type IndexedOfferRow = OfferRow & { employerId: string; state: OfferState };

export const sealOfferRecord = (codec: RecordCodec, record: OfferRecord): Promise<IndexedOfferRow> => sealRecord(codec, 'offers', record);

export async function openOfferRow(codec: RecordCodec, row: OfferRow): Promise<OfferRecord> {
  // The index columns are copies of fields: the record handed out carries only the fields.
  const { employerId: _employerId, state: _state, ...stored } = row as Partial<IndexedOfferRow> & OfferRow;
  return codec.open('offers', stored);
}

/**
 * The state to show: an open offer whose placements reach its positions shows as filled. The
 * record is not edited: the counselor confirms by closing it (or marking it filled).
 */
export function displayedOfferState(offer: Offer, filled: number): OfferState {
  return offer.state === 'open' && filled >= offer.positions ? 'filled' : offer.state;
}

/** What deleting an offer would leave behind, for the confirmation. */
export interface OfferUsage {
  candidacies: number;
  placements: number;
}

export interface OfferRepository {
  /** Live offers, most recently received first. */
  list(): Promise<OfferRecord[]>;
  listForEmployer(employerId: string): Promise<OfferRecord[]>;
  get(id: string): Promise<OfferRecord>;
  create(input: OfferInput): Promise<OfferRecord>;
  update(id: string, input: OfferInput): Promise<OfferRecord>;
  remove(id: string): Promise<void>;
  /** Placements per offer id, counted from `worker.placed` events. */
  filledCounts(): Promise<Map<string, number>>;
  usage(id: string): Promise<OfferUsage>;
}

const byReceivedDesc = (a: OfferRecord, b: OfferRecord) => b.data.receivedOn.localeCompare(a.data.receivedOn) || b.id.localeCompare(a.id);

export function createOfferRepository(db: PcoDatabase, session: Session, codec: RecordCodec): OfferRepository {
  const open = (row: OfferRow) => openOfferRow(codec, row);

  async function live(id: string): Promise<OfferRecord> {
    const row = await db.offers.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(id);
    return open(row);
  }

  async function validated(input: OfferInput): Promise<Offer> {
    const offer = offerSchema.parse(input);
    const employer = await db.employers.get(offer.employerId);
    if (!employer || employer.deletedAt) throw new RecordNotFoundError(offer.employerId);
    return offer;
  }

  async function placements() {
    const rows = await db.events.where('kind').equals('worker.placed').toArray();
    return Promise.all(rows.map((row) => openEvent(codec, row)));
  }

  const writeTables = [db.offers, db.audit, db.meta];

  return {
    async list() {
      const rows = await db.offers.filter((row) => !row.deletedAt).toArray();
      return (await Promise.all(rows.map(open))).sort(byReceivedDesc);
    },

    async listForEmployer(employerId) {
      const rows = await db.offers.where('employerId').equals(employerId).filter((row) => !row.deletedAt).toArray();
      return (await Promise.all(rows.map(open))).sort(byReceivedDesc);
    },

    get: live,

    async create(input) {
      const offer = await validated(input);
      const row = await sealOfferRecord(codec, createRecord(uuidv7(), offer, session.tick(), session.author()));
      await db.transaction('rw', writeTables, async () => {
        await db.offers.add(row);
        await db.audit.add(auditEntry(session, 'create', row.id, `employer:${offer.employerId}`, 'offer'));
        await session.persistClock();
      });
      return open(row);
    },

    async update(id, input) {
      const current = await live(id);
      const offer = await validated(input);
      const edited = editRecord(current, offer, session.tick(), session.author());
      if (edited === current) return current;
      const row = await sealOfferRecord(codec, edited);
      await db.transaction('rw', writeTables, async () => {
        await db.offers.put(row);
        await db.audit.add(auditEntry(session, 'update', id, changedFields(current, edited), 'offer'));
        await session.persistClock();
      });
      return open(row);
    },

    async remove(id) {
      const current = await live(id);
      const row = await sealOfferRecord(codec, tombstone(current, session.tick(), session.author()));
      await db.transaction('rw', writeTables, async () => {
        await db.offers.put(row);
        await db.audit.add(auditEntry(session, 'delete', id, `employer:${current.data.employerId}`, 'offer'));
        await session.persistClock();
      });
    },

    async filledCounts() {
      const counts = new Map<string, number>();
      for (const event of await placements()) {
        if (event.payload.kind !== 'worker.placed' || !event.payload.offerId) continue;
        counts.set(event.payload.offerId, (counts.get(event.payload.offerId) ?? 0) + 1);
      }
      return counts;
    },

    async usage(id) {
      const [candidacies, placed] = await Promise.all([
        // A candidacy names its offer among its fields (in clear: a foreign key), whatever its index columns.
        db.candidacies.filter((row) => !row.deletedAt && row.data.offerId === id).count(),
        placements(),
      ]);
      return { candidacies, placements: placed.filter((event) => event.payload.kind === 'worker.placed' && event.payload.offerId === id).length };
    },
  };
}
