import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from './io';
import { readIdentity } from './lib/identity';
import { readStore } from './lib/store';
import { main } from './main';
import { scenario, sortedById, W1, type Scenario } from './testing';
import { generateProgrammeKey } from '../shared/sync';
import { SYNC_TABLES, type Conflict } from '../shared/sync';

let s: Scenario;
beforeAll(async () => {
  s = await scenario();
});
afterAll(() => rm(s.dir, { recursive: true, force: true }));

async function runMerge(dir: string, out: string, extra: string[] = []) {
  const io = memoryIo();
  const code = await main(['merge', dir, '--identity', s.identityPath, '--out', out, ...extra], io);
  return { code, io };
}

describe('pco merge', () => {
  it('merges a folder into a store equal to the sync core reference merge of the same bundles', async () => {
    const out = join(s.dir, 'reference.pcostore');
    const { code, io } = await runMerge(s.bundles, out, ['--enrolment', s.enrolmentPath]);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(io.stdout.join('\n')).toContain('uniti 5, già presenti 0, rifiutati 0 / merged 5, already there 0, refused 0');

    const store = await readStore(out, await readIdentity(s.identityPath));
    const reference = s.world.coordinator.state;
    for (const table of SYNC_TABLES) expect(sortedById(store.state.records[table]), table).toEqual(sortedById(reference.records[table]));
    expect(sortedById(store.state.events)).toEqual(sortedById(reference.events));
    expect(sortedById(store.state.conflicts)).toEqual(sortedById(reference.conflicts));
    // The concurrent phone edit: the coordinator's later value wins, laptop 1's is a conflict.
    expect(store.state.records.workers?.find((w) => w.id === W1)?.data['phone']).toBe('055 999');
    expect(store.state.conflicts.filter((c) => c.differs).map((c) => c.value)).toContain('333 1010101');
    expect(store.applied).toHaveLength(5);
  });

  it('is idempotent: the same folder again applies nothing and leaves the state as it was', async () => {
    const out = join(s.dir, 'idempotent.pcostore');
    await runMerge(s.bundles, out, ['--enrolment', s.enrolmentPath]);
    const key = await readIdentity(s.identityPath);
    const first = await readStore(out, key);
    const again = await runMerge(s.bundles, out);
    expect(again.code).toBe(0);
    expect(again.io.stdout.join('\n')).toContain('uniti 0, già presenti 5, rifiutati 0');
    expect(again.io.stdout.join('\n')).toContain('alreadyApplied');
    const second = await readStore(out, key);
    expect(second).toEqual(first);
    const json = await runMerge(s.bundles, out, ['--json']);
    const summary = JSON.parse(json.io.stdout.join('\n')) as { merged: number; alreadyThere: number; outcomes: { status: string; reason: string }[] };
    expect(summary).toMatchObject({ merged: 0, alreadyThere: 5, refused: 0 });
    expect(summary.outcomes.map((o) => `${o.status}:${o.reason}`)).toEqual(Array(5).fill('skipped:alreadyApplied'));
  });

  it('does not depend on the order the files are listed in', async () => {
    const reversed = join(s.dir, 'reversed');
    await mkdir(reversed);
    const names = [...s.files.keys()];
    // Names sort the other way round: the last export is listed first.
    for (const [index, name] of names.entries()) await copyFile(join(s.bundles, name), join(reversed, `${String(names.length - index).padStart(2, '0')}-${name}`));
    const a = join(s.dir, 'order-a.pcostore');
    const b = join(s.dir, 'order-b.pcostore');
    await runMerge(s.bundles, a, ['--enrolment', s.enrolmentPath]);
    expect((await runMerge(reversed, b, ['--enrolment', s.enrolmentPath])).code).toBe(0);
    const key = await readIdentity(s.identityPath);
    const [storeA, storeB] = [await readStore(a, key), await readStore(b, key)];
    for (const table of SYNC_TABLES) expect(sortedById(storeB.state.records[table])).toEqual(sortedById(storeA.state.records[table]));
    expect(sortedById(storeB.state.conflicts)).toEqual(sortedById(storeA.state.conflicts));
    expect(sortedById(storeB.state.events)).toEqual(sortedById(storeA.state.events));
  });

  it('does not depend on the order of runs either: older bundles arriving later still merge', async () => {
    const [older, newer] = [join(s.dir, 'older'), join(s.dir, 'newer')];
    await mkdir(older);
    await mkdir(newer);
    for (const name of s.files.keys()) await copyFile(join(s.bundles, name), join(name < '03' ? older : newer, name));
    const out = join(s.dir, 'runs.pcostore');
    const first = await runMerge(newer, out, ['--enrolment', s.enrolmentPath]);
    expect(first.io.stdout.join('\n')).toContain('uniti 3, già presenti 0, rifiutati 0');
    const second = await runMerge(older, out);
    expect(second.code).toBe(0);
    expect(second.io.stdout.join('\n')).toContain('uniti 2, già presenti 0, rifiutati 0');
    const store = await readStore(out, await readIdentity(s.identityPath));
    const reference = s.world.coordinator.state;
    for (const table of SYNC_TABLES) expect(sortedById(store.state.records[table]), table).toEqual(sortedById(reference.records[table]));
    // `seenByWinner` is a review hint the core computes from the winning bundle's `knows`: when the
    // losing value arrives after its winner (older bundles in a later run) it cannot be known.
    const withoutHint = (rows: readonly Conflict[]) => sortedById(rows).map(({ seenByWinner: _hint, ...conflict }) => conflict);
    expect(withoutHint(store.state.conflicts)).toEqual(withoutHint(reference.conflicts));
    expect(store.peers['coord>lap1']?.caseload).toEqual([W1]);
  });

  it('lists a tampered bundle and one for another programme key with their reasons and merges the rest', async () => {
    const dir = join(s.dir, 'tampered');
    await mkdir(dir);
    for (const name of s.files.keys()) await copyFile(join(s.bundles, name), join(dir, name));
    const bytes = new Uint8Array(await readFile(join(dir, '05-lap2-coord.pcobundle')));
    bytes[bytes.length - 40] = bytes[bytes.length - 40]! ^ 0x01;
    await writeFile(join(dir, '05-lap2-coord.pcobundle'), bytes);
    const { Encrypter } = await import('age-encryption');
    const stranger = new Encrypter();
    stranger.addRecipient((await generateProgrammeKey()).recipient);
    await writeFile(join(dir, '06-stranger.pcobundle'), await stranger.encrypt('not for you'));

    const out = join(s.dir, 'tampered.pcostore');
    const { code, io } = await runMerge(dir, out, ['--enrolment', s.enrolmentPath]);
    expect(code).toBe(1);
    const text = io.stdout.join('\n');
    expect(text).toContain('uniti 4, già presenti 0, rifiutati 2');
    expect(text).toMatch(/05-lap2-coord\.pcobundle\s+RIFIUTATO\/REFUSED.*corrupted/);
    expect(text).toMatch(/06-stranger\.pcobundle\s+RIFIUTATO\/REFUSED.*notForThisDevice/);
    expect(io.stderr.join('\n')).toContain('rifiutato / refused: 05-lap2-coord.pcobundle: corrupted');
    const store = await readStore(out, await readIdentity(s.identityPath));
    expect(store.state.events.map((e) => e.payload.kind)).toEqual(['worker.interviewHeld']);
  });

  it('keeps the store encrypted: no personal data in clear, unreadable with another identity', async () => {
    const out = join(s.dir, 'secret.pcostore');
    await runMerge(s.bundles, out, ['--enrolment', s.enrolmentPath]);
    const raw = await readFile(out);
    expect(raw.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    for (const clear of ['Bandini', '333 1010101', 'pco-store', 'bilancio']) expect(raw.includes(clear)).toBe(false);

    const otherIdentity = join(s.dir, 'other.age.txt');
    const { ageIdentityFileText } = await import('../shared/sync');
    await writeFile(otherIdentity, await ageIdentityFileText((await generateProgrammeKey()).identity, '2019-06-01T00:00:00.000Z'));
    const io = memoryIo();
    const code = await main(['merge', s.bundles, '--identity', otherIdentity, '--out', out], io);
    expect(code).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/^errore: .*non si apre con questa identità.* \/ error: .*does not open with this identity/);
  });

  it('refuses to create a store without an enrolment file as trust anchor', async () => {
    const out = join(s.dir, 'no-anchor.pcostore');
    const { code, io } = await runMerge(s.bundles, out);
    expect(code).toBe(1);
    expect(io.stderr.join('\n')).toContain('a new store needs --enrolment FILE');
    await expect(readFile(out)).rejects.toThrow();
  });

  it('refuses counselor bundles whose sender no coordinator bundle registered', async () => {
    const dir = join(s.dir, 'counselors-only');
    await mkdir(dir);
    await copyFile(join(s.bundles, '04-lap1-coord.pcobundle'), join(dir, 'lap1.pcobundle'));
    await rename(join(dir, 'lap1.pcobundle'), join(dir, 'lap1-renamed.pcobundle'));
    const { code, io } = await runMerge(dir, join(s.dir, 'counselors-only.pcostore'), ['--enrolment', s.enrolmentPath]);
    expect(code).toBe(1);
    expect(io.stdout.join('\n')).toMatch(/lap1-renamed\.pcobundle\s+RIFIUTATO\/REFUSED.*unknownDevice/);
  });
});
