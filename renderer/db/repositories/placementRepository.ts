// Placements (ricollocazioni): a hiring is a `worker.placed` event on the worker plus the
// candidacy's move to `hired`, written together; the worker's status then becomes `placed`
// through the worker repository, so the status history and audit stay the usual ones.
import { placedSchema } from '../../../shared/domain/events';
import { todayIso } from '../../../shared/time/dates';
import { byOccurrence } from '../../../shared/candidacy/stages';
import { canReturnToProgramme, countHirings, needsOverbookingConfirmation, placementEndDate, placementFormSchema, type PlacementFacts, type PlacementFormInput } from '../../../shared/candidacy/placement';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { EventRecord, WorkerRecord } from '../rows';
import type { Session } from '../session';
import { auditEntry, newEvent, openEvent, sealEvent } from '../recordRows';
import { createWorkerRepository } from './workerRepository';
import { NotEligibleError } from './errors';
import { moveDetail, prepareMove, readOffer, visibleCandidacy, visibleWorker, type Today } from './candidacyRepository';
import { workerIds } from '../mergedFiles';

export interface PlacementView extends PlacementFacts {
  eventId: string;
  occurredOn: string;
  hlc: string;
  /** Last day of a fixed-term contract. */
  endDate?: string;
}

export interface HireOptions {
  /** The counselor confirmed a hiring beyond the offer's positions. */
  overbook?: boolean;
}

export interface PlacementRepository {
  /** The worker's placements, oldest first. */
  forWorker(workerId: string): Promise<PlacementView[]>;
  /** Hirings recorded on an offer, by anyone (the count is not personal data). */
  hirings(offerId: string): Promise<number>;
  /** Hirings per offer, for lists. */
  hiringsByOffer(): Promise<Map<string, number>>;
  hire(candidacyId: string, form: PlacementFormInput, options?: HireOptions): Promise<WorkerRecord>;
  /** After a fixed-term contract ends, the worker comes back into the programme as active. */
  returnToProgramme(workerId: string): Promise<WorkerRecord>;
}

function toPlacement(event: EventRecord): PlacementView | undefined {
  if (event.payload.kind !== 'worker.placed') return undefined;
  const { kind: _kind, ...facts } = event.payload;
  return { ...facts, eventId: event.id, occurredOn: event.occurredOn, hlc: event.hlc, endDate: placementEndDate(facts) };
}

export function createPlacementRepository(db: PcoDatabase, session: Session, codec: RecordCodec, today: Today = todayIso): PlacementRepository {
  const workers = createWorkerRepository(db, session, codec);

  async function allPlacements(): Promise<PlacementView[]> {
    const rows = await db.events.where('kind').equals('worker.placed').toArray();
    const events = await Promise.all(rows.map((row) => openEvent(codec, row)));
    return events.map(toPlacement).filter((placement) => placement !== undefined);
  }

  async function forWorker(workerId: string): Promise<PlacementView[]> {
    await visibleWorker(db, codec, session, workerId);
    const rows = await db.events.where('subjectId').anyOf(await workerIds(db, workerId)).filter((row) => row.kind === 'worker.placed').toArray();
    const events = await Promise.all(rows.map((row) => openEvent(codec, row)));
    return events.map(toPlacement).filter((placement) => placement !== undefined).sort(byOccurrence);
  }

  return {
    forWorker,

    async hirings(offerId) {
      return countHirings(await allPlacements(), offerId);
    },

    async hiringsByOffer() {
      const counts = new Map<string, number>();
      for (const placement of await allPlacements()) if (placement.offerId) counts.set(placement.offerId, (counts.get(placement.offerId) ?? 0) + 1);
      return counts;
    },

    async hire(candidacyId, input, options = {}) {
      const form = placementFormSchema.parse(input);
      const target = await visibleCandidacy(db, codec, session, candidacyId);
      const offer = await readOffer(db, codec, target.view.offerId);
      const hired = countHirings(await allPlacements(), offer.id);
      if (needsOverbookingConfirmation(offer.data.positions, hired) && !options.overbook) throw new NotEligibleError('noPositionsLeft');
      const stageEvent = await prepareMove(codec, session, target, { to: 'hired', occurredOn: form.hiredOn }, today());
      const { hiredOn, ...facts } = form;
      const payload = placedSchema.parse({ kind: 'worker.placed', employerId: offer.data.employerId, offerId: offer.id, candidacyId, ...facts });
      const placedEvent = await sealEvent(codec, newEvent(session, target.view.workerId, payload, hiredOn));
      await db.transaction('rw', [db.events, db.audit, db.meta], async () => {
        await db.events.bulkAdd([stageEvent, placedEvent]);
        await db.audit.add(auditEntry(session, 'update', target.view.workerId, moveDetail(candidacyId, 'hired')));
        await session.persistClock();
      });
      const worker = target.worker;
      if (worker.data.status === 'placed' && worker.data.exitReason === 'placed') return worker;
      return workers.update(worker.id, { ...worker.data, status: 'placed', exitReason: 'placed' });
    },

    async returnToProgramme(workerId) {
      const worker = await visibleWorker(db, codec, session, workerId);
      const latest = (await forWorker(workerId)).at(-1);
      if (worker.data.status !== 'placed' || !latest || !canReturnToProgramme(latest, today())) throw new NotEligibleError('notReturnable');
      return workers.update(workerId, { ...worker.data, status: 'active', exitReason: undefined });
    },
  };
}
