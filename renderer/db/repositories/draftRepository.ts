// Unsaved form input, sealed like the data it drafts, kept so that a crash, a reload or a lock
// never loses typed text.
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';

export interface DraftRepository {
  load(key: string): Promise<unknown>;
  save(key: string, value: unknown): Promise<void>;
  discard(key: string): Promise<void>;
}

export function createDraftRepository(db: PcoDatabase, codec: RecordCodec): DraftRepository {
  return {
    async load(key) {
      const row = await db.drafts.get(key);
      return row ? codec.openValue(`drafts:${key}`, row.value) : undefined;
    },
    async save(key, value) {
      await db.drafts.put({ key, value: await codec.sealValue(`drafts:${key}`, value), savedAt: new Date().toISOString() });
    },
    async discard(key) {
      await db.drafts.delete(key);
    },
  };
}
