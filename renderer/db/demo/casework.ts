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

const CHUNK = 500;

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
  // Sealed before each transaction: WebCrypto awaits inside a Dexie transaction would commit it early.
  for (let start = 0; start < events.length; start += CHUNK) {
    const sealed: EventRow[] = await Promise.all(events.slice(start, start + CHUNK).map((event) => sealEvent(codec, event)));
    await db.transaction('rw', [db.events, db.meta], async () => {
      await db.events.bulkAdd(sealed);
      await session.persistClock();
    });
  }
  for (let start = 0; start < plans.length; start += CHUNK) {
    const sealed: ActionPlanRow[] = await Promise.all(plans.slice(start, start + CHUNK).map((plan) => sealActionPlan(codec, plan)));
    await db.transaction('rw', [db.actionPlans, db.meta], async () => {
      await db.actionPlans.bulkAdd(sealed);
      await session.persistClock();
    });
  }
}
