// What this laptop knows about its place in the programme, kept in the `meta` table: membership
// (programme, coordinator, enrolment), its own key pairs and, on the coordinator, the programme
// identity and the enrolment files issued. Secret keys are sealed under the data key (so they
// are as safe as the data itself and gone from memory on lock); public keys stay in clear.
import { z } from 'zod';
import { isSealed, type Sealed } from '../../shared/crypto/sealed';
import type { AgeKeyPair, DeviceKeys } from '../../shared/sync';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { PeerRow } from '../db/rows';
import { NOTHING_HELD, type HeldCaseload } from '../../shared/sync/caseloadBelief';

export const SYNC_META = {
  membership: 'sync.membership',
  deviceKeys: 'sync.deviceKeys',
  programmeKey: 'sync.programmeKey',
  enrolments: 'sync.enrolmentsIssued',
  pendingEscrow: 'sync.pendingEscrow',
  sharedFolder: 'sync.sharedFolder',
} as const;

export const membershipSchema = z.object({
  programmeId: z.string(),
  programmeRecipient: z.string(),
  coordinatorDeviceId: z.string(),
  /** The coordinator's signing key from the enrolment file: trusted until its device record arrives. */
  coordinatorSignPublicKey: z.string(),
  coordinatorLabel: z.string(),
  /** Counselor laptops: the enrolment they joined with, until the coordinator has registered them. */
  enrolmentId: z.string().nullable(),
  /** True once a bundle announcing this device (its public keys) was exported. */
  announced: z.boolean(),
  /** Counselor laptops, until announced: the HMAC made with the enrolment code typed when joining (enrolmentCode.ts). */
  enrolmentProof: z.string().optional(),
});
export type Membership = z.infer<typeof membershipSchema>;

export async function readMembership(db: PcoDatabase): Promise<Membership | null> {
  const parsed = membershipSchema.safeParse((await db.meta.get(SYNC_META.membership))?.value);
  return parsed.success ? parsed.data : null;
}

/** Public halves in clear (shown, compared), secrets sealed. `previous`: keys kept during a rotation. */
interface StoredKeys {
  ageRecipient: string;
  signPublicKey: string;
  secrets: Sealed;
  previous: { ageRecipient: string; signPublicKey: string; secrets: Sealed } | null;
}

type Secrets = Pick<DeviceKeys, 'ageIdentity' | 'signSecretKey'>;

export interface LocalDeviceKeys extends DeviceKeys {
  /** The keys before a rotation the coordinator has not confirmed yet: bundles are still signed with them. */
  readonly previous: DeviceKeys | null;
}

async function sealKeys(codec: RecordCodec, keys: DeviceKeys, purpose: string) {
  const secrets: Secrets = { ageIdentity: keys.ageIdentity, signSecretKey: keys.signSecretKey };
  return { ageRecipient: keys.ageRecipient, signPublicKey: keys.signPublicKey, secrets: await codec.sealValue(purpose, secrets) };
}

/** Sealed copies of new keys, to write with `putDeviceKeys` inside a transaction. */
export async function prepareDeviceKeys(codec: RecordCodec, keys: DeviceKeys, previous: DeviceKeys | null = null): Promise<StoredKeys> {
  return {
    ...(await sealKeys(codec, keys, SYNC_META.deviceKeys)),
    previous: previous ? await sealKeys(codec, previous, `${SYNC_META.deviceKeys}.previous`) : null,
  };
}

export async function readDeviceKeys(db: PcoDatabase, codec: RecordCodec): Promise<LocalDeviceKeys | null> {
  const stored = (await db.meta.get(SYNC_META.deviceKeys))?.value as StoredKeys | undefined;
  if (!stored) return null;
  const secrets = await codec.openValue<Secrets>(SYNC_META.deviceKeys, stored.secrets);
  let previous: DeviceKeys | null = null;
  if (stored.previous) {
    const old = await codec.openValue<Secrets>(`${SYNC_META.deviceKeys}.previous`, stored.previous.secrets);
    previous = { ageRecipient: stored.previous.ageRecipient, signPublicKey: stored.previous.signPublicKey, ...old };
  }
  return { ageRecipient: stored.ageRecipient, signPublicKey: stored.signPublicKey, ...secrets, previous };
}

/** Public keys only (no unlock needed). */
export async function readPublicKeys(db: PcoDatabase): Promise<{ ageRecipient: string; signPublicKey: string; rotating: boolean } | null> {
  const stored = (await db.meta.get(SYNC_META.deviceKeys))?.value as StoredKeys | undefined;
  return stored ? { ageRecipient: stored.ageRecipient, signPublicKey: stored.signPublicKey, rotating: stored.previous !== null } : null;
}

/** Drops the previous keys once the coordinator has registered the new ones. */
export async function forgetPreviousKeys(db: PcoDatabase): Promise<void> {
  const stored = (await db.meta.get(SYNC_META.deviceKeys))?.value as StoredKeys | undefined;
  if (stored?.previous) await db.meta.put({ key: SYNC_META.deviceKeys, value: { ...stored, previous: null } });
}

export async function sealProgrammeKey(codec: RecordCodec, key: AgeKeyPair): Promise<{ recipient: string; identity: Sealed }> {
  return { recipient: key.recipient, identity: await codec.sealValue(SYNC_META.programmeKey, key.identity) };
}

/** The programme identity (coordinator only), or null elsewhere. */
export async function readProgrammeIdentity(db: PcoDatabase, codec: RecordCodec): Promise<string | null> {
  const stored = (await db.meta.get(SYNC_META.programmeKey))?.value as { identity: Sealed } | undefined;
  return stored ? codec.openValue<string>(SYNC_META.programmeKey, stored.identity) : null;
}

export const issuedEnrolmentSchema = z.object({
  enrolmentId: z.string(),
  counselorId: z.string(),
  deviceLabel: z.string(),
  issuedAt: z.string(),
  /** The enrolment code, sealed: it proves the laptop's first bundle. Absent on files issued before codes existed. */
  code: z.custom<Sealed>(isSealed).optional(),
  /** Set when the coordinator issued the enrolment again (a laptop reinstalled): its old code no longer counts. */
  withdrawnAt: z.string().optional(),
});
export type IssuedEnrolment = z.infer<typeof issuedEnrolmentSchema>;

export async function readIssuedEnrolments(db: PcoDatabase): Promise<IssuedEnrolment[]> {
  const parsed = z.array(issuedEnrolmentSchema).safeParse((await db.meta.get(SYNC_META.enrolments))?.value);
  return parsed.success ? parsed.data : [];
}

/** The purpose an enrolment code is sealed under: bound to its enrolment, so codes cannot be swapped. */
export const enrolmentCodePurpose = (enrolmentId: string) => `${SYNC_META.enrolments}.code.${enrolmentId}`;

/** The laptop's data key escrowed to the programme key, waiting to travel in the next bundle. */
export async function readPendingEscrow(db: PcoDatabase): Promise<string | null> {
  const value = (await db.meta.get(SYNC_META.pendingEscrow))?.value;
  return typeof value === 'string' ? value : null;
}

export const sharedFolderSettingSchema = z.object({ token: z.string(), label: z.string() });
export type SharedFolderSetting = z.infer<typeof sharedFolderSettingSchema>;

export async function readSharedFolder(db: PcoDatabase): Promise<SharedFolderSetting | null> {
  const parsed = sharedFolderSettingSchema.safeParse((await db.meta.get(SYNC_META.sharedFolder))?.value);
  return parsed.success ? parsed.data : null;
}

/** What the coordinator assumes a counselor laptop holds, as its peer row keeps it. */
export function heldCaseloadOf(peer: PeerRow | undefined): HeldCaseload {
  return peer ? { held: peer.caseload, keptSinceReport: peer.keptSinceReport ?? null, reportedAt: peer.reportedAt ?? null } : NOTHING_HELD;
}

/** The peer row with a new assumption of what the laptop holds, everything else as it was. */
export function withHeldCaseload(deviceId: string, peer: PeerRow | undefined, held: HeldCaseload): PeerRow {
  return { deviceId, knows: peer?.knows ?? {}, lastBundleId: peer?.lastBundleId ?? '', lastSeenAt: peer?.lastSeenAt ?? '', caseload: [...held.held], keptSinceReport: held.keptSinceReport ? [...held.keptSinceReport] : null, reportedAt: held.reportedAt };
}
