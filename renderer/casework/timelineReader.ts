// Every event about one worker, whatever its subject: the worker's own (status, consent,
// interviews, placements), their candidacies' stage changes and their course enrolments'
// attendance and endings. Scope: the worker repository's.
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { EventRecord } from '../db/rows';
import { openEvent } from '../db/recordRows';
import type { WorkerRepository } from '../db/repositories/workerRepository';
import { workerIds } from '../db/mergedFiles';

export interface TimelineReader {
  /** Newest first: by the day stated, then by HLC. */
  events(workerId: string): Promise<EventRecord[]>;
}

export function createTimelineReader(db: PcoDatabase, codec: RecordCodec, workers: WorkerRepository): TimelineReader {
  return {
    async events(workerId) {
      // Every read comes before any decryption: a live query observes only what it reads before
      // its first non-Dexie await (WebCrypto). Foreign keys stay in clear, so candidacies and
      // enrolments are found without decrypting.
      // A file merged into this one brought its history: its rows and events still name its own id.
      const ids = await workerIds(db, workerId);
      const mine = (row: { deletedAt: string | null; data: { workerId?: string } }) => !row.deletedAt && ids.includes(row.data.workerId ?? '');
      const [candidacies, enrolments] = await Promise.all([db.candidacies.filter(mine).primaryKeys(), db.enrolments.filter(mine).primaryKeys()]);
      const rows = await db.events.where('subjectId').anyOf([...ids, ...candidacies, ...enrolments]).toArray();
      await workers.get(workerId);
      const events = await Promise.all(rows.map((row) => openEvent(codec, row)));
      return events.sort((a, b) => (a.occurredOn === b.occurredOn ? b.hlc.localeCompare(a.hlc) : b.occurredOn.localeCompare(a.occurredOn)));
    },
  };
}
