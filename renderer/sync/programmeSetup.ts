// The coordinator's side of joining laptops: the programme key pair and this laptop's own keys
// (once), enrolment files for counselor laptops, and the programme identity file for escrow.
import { ageIdentityFileText, createEnrolmentFile, generateDeviceKeys, generateEnrolmentCode, generateProgrammeKey, keyFingerprint, type DeviceData } from '../../shared/sync';
import { createRecord } from '../../shared/sync/record';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import { readKeyring, unlock } from '../security/keyring';
import type { SyncContext } from './exportBundle';
import { SyncNotReadyError } from './errors';
import { enrolmentCodePurpose, prepareDeviceKeys, readDeviceKeys, readIssuedEnrolments, readMembership, readProgrammeIdentity, sealProgrammeKey, SYNC_META, type Membership } from './syncMeta';
import { sealSyncRecord } from './tables';
import type { DeviceRow } from '../db/rows';

function requireCoordinator(ctx: SyncContext): void {
  if (ctx.session.role !== 'coordinator') throw new SyncNotReadyError('notCoordinator');
}

/** Creates the programme key pair and this laptop's keys and device record. Once per programme. */
export async function setUpProgrammeKeys(ctx: SyncContext, deviceLabel: string): Promise<Membership> {
  requireCoordinator(ctx);
  const { db, session, codec } = ctx;
  if (await readMembership(db)) throw new SyncNotReadyError('alreadySetUp');
  const programme = await db.programme.toCollection().first();
  if (!programme) throw new SyncNotReadyError('notEnrolled');
  const programmeKey = await generateProgrammeKey();
  const keys = await generateDeviceKeys();
  const device: DeviceData = {
    label: deviceLabel.trim(),
    counselorId: session.counselorId,
    role: 'coordinator',
    agePublicKey: keys.ageRecipient,
    signPublicKey: keys.signPublicKey,
    revokedAt: null,
    enrolledAt: session.author().nowIso,
    enrolmentId: null,
  };
  const deviceRow = await sealSyncRecord(codec, 'devices', createRecord(session.deviceId, device, session.tick(), session.author()), []);
  const storedKeys = await prepareDeviceKeys(codec, keys);
  const storedProgrammeKey = await sealProgrammeKey(codec, programmeKey);
  const membership: Membership = {
    programmeId: programme.id,
    programmeRecipient: programmeKey.recipient,
    coordinatorDeviceId: session.deviceId,
    coordinatorSignPublicKey: keys.signPublicKey,
    coordinatorLabel: device.label,
    enrolmentId: null,
    announced: true,
  };
  await db.transaction('rw', [db.devices, db.meta], async () => {
    await db.devices.put(deviceRow as unknown as DeviceRow);
    await db.meta.bulkPut([
      { key: SYNC_META.deviceKeys, value: storedKeys },
      { key: SYNC_META.programmeKey, value: storedProgrammeKey },
      { key: SYNC_META.membership, value: membership },
    ]);
    await session.persistClock();
  });
  return membership;
}

export interface IssuedEnrolmentFile {
  readonly text: string;
  readonly fileName: string;
  /** Of the coordinator's signing key: the counselor compares it on the joining laptop. */
  readonly fingerprint: string;
  readonly enrolmentId: string;
  /** Not in the file: shown on this screen only, typed on the laptop; it proves the laptop's first bundle. */
  readonly code: string;
}

export async function issueEnrolment(ctx: SyncContext, counselorId: string, deviceLabel: string): Promise<IssuedEnrolmentFile> {
  requireCoordinator(ctx);
  const { db, session, codec } = ctx;
  const membership = await readMembership(db);
  const keys = await readDeviceKeys(db, codec);
  const programme = await db.programme.toCollection().first();
  if (!membership || !keys || !programme) throw new SyncNotReadyError('noProgrammeKey');
  const counselorRow = await db.counselors.get(counselorId);
  if (!counselorRow) throw new SyncNotReadyError('unknownPeer');
  const counselor = await codec.open('counselors', counselorRow);
  const ownRow = await db.devices.get(session.deviceId);
  const own = ownRow ? await codec.open('devices', ownRow) : undefined;
  const enrolmentId = crypto.randomUUID();
  const issuedAt = session.author().nowIso;
  const text = createEnrolmentFile(
    {
      enrolmentId,
      programmeId: membership.programmeId,
      programme: programme.data,
      programmeRecipient: membership.programmeRecipient,
      coordinator: { deviceId: session.deviceId, label: own?.data.label ?? '', signPublicKey: keys.signPublicKey, agePublicKey: keys.ageRecipient },
      counselor: { id: counselorId, displayName: counselor.data.displayName },
      deviceLabel: deviceLabel.trim(),
      issuedAt,
    },
    keys.signSecretKey,
  );
  const code = generateEnrolmentCode();
  const sealedCode = await codec.sealValue(enrolmentCodePurpose(enrolmentId), code);
  await db.transaction('rw', db.meta, async () => {
    const issued = [...(await readIssuedEnrolments(db)), { enrolmentId, counselorId, deviceLabel: deviceLabel.trim(), issuedAt, code: sealedCode }];
    await db.meta.put({ key: SYNC_META.enrolments, value: issued });
  });
  const slug = deviceLabel.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'portatile';
  return { text, fileName: `adesione-${slug}.pcoenrol`, fingerprint: keyFingerprint(keys.signPublicKey), enrolmentId, code };
}

/** The programme identity as a standard age identity file, after the passphrase is confirmed again. */
export async function exportProgrammeIdentity(ctx: SyncContext, bridge: DesktopBridge, passphrase: string): Promise<string> {
  requireCoordinator(ctx);
  const keyring = await readKeyring(ctx.db);
  if (keyring.kind !== 'present') throw new SyncNotReadyError('noProgrammeKey');
  // Throws WrongSecretError (counted like any unlock attempt) when the passphrase is wrong.
  await unlock(ctx.db, bridge, keyring.keystore, passphrase);
  const identity = await readProgrammeIdentity(ctx.db, ctx.codec);
  if (!identity) throw new SyncNotReadyError('noProgrammeKey');
  return ageIdentityFileText(identity, new Date().toISOString());
}
