// Appointments a counselor books: created, edited or moved, cancelled (kept, with the day, so the
// cancellation travels), and linked to the interview recorded from them. Scope: the coordinator
// sees and books for everyone; a counselor books in their own agenda, with workers of their
// caseload, and sees their own appointments and those naming a worker of theirs.
import { uuidv7 } from 'uuidv7';
import { appointmentSchema, type Appointment, type AppointmentInput } from '../../shared/domain/appointment';
import { conflictsWith } from '../../shared/agenda/conflicts';
import { createRecord, editRecord, tombstone, type VersionedRecord } from '../../shared/sync/record';
import { todayIso } from '../../shared/time/dates';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { AppointmentRow } from '../db/rows';
import type { Session } from '../db/session';
import { auditEntry } from '../db/recordRows';
import { sealRecord } from '../db/storedRows';
import { NotAllowedError, NotEligibleError, RecordNotFoundError } from '../db/repositories/errors';

export type AppointmentRecord = VersionedRecord<Appointment>;

/** Where an appointment goes when moved: a day and a start; the length is kept unless an end is given. */
export interface AppointmentMove {
  date: string;
  start: string;
  end: string;
}

export interface AppointmentRepository {
  /** Appointments in the session's scope between two days (both included), cancelled ones too, by day and start. */
  between(start: string, end: string): Promise<AppointmentRecord[]>;
  get(id: string): Promise<AppointmentRecord>;
  create(input: AppointmentInput): Promise<AppointmentRecord>;
  update(id: string, input: AppointmentInput): Promise<AppointmentRecord>;
  move(id: string, to: AppointmentMove): Promise<AppointmentRecord>;
  cancel(id: string): Promise<AppointmentRecord>;
  /** The interview recorded from the appointment. */
  linkInterview(id: string, interviewId: string): Promise<AppointmentRecord>;
  /** The live appointments of the same counselor the given times overlap (the form's warning). */
  conflictsOf(candidate: Pick<Appointment, 'date' | 'start' | 'end' | 'counselorId'> & { id?: string }): Promise<AppointmentRecord[]>;
  /**
   * A worker's personal data is erased: the appointments naming them lose the worker, their place and
   * note (free text that may speak of them); one left with nobody becomes a deleted "altro" slot.
   * Called by the erasure, which checks and audits it.
   */
  eraseForWorker(workerId: string): Promise<void>;
}

export function createAppointmentRepository(db: PcoDatabase, session: Session, codec: RecordCodec, today: () => string = todayIso): AppointmentRepository {
  const open = (row: AppointmentRow): Promise<AppointmentRecord> => codec.open('appointments', row);

  /** The workers this session follows (all for the coordinator: undefined). */
  async function caseload(): Promise<Set<string> | undefined> {
    if (session.role === 'coordinator') return undefined;
    return new Set(await db.workers.where('counselorId').equals(session.counselorId).primaryKeys());
  }

  const inScope = (row: Pick<AppointmentRow, 'counselorId' | 'workerIds'>, mine: Set<string> | undefined) =>
    !mine || row.counselorId === session.counselorId || row.workerIds.some((id) => mine.has(id));

  async function get(id: string): Promise<AppointmentRecord> {
    const row = await db.appointments.get(id);
    if (!row || row.deletedAt) throw new RecordNotFoundError(id);
    if (!inScope(row, await caseload())) throw new NotAllowedError(id);
    return open(row);
  }

  /** A counselor books in their own agenda and only with workers of their caseload. */
  async function checkAllowed(appointment: Appointment): Promise<void> {
    const mine = await caseload();
    if (!mine) return;
    if (appointment.counselorId !== session.counselorId) throw new NotAllowedError(appointment.counselorId, 'role');
    const stranger = appointment.workerIds.find((id) => !mine.has(id));
    if (stranger) throw new NotAllowedError(stranger);
  }

  async function write(record: AppointmentRecord, detail: string): Promise<AppointmentRecord> {
    const row = await sealRecord(codec, 'appointments', record);
    await db.transaction('rw', [db.appointments, db.audit, db.meta], async () => {
      await db.appointments.put(row);
      // On each worker's file, like an interview; an appointment with nobody is the counselor's own.
      const subjects = record.data.workerIds.length > 0 ? record.data.workerIds : [record.id];
      await db.audit.bulkAdd(subjects.map((subject) => auditEntry(session, 'update', subject, `appointment ${detail}`, record.data.workerIds.length > 0 ? 'worker' : 'report')));
      await session.persistClock();
    });
    return record;
  }

  async function edit(id: string, change: (current: Appointment) => Appointment, detail: string): Promise<AppointmentRecord> {
    const current = await get(id);
    const next = appointmentSchema.parse(change(current.data));
    await checkAllowed(next);
    return write(editRecord(current, next, session.tick(), session.author()), detail);
  }

  async function between(start: string, end: string): Promise<AppointmentRecord[]> {
    // Both reads before any decryption: a live query observes only what it reads before its first
    // non-Dexie await (WebCrypto).
    const rows = await db.appointments.where('date').between(start, end, true, true).filter((row) => !row.deletedAt).toArray();
    const mine = await caseload();
    const records = await Promise.all(rows.filter((row) => inScope(row, mine)).map(open));
    return records.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id));
  }

  return {
    between,

    get,

    async create(input) {
      const appointment = appointmentSchema.parse({ ...input, counselorId: input.counselorId || session.counselorId, cancelledOn: '', interviewId: '' });
      await checkAllowed(appointment);
      return write(createRecord(uuidv7(), appointment, session.tick(), session.author()), 'created');
    },

    update: (id, input) => edit(id, (current) => ({ ...appointmentSchema.parse(input), cancelledOn: current.cancelledOn, interviewId: current.interviewId }), 'changed'),

    move: (id, to) =>
      edit(
        id,
        (current) => {
          if (current.cancelledOn) throw new NotEligibleError('agenda.refusal.appointmentCancelled');
          return { ...current, date: to.date, start: to.start, end: to.end };
        },
        `moved ${to.date} ${to.start}`,
      ),

    cancel: (id) =>
      edit(
        id,
        (current) => {
          if (current.cancelledOn) throw new NotEligibleError('agenda.refusal.appointmentCancelled');
          return { ...current, cancelledOn: today() };
        },
        'cancelled',
      ),

    linkInterview: (id, interviewId) => edit(id, (current) => ({ ...current, interviewId }), 'interview recorded'),

    async eraseForWorker(workerId) {
      const rows = await db.appointments.where('workerIds').equals(workerId).filter((row) => !row.deletedAt).toArray();
      const records = await Promise.all(rows.map(open));
      const sealed = await Promise.all(
        records.map((record) => {
          const workerIds = record.data.workerIds.filter((id) => id !== workerId);
          const alone = workerIds.length === 0;
          const data: Appointment = { ...record.data, workerIds, place: '', note: '', ...(alone ? { type: 'other', interviewType: '', interviewId: '', cancelledOn: record.data.cancelledOn || today() } : {}) };
          const edited = editRecord(record, data, session.tick(), session.author());
          return sealRecord(codec, 'appointments', alone ? tombstone(edited, session.tick(), session.author()) : edited);
        }),
      );
      if (sealed.length === 0) return;
      await db.transaction('rw', [db.appointments, db.meta], async () => {
        await db.appointments.bulkPut(sealed);
        await session.persistClock();
      });
    },

    async conflictsOf(candidate) {
      const sameDay = await between(candidate.date, candidate.date);
      const slots = sameDay.map((record) => ({ ...record.data, id: record.id, record }));
      return conflictsWith({ id: candidate.id ?? '', cancelledOn: '', ...candidate }, slots).map((slot) => slot.record);
    },
  };
}
