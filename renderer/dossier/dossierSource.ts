// The facts of each placement's dossier, read from the repositories (the coordinator's scope): the
// hiring, the documents on the worker's file, and the activity log (interviews with their length,
// courses with the hours attended, introductory meetings held), each with its operator. Then the
// dossier as a ZIP (PDF plus the files), audited as an export.
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { createInterviewRepository } from '../db/repositories/interviewRepository';
import { createCourseRepository } from '../db/repositories/courseRepository';
import { createMeetingRepository } from '../db/repositories/meetingRepository';
import { createCandidacyRepository } from '../db/repositories/candidacyRepository';
import { createPlacementRepository } from '../db/repositories/placementRepository';
import { createDocumentRepository, readDocumentBytes, type DocumentSummary } from '../documents/documentRepository';
import { auditEntry } from '../db/recordRows';
import type { Services } from '../app/services';
import type { WorkerRecord } from '../db/rows';
import { placementEndDate } from '../../shared/candidacy/placement';
import { checkDossier, type DossierActivity, type DossierCheck, type DossierFacts } from '../../shared/documents/dossier/check';
import type { FundingScheme } from '../../shared/documents/dossier/scheme';
import { interviewTypeIt } from '../../shared/i18n/activityLabels';

/** One placement and its dossier's state. */
export interface PlacementDossier {
  /** The placement event's id. */
  readonly id: string;
  readonly worker: WorkerRecord;
  readonly fullName: string;
  readonly counselorName: string;
  readonly facts: DossierFacts;
  readonly check: DossierCheck;
  /** The current version of each document on the file, in the facts' order. */
  readonly documents: readonly DocumentSummary[];
}

const fullNameOf = (worker: WorkerRecord) => `${worker.data.surname} ${worker.data.name}`;

export function createDossierSource(services: Services) {
  const { db, session, codec, programme } = services;
  const workers = createWorkerRepository(db, session, codec);
  const interviews = createInterviewRepository(db, session, codec, workers);
  const courses = createCourseRepository(db, session, codec, workers);
  const meetings = createMeetingRepository(db, session, codec);
  const candidacies = createCandidacyRepository(db, session, codec);
  const placements = createPlacementRepository(db, session, codec);
  const documents = createDocumentRepository(db, session, codec);

  async function activitiesOf(workerId: string, names: ReadonlyMap<string, string>, held: Awaited<ReturnType<typeof meetings.list>>, employerName: (id: string) => Promise<string>): Promise<DossierActivity[]> {
    const operator = (id: string) => names.get(id) ?? '';
    const log: DossierActivity[] = (await interviews.list(workerId)).map((interview) => ({
      kind: 'interview',
      date: interview.occurredOn,
      what: interviewTypeIt[interview.payload.interviewType],
      hours: Math.round((interview.payload.durationMinutes / 60) * 100) / 100,
      operator: operator(interview.recordedBy),
    }));
    for (const { enrolment, course, progress } of await courses.enrolmentsOfWorker(workerId)) {
      const days = progress.days.map((day) => day.date).sort();
      log.push({ kind: 'course', date: days[0] ?? enrolment.data.enrolledOn, endDate: days.at(-1), what: course.data.title, hours: progress.attendedHours, operator: course.data.provider });
    }
    const own = new Set((await candidacies.forWorker(workerId)).map((candidacy) => candidacy.id));
    for (const meeting of held) {
      if (!meeting.data.heldOn || !meeting.data.candidacyIds.some((id) => own.has(id))) continue;
      log.push({ kind: 'meeting', date: meeting.data.heldOn, what: await employerName(meeting.data.employerId), hours: null, operator: operator(meeting.updatedBy) });
    }
    return log.sort((a, b) => a.date.localeCompare(b.date));
  }

  return {
    /** Every placement of the programme with its dossier's state, newest hiring first. */
    async list(scheme: FundingScheme): Promise<PlacementDossier[]> {
      const names = new Map((await programme.counselors()).map((counselor) => [counselor.id, counselor.data.displayName]));
      const held = await meetings.list();
      const employers = new Map<string, string>();
      const employerName = async (id: string) => {
        if (!employers.has(id)) employers.set(id, await candidacies.employer(id).then((employer) => employer.data.legalName, () => ''));
        return employers.get(id) ?? '';
      };
      const placedIds = [...new Set((await db.events.where('kind').equals('worker.placed').toArray()).map((row) => row.subjectId))];
      const result: PlacementDossier[] = [];
      for (const subjectId of placedIds) {
        // An erased or deleted file has no dossier left to hand over.
        const worker = await workers.get(subjectId).catch(() => null);
        if (!worker || worker.deletedAt) continue;
        const [placed, files, activities] = await Promise.all([placements.forWorker(worker.id), documents.listForWorker(worker.id), activitiesOf(worker.id, names, held, employerName)]);
        const current = files.filter((file) => file.replacedBy === null && file.type !== 'generated');
        for (const placement of placed) {
          const facts: DossierFacts = {
            hiring: {
              employerName: await employerName(placement.employerId),
              contractType: placement.contractType,
              hiredOn: placement.occurredOn,
              startDate: placement.startDate,
              fixedTermMonths: placement.fixedTermMonths,
              endDate: placementEndDate(placement),
              hoursPerWeek: placement.hoursPerWeek,
              partTimePercent: placement.partTimePercent,
              incentive: placement.incentive,
            },
            documents: current.map((file) => ({ id: file.id, type: file.type, date: file.date, fileName: file.fileName })),
            activities,
            profilingBand: worker.data.profilingBand,
            profilingDate: worker.data.profilingDate,
          };
          result.push({ id: placement.eventId, worker, fullName: fullNameOf(worker), counselorName: names.get(worker.data.counselorId) ?? '', facts, check: checkDossier(facts, scheme), documents: current });
        }
      }
      return result.sort((a, b) => b.facts.hiring.hiredOn.localeCompare(a.facts.hiring.hiredOn) || a.fullName.localeCompare(b.fullName, 'it'));
    },

    /** The bytes of the dossier's files, read and checked against their hashes (no per-file audit: the export is audited). */
    async attachments(dossier: PlacementDossier): Promise<Uint8Array[]> {
      return Promise.all(dossier.documents.map((document) => readDocumentBytes(db, codec, document.id, document)));
    },

    /** The coordinator made a dossier: one audit entry, an export about the worker. */
    async recordExport(dossier: PlacementDossier): Promise<void> {
      await db.transaction('rw', [db.audit, db.meta], async () => {
        await db.audit.add(auditEntry(session, 'export', dossier.worker.id, `dossier ${dossier.id}`));
        await session.persistClock();
      });
    },

    /** The placements list exported: audited once, about the programme. */
    async recordListExport(count: number): Promise<void> {
      const programmeId = (await programme.get())?.id ?? '';
      await db.transaction('rw', [db.audit, db.meta], async () => {
        await db.audit.add(auditEntry(session, 'export', programmeId, `dossiers xlsx ${count}`, 'programme'));
        await session.persistClock();
      });
    },
  };
}

export type DossierSource = ReturnType<typeof createDossierSource>;
