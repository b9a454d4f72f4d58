// Builders shared by every writer: sealed rows with their index columns, and event rows.
import { uuidv7 } from 'uuidv7';
import type { Counselor } from '../../shared/domain/programme';
import type { CigsPeriod, Worker } from '../../shared/domain/worker';
import { workerIndexColumns } from '../../shared/sync/registry';
import { sealRecord } from './storedRows';
import type { Employer } from '../../shared/domain/employer';
import type { EventPayload } from '../../shared/domain/events';
import type { AuditAction, AuditEntry } from '../../shared/domain/audit';
import type { VersionedRecord } from '../../shared/sync/record';
import type { RecordCodec } from './codec';
import type { AuditRow, CounselorRow, EmployerRow, EventRecord, EventRow, WorkerIndex, WorkerRecord, WorkerRow } from './rows';
import type { Session } from './session';

/** The non-identifying index columns of a worker. */
export function workerIndex(data: Worker, programmePeriods: readonly CigsPeriod[]): WorkerIndex {
  return workerIndexColumns(data, { programmePeriods });
}

/** An opened worker record with its index columns (for records built in memory, e.g. imports and tests). */
export function withWorkerIndex(record: VersionedRecord<Worker>, programmePeriods: readonly CigsPeriod[]): WorkerRecord {
  return { ...record, ...workerIndex(record.data, programmePeriods) };
}

export function sealWorker(codec: RecordCodec, record: VersionedRecord<Worker>, programmePeriods: readonly CigsPeriod[]): Promise<WorkerRow> {
  return sealRecord(codec, 'workers', record, { programmePeriods });
}

export async function openWorker(codec: RecordCodec, row: WorkerRow): Promise<WorkerRecord> {
  // The blind index stays on the row: an opened record (shown, exported, copied) never carries it.
  const { status, primaryTrack, counselorId, cigsEnd, personKey: _index, ...stored } = row;
  return { ...(await codec.open('workers', stored)), status, primaryTrack, counselorId, cigsEnd };
}

export const sealCounselor = (codec: RecordCodec, record: VersionedRecord<Counselor>): Promise<CounselorRow> => sealRecord(codec, 'counselors', record);
export const sealEmployer = (codec: RecordCodec, record: VersionedRecord<Employer>): Promise<EmployerRow> => sealRecord(codec, 'employers', record);

export function newEvent(session: Session, subjectId: string, payload: EventPayload, occurredOn: string): EventRecord {
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

export async function sealEvent(codec: RecordCodec, event: EventRecord): Promise<EventRow> {
  return { ...event, payload: await codec.sealValue(`events:${event.id}`, event.payload) };
}

export async function openEvent(codec: RecordCodec, row: EventRow): Promise<EventRecord> {
  return { ...row, payload: await codec.openValue<EventPayload>(`events:${row.id}`, row.payload) };
}

export function auditEntry(session: Session, action: AuditAction, subjectId: string, detail = '', subjectKind: AuditEntry['subjectKind'] = 'worker'): AuditRow {
  return {
    id: uuidv7(),
    at: session.author().nowIso,
    hlc: session.tick(),
    actorId: session.counselorId,
    deviceId: session.deviceId,
    action,
    subjectKind,
    subjectId,
    detail,
  };
}
