// Writes the generated demo CV versions. Each version's content is drawn from the worker file as
// the app does on "Crea CV" (with the courses completed by that day), then sealed like a saved
// version. Reads the workers, enrolments and course ends from the database: load it after the
// demo programme and, for the courses to appear, after the demo retraining.
import type { DemoCv } from '../../../shared/demo/activity/cv';
import { cvContentFromWorker } from '../../../shared/cv/fromWorker';
import { createRecord } from '../../../shared/sync/record';
import { cvTexts } from '../../cv/texts';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { CvRow } from '../rows';
import type { Session } from '../session';
import { openWorker } from '../recordRows';
import { readCompletedCourses, sealCv } from '../repositories/cvRepository';

const CHUNK = 200;

async function versionRow(db: PcoDatabase, codec: RecordCodec, session: Session, cv: DemoCv): Promise<CvRow | undefined> {
  const workerRow = await db.workers.get(cv.workerId);
  if (!workerRow || workerRow.deletedAt) return undefined;
  const worker = await openWorker(codec, workerRow);
  const courses = (await readCompletedCourses(db, codec, cv.workerId)).filter((course) => course.endedOn <= cv.createdOn);
  const content = cvContentFromWorker(worker.data, { reference: cv.reference, preparedOn: cv.createdOn, courses, texts: cvTexts(cv.language) }, cv.variant, cv.language);
  // Saved by the worker's counselor on the day, as if each laptop had synced its work.
  const author = { counselorId: cv.counselorId, deviceId: session.deviceId, nowIso: `${cv.createdOn}T10:00:00.000Z` };
  const record = createRecord(cv.id, { workerId: cv.workerId, variant: cv.variant, language: cv.language, content, reference: cv.reference }, session.tick(), author);
  return sealCv(codec, record);
}

export async function loadCv(db: PcoDatabase, codec: RecordCodec, session: Session, data: readonly DemoCv[]): Promise<void> {
  for (let start = 0; start < data.length; start += CHUNK) {
    // Sealed outside the transaction: WebCrypto awaits inside one would commit it early.
    const rows = (await Promise.all(data.slice(start, start + CHUNK).map((cv) => versionRow(db, codec, session, cv)))).filter((row): row is CvRow => row !== undefined);
    await db.transaction('rw', [db.cvs, db.meta], async () => {
      await db.cvs.bulkAdd(rows);
      await session.persistClock();
    });
  }
}
