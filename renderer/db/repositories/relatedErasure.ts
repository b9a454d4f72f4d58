// The records around a worker that must lose their personal content when the worker's data is
// erased: events of their candidacies and enrolments (reasons, notes), their action plans and
// ventures (tombstones without fields) and their CV versions. Prepared outside the transaction
// (sealing is asynchronous), written by the caller in the same transaction as the worker.
import { tombstone } from '../../../shared/sync/record';
import { redactPayload } from '../../../shared/gdpr/redact';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { ActionPlanRow, EventRow, VentureRow } from '../rows';
import type { Session } from '../session';
import { openEvent, sealEvent } from '../recordRows';
import { createCvRepository } from './cvRepository';

export interface RelatedErasure {
  events: EventRow[];
  actionPlans: ActionPlanRow[];
  ventures: VentureRow[];
}

export async function relatedErasure(db: PcoDatabase, session: Session, codec: RecordCodec, workerId: string): Promise<RelatedErasure> {
  const candidacyIds = await db.candidacies.where('workerId').equals(workerId).primaryKeys();
  const enrolmentIds = await db.enrolments.where('workerId').equals(workerId).primaryKeys();
  const rows = await db.events.where('subjectId').anyOf([...candidacyIds, ...enrolmentIds]).toArray();
  const events = await Promise.all(
    rows.map(async (row) => {
      const event = await openEvent(codec, row);
      return sealEvent(codec, { ...event, payload: redactPayload(event.payload) });
    }),
  );
  const hlc = session.tick();
  const author = session.author();
  // Only the link to the worker survives, so the tombstone travels with sync and reveals nothing.
  const wipe = <T extends ActionPlanRow | VentureRow>(row: T): T => ({ ...row, ...tombstone<{ workerId: string }>({ ...row, data: { workerId } }, hlc, author), sealed: null });
  const actionPlans = (await db.actionPlans.where('workerId').equals(workerId).toArray()).map(wipe);
  const ventures = (await db.ventures.where('workerId').equals(workerId).toArray()).map(wipe);
  await createCvRepository(db, session, codec).eraseForWorker(workerId);
  return { events, actionPlans, ventures };
}
