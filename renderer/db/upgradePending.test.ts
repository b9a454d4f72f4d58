import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { freshDatabase } from './testing';
import { upgradePending } from './upgradePending';

function createAtVersion(name: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => (request.result.close(), resolve());
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('upgradePending', () => {
  it('is true for a database written by an older version, false once it is opened by this one', async () => {
    const db = freshDatabase();
    await createAtVersion(db.name, (CURRENT_SCHEMA_VERSION - 1) * 10);
    expect(await upgradePending(indexedDB, db.name)).toBe(true);
    await db.open();
    db.close();
    expect(await upgradePending(indexedDB, db.name)).toBe(false);
  });

  it('is false when there is no database yet (the welcome screen creates it)', async () => {
    expect(await upgradePending(indexedDB, `absent-${Math.random()}`)).toBe(false);
  });
});
