// The review list: concurrent edits by default, overwrites after a sync only on request, reviewed
// ones only on request; rows stored before the `seenByWinner` hint count as concurrent.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testCodec, testSession } from '../db/testing';
import { formatTimestamp } from '../../shared/sync';
import type { ConflictRow } from '../db/rows';
import { createConflictsRepository, type ConflictsRepository } from './conflictsRepository';
import type { StoredConflictRow } from './localData';

const ORIGIN = 'laptop-b';
const hlc = (millis: number) => formatTimestamp({ millis, counter: 0, node: ORIGIN });

describe('conflicts review list', () => {
  let repo: ConflictsRepository;

  beforeAll(async () => {
    const db = freshDatabase();
    const codec = await testCodec();
    const session = await testSession(db, { counselorId: 'coord', role: 'coordinator' });
    const row = async (field: string, seenByWinner: boolean | undefined, resolvedAt: string | null = null): Promise<StoredConflictRow> => {
      const id = `workers:w1:${field}:${ORIGIN}`;
      const base: ConflictRow = {
        id, table: 'workers', recordId: 'w1', field, origin: ORIGIN, value: await codec.sealValue(`conflicts:${id}`, `old ${field}`),
        hlc: hlc(Date.UTC(2019, 5, 1)), winnerHlc: hlc(Date.UTC(2019, 5, 2)), differs: true, detectedAt: '2019-06-02T00:00:00.000Z',
        resolvedAt, resolution: resolvedAt ? 'dismissed' : null,
      };
      return seenByWinner === undefined ? base : { ...base, seenByWinner };
    };
    await db.conflicts.bulkPut([await row('phone', false), await row('email', true), await row('notes', undefined), await row('city', false, '2019-06-03T00:00:00.000Z')]);
    repo = createConflictsRepository({ db, codec, session });
  });

  const fields = async (includeResolved: boolean, includeOverwrites: boolean) =>
    (await repo.list({ includeResolved, includeOverwrites })).map((view) => view.field).sort();

  it('shows concurrent edits to review by default', async () => {
    expect(await fields(false, false)).toEqual(['notes', 'phone']);
  });

  it('adds overwrites and reviewed ones on request, marking overwrites', async () => {
    expect(await fields(false, true)).toEqual(['email', 'notes', 'phone']);
    expect(await fields(true, true)).toEqual(['city', 'email', 'notes', 'phone']);
    const email = (await repo.list({ includeResolved: false, includeOverwrites: true })).find((view) => view.field === 'email');
    expect(email).toMatchObject({ overwrite: true, lost: 'old email' });
  });
});
