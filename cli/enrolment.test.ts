// A laptop that joined with an enrolment file announces itself in its first bundle: the store takes
// it when the enrolment file was given with its code (as the coordinator's laptop does with the
// files it issued), and not from the file alone, which anyone who copied the stick holds.
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord, encodeBundle, enrolmentProof, generateDeviceKeys, generateEnrolmentCode, vectorOf, type DeviceData } from '../shared/sync';
import { memoryIo } from './io';
import { readIdentity } from './lib/identity';
import { readStore } from './lib/store';
import { main } from './main';
import { enrolmentText, scenario, type Scenario } from './testing';

const ENROLMENT_ID = '0190a1b2-0000-7000-8000-0000000000e1'; // the one testing.ts signs for counselor c1
const CODE = generateEnrolmentCode();

let s: Scenario;
let announcement: Uint8Array;
beforeAll(async () => {
  s = await scenario();
  const keys = await generateDeviceKeys();
  const device: DeviceData = { label: 'Portatile Giulia', counselorId: 'c1', role: 'counselor', agePublicKey: keys.ageRecipient, signPublicKey: keys.signPublicKey, revokedAt: null, enrolledAt: '2019-06-02T08:00:00.000Z', enrolmentId: ENROLMENT_ID };
  const record = createRecord('lap9', { ...device }, '001559462400000-0000-lap9', { counselorId: 'c1', deviceId: 'lap9', nowIso: '2019-06-02T08:00:00.000Z' });
  const content = { records: { devices: [record] }, events: [], audit: [], statistics: [], caseload: null, recoveryKeys: [] };
  const encoded = await encodeBundle({
    content,
    programmeId: s.world.programmeId,
    sender: {
      deviceId: 'lap9',
      counselorId: 'c1',
      role: 'counselor',
      signPublicKey: keys.signPublicKey,
      enrolmentId: ENROLMENT_ID,
      enrolmentProof: enrolmentProof(CODE, { programmeId: s.world.programmeId, enrolmentId: ENROLMENT_ID, deviceId: 'lap9', counselorId: 'c1', signPublicKey: keys.signPublicKey }),
    },
    signSecretKey: keys.signSecretKey,
    receiver: { deviceId: 'coord' },
    knows: vectorOf(content),
    recipients: [s.world.programmeKey.recipient, keys.ageRecipient],
    createdAt: '2019-06-02T08:00:00.000Z',
  });
  announcement = encoded.bytes;
});
afterAll(() => rm(s.dir, { recursive: true, force: true }));

describe('pco merge and enrolment files', () => {
  it("accepts a new laptop's first bundle announced with a pending enrolment and its code, then registers it", async () => {
    const dir = join(s.dir, 'announce');
    await mkdir(dir);
    await copyFile(join(s.bundles, '01-coord-lap1.pcobundle'), join(dir, '01-coord-lap1.pcobundle'));
    await writeFile(join(dir, 'lap9-first.pcobundle'), announcement);
    const out = join(s.dir, 'announce.pcostore');
    const io = memoryIo();
    expect(await main(['merge', dir, '-i', s.identityPath, '-o', out, '-e', s.enrolmentPath, '--code', CODE.toLowerCase()], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/lap9-first\.pcobundle\s+unito\/merged\s+lap9/);
    const store = await readStore(out, await readIdentity(s.identityPath));
    expect(store.state.records.devices?.find((d) => d.id === 'lap9')?.data['enrolmentId']).toBe(ENROLMENT_ID);
    expect(store.pendingEnrolments).toHaveLength(1);
    // Announced: the enrolment no longer admits another device.
    const verify = memoryIo();
    expect(await main(['bundle', 'verify', join(dir, 'lap9-first.pcobundle'), '-i', s.identityPath, '-s', out], verify)).toBe(0);
    expect(verify.stdout.join('\n')).toContain('alreadyApplied');
  });

  it('refuses the first bundle when the enrolment file is given without its code, or with a wrong one', async () => {
    for (const [name, code] of [['nocode', null], ['wrongcode', generateEnrolmentCode()]] as const) {
      const dir = join(s.dir, name);
      await mkdir(dir);
      await writeFile(join(dir, 'lap9-first.pcobundle'), announcement);
      const out = join(s.dir, `${name}.pcostore`);
      const io = memoryIo();
      expect(await main(['merge', dir, '-i', s.identityPath, '-o', out, '-e', s.enrolmentPath, ...(code ? ['--code', code] : [])], io)).toBe(1);
      expect(io.stdout.join('\n')).toMatch(/lap9-first\.pcobundle\s+RIFIUTATO\/REFUSED.*enrolmentUnproven/);
    }
  });

  it('refuses a code that is not one, and codes that do not pair with the files', async () => {
    const io = memoryIo();
    expect(await main(['merge', s.dir, '-i', s.identityPath, '-o', join(s.dir, 'x.pcostore'), '-e', s.enrolmentPath, '--code', 'ABC'], io)).not.toBe(0);
    expect(io.stderr.join('\n')).toContain('codice di adesione');
    const pairs = memoryIo();
    expect(await main(['merge', s.dir, '-i', s.identityPath, '-o', join(s.dir, 'y.pcostore'), '-e', s.enrolmentPath, '--code', CODE, '--code', CODE], pairs)).not.toBe(0);
    expect(pairs.stderr.join('\n')).toContain('--code');
  });

  it('refuses the same first bundle as unknownDevice when only another enrolment was given', async () => {
    const dir = join(s.dir, 'unannounced');
    await mkdir(dir);
    await writeFile(join(dir, 'lap9-first.pcobundle'), announcement);
    const other = join(s.dir, 'lap2.pcoenrol');
    await writeFile(other, await enrolmentText(s.world, 'c2', '0190a1b2-0000-7000-8000-0000000000e2'));
    const out = join(s.dir, 'unannounced.pcostore');
    const io = memoryIo();
    expect(await main(['merge', dir, '-i', s.identityPath, '-o', out, '-e', other], io)).toBe(1);
    expect(io.stdout.join('\n')).toMatch(/lap9-first\.pcobundle\s+RIFIUTATO\/REFUSED.*unknownDevice/);
  });
});
