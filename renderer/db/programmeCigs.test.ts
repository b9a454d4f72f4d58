// The programme's CIGS periods change: the workers who follow them get their new CIGS end in the
// same transaction (worker rows and the list table), whoever writes the programme; the change is
// recorded as the programme's history; only the coordinator may make it.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sampleWorker } from '../../test/fixtures/workers';
import { DEFAULT_CIGS_PERIODS } from '../../shared/domain/programme';
import type { CigsPeriod } from '../../shared/domain/cigs';
import { editRecord } from '../../shared/sync/record';
import { coordinatorFixture, testSession } from './testing';
import { createProgrammeRepository } from './repositories/programmeRepository';
import { NotAllowedError } from './repositories/errors';
import { workerListRow } from './workerList';

const EXTENSION: CigsPeriod = { start: '2020-09-01', end: '2020-12-31', cause: 'proroga' };

async function setting() {
  const fixture = await coordinatorFixture();
  const { session, workers, db, codec } = fixture;
  const follows = await workers.create(sampleWorker({ counselorId: session.counselorId }));
  const own = await workers.create(sampleWorker({ counselorId: session.counselorId, surname: 'Verdi', name: 'Luca', cigsPeriods: [{ start: '2019-01-01', end: '2019-10-31', cause: 'cessazione' }] }));
  return { ...fixture, follows, own, programme: createProgrammeRepository(db, session, codec) };
}

describe('the programme CIGS periods and the workers who follow them', () => {
  it('moves the CIGS end of the followers, not of a worker with periods of their own, in the list table too', async () => {
    const { db, workers, programme, follows, own } = await setting();
    expect((await db.workers.get(follows.id))?.cigsEnd).toBe('2020-08-31');
    await programme.setCigsPeriods([...DEFAULT_CIGS_PERIODS, EXTENSION]);
    expect((await db.workers.get(follows.id))?.cigsEnd).toBe('2020-12-31');
    expect((await db.workers.get(own.id))?.cigsEnd).toBe('2019-10-31');
    expect(await db.workerList.toArray()).toEqual((await db.workers.toArray()).map(workerListRow));
    const shown = new Map((await workers.summaries()).map((summary) => [summary.id, summary.cigsEnd]));
    expect(shown.get(follows.id)).toBe('2020-12-31');
    // A corrected end moves it again; the index answers the list's CIGS filter.
    await programme.setCigsPeriods([...DEFAULT_CIGS_PERIODS, { ...EXTENSION, end: '2020-11-15' }]);
    expect(await db.workers.where('cigsEnd').equals('2020-11-15').primaryKeys()).toEqual([follows.id]);
  });

  it('follows a programme written by anyone, a sync import included, inside that transaction', async () => {
    const { db, session, follows } = await setting();
    const current = (await db.programme.toCollection().first())!;
    const edited = editRecord(current, { ...current.data, cigsPeriods: [...DEFAULT_CIGS_PERIODS, EXTENSION] }, session.tick(), session.author());
    await db.transaction('rw', [db.programme], async () => {
      await db.programme.put(edited);
    });
    expect((await db.workers.get(follows.id))?.cigsEnd).toBe('2020-12-31');
    expect((await db.workerList.get(follows.id))?.cigsEnd).toBe('2020-12-31');
  });

  it('keeps the history of every change: who, when, old → new', async () => {
    const { programme, session } = await setting();
    expect(await programme.cigsHistory()).toEqual([]);
    await programme.setCigsPeriods([...DEFAULT_CIGS_PERIODS, EXTENSION]);
    // Saving the same list again changes nothing and records nothing.
    await programme.setCigsPeriods([...DEFAULT_CIGS_PERIODS, EXTENSION]);
    await programme.setCigsPeriods(DEFAULT_CIGS_PERIODS);
    const history = await programme.cigsHistory();
    expect(history.map((entry) => [entry.payload.from.length, entry.payload.to.length, entry.recordedBy])).toEqual([
      [4, 3, session.counselorId],
      [3, 4, session.counselorId],
    ]);
  });

  it('refuses overlapping periods and a counselor', async () => {
    const { db, codec, programme } = await setting();
    await expect(programme.setCigsPeriods([...DEFAULT_CIGS_PERIODS, { start: '2020-08-01', end: '2020-12-31', cause: 'proroga' }])).rejects.toBeInstanceOf(z.ZodError);
    const counselor = createProgrammeRepository(db, await testSession(db, { counselorId: 'c-other', role: 'counselor' }), codec);
    await expect(counselor.setCigsPeriods([...DEFAULT_CIGS_PERIODS, EXTENSION])).rejects.toBeInstanceOf(NotAllowedError);
  });
});

describe('counselors', () => {
  it('are renamed, deactivated and reactivated by the coordinator, never deleted', async () => {
    const { db, codec, programme, session } = await setting();
    const marta = await programme.addCounselor({ displayName: 'Marta Neri', role: 'counselor' });
    await programme.renameCounselor(marta.id, 'Marta Neri Bianchi');
    const deactivated = await programme.setCounselorActive(marta.id, false);
    expect(deactivated.data).toMatchObject({ displayName: 'Marta Neri Bianchi', deactivatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect((await programme.counselors()).map((c) => c.id)).toContain(marta.id);
    const reactivated = await programme.setCounselorActive(marta.id, true);
    expect(reactivated.data.deactivatedOn).toBeUndefined();
    await expect(programme.setCounselorActive(session.counselorId, false)).rejects.toMatchObject({ reason: 'programmeSettings.refusal.deactivateSelf' });
    const counselor = createProgrammeRepository(db, await testSession(db, { counselorId: marta.id, role: 'counselor' }), codec);
    await expect(counselor.renameCounselor(marta.id, 'Marta')).rejects.toBeInstanceOf(NotAllowedError);
    await expect(counselor.setCounselorActive(session.counselorId, false)).rejects.toBeInstanceOf(NotAllowedError);
  });
});
