// The events of one kind on each subject's latest day, for Oggi and the menu's counter. Read with
// IndexedDB's own cursor rather than a Dexie query: inside a live query Dexie records every key a
// query on a secondary index returns (at 30,000 workers ≈ 150,000 interviews, each insert into a
// balanced tree), and that bookkeeping, redone after every write, cost seconds per save. The caller
// observes the same index range with a count, which records the range alone.
import type { PcoDatabase } from '../db/database';
import type { EventRow } from '../db/rows';

export const KIND_SUBJECT_DAY_INDEX = '[kind+subjectId+occurredOn]';

/** Every key of one kind: [kind] sorts before them, [kind, []] after (an array after any string). */
export function kindRange(kind: EventRow['kind']): [[string], [string, never[]]] {
  return [[kind], [kind, []]];
}

const isDayKey = (key: unknown): key is [string, string, string] => Array.isArray(key) && key.length === 3 && key.every((part) => typeof part === 'string');

/**
 * Walks the index backwards: a subject's latest day comes first, then (a follow-up or a call-back
 * being done once a later one exists) the walk jumps over its older days to the previous subject.
 * About two steps a subject, whatever the history's length.
 */
export function latestDayOfEach(db: PcoDatabase, kind: EventRow['kind']): Promise<EventRow[]> {
  const [lower, upper] = kindRange(kind);
  return new Promise((resolve, reject) => {
    const transaction = db.backendDB().transaction('events', 'readonly');
    const request = transaction.objectStore('events').index(KIND_SUBJECT_DAY_INDEX).openCursor(IDBKeyRange.bound(lower, upper), 'prev');
    const rows: EventRow[] = [];
    let latest: { subject: string; day: string } | undefined;
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      if (!isDayKey(cursor.key)) return cursor.continue();
      const [, subject, day] = cursor.key;
      if (latest?.subject === subject && latest.day !== day) return cursor.continue([kind, subject]);
      if (latest?.subject !== subject) latest = { subject, day };
      rows.push(cursor.value as EventRow);
      cursor.continue();
    };
    transaction.oncomplete = () => resolve(rows);
    transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error('events index read failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('events index read aborted'));
  });
}
