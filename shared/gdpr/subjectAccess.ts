// The right of access (art. 15 GDPR): everything the programme holds about one worker, as a
// machine-readable JSON file and a printable HTML document the worker can read.
import { format, isValid, parseISO } from 'date-fns';
import type { AuditAction, AuditEntry } from '../domain/audit';
import type { DomainEvent, EventPayload } from '../domain/events';
import type { Worker } from '../domain/worker';
import type { RecordMeta } from '../sync/record';
import { chronological } from './eventHistory';
import { renderSubjectAccessHtml } from './subjectAccessHtml';
import { NO_CASEWORK, type SubjectAccessCasework } from './subjectAccessCasework';
import { WORKER_SECTIONS } from './workerFields';
import { slug } from '../text/fold';

export interface SubjectAccessInput {
  worker: { id: string; data: Worker; meta: Pick<RecordMeta, 'createdAt' | 'updatedAt' | 'updatedBy' | 'deviceId'> };
  /** The worker's events; events about anyone else are ignored. */
  events: readonly DomainEvent[];
  /** Audit entries about the worker's file; entries about anything else are ignored. */
  audit: readonly AuditEntry[];
  /** The programme, named as the data controller. */
  programmeName: string;
  counselorName: (id: string) => string;
  /** ISO timestamp of the export. */
  generatedAt: string;
  /** Counselor id of who produces the export. */
  generatedBy: string;
  language: 'it' | 'en';
  /** The app's t(); receives `worker.*`, `vocab.*`, `gdpr.*` and the case-work features' keys. */
  label: (key: string) => string;
  /** CVs, action plans, enrolments, candidacies and ventures of the worker; none when absent. */
  casework?: SubjectAccessCasework;
  /** An access-log detail in words (the log stores codes); shown as stored without it. */
  describeDetail?: (entry: AuditEntry) => string;
}

export interface SubjectAccessExport {
  json: string;
  html: string;
  /** File name without extension, ASCII: add `.json` or `.html`. */
  fileBaseName: string;
}

/** Every worker field, absent optional values as null so that each field is visibly listed. */
export type SubjectAccessWorkerFields = { [K in keyof Worker]-?: Exclude<Worker[K], undefined> | null };

/**
 * The JSON document, format `pco-subject-access` version 2 (version 1 had no `casework`). Codes and
 * dates are stored values (ISO dates, vocabulary codes), so that the file can be read back by any
 * program; the HTML is the human reading. A change to this shape is a new version.
 */
export interface SubjectAccessJson {
  format: 'pco-subject-access';
  version: 2;
  /** ISO timestamp. */
  generatedAt: string;
  generatedBy: { id: string; name: string };
  /** Language of the accompanying HTML document. */
  language: 'it' | 'en';
  /** The data controller. */
  programme: { name: string };
  /** The worker file: record id, every field, then when and by whom it was created and last changed. */
  worker: { id: string } & SubjectAccessWorkerFields & { createdAt: string; updatedAt: string; updatedBy: { id: string; name: string } };
  /** Status changes, consent and file creation, oldest first; `payload` is as recorded (domain/events.ts). */
  events: { id: string; occurredOn: string; recordedAt: string; recordedBy: { id: string; name: string }; deviceId: string; payload: EventPayload }[];
  /** CV versions, action plans, course enrolments, candidacies (with their moves) and business ventures. */
  casework: SubjectAccessCasework;
  /** Who opened, changed or exported the file, oldest first (audit log, domain/audit.ts). */
  accessLog: { id: string; at: string; action: AuditAction; actor: { id: string; name: string }; deviceId: string; detail: string }[];
}

export function buildSubjectAccessExport(input: SubjectAccessInput): SubjectAccessExport {
  const events = workerEvents(input);
  const audit = workerAudit(input);
  return {
    json: JSON.stringify(subjectAccessJson(input, events, audit), null, 2),
    html: renderSubjectAccessHtml(input, events, audit),
    fileBaseName: subjectAccessFileBaseName(input.worker.data, input.generatedAt, input.language),
  };
}

/**
 * Only this worker's events, oldest first. A caller passing a wider list must not leak someone
 * else's history into this person's copy.
 */
export function workerEvents(input: Pick<SubjectAccessInput, 'worker' | 'events'>): DomainEvent[] {
  return chronological(input.events.filter((event) => event.subjectId === input.worker.id));
}

/** Only the entries about this worker's file, in HLC order (the same on every laptop). */
export function workerAudit(input: Pick<SubjectAccessInput, 'worker' | 'audit'>): AuditEntry[] {
  return input.audit
    .filter((entry) => entry.subjectKind === 'worker' && entry.subjectId === input.worker.id)
    .sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
}

function subjectAccessJson(input: SubjectAccessInput, events: readonly DomainEvent[], audit: readonly AuditEntry[]): SubjectAccessJson {
  const person = (id: string) => ({ id, name: input.counselorName(id) });
  const { worker } = input;
  return {
    format: 'pco-subject-access',
    version: 2,
    generatedAt: input.generatedAt,
    generatedBy: person(input.generatedBy),
    language: input.language,
    programme: { name: input.programmeName },
    worker: { id: worker.id, ...workerFields(worker.data), createdAt: worker.meta.createdAt, updatedAt: worker.meta.updatedAt, updatedBy: person(worker.meta.updatedBy) },
    events: events.map((event) => ({
      id: event.id,
      occurredOn: event.occurredOn,
      recordedAt: event.hlc,
      recordedBy: person(event.recordedBy),
      deviceId: event.deviceId,
      payload: event.payload,
    })),
    casework: input.casework ?? NO_CASEWORK,
    accessLog: audit.map((entry) => ({ id: entry.id, at: entry.at, action: entry.action, actor: person(entry.actorId), deviceId: entry.deviceId, detail: entry.detail })),
  };
}

function workerFields(data: Worker): SubjectAccessWorkerFields {
  const fields: Record<string, unknown> = {};
  for (const section of WORKER_SECTIONS) for (const key of section.fields) fields[key] = data[key] ?? null;
  // A key the current schema does not know (a file from another app version) is still the
  // worker's data: it goes in rather than being silently left out.
  for (const [key, value] of Object.entries(data)) if (!(key in fields)) fields[key] = value ?? null;
  // The loops above set every key of Worker (WORKER_SECTIONS is checked against the schema in tests).
  return fields as SubjectAccessWorkerFields;
}

/** `accesso-dati-rossi-mario-2025-03-14` / `subject-access-rossi-mario-2025-03-14`. */
export function subjectAccessFileBaseName(worker: Pick<Worker, 'surname' | 'name'>, generatedAt: string, language: 'it' | 'en'): string {
  const parsed = parseISO(generatedAt);
  // The local day, as in the document; a malformed timestamp keeps whatever date it starts with.
  const day = isValid(parsed) ? format(parsed, 'yyyy-MM-dd') : generatedAt.slice(0, 10);
  const prefix = language === 'it' ? 'accesso-dati' : 'subject-access';
  return [prefix, slug(worker.surname), slug(worker.name), slug(day)].filter((part) => part !== '').join('-');
}
