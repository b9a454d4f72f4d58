// Writes the generated demo case work (interviews and action plans) through the same sealing
// helpers the repositories use: interview payloads and plan texts are encrypted at rest.
import type { CaseworkDemo } from '../../../shared/demo/activity/casework';
import { createRecord } from '../../../shared/sync/record';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { ActionPlanRow, EventRecord, EventRow } from '../rows';
import type { Session } from '../session';
import { sealEvent } from '../recordRows';
import { sealActionPlan } from '../repositories/actionPlanRepository';
import { sealAndWrite } from './pipeline';

export async function loadCasework(db: PcoDatabase, codec: RecordCodec, session: Session, data: CaseworkDemo): Promise<void> {
  // Recorded by the worker's counselor, as if each laptop had synced its own work.
  const events: EventRecord[] = data.interviews.map((interview) => ({
    id: interview.id,
    subjectId: interview.workerId,
    occurredOn: interview.occurredOn,
    hlc: session.tick(),
    recordedBy: interview.counselorId,
    deviceId: session.deviceId,
    payload: interview.payload,
    kind: interview.payload.kind,
  }));
  const plans = data.actionPlans.map(({ workerId, counselorId, createdOn, plan }) =>
    createRecord(workerId, plan, session.tick(), { counselorId, deviceId: session.deviceId, nowIso: `${createdOn}T10:00:00.000Z` }),
  );
  await sealAndWrite(db, session, events, (event) => sealEvent(codec, event), (rows: EventRow[]) => db.events.bulkAdd(rows), [db.events, db.meta]);
  await sealAndWrite(db, session, plans, (plan) => sealActionPlan(codec, plan), (rows: ActionPlanRow[]) => db.actionPlans.bulkAdd(rows), [db.actionPlans, db.meta]);
}
