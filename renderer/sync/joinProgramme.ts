// A counselor laptop joins a programme with the enrolment file the coordinator issued and the
// enrolment code shown on the coordinator's screen (not in the file): the local
// profile and key store are created as on any first start, then the laptop generates its own
// keys, registers its device record (sent in its first bundle) and escrows its data key to the
// programme key (so the coordinator can help if passphrase and recovery code are both lost).
// Programme, counselors and caseload arrive with the coordinator's first bundle back.
import { enrolmentProof, generateDeviceKeys, wrapDataKeyForProgramme, type DeviceData, type EnrolmentBody } from '../../shared/sync';
import { createRecord } from '../../shared/sync/record';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import type { PcoDatabase } from '../db/database';
import type { DeviceRow } from '../db/rows';
import { createRecordCodec, type RecordCodec } from '../db/codec';
import { META_KEYS, openSession, type LocalUser, type Session } from '../db/session';
import { createKeys, readKeyring } from '../security/keyring';
import { rawDataKey } from '../security/coordinatorRecovery';
import { prepareDeviceKeys, SYNC_META, type Membership } from './syncMeta';
import { sealSyncRecord } from './tables';

export interface Joined {
  readonly session: Session;
  readonly codec: RecordCodec;
  readonly recoveryCode: string;
}

/** `code`: the enrolment code the coordinator showed, already checked (checkEnrolmentCode). */
export async function joinWithEnrolment(
  db: PcoDatabase,
  bridge: DesktopBridge,
  enrolment: EnrolmentBody,
  code: string,
  passphrase: string,
  onStep: (step: 'keys' | 'device') => void = () => {},
): Promise<Joined> {
  onStep('keys');
  const { dataKey, recoveryCode } = await createKeys(db, bridge, passphrase);
  const codec = createRecordCodec(dataKey);
  const keyring = await readKeyring(db);
  if (keyring.kind !== 'present') throw new Error('key store missing right after creation');
  const raw = await rawDataKey(keyring.keystore, recoveryCode);
  const escrow = await wrapDataKeyForProgramme(raw, enrolment.programmeRecipient);
  raw.fill(0);
  onStep('device');
  const user: LocalUser = { counselorId: enrolment.counselor.id, role: 'counselor' };
  const session = await openSession(db, user);
  const keys = await generateDeviceKeys();
  const device: DeviceData = {
    label: enrolment.deviceLabel,
    counselorId: enrolment.counselor.id,
    role: 'counselor',
    agePublicKey: keys.ageRecipient,
    signPublicKey: keys.signPublicKey,
    revokedAt: null,
    enrolledAt: session.author().nowIso,
    enrolmentId: enrolment.enrolmentId,
  };
  const deviceRow = (await sealSyncRecord(codec, 'devices', createRecord(session.deviceId, device, session.tick(), session.author()), [])) as unknown as DeviceRow;
  const storedKeys = await prepareDeviceKeys(codec, keys);
  const membership: Membership = {
    programmeId: enrolment.programmeId,
    programmeRecipient: enrolment.programmeRecipient,
    coordinatorDeviceId: enrolment.coordinator.deviceId,
    coordinatorSignPublicKey: enrolment.coordinator.signPublicKey,
    coordinatorLabel: enrolment.coordinator.label,
    enrolmentId: enrolment.enrolmentId,
    announced: false,
    // The code itself is not kept: only the proof the first bundle carries.
    enrolmentProof: enrolmentProof(code, { programmeId: enrolment.programmeId, enrolmentId: enrolment.enrolmentId, deviceId: session.deviceId, counselorId: enrolment.counselor.id, signPublicKey: keys.signPublicKey }),
  };
  await db.transaction('rw', [db.devices, db.meta], async () => {
    await db.devices.put(deviceRow);
    await db.meta.bulkPut([
      { key: SYNC_META.deviceKeys, value: storedKeys },
      { key: SYNC_META.membership, value: membership },
      { key: SYNC_META.pendingEscrow, value: escrow },
      { key: META_KEYS.programmeId, value: enrolment.programmeId },
      { key: META_KEYS.localUser, value: user },
    ]);
    await session.persistClock();
  });
  return { session, codec, recoveryCode };
}
