// Unsaved form input, kept so that a crash, a reload or a lock never loses typed text.
import type { PcoDatabase } from '../database';

export interface DraftRepository {
  load(key: string): Promise<unknown>;
  save(key: string, value: unknown): Promise<void>;
  discard(key: string): Promise<void>;
}

export function createDraftRepository(db: PcoDatabase): DraftRepository {
  return {
    async load(key) {
      return (await db.drafts.get(key))?.value;
    },
    async save(key, value) {
      await db.drafts.put({ key, value, savedAt: new Date().toISOString() });
    },
    async discard(key) {
      await db.drafts.delete(key);
    },
  };
}
