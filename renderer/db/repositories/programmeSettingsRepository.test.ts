import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createProgrammeSettingsRepository } from './programmeSettingsRepository';
import { freshDatabase, testSession } from '../testing';
import { NotAllowedError } from './errors';

const threshold = z.number().int().min(1);

describe('programme settings', () => {
  it('returns the fallback until the coordinator sets a value, then the value with one HLC per change', async () => {
    const db = await freshDatabase();
    const settings = createProgrammeSettingsRepository(db, await testSession(db, { role: 'coordinator', counselorId: 'c-1' }));
    expect(await settings.get('reports.threshold', threshold, 3)).toBe(3);
    await settings.put('reports.threshold', threshold, 5);
    expect(await settings.get('reports.threshold', threshold, 3)).toBe(5);
    const row = await db.programmeSettings.get('reports.threshold');
    expect(row?.clock.value).toMatch(/^\d{15}-/);
    expect(await db.audit.where('subjectId').equals('reports.threshold').count()).toBe(1);
  });

  it('ignores a stored value of another shape and refuses counselors', async () => {
    const db = await freshDatabase();
    const coordinator = createProgrammeSettingsRepository(db, await testSession(db, { role: 'coordinator', counselorId: 'c-1' }));
    await coordinator.put('matching.label', z.string(), 'x');
    expect(await coordinator.get('matching.label', threshold, 7)).toBe(7);
    const counselor = createProgrammeSettingsRepository(db, await testSession(db, { role: 'counselor', counselorId: 'c-2' }));
    await expect(counselor.put('reports.threshold', threshold, 2)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(coordinator.put('reports.threshold', threshold, 0)).rejects.toThrow();
  });
});
