// CV versions of a worker: the content the counselor reviewed, sealed (it is personal data),
// with its variant, language and reference code in clear so the list needs no decryption.
// A version is never edited: a new review is a new version, so what went to an employer stays
// on record. Scope follows the worker: a counselor reaches the CVs of their caseload only.
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import { cvContentSchema, type CvContent, type CvLanguage, type CvVariant } from '../../../shared/cv/content';
import { newCvReference } from '../../../shared/cv/reference';
import type { CvCourse } from '../../../shared/cv/fromWorker';
import { courseEndedSchema } from '../../../shared/domain/events';
import { createRecord, tombstone, type VersionedRecord } from '../../../shared/sync/record';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { CvRow, EnrolmentRow } from '../rows';
import type { Session } from '../session';
import { auditEntry, openEvent } from '../recordRows';
import { NotAllowedError, NotEligibleError, RecordNotFoundError } from './errors';
import { workerIds } from '../mergedFiles';
import { sealRecord } from '../storedRows';

export interface CvData {
  workerId: string;
  variant: CvVariant;
  language: CvLanguage;
  content: CvContent;
  reference: string;
}
export type CvRecord = VersionedRecord<CvData>;

/** What the list of versions shows: all of it in clear in the row. */
export interface CvSummary {
  id: string;
  workerId: string;
  variant: CvVariant;
  language: CvLanguage;
  reference: string;
  createdAt: string;
}

/** The row as written: `workerId` also at the top, where the table's index reads it. */
type IndexedCvRow = CvRow & { workerId: string };


/** The row of a CV version: content sealed, `workerId` also at the top for the index. */
export const sealCv = (codec: RecordCodec, record: CvRecord): Promise<CvRow> => sealRecord(codec, 'cvs', record);

export interface CvRepository {
  /** The worker's saved versions, newest first. */
  listForWorker(workerId: string): Promise<CvSummary[]>;
  /** A saved version with its content opened. */
  get(id: string): Promise<CvRecord>;
  /** Stores a reviewed CV as a new version; audited as an export (it is about to leave the team). */
  save(workerId: string, content: CvContent): Promise<CvRecord>;
  /** Audits another download of a saved version. */
  recordDownload(id: string): Promise<void>;
  /** A reference code no saved version uses yet. */
  newReference(): Promise<string>;
  /** Courses the worker completed, read from enrolments and their `course.ended` events. */
  completedCourses(workerId: string): Promise<CvCourse[]>;
  /** With the erasure of the worker's personal data (before or after it): every version becomes an empty tombstone. */
  eraseForWorker(workerId: string): Promise<void>;
}

// Courses and enrolments belong to another feature: read what is there, skip what does not fit.
const storedCourseSchema = z.object({
  title: z.string().min(1),
  provider: z.string().default(''),
  hours: z.number().optional(),
  qualification: z.string().optional(),
});

async function completedCourse(db: PcoDatabase, codec: RecordCodec, enrolment: EnrolmentRow): Promise<CvCourse | undefined> {
  const opened = await codec.open('enrolments', enrolment);
  const ends = await Promise.all(
    (await db.events.where('subjectId').equals(enrolment.id).toArray()).filter((row) => row.kind === 'course.ended').map((row) => openEvent(codec, row)),
  );
  const last = ends.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.hlc.localeCompare(b.hlc)).at(-1);
  const ended = courseEndedSchema.safeParse(last?.payload);
  if (!last || !ended.success || ended.data.outcome !== 'completed') return undefined;
  const courseRow = opened.data.courseId ? await db.courses.get(opened.data.courseId) : undefined;
  if (!courseRow || courseRow.deletedAt) return undefined;
  const course = storedCourseSchema.safeParse((await codec.open('courses', courseRow)).data);
  if (!course.success) return undefined;
  const { title, provider, hours, qualification } = course.data;
  return { title, provider, endedOn: last.occurredOn, certificate: ended.data.certificate, ...(hours ? { hours } : {}), ...(qualification ? { qualification } : {}) };
}

/** Courses a worker completed: enrolments closed by a `course.ended` event whose outcome is completed. No scope check. */
export async function readCompletedCourses(db: PcoDatabase, codec: RecordCodec, workerId: string): Promise<CvCourse[]> {
  const enrolments = (await db.enrolments.where('workerId').anyOf(await workerIds(db, workerId)).toArray()).filter((row) => !row.deletedAt);
  const courses = await Promise.all(enrolments.map((row) => completedCourse(db, codec, row).catch(() => undefined)));
  return courses.filter((course): course is CvCourse => course !== undefined);
}

export function createCvRepository(db: PcoDatabase, session: Session, codec: RecordCodec): CvRepository {
  const canSee = (counselorId: string) => session.role === 'coordinator' || counselorId === session.counselorId;

  /** The worker must be in scope; `erased` also accepts a worker already turned into a tombstone. */
  async function checkWorker(workerId: string, erased = false): Promise<void> {
    const row = await db.workers.get(workerId);
    if (!row || (row.deletedAt && !erased)) throw new RecordNotFoundError(workerId);
    if (!canSee(row.counselorId)) throw new NotAllowedError(workerId);
  }

  async function openCv(row: CvRow): Promise<CvRecord> {
    const opened = await codec.open('cvs', row);
    return { ...opened, data: { ...opened.data, content: cvContentSchema.parse(opened.data.content) } as CvData };
  }

  async function visibleRow(id: string): Promise<CvRow> {
    const row = await db.cvs.get(id);
    if (!row || row.deletedAt || !row.data.workerId) throw new RecordNotFoundError(id);
    await checkWorker(row.data.workerId);
    return row;
  }

  async function referenceInUse(reference: string): Promise<boolean> {
    return (await db.cvs.filter((row) => row.data.reference === reference).count()) > 0;
  }

  return {
    async listForWorker(workerId) {
      await checkWorker(workerId);
      const rows = (await db.cvs.where('workerId').anyOf(await workerIds(db, workerId)).toArray()).filter((row) => !row.deletedAt);
      return rows
        .map(({ id, createdAt, data }) => ({ id, createdAt, workerId, variant: data.variant ?? 'full', language: data.language ?? 'it', reference: data.reference ?? '' }))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    },

    async get(id) {
      return openCv(await visibleRow(id));
    },

    async save(workerId, input) {
      const content = cvContentSchema.parse(input);
      await checkWorker(workerId);
      if (await referenceInUse(content.reference)) throw new NotEligibleError('cvReferenceInUse');
      const data: CvData = { workerId, variant: content.variant, language: content.language, content, reference: content.reference };
      const record = createRecord(uuidv7(), data, session.tick(), session.author());
      // Sealed before the transaction: a WebCrypto await inside it would commit it early.
      const row = await sealCv(codec, record);
      await db.transaction('rw', [db.cvs, db.audit, db.meta], async () => {
        await db.cvs.add(row);
        await db.audit.add(auditEntry(session, 'export', workerId, `cv-pdf ${content.variant} ${content.language} ${content.reference}`));
        await session.persistClock();
      });
      return record;
    },

    async recordDownload(id) {
      const row = await visibleRow(id);
      await db.transaction('rw', [db.audit, db.meta], async () => {
        await db.audit.add(auditEntry(session, 'export', row.data.workerId ?? '', `cv-pdf ${row.data.variant} ${row.data.language} ${row.data.reference}`));
        await session.persistClock();
      });
    },

    async newReference() {
      for (;;) {
        const reference = newCvReference();
        if (!(await referenceInUse(reference))) return reference;
      }
    },

    async completedCourses(workerId) {
      await checkWorker(workerId);
      return readCompletedCourses(db, codec, workerId);
    },

    async eraseForWorker(workerId) {
      await checkWorker(workerId, true);
      const rows = (await db.cvs.where('workerId').anyOf(await workerIds(db, workerId)).toArray()).filter((row) => !row.deletedAt);
      const hlc = session.tick();
      const author = session.author();
      // Only the link to the worker survives, so the tombstone travels with sync and reveals nothing.
      const erased: IndexedCvRow[] = rows.map((row) => ({ ...tombstone(row, hlc, author), data: { workerId }, sealed: null, workerId }));
      await db.transaction('rw', [db.cvs, db.meta], async () => {
        await db.cvs.bulkPut(erased);
        await session.persistClock();
      });
    },
  };
}
