// Recovery through the coordinator on fake IndexedDB: a counselor laptop joins, escrows its data key
// in its first bundle, the coordinator issues a recovery file with a one-time code, and the laptop
// (passphrase and recovery code lost) gets a new key store around the same data key.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateOneTimeCode, readEnrolmentFile, wrapDataKeyWithCode } from '../../shared/sync';
import { createMemoryBridge } from '../platform/memory/bridge';
import { freshDatabase } from '../db/testing';
import { createRecordCodec } from '../db/codec';
import { openWorker } from '../db/recordRows';
import { issueEnrolment } from '../sync/programmeSetup';
import { demoCoordinator } from '../sync/testing';
import { joinWithEnrolment } from '../sync/joinProgramme';
import { prepareExport, recordExport, type SyncContext } from '../sync/exportBundle';
import { prepareImport } from '../sync/importBundle';
import { applyImport } from '../sync/applyBundle';
import { issueRecoveryFile, RecoveryFileError, type IssuedRecovery } from '../sync/recoveryFile';
import { readKeyring, recover, unlock } from './keyring';
import { recoverThroughCoordinator } from './coordinatorRecovery';

const PASSPHRASE = 'cavallo batteria graffetta corretta';
const NEW_PASSPHRASE = 'lanterna ruggine fiume settembre';

async function transfer(from: SyncContext, to: SyncContext): Promise<void> {
  const prepared = await prepareExport(from, to.session.deviceId);
  await recordExport(from, prepared, prepared.fileName);
  const outcome = await prepareImport(to, prepared.bytes, prepared.fileName);
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
  await applyImport(to, outcome);
}

async function problemOf(action: Promise<unknown>): Promise<string> {
  try {
    await action;
    return 'none';
  } catch (error) {
    return error instanceof RecoveryFileError ? error.problem : String(error);
  }
}

describe('recovery through the coordinator', () => {
  const bridge = createMemoryBridge();
  let coordinator: SyncContext;
  let laptop: SyncContext;
  let issued: IssuedRecovery;
  let keystoreBefore: unknown;

  beforeAll(async () => {
    const made = await demoCoordinator();
    coordinator = made.coordinator;
    const demo = made.demo;
    const counselor = demo.counselors.find((c) => c.role === 'counselor' && demo.workers.some((w) => w.worker.counselorId === c.id))!;
    const enrolment = await issueEnrolment(coordinator, counselor.id, 'Portatile A');
    const read = readEnrolmentFile(enrolment.text);
    if (!read.ok) throw new Error(read.reason);
    const laptopDb = freshDatabase();
    const joined = await joinWithEnrolment(laptopDb, bridge, read.enrolment, enrolment.code, PASSPHRASE);
    laptop = { db: laptopDb, session: joined.session, codec: joined.codec };
    await transfer(laptop, coordinator);
    await transfer(coordinator, laptop);
    issued = await issueRecoveryFile(coordinator, laptop.session.deviceId);
    keystoreBefore = (await laptopDb.meta.get('keystore'))?.value;
  }, 120_000);

  it('refuses a wrong code, a damaged file and another laptop’s file, leaving the key store as it was', async () => {
    expect(await problemOf(recoverThroughCoordinator(laptop.db, bridge, issued.text, generateOneTimeCode(), NEW_PASSPHRASE))).toBe('wrongCode');
    expect(await problemOf(recoverThroughCoordinator(laptop.db, bridge, issued.text.slice(0, 40), issued.code, NEW_PASSPHRASE))).toBe('corrupted');
    expect(await problemOf(recoverThroughCoordinator(laptop.db, bridge, 'not json', issued.code, NEW_PASSPHRASE))).toBe('corrupted');
    const other = { ...JSON.parse(issued.text), deviceId: 'another-laptop' };
    expect(await problemOf(recoverThroughCoordinator(laptop.db, bridge, JSON.stringify(other), issued.code, NEW_PASSPHRASE))).toBe('otherDevice');
    expect((await laptop.db.meta.get('keystore'))?.value).toEqual(keystoreBefore);
  }, 60_000);

  it('refuses a file whose key does not open this laptop’s data', async () => {
    const code = generateOneTimeCode();
    const foreign = { ...JSON.parse(issued.text), wrappedDataKey: await wrapDataKeyWithCode(crypto.getRandomValues(new Uint8Array(32)), code, { logN: 10 }) };
    expect(await problemOf(recoverThroughCoordinator(laptop.db, bridge, JSON.stringify(foreign), code, NEW_PASSPHRASE))).toBe('wrongKey');
    expect((await laptop.db.meta.get('keystore'))?.value).toEqual(keystoreBefore);
  }, 60_000);

  it('opens the same data with a new passphrase and a new recovery code', async () => {
    const typed = issued.code.toLowerCase().replace(/-/g, ' ');
    const recovered = await recoverThroughCoordinator(laptop.db, bridge, issued.text, typed, NEW_PASSPHRASE);
    const worker = (await laptop.db.workers.toArray())[0]!;
    const expected = await openWorker(laptop.codec, worker);
    expect((await openWorker(createRecordCodec(recovered.dataKey), worker)).data).toEqual(expected.data);

    const keyring = await readKeyring(laptop.db);
    if (keyring.kind !== 'present') throw new Error(keyring.kind);
    const byPassphrase = await unlock(laptop.db, bridge, keyring.keystore, NEW_PASSPHRASE);
    expect((await openWorker(createRecordCodec(byPassphrase), worker)).data).toEqual(expected.data);
    await expect(unlock(laptop.db, bridge, keyring.keystore, PASSPHRASE)).rejects.toThrow();
    const byCode = await recover(laptop.db, bridge, keyring.keystore, recovered.recoveryCode, PASSPHRASE);
    expect((await openWorker(createRecordCodec(byCode), worker)).data).toEqual(expected.data);
  }, 120_000);
});
