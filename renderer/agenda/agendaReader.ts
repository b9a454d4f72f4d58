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
import type { EventRow } from '../db/rows';
import type { Session } from '../db/session';
import { auditEntry } from '../db/recordRows';
import type { WorkerRepository } from '../db/repositories/workerRepository';
import { openActionPlan } from '../db/repositories/actionPlanRepository';

export interface AgendaReader {
  load(): Promise<AgendaInput>;
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
  const eventsOf = (kind: EventRow['kind']) => db.events.where('kind').equals(kind).toArray();

  return {
    async load() {
      // Every read comes first: a live query observes only what it reads before its first
      // non-Dexie await (WebCrypto), and the agenda must refresh when any of these changes.
      const [employerRows, offerRows, candidacyRows, meetingRows, planRows, interviewRows, placementRows, stageRows, appointmentRows, contactRows] = await Promise.all([
        db.employers.toArray(),
        db.offers.toArray(),
        db.candidacies.filter((row) => !row.deletedAt).toArray(),
        db.meetings.filter((row) => !row.deletedAt).toArray(),
        db.actionPlans.filter((row) => !row.deletedAt).toArray(),
        eventsOf('worker.interviewHeld'),
        eventsOf('worker.placed'),
        eventsOf('candidacy.stageChanged'),
        db.appointments.filter((row) => !row.deletedAt).toArray(),
        eventsOf('employer.contactLogged'),
      ]);
      // Scope: what the worker repository lets this session see (its own read of the list table
      // comes right after the reads above, before any decryption, so it is observed too). The
      // summaries are the list's: names opened from the sealed snapshot, not every worker file.
      const visibleWorkers = await workers.summaries();
      const visible = new Set(visibleWorkers.map((worker) => worker.id));
      const employerNames = new Map(employerRows.map((row) => [row.id, row.data.legalName ?? '']));
      const employerName = (id: string | undefined) => employerNames.get(id ?? '') ?? '';
      const offerEmployer = new Map(offerRows.map((row) => [row.id, row.data.employerId]));
      const candidacies = candidacyRows
        .filter((row) => visible.has(row.data.workerId ?? ''))
        .map((row) => ({ id: row.id, workerId: row.data.workerId ?? '', employerName: employerName(offerEmployer.get(row.data.offerId ?? '')) }));
      const candidacyIds = new Set(candidacies.map((candidacy) => candidacy.id));
      const about = (rows: EventRow[], subjects: ReadonlySet<string>) => Promise.all(rows.filter((row) => subjects.has(row.subjectId)).map(open));
      // A counselor's meetings are those with one of their candidacies; only those are opened.
      const meetingsInScope = meetingRows.filter((row) => session.role === 'coordinator' || (row.data.candidacyIds ?? []).some((id) => candidacyIds.has(id)));
      // Opened in parallel: WebCrypto works best with many operations in flight.
      const appointmentsInScope = appointmentRows.filter((row) => session.role === 'coordinator' || row.counselorId === session.counselorId || row.workerIds.some((id) => visible.has(id)));
      const [interviews, placements, stages, plans, meetings, appointments, contacts] = await Promise.all([
        about(interviewRows, visible),
        about(placementRows, visible),
        about(stageRows, candidacyIds),
        Promise.all(planRows.filter((row) => visible.has(row.id)).map((row) => openActionPlan(codec, row))),
        Promise.all(meetingsInScope.map((row) => codec.open<Meeting>('meetings', row))),
        Promise.all(appointmentsInScope.map((row) => codec.open<Appointment>('appointments', row))),
        Promise.all(contactRows.map(open)),
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
    },

    async recordExport(period) {
      await db.transaction('rw', [db.audit, db.meta], async () => {
        await db.audit.add(auditEntry(session, 'export', 'agenda', `ics ${period.start}..${period.end}`, 'report'));
        await session.persistClock();
      });
    },
  };
}
