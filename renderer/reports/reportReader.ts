// Gathers what the reports are computed from, within the session's scope: the workers the worker
// repository lists (a counselor's caseload, everyone for the coordinator), their events and those
// of their candidacies and enrolments, the shared catalogues (employers, offers, courses), and for
// the coordinator the erased files' events and anonymous rows. Every read is done before any
// decryption; sealed parts are opened only for records in scope. Exports are audited here.
import type { Candidacy, Course, Enrolment, Meeting, Venture } from '../../shared/domain/casework';
import type { Employer } from '../../shared/domain/employer';
import type { DomainEvent, EventKind } from '../../shared/domain/events';
import type { Offer } from '../../shared/domain/offer';
import type { ReportData as ReportNames, ReportInput } from '../../shared/reports/types';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { Session } from '../db/session';
import { auditEntry, openEvent } from '../db/recordRows';
import type { WorkerRepository } from '../db/repositories/workerRepository';
import { openOfferRow } from '../db/repositories/offerRepository';

/** What a report screen needs besides the input: names to show in the lists behind the figures. */
export interface ReportData extends ReportNames {
  /** Latest day anything was recorded: the report opens on its month. */
  latestActivity: string | undefined;
}

export interface ReportReader {
  load(): Promise<ReportData>;
  /** Every export leaves a trace: its format, view and period (codes only, no names). */
  recordExport(detail: string): Promise<void>;
}

const REPORTED_KINDS: readonly EventKind[] = ['worker.statusChanged', 'worker.placed', 'worker.interviewHeld', 'candidacy.stageChanged', 'course.attendance', 'course.ended'];

const live = <R extends { deletedAt: string | null }>(rows: R[]) => rows.filter((row) => !row.deletedAt);

export function createReportReader(db: PcoDatabase, session: Session, codec: RecordCodec, workers: WorkerRepository): ReportReader {
  return {
    async load() {
      const [programmeRow, workerRows, eventRows, offerRows, employerRows, candidacyRows, meetingRows, courseRows, enrolmentRows, ventureRows, statistics, counselorRows] = await Promise.all([
        db.programme.toCollection().first(),
        // The compact list rows are enough to find the erased files (tombstones without a seal).
        db.workerList.toArray(),
        db.events.where('kind').anyOf([...REPORTED_KINDS]).toArray(),
        db.offers.toArray(),
        db.employers.toArray(),
        db.candidacies.toArray(),
        db.meetings.toArray(),
        db.courses.toArray(),
        db.enrolments.toArray(),
        db.ventures.toArray(),
        db.statistics.toArray(),
        db.counselors.toArray(),
      ]);
      if (!programmeRow) throw new Error('No programme');
      const visible = await workers.list();
      const coordinator = session.role === 'coordinator';
      // An erased file is a tombstone without sealed data; its events still count (redacted).
      const erasedWorkerIds = workerRows.filter((row) => row.deletedAt && row.sealIv === null && (coordinator || row.counselorId === session.counselorId)).map((row) => row.id);
      const inScope = new Set([...visible.map((w) => w.id), ...erasedWorkerIds]);
      const candidacies = await Promise.all(live(candidacyRows).filter((row) => inScope.has(row.data.workerId ?? '')).map((row) => codec.open<Candidacy>('candidacies', row)));
      const enrolments = await Promise.all(live(enrolmentRows).filter((row) => inScope.has(row.data.workerId ?? '')).map((row) => codec.open<Enrolment>('enrolments', row)));
      const subjects = new Set([...inScope, ...candidacies.map((c) => c.id), ...enrolments.map((e) => e.id)]);
      const [events, offers, employers, meetings, courses, ventures, counselors] = await Promise.all([
        Promise.all(eventRows.filter((row) => subjects.has(row.subjectId)).map((row) => openEvent(codec, row))),
        Promise.all(live(offerRows).map((row) => openOfferRow(codec, row))),
        Promise.all(employerRows.filter((row) => !row.deletedAt).map((row) => codec.open<Employer>('employers', row))),
        Promise.all(live(meetingRows).map((row) => codec.open<Meeting>('meetings', row))),
        Promise.all(live(courseRows).map((row) => codec.open<Course>('courses', row))),
        Promise.all(live(ventureRows).filter((row) => inScope.has(row.data.workerId ?? '')).map((row) => codec.open<Venture>('ventures', row))),
        Promise.all(counselorRows.map((row) => codec.open('counselors', row))),
      ]);
      const candidacyIds = new Set(candidacies.map((c) => c.id));
      const plain: DomainEvent[] = events.map(({ kind: _kind, ...event }) => event);
      const input: ReportInput = {
        programme: programmeRow.data,
        workers: visible.map((w) => ({ id: w.id, data: w.data, cigsEnd: w.cigsEnd })),
        erasedWorkerIds,
        events: plain,
        offers: offers.map((o) => ({ id: o.id, data: o.data as Offer })),
        employers: employers.map((e) => ({ id: e.id, data: e.data })),
        candidacies: candidacies.map((c) => ({ id: c.id, data: c.data })),
        // A counselor sees the meetings of their own candidacies only.
        meetings: meetings.filter((m) => coordinator || m.data.candidacyIds.some((id) => candidacyIds.has(id))).map((m) => ({ id: m.id, data: m.data })),
        courses: courses.map((c) => ({ id: c.id, data: c.data })),
        enrolments: enrolments.map((e) => ({ id: e.id, data: e.data })),
        ventures: ventures.map((v) => ({ id: v.id, data: v.data })),
        statistics: coordinator ? statistics : [],
      };
      const today = new Date().toISOString().slice(0, 10);
      const latestActivity = plain.reduce<string | undefined>((latest, e) => (e.occurredOn <= today && (!latest || e.occurredOn > latest) ? e.occurredOn : latest), undefined);
      return {
        input,
        workerNames: new Map(visible.map((w) => [w.id, `${w.data.surname} ${w.data.name}`])),
        counselorNames: new Map(counselors.map((c) => [c.id, (c.data as { displayName: string }).displayName])),
        employerNames: new Map(employers.map((e) => [e.id, e.data.legalName])),
        latestActivity,
      };
    },

    async recordExport(detail) {
      await db.transaction('rw', [db.audit, db.meta], async () => {
        await db.audit.add(auditEntry(session, 'export', 'monitoring', detail, 'report'));
        await session.persistClock();
      });
    },
  };
}
