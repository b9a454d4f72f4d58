// NDJSON payload lines → grouped bundle content, each line checked by its zod schema.
import { utf8Decode } from '../bytes';
import type { AnyRecord, BundleContent, CaseloadLine, RecoveryKeyLine, SyncEvent, SyncTable } from '../types';
import type { AuditEntry } from '../../domain/audit';
import type { StatisticalRecord } from '../../gdpr/statisticalRecord';
import { bundleLineSchema } from './manifest';
import { recordDataProblem } from '../recordSchemas';

export type PayloadParse = { ok: true; content: BundleContent; maxHlc: string | null } | { ok: false; detail: string };

/** Why a record's data is unacceptable for its table, or null. */
export type RecordValidator = (table: SyncTable, record: AnyRecord) => string | null;

export function parsePayload(payload: Uint8Array, recordProblem: RecordValidator = recordDataProblem): PayloadParse {
  let text: string;
  try {
    text = utf8Decode(payload);
  } catch {
    return { ok: false, detail: 'payload is not UTF-8' };
  }
  const records: Partial<Record<SyncTable, AnyRecord[]>> = {};
  const events: SyncEvent[] = [];
  const audit: AuditEntry[] = [];
  const statistics: StatisticalRecord[] = [];
  const recoveryKeys: RecoveryKeyLine[] = [];
  let caseload: CaseloadLine | null = null;
  let maxHlc = '';
  const see = (hlc: string | null) => {
    if (hlc !== null && hlc > maxHlc) maxHlc = hlc;
  };
  const lines = text.length === 0 ? [] : text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let json: unknown;
    try {
      json = JSON.parse(lines[i] ?? '');
    } catch {
      return { ok: false, detail: `line ${i + 3} is not JSON` };
    }
    const parsed = bundleLineSchema.safeParse(json);
    if (!parsed.success) return { ok: false, detail: `line ${i + 3}: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    const line = parsed.data;
    switch (line.t) {
      case 'record': {
        const problem = recordProblem(line.table, line.record);
        if (problem) return { ok: false, detail: `line ${i + 3}: ${problem}` };
        (records[line.table] ??= []).push(line.record);
        see(line.record.deletedAt);
        for (const hlc of Object.values(line.record.clock)) see(hlc);
        break;
      }
      case 'event':
        events.push({ ...line.event, kind: line.event.payload.kind });
        see(line.event.hlc);
        break;
      case 'audit':
        audit.push(line.entry);
        see(line.entry.hlc);
        break;
      case 'statistic':
        statistics.push(line.record);
        break;
      case 'caseload':
        if (caseload) return { ok: false, detail: 'two caseload lines' };
        caseload = { counselorId: line.counselorId, workerIds: line.workerIds };
        break;
      case 'recoveryKey':
        recoveryKeys.push({ deviceId: line.deviceId, wrappedDataKey: line.wrappedDataKey });
        break;
    }
  }
  return { ok: true, content: { records, events, audit, statistics, caseload, recoveryKeys }, maxHlc: maxHlc || null };
}
