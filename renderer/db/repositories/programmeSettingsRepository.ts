// Programme-wide settings: one versioned record per setting name, so they merge and travel through
// sync like every other record. Only the coordinator changes them; everyone reads them.
import type { z } from 'zod';
import { createRecord, editRecord } from '../../../shared/sync/record';
import type { PcoDatabase } from '../database';
import type { Session } from '../session';
import { auditEntry } from '../recordRows';
import { NotAllowedError } from './errors';

export interface ProgrammeSettingsRepository {
  /** The stored value when it is valid for `schema`, else the fallback (a default or an older shape). */
  get<T>(name: string, schema: z.ZodType<T>, fallback: T): Promise<T>;
  put<T>(name: string, schema: z.ZodType<T>, value: T): Promise<void>;
}

export function createProgrammeSettingsRepository(db: PcoDatabase, session: Session): ProgrammeSettingsRepository {
  return {
    async get(name, schema, fallback) {
      const row = await db.programmeSettings.get(name);
      if (!row || row.deletedAt) return fallback;
      const parsed = schema.safeParse(row.data.value);
      return parsed.success ? parsed.data : fallback;
    },

    async put(name, schema, value) {
      if (session.role !== 'coordinator') throw new NotAllowedError(name, 'role');
      const valid = schema.parse(value);
      await db.transaction('rw', db.programmeSettings, db.meta, db.audit, async () => {
        const existing = await db.programmeSettings.get(name);
        const hlc = session.tick();
        const next = existing ? editRecord(existing, { value: valid }, hlc, session.author()) : createRecord(name, { value: valid }, hlc, session.author());
        if (next === existing) return;
        await db.programmeSettings.put(next);
        await db.audit.add(auditEntry(session, 'update', name, 'setting', 'programme'));
        await session.persistClock();
      });
    },
  };
}
