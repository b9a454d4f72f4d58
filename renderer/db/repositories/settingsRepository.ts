// Settings of this laptop that are not secret and must be readable while locked.
import { z } from 'zod';
import { namedLimit } from '../../../shared/domain/messages';
import type { PcoDatabase } from '../database';
import { DEFAULT_RETENTION_MONTHS } from '../../../shared/gdpr/retention';

export const localSettingsSchema = z.object({
  /** Minutes without input before the app locks itself. */
  lockAfterMinutes: z.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(1, namedLimit).max(240, namedLimit),
  /** Months after a worker leaves the programme before their personal data may be erased. */
  retentionMonths: z.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(0, namedLimit).max(240, namedLimit),
});
export type LocalSettings = z.infer<typeof localSettingsSchema>;

export const DEFAULT_SETTINGS: LocalSettings = { lockAfterMinutes: 10, retentionMonths: DEFAULT_RETENTION_MONTHS };
const KEY = 'settings';

export interface SettingsRepository {
  get(): Promise<LocalSettings>;
  update(next: LocalSettings): Promise<void>;
}

export async function readSettings(db: PcoDatabase): Promise<LocalSettings> {
  const parsed = localSettingsSchema.safeParse((await db.meta.get(KEY))?.value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function createSettingsRepository(db: PcoDatabase): SettingsRepository {
  return {
    get: () => readSettings(db),
    async update(next) {
      await db.meta.put({ key: KEY, value: localSettingsSchema.parse(next) });
    },
  };
}
