// Candidacies (candidature): a worker proposed for an offer. The record holds only who, which offer
// and when; its stage is derived from the append-only `candidacy.stageChanged` events, so moves made
// on two laptops never conflict. The rules live in shared/candidacy; this module enforces them,
// together with the caseload scope (a counselor moves only their own workers' candidacies).
import { uuidv7 } from 'uuidv7';
import { candidacySchema, type Candidacy, type CandidacyStage } from '../../../shared/domain/casework';
import type { Offer } from '../../../shared/domain/offer';
import type { Employer } from '../../../shared/domain/employer';
import { createRecord, type VersionedRecord } from '../../../shared/sync/record';
import { todayIso } from '../../../shared/time/dates';
import { checkMove, currentStage, orderStageEvents } from '../../../shared/candidacy/stages';
import { checkProposal } from '../../../shared/candidacy/proposal';
import type { ConsentFields } from '../../../shared/domain/participation';
import { consentWithdrawnOn } from '../../../shared/gdpr/eventHistory';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { CandidacyRow, EventRecord, EventRow, WorkerRecord } from '../rows';
import type { Session } from '../session';
import { auditEntry, newEvent, openEvent, openWorker, sealEvent } from '../recordRows';
import { NotAllowedError, NotEligibleError, RecordNotFoundError } from './errors';
import { survivorId, workerIds } from '../mergedFiles';
import { sealRecord } from '../storedRows';

/** One recorded move of a candidacy. */
export interface StageChange {
  id: string;
  occurredOn: string;
  hlc: string;
  recordedBy: string;
  from: CandidacyStage | null;
  to: CandidacyStage;
  reason: string;
  cvId?: string;
}

export interface CandidacyView {
  id: string;
  workerId: string;
  offerId: string;
  proposedOn: string;
  stage: CandidacyStage;
  /** Day of the latest move. */
  stageSince: string;
  /** Moves in the order they happened. */
  changes: StageChange[];
}

export interface StageMove {
  to: CandidacyStage;
  occurredOn: string;
  reason?: string;
  cvId?: string;
}

export type Today = () => string;

// --- Read helpers for the shared catalogue (offers and employers are everyone's) ---

export async function readOffer(db: PcoDatabase, codec: RecordCodec, id: string): Promise<VersionedRecord<Offer>> {
  const row = await db.offers.get(id);
  if (!row || row.deletedAt) throw new RecordNotFoundError(id);
  return codec.open('offers', row);
}

export async function readOffers(db: PcoDatabase, codec: RecordCodec): Promise<VersionedRecord<Offer>[]> {
  const rows = await db.offers.filter((row) => !row.deletedAt).toArray();
  return Promise.all(rows.map((row) => codec.open('offers', row)));
}

export async function readEmployer(db: PcoDatabase, codec: RecordCodec, id: string): Promise<VersionedRecord<Employer>> {
  const row = await db.employers.get(id);
  if (!row || row.deletedAt) throw new RecordNotFoundError(id);
  return codec.open('employers', row);
}

export async function readEmployers(db: PcoDatabase, codec: RecordCodec): Promise<VersionedRecord<Employer>[]> {
  const rows = await db.employers.filter((row) => !row.deletedAt).toArray();
  return Promise.all(rows.map((row) => codec.open('employers', row)));
}

// --- Building blocks shared with the meeting and placement repositories ---

/** Index columns of a candidacy row (schema v4: `workerId`, `offerId`), copied from its fields. */
export type IndexedCandidacyRow = CandidacyRow & { workerId: string; offerId: string };

export function sealCandidacy(codec: RecordCodec, record: VersionedRecord<Candidacy>): Promise<IndexedCandidacyRow> {
  // Nothing in a candidacy is personal beyond the ids: no field is sealed (shared/sync/registry.ts).
  return sealRecord(codec, 'candidacies', record);
}

function toChange(event: EventRecord): StageChange | undefined {
  const payload = event.payload;
  if (payload.kind !== 'candidacy.stageChanged') return undefined;
  return { id: event.id, occurredOn: event.occurredOn, hlc: event.hlc, recordedBy: event.recordedBy, from: payload.from, to: payload.to, reason: payload.reason, cvId: payload.cvId };
}

/** Candidacy rows with their moves and derived stage. */
export async function viewsOf(db: PcoDatabase, codec: RecordCodec, rows: readonly CandidacyRow[]): Promise<CandidacyView[]> {
  if (rows.length === 0) return [];
  const eventRows = await db.events.where('subjectId').anyOf(rows.map((row) => row.id)).toArray();
  const events = await Promise.all(eventRows.filter((row) => row.kind === 'candidacy.stageChanged').map((row) => openEvent(codec, row)));
  const bySubject = new Map<string, StageChange[]>();
  for (const event of events) {
    const change = toChange(event);
    if (change) bySubject.set(event.subjectId, [...(bySubject.get(event.subjectId) ?? []), change]);
  }
  const records = await Promise.all(rows.map((row) => codec.open('candidacies', row)));
  return records.map(({ id, data }) => {
    const changes = orderStageEvents(bySubject.get(id) ?? []);
    return { id, workerId: data.workerId, offerId: data.offerId, proposedOn: data.proposedOn, stage: currentStage(changes), stageSince: changes.at(-1)?.occurredOn ?? data.proposedOn, changes };
  });
}

export const canSeeWorker = (session: Session, row: { counselorId: string }) => session.role === 'coordinator' || row.counselorId === session.counselorId;

/** The worker, if the session may act on their case; otherwise a typed refusal. */
export async function visibleWorker(db: PcoDatabase, codec: RecordCodec, session: Session, workerId: string): Promise<WorkerRecord> {
  // A candidacy of a file merged into another is the survivor's.
  const row = await db.workers.get(await survivorId(db, workerId));
  if (!row || row.deletedAt) throw new RecordNotFoundError(workerId);
  if (!canSeeWorker(session, row)) throw new NotAllowedError(workerId);
  return openWorker(codec, row);
}

/** A candidacy the session may act on, with its worker. */
export async function visibleCandidacy(db: PcoDatabase, codec: RecordCodec, session: Session, id: string): Promise<{ view: CandidacyView; worker: WorkerRecord }> {
  const row = await db.candidacies.get(id);
  if (!row || row.deletedAt) throw new RecordNotFoundError(id);
  const [view] = await viewsOf(db, codec, [row]);
  if (!view) throw new RecordNotFoundError(id);
  return { view, worker: await visibleWorker(db, codec, session, view.workerId) };
}

/**
 * The worker's enrolment and consent as the proposal rule reads them. The file holds the consent
 * state; a withdrawal recorded before the file kept it (only as an event, later than the consent
 * on the file) still counts.
 */
export async function consentInForce(db: PcoDatabase, codec: RecordCodec, worker: WorkerRecord): Promise<ConsentFields> {
  const rows = await db.events.where('subjectId').anyOf(await workerIds(db, worker.id)).toArray();
  const events = await Promise.all(rows.filter((row) => row.kind === 'worker.consentRecorded').map((row) => openEvent(codec, row)));
  const withdrawnOn = consentWithdrawnOn(events);
  const { enrolmentDate, privacyConsentDate, consentWithdrawnOn: onFile } = worker.data;
  const legacy = withdrawnOn !== undefined && onFile === undefined && withdrawnOn >= (privacyConsentDate ?? '');
  return { enrolmentDate, privacyConsentDate, consentWithdrawnOn: legacy ? withdrawnOn : onFile };
}

/** Checks a move against the rules and returns its sealed event, ready for the caller's transaction. */
export async function prepareMove(codec: RecordCodec, session: Session, target: { view: CandidacyView; worker: WorkerRecord }, move: StageMove, today: string): Promise<EventRow> {
  const verdict = checkMove(move, { events: target.view.changes, enrolmentDate: target.worker.data.enrolmentDate, today });
  if (!verdict.ok) throw new NotEligibleError(verdict.refusal);
  const payload = { kind: 'candidacy.stageChanged' as const, from: target.view.stage, to: move.to, reason: move.reason?.trim() ?? '', ...(move.cvId ? { cvId: move.cvId } : {}) };
  return sealEvent(codec, newEvent(session, target.view.id, payload, move.occurredOn));
}

/** Audit detail of a candidacy move: ids and stage codes only. */
export const moveDetail = (candidacyId: string, to: CandidacyStage) => `candidacy:${candidacyId}:${to}`;

export interface CandidacyRepository {
  /** Candidacies on an offer, of the workers the session can see. */
  forOffer(offerId: string): Promise<CandidacyView[]>;
  forWorker(workerId: string): Promise<CandidacyView[]>;
  get(id: string): Promise<CandidacyView>;
  propose(input: Candidacy): Promise<CandidacyView>;
  /** Any move but `hired`, which needs a placement (placementRepository.hire). */
  move(id: string, move: StageMove): Promise<CandidacyView>;
  offer(id: string): Promise<VersionedRecord<Offer>>;
  offers(): Promise<VersionedRecord<Offer>[]>;
  employer(id: string): Promise<VersionedRecord<Employer>>;
  employers(): Promise<VersionedRecord<Employer>[]>;
}

export function createCandidacyRepository(db: PcoDatabase, session: Session, codec: RecordCodec, today: Today = todayIso): CandidacyRepository {
  const writeTables = [db.candidacies, db.events, db.audit, db.meta];

  async function visibleViews(rows: CandidacyRow[]): Promise<CandidacyView[]> {
    const workers = await db.workers.bulkGet([...new Set(rows.map((row) => row.data.workerId ?? ''))]);
    const visible = new Set(workers.filter((w) => w && !w.deletedAt && canSeeWorker(session, w)).map((w) => w?.id));
    return viewsOf(db, codec, rows.filter((row) => !row.deletedAt && visible.has(row.data.workerId)));
  }

  return {
    async forOffer(offerId) {
      return visibleViews(await db.candidacies.where('offerId').equals(offerId).toArray());
    },

    async forWorker(workerId) {
      await visibleWorker(db, codec, session, workerId);
      return visibleViews(await db.candidacies.where('workerId').anyOf(await workerIds(db, workerId)).toArray());
    },

    async get(id) {
      return (await visibleCandidacy(db, codec, session, id)).view;
    },

    async propose(input) {
      const candidacy = candidacySchema.parse(input);
      const worker = await visibleWorker(db, codec, session, candidacy.workerId);
      const offer = await readOffer(db, codec, candidacy.offerId);
      // Every candidacy of the worker counts, whoever recorded it.
      const existing = await viewsOf(db, codec, (await db.candidacies.where('workerId').anyOf(await workerIds(db, candidacy.workerId)).toArray()).filter((row) => !row.deletedAt));
      const verdict = checkProposal(candidacy, { existing, worker: await consentInForce(db, codec, worker), offerReceivedOn: offer.data.receivedOn, offerState: offer.data.state, today: today() });
      if (!verdict.ok) throw new NotEligibleError(verdict.refusal);
      const id = uuidv7();
      const record = createRecord(id, candidacy, session.tick(), session.author());
      const row = await sealCandidacy(codec, record);
      const event = await sealEvent(codec, newEvent(session, id, { kind: 'candidacy.stageChanged', from: null, to: 'proposed', reason: '' }, candidacy.proposedOn));
      await db.transaction('rw', writeTables, async () => {
        await db.candidacies.add(row);
        await db.events.add(event);
        await db.audit.add(auditEntry(session, 'update', candidacy.workerId, moveDetail(id, 'proposed')));
        await session.persistClock();
      });
      return (await visibleCandidacy(db, codec, session, id)).view;
    },

    async move(id, move) {
      if (move.to === 'hired') throw new NotEligibleError('hiredNeedsPlacement');
      const target = await visibleCandidacy(db, codec, session, id);
      const event = await prepareMove(codec, session, target, move, today());
      await db.transaction('rw', writeTables, async () => {
        await db.events.add(event);
        await db.audit.add(auditEntry(session, 'update', target.view.workerId, moveDetail(id, move.to)));
        await session.persistClock();
      });
      return (await visibleCandidacy(db, codec, session, id)).view;
    },

    offer: (id) => readOffer(db, codec, id),
    offers: () => readOffers(db, codec),
    employer: (id) => readEmployer(db, codec, id),
    employers: () => readEmployers(db, codec),
  };
}
