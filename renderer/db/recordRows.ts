// Builders shared by every writer: the worker row with its index columns, and event rows.
import { uuidv7 } from 'uuidv7';
import { cigsEndDate, effectiveCigsPeriods } from '../../shared/domain/programme';
import type { CigsPeriod, Worker } from '../../shared/domain/worker';
import type { EventPayload } from '../../shared/domain/events';
import type { VersionedRecord } from '../../shared/sync/record';
import type { EventRow, WorkerRow } from './rows';
import type { Session } from './session';

/** Copies the non-identifying index columns out of the record's data. */
export function toWorkerRow(record: VersionedRecord<Worker>, programmePeriods: readonly CigsPeriod[]): WorkerRow {
  const { data } = record;
  return {
    ...record,
    status: data.status,
    primaryTrack: data.primaryTrack,
    counselorId: data.counselorId,
    cigsEnd: cigsEndDate(effectiveCigsPeriods(data.cigsPeriods, programmePeriods)) ?? '',
  };
}

export function newEvent(session: Session, subjectId: string, payload: EventPayload, occurredOn: string): EventRow {
  return {
    id: uuidv7(),
    subjectId,
    occurredOn,
    hlc: session.tick(),
    recordedBy: session.counselorId,
    deviceId: session.deviceId,
    payload,
    kind: payload.kind,
  };
}
