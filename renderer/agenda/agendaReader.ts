// Gathers what the agenda is computed from, within the session's scope: the workers the worker
// repository lists (their summaries), their interviews, plans, candidacies (with stage changes), placements, the
// meetings those candidacies take part in (all meetings for the coordinator), the appointments of
// the counselor or naming their workers, and the contacts with employers (shared, like the
// employers; their call-back days). Index columns and foreign keys are read in clear; sealed
// payloads are opened only for records in scope.
import type { AgendaAppointment, AgendaInput, AgendaMeeting, InterviewType } from '../../shared/agenda/types';
import type { Period } from '../../shared/agenda/period';
import type { Meeting } from '../../shared/domain/casework';
import type { Appointment } from '../../shared/domain/appointment';
import type { EventPayload } from '../../shared/domain/events';
import type { CandidacyStage } from '../../shared/domain/casework';
import type { ContractType } from '../../shared/domain/vocabulary';
import { followUpOf } from '../../shared/agenda/agenda';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { ActionPlanRow, AppointmentRow, CandidacyRow, EmployerRow, EventRow, MeetingRow, OfferRow } from '../db/rows';
import type { Session } from '../db/session';
import { auditEntry } from '../db/recordRows';
import type { WorkerRepository } from '../db/repositories/workerRepository';
import { openActionPlan } from '../db/repositories/actionPlanRepository';

export interface AgendaReader {
  /** The whole agenda's input: every dated item of the session's scope. */
  load(): Promise<AgendaInput>;
  /**
   * What Oggi and the menu's counter compute `day`'s digest from: the same digest as from `load()`,
   * read without the programme's history (its size does not grow with the months gone by).
   */
  today(day: string): Promise<AgendaInput>;
  /** The export of a period to a calendar file is audited, like any export of personal data. */
  recordExport(period: Period): Promise<void>;
}

/**
 * Of an opened event, only what the agenda reads: at 30,000 workers a year of interviews is
 * ≈ 150,000 payloads, and their notes, outcomes and skills would stay in memory for nothing.
 */
type Kept =
  | { kind: 'worker.interviewHeld'; interviewType: InterviewType; followUpOn: string }
  | { kind: 'worker.placed'; employerId: string; contractType: ContractType; startDate: string; fixedTermMonths: number | undefined }
  | { kind: 'candidacy.stageChanged'; to: CandidacyStage }
  | { kind: 'employer.contactLogged'; callBackOn: string }
  | { kind: 'other' };

function kept(row: EventRow, payload: EventPayload): Kept {
  switch (payload.kind) {
    case 'worker.interviewHeld':
      // The follow-up day is settled here, while the next steps it may be read from are at hand.
      return { kind: payload.kind, interviewType: payload.interviewType, followUpOn: followUpOf({ occurredOn: row.occurredOn, followUpOn: payload.followUpOn ?? '', nextSteps: payload.nextSteps }) };
    case 'worker.placed':
      return { kind: payload.kind, employerId: payload.employerId, contractType: payload.contractType, startDate: payload.startDate, fixedTermMonths: payload.fixedTermMonths };
    case 'candidacy.stageChanged':
      return { kind: payload.kind, to: payload.to };
    case 'employer.contactLogged':
      return { kind: payload.kind, callBackOn: payload.callBackOn ?? '' };
    default:
      return { kind: 'other' };
  }
}

type Opened = { row: EventRow; payload: Kept };

/** The rows one reading gathers, before anything is opened. */
interface Gathered {
  readonly employers: readonly EmployerRow[];
  readonly offers: readonly OfferRow[];
  readonly candidacies: readonly CandidacyRow[];
  readonly meetings: readonly MeetingRow[];
  readonly plans: readonly ActionPlanRow[];
  readonly interviews: readonly EventRow[];
  readonly placements: readonly EventRow[];
  readonly stageChanges: readonly EventRow[];
  readonly appointments: readonly AppointmentRow[];
  readonly contacts: readonly EventRow[];
}

/**
 * The live rows of a read. Filtered here rather than with Dexie's `filter`, which walks a cursor
 * row by row where a plain read is one `getAll` (30,000 plans: seconds against a fraction).
 */
const live = <R extends { deletedAt: string | null }>(read: Promise<R[]>): Promise<R[]> => read.then((rows) => rows.filter((row) => !row.deletedAt));

const isDayKey = (key: unknown): key is [string, string, string] => Array.isArray(key) && key.length === 3 && key.every((part) => typeof part === 'string');

/**
 * The events of one kind on each subject's latest day (all of them when several share it): a
 * follow-up or a call-back is done once a later one exists, so only these can still be pending.
 * Read from the [kind+subjectId+occurredOn] index, keys only: the older events are never fetched.
 */
async function latestDayOfEach(db: PcoDatabase, kind: EventRow['kind']): Promise<EventRow[]> {
  // [kind] sorts before every key of the kind, and [kind, []] after them (an array after any string).
  const ofKind = () => db.events.where('[kind+subjectId+occurredOn]').between([kind], [kind, []]);
  const [keys, ids] = await Promise.all([ofKind().keys(), ofKind().primaryKeys()]);
  // In index order a subject's events come together, its latest day last.
  const entries = keys.flatMap((key, i) => {
    const id = ids[i];
    return isDayKey(key) && typeof id === 'string' ? [{ subject: key[1], day: key[2], id }] : [];
  });
  const latestDay = new Map(entries.map(({ subject, day }) => [subject, day]));
  const latest = entries.filter(({ subject, day }) => latestDay.get(subject) === day).map(({ id }) => id);
  return (await db.events.bulkGet(latest)).filter((row): row is EventRow => row !== undefined);
}

export function createAgendaReader(db: PcoDatabase, session: Session, codec: RecordCodec, workers: WorkerRepository): AgendaReader {
  // Events never change once written (an erasure rewrites one with a new IV): what the agenda reads
  // of each is kept by id and IV, so moving between weeks does not decrypt the whole log again.
  const cache = new Map<string, Kept>();
  async function open(row: EventRow): Promise<Opened> {
    const key = `${row.id}:${row.payload.iv}`;
    const payload = cache.get(key) ?? kept(row, await codec.openValue<EventPayload>(`events:${row.id}`, row.payload));
    cache.set(key, payload);
    return { row, payload };
  }

  /** Scope, opening and shaping, the same for the whole agenda and for one day's digest. */
  async function assemble(rows: Gathered): Promise<AgendaInput> {
    // Scope: what the worker repository lets this session see (its own read of the list table
    // comes right after the caller's reads, before any decryption, so it is observed too). The
    // summaries are the list's: names opened from the sealed snapshot, not every worker file.
    const visibleWorkers = await workers.summaries();
    const visible = new Set(visibleWorkers.map((worker) => worker.id));
    const employerNames = new Map(rows.employers.map((row) => [row.id, row.data.legalName ?? '']));
    const employerName = (id: string | undefined) => employerNames.get(id ?? '') ?? '';
    const offerEmployer = new Map(rows.offers.map((row) => [row.id, row.data.employerId]));
    const candidacies = rows.candidacies
      .filter((row) => visible.has(row.data.workerId ?? ''))
      .map((row) => ({ id: row.id, workerId: row.data.workerId ?? '', employerName: employerName(offerEmployer.get(row.data.offerId ?? '')) }));
    const candidacyIds = new Set(candidacies.map((candidacy) => candidacy.id));
    const about = (events: readonly EventRow[], subjects: ReadonlySet<string>) => Promise.all(events.filter((row) => subjects.has(row.subjectId)).map(open));
    // A counselor's meetings are those with one of their candidacies; only those are opened.
    const meetingsInScope = rows.meetings.filter((row) => session.role === 'coordinator' || (row.data.candidacyIds ?? []).some((id) => candidacyIds.has(id)));
    const appointmentsInScope = rows.appointments.filter((row) => session.role === 'coordinator' || row.counselorId === session.counselorId || row.workerIds.some((id) => visible.has(id)));
    // Opened in parallel: WebCrypto works best with many operations in flight.
    const [interviews, placements, stages, plans, meetings, appointments, contacts] = await Promise.all([
      about(rows.interviews, visible),
      about(rows.placements, visible),
      about(rows.stageChanges, candidacyIds),
      Promise.all(rows.plans.filter((row) => visible.has(row.id)).map((row) => openActionPlan(codec, row))),
      Promise.all(meetingsInScope.map((row) => codec.open<Meeting>('meetings', row))),
      Promise.all(appointmentsInScope.map((row) => codec.open<Appointment>('appointments', row))),
      Promise.all(rows.contacts.map(open)),
    ]);

    return {
      workers: visibleWorkers.map(({ id, surname, name, counselorId, status, cigsEnd, participation }) => ({
        id,
        name: `${surname} ${name}`,
        counselorId,
        status,
        cigsEnd: participation === 'notEnrolled' ? '' : cigsEnd,
        awaitingConsent: participation === 'awaitingConsent',
      })),
      appointments: appointments.map(({ id, data }): AgendaAppointment => ({ id, ...data, employerName: employerName(data.employerId) })),
      employerContacts: contacts.flatMap(({ row, payload }) =>
        payload.kind === 'employer.contactLogged' ? [{ id: row.id, employerId: row.subjectId, employerName: employerName(row.subjectId), occurredOn: row.occurredOn, callBackOn: payload.callBackOn, counselorId: row.recordedBy }] : [],
      ),
      interviews: interviews.flatMap(({ row, payload }) =>
        payload.kind === 'worker.interviewHeld' ? [{ id: row.id, workerId: row.subjectId, occurredOn: row.occurredOn, interviewType: payload.interviewType, nextSteps: '', followUpOn: payload.followUpOn }] : [],
      ),
      plans: plans.map((plan) => ({ workerId: plan.id, activities: plan.data.activities })),
      meetings: meetings.map(({ id, data }): AgendaMeeting => ({ id, date: data.date, time: data.time ?? '', employerName: employerName(data.employerId), place: data.place ?? '', candidacyIds: data.candidacyIds ?? [] })),
      candidacies,
      stageChanges: stages.flatMap(({ row, payload }) => (payload.kind === 'candidacy.stageChanged' ? [{ candidacyId: row.subjectId, occurredOn: row.occurredOn, hlc: row.hlc, to: payload.to }] : [])),
      placements: placements.flatMap(({ row, payload }) =>
        payload.kind === 'worker.placed'
          ? [{ id: row.id, workerId: row.subjectId, employerName: employerName(payload.employerId), contractType: payload.contractType, startDate: payload.startDate, fixedTermMonths: payload.fixedTermMonths }]
          : [],
      ),
    };
  }

  const eventsOf = (kind: EventRow['kind']) => db.events.where('kind').equals(kind).toArray();

  return {
    async load() {
      // Every read comes first: a live query observes only what it reads before its first
      // non-Dexie await (WebCrypto), and the agenda must refresh when any of these changes.
      const [employers, offers, candidacies, meetings, plans, interviews, placements, stageChanges, appointments, contacts] = await Promise.all([
        db.employers.toArray(),
        db.offers.toArray(),
        live(db.candidacies.toArray()),
        live(db.meetings.toArray()),
        live(db.actionPlans.toArray()),
        eventsOf('worker.interviewHeld'),
        eventsOf('worker.placed'),
        eventsOf('candidacy.stageChanged'),
        live(db.appointments.toArray()),
        eventsOf('employer.contactLogged'),
      ]);
      return assemble({ employers, offers, candidacies, meetings, plans, interviews, placements, stageChanges, appointments, contacts });
    },

    async today(day) {
      // Oggi lists the day's appointments and meetings, reminders due or late (a follow-up or a
      // call-back is pending only on its subject's latest day; plan activities may be late by
      // months) and the workers' CIGS ends and consents: no placement, stage change or older event.
      const [employers, offers, meetings, plans, appointments, interviews, contacts] = await Promise.all([
        db.employers.toArray(),
        db.offers.toArray(),
        live(db.meetings.where('date').equals(day).toArray()),
        live(db.actionPlans.toArray()),
        live(db.appointments.where('date').equals(day).toArray()),
        latestDayOfEach(db, 'worker.interviewHeld'),
        latestDayOfEach(db, 'employer.contactLogged'),
      ]);
      const named = [...new Set(meetings.flatMap((row) => row.data.candidacyIds ?? []))];
      const candidacies = (await db.candidacies.bulkGet(named)).filter((row): row is CandidacyRow => row !== undefined && !row.deletedAt);
      return assemble({ employers, offers, candidacies, meetings, plans, interviews, placements: [], stageChanges: [], appointments, contacts });
    },

    async recordExport(period) {
      await db.transaction('rw', [db.audit, db.meta], async () => {
        await db.audit.add(auditEntry(session, 'export', 'agenda', `ics ${period.start}..${period.end}`, 'report'));
        await session.persistClock();
      });
    },
  };
}
