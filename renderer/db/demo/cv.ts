// Writes the generated demo CV versions. Each version's content is drawn from the worker file as
// the app does on "Crea CV" (with the courses completed by that day), then sealed like a saved
// version. Reads the workers, enrolments and course ends from the database: load it after the
// demo programme and, for the courses to appear, after the demo retraining.
import type { DemoCv } from '../../../shared/demo/activity/cv';
import { cvContentFromWorker } from '../../../shared/cv/fromWorker';
import { mapInFlight } from '../../../shared/crypto/sealed';
import { createRecord } from '../../../shared/sync/record';
import { cvTexts } from '../../cv/texts';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { CvRow, WorkerRow } from '../rows';
import type { Session } from '../session';
import { openWorker } from '../recordRows';
import { readCompletedCourses, sealCv } from '../repositories/cvRepository';

const CHUNK = 2000;

async function versionRow(db: PcoDatabase, codec: RecordCodec, session: Session, cv: DemoCv, workerRow: WorkerRow | undefined, enrolled: ReadonlySet<string>): Promise<CvRow | undefined> {
  if (!workerRow || workerRow.deletedAt) return undefined;
  const worker = await openWorker(codec, workerRow);
  // Only a worker with an enrolment can have completed a course: the others need no reading.
  const completed = enrolled.has(cv.workerId) ? await readCompletedCourses(db, codec, cv.workerId) : [];
  const courses = completed.filter((course) => course.endedOn <= cv.createdOn);
  const content = cvContentFromWorker(worker.data, { reference: cv.reference, preparedOn: cv.createdOn, courses, texts: cvTexts(cv.language) }, cv.variant, cv.language);
  // Saved by the worker's counselor on the day, as if each laptop had synced its work.
  const author = { counselorId: cv.counselorId, deviceId: session.deviceId, nowIso: `${cv.createdOn}T10:00:00.000Z` };
  const record = createRecord(cv.id, { workerId: cv.workerId, variant: cv.variant, language: cv.language, content, reference: cv.reference }, session.tick(), author);
  return sealCv(codec, record);
}

export async function loadCv(db: PcoDatabase, codec: RecordCodec, session: Session, data: readonly DemoCv[]): Promise<void> {
  const enrolled = new Set((await db.enrolments.orderBy('workerId').uniqueKeys()).map(String));
  for (let start = 0; start < data.length; start += CHUNK) {
    const chunk = data.slice(start, start + CHUNK);
    // The chunk's worker files in one read; opening them hits the codec's cache of what it sealed.
    const workers = await db.workers.bulkGet(chunk.map((cv) => cv.workerId));
    // Sealed outside the transaction: WebCrypto awaits inside one would commit it early.
    const rows = (await mapInFlight(chunk.map((cv, index) => ({ cv, row: workers[index] })), ({ cv, row }) => versionRow(db, codec, session, cv, row, enrolled))).filter((row): row is CvRow => row !== undefined);
    await db.transaction('rw', [db.cvs, db.meta], async () => {
      await db.cvs.bulkAdd(rows);
      await session.persistClock();
    });
  }
}
