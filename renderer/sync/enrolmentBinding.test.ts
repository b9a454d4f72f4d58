// Someone copies a counselor laptop's enrolment file from the stick and joins with it on their own
// machine, before the real laptop does. Without the enrolment code (shown only on the
// coordinator's screen) their first bundle is refused, nothing of them is registered, and the
// coordinator never encrypts the caseload to their key.
import { Decrypter } from 'age-encryption';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateEnrolmentCode, readEnrolmentFile } from '../../shared/sync';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { createMemoryBridge } from '../platform/memory/bridge';
import { freshDatabase, testCodec } from '../db/testing';
import { loadDemo } from '../db/setup';
import { createDevicesRepository } from './devicesRepository';
import { exportTargets, prepareExport, type SyncContext } from './exportBundle';
import { joinWithEnrolment } from './joinProgramme';
import { issueEnrolment, setUpProgrammeKeys } from './programmeSetup';
import { reissueEnrolment, revealEnrolmentCode, waitingEnrolments, withdrawEnrolment } from './enrolments';
import { readDeviceKeys } from './syncMeta';
import { dataDump, receive, send, TEST_PASSPHRASE } from './testing';

describe('a copied enrolment file', () => {
  const bridge = createMemoryBridge();
  let coordinator: SyncContext;
  let counselorId: string;

  beforeAll(async () => {
    const demo = generateDemoProgramme({ workers: 12, seed: 7, variant: 'historical' });
    const db = freshDatabase();
    const codec = await testCodec();
    coordinator = { db, session: await loadDemo(db, codec, demo), codec };
    await setUpProgrammeKeys(coordinator, 'Portatile del coordinamento');
    counselorId = demo.counselors.find((c) => c.role === 'counselor' && demo.workers.some((w) => w.worker.counselorId === c.id))!.id;
  }, 60_000);

  async function joinWith(text: string, code: string): Promise<SyncContext> {
    const read = readEnrolmentFile(text);
    if (!read.ok) throw new Error(read.reason);
    const db = freshDatabase();
    const joined = await joinWithEnrolment(db, bridge, read.enrolment, code, TEST_PASSPHRASE);
    return { db, session: joined.session, codec: joined.codec };
  }

  it('cannot register a forger: refused with its reason, the database unchanged, the caseload never encrypted to them', async () => {
    const issued = await issueEnrolment(coordinator, counselorId, 'Portatile Giulia');
    // The forger has the file but not the code: any well-formed code is a guess.
    const forger = await joinWith(issued.text, generateEnrolmentCode());
    const before = await dataDump(coordinator.db);
    const outcome = await receive(coordinator, await send(forger, coordinator));
    expect(outcome).toMatchObject({ ok: false, reason: 'enrolmentUnproven', senderVerified: false });
    expect(await dataDump(coordinator.db)).toBe(before);
    const history = await coordinator.db.syncHistory.orderBy('at').last();
    expect(history).toMatchObject({ outcome: 'refused:enrolmentUnproven', peerVerified: false });
    expect((await exportTargets(coordinator)).map((peer) => peer.id)).not.toContain(forger.session.deviceId);
    expect((await createDevicesRepository(coordinator).list()).map((device) => device.id)).not.toContain(forger.session.deviceId);

    // The real laptop, which typed the code, joins after all; the coordinator's bundle back opens for it only.
    const real = await joinWith(issued.text, issued.code);
    expect(await receive(coordinator, await send(real, coordinator))).toMatchObject({ ok: true });
    const back = await prepareExport(coordinator, real.session.deviceId);
    expect(back.caseload?.length).toBeGreaterThan(0);
    const forgerKeys = await readDeviceKeys(forger.db, forger.codec);
    const decrypter = new Decrypter();
    decrypter.addIdentity(forgerKeys!.ageIdentity);
    await expect(decrypter.decrypt(back.bytes)).rejects.toThrow();
    expect((await receive(real, back.bytes)).ok).toBe(true);
  });

  it('admits one laptop per enrolment: a second first bundle is refused until the coordinator issues a new enrolment', async () => {
    const issued = await issueEnrolment(coordinator, counselorId, 'Portatile Marco');
    const first = await joinWith(issued.text, issued.code);
    expect((await receive(coordinator, await send(first, coordinator))).ok).toBe(true);
    // The same file and code on a reinstalled laptop (or anyone who saw both).
    const second = await joinWith(issued.text, issued.code);
    const before = await dataDump(coordinator.db);
    expect(await receive(coordinator, await send(second, coordinator))).toMatchObject({ ok: false, reason: 'enrolmentUsed' });
    expect(await dataDump(coordinator.db)).toBe(before);

    // Reinstalled: the coordinator issues the enrolment again; the old laptop is revoked, the new one joins.
    const again = await reissueEnrolment(coordinator, first.session.deviceId);
    const devices = await createDevicesRepository(coordinator).list();
    expect(devices.find((device) => device.id === first.session.deviceId)?.data.revokedAt).not.toBeNull();
    const reinstalled = await joinWith(again.text, again.code);
    expect((await receive(coordinator, await send(reinstalled, coordinator))).ok).toBe(true);
    expect((await exportTargets(coordinator)).map((peer) => peer.id)).toEqual(expect.arrayContaining([reinstalled.session.deviceId]));
    expect((await exportTargets(coordinator)).map((peer) => peer.id)).not.toContain(first.session.deviceId);
  });

  it("refuses a first bundle against a withdrawn enrolment, and shows a waiting one's code again", async () => {
    const issued = await issueEnrolment(coordinator, counselorId, 'Portatile Sara');
    expect((await waitingEnrolments(coordinator)).map((entry) => entry.enrolmentId)).toContain(issued.enrolmentId);
    expect(await revealEnrolmentCode(coordinator, issued.enrolmentId)).toBe(issued.code);
    await withdrawEnrolment(coordinator, issued.enrolmentId);
    expect((await waitingEnrolments(coordinator)).map((entry) => entry.enrolmentId)).not.toContain(issued.enrolmentId);
    const late = await joinWith(issued.text, issued.code);
    expect(await receive(coordinator, await send(late, coordinator))).toMatchObject({ ok: false, reason: 'unknownDevice' });
  });
});
