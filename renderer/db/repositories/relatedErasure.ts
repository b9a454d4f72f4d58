// The records around a worker that must lose their personal content when the worker's data is
// erased: events of their candidacies and enrolments (reasons, notes), their action plans and
// ventures (tombstones without fields), their CV versions, their documents and the appointments naming them. Prepared outside the transaction
// (sealing is asynchronous), written by the caller in the same transaction as the worker.
import { tombstone } from '../../../shared/sync/record';
import { redactPayload } from '../../../shared/gdpr/redact';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { ActionPlanRow, EventRow, VentureRow } from '../rows';
import type { Session } from '../session';
import { openEvent, sealEvent } from '../recordRows';
import { createCvRepository } from './cvRepository';
import { workerIds } from '../mergedFiles';
import { createDocumentRepository } from '../../documents/documentRepository';
import { createAppointmentRepository } from '../../agenda/appointmentRepository';

export interface RelatedErasure {
  events: EventRow[];
  actionPlans: ActionPlanRow[];
  ventures: VentureRow[];
}

export async function relatedErasure(db: PcoDatabase, session: Session, codec: RecordCodec, workerId: string): Promise<RelatedErasure> {
  // The rows of files merged into this one are the same person's.
  const ids = await workerIds(db, workerId);
  const candidacyIds = await db.candidacies.where('workerId').anyOf(ids).primaryKeys();
  const enrolmentIds = await db.enrolments.where('workerId').anyOf(ids).primaryKeys();
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
  const wipe = <T extends ActionPlanRow | VentureRow>(row: T): T => ({ ...row, ...tombstone<{ workerId: string }>({ ...row, data: { workerId: row.data.workerId ?? workerId } }, hlc, author), sealed: null });
  const actionPlans = (await db.actionPlans.where('workerId').anyOf(ids).toArray()).map(wipe);
  const ventures = (await db.ventures.where('workerId').anyOf(ids).toArray()).map(wipe);
  await createCvRepository(db, session, codec).eraseForWorker(workerId);
  // Every document about the worker goes: tombstones that name no file, and no byte left.
  await createDocumentRepository(db, session, codec).eraseForWorker(workerId);
  // Appointments lose the worker and their free text; one with nobody left goes.
  for (const id of ids) await createAppointmentRepository(db, session, codec).eraseForWorker(id);
  return { events, actionPlans, ventures };
}
