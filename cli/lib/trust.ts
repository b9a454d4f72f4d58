// Whom the headless coordinator believes. It holds the programme identity, which decrypts every
// bundle of the programme whoever it is addressed to, so the receiver is not checked; the sender
// is. Trust starts from the coordinator device named in a signed enrolment file (the anchor, as a
// counselor laptop trusts it when joining); the coordinator's own bundles then bring the device
// registry, and every other sender must be registered there (or announce an enrolment).
import { deactivatedCounselorIds, type CounselorRole } from '../../shared/domain/programme';
import { deviceDataSchema, registrationsOf, type BundleManifest, type DecodeContext, type DeviceRegistration, type PendingEnrolment } from '../../shared/sync';
import type { ProgrammeIdentity } from './identity';
import type { Store } from './store';

export function channelOf(manifest: BundleManifest): string {
  return `${manifest.sender.deviceId}>${manifest.receiver.deviceId}`;
}

export function registryOf(store: Store): DeviceRegistration[] {
  const registered = registrationsOf(store.state.records.devices ?? []);
  if (!registered.some((device) => device.deviceId === store.anchor.deviceId)) {
    registered.push({ deviceId: store.anchor.deviceId, signPublicKey: store.anchor.signPublicKey, revokedAt: null, role: 'coordinator' });
  }
  return registered;
}

/** The role the registry (not the manifest) gives a device; the anchor is the coordinator. */
export function registeredRole(store: Store, deviceId: string): CounselorRole | null {
  const record = (store.state.records.devices ?? []).find((r) => r.id === deviceId && !r.deletedAt);
  const data = deviceDataSchema.safeParse(record?.data);
  if (data.success) return data.data.role;
  return deviceId === store.anchor.deviceId ? 'coordinator' : null;
}

/** Enrolments some laptop has announced itself with: each admits one laptop. */
export function usedEnrolmentIdsOf(store: Store): Set<string> {
  return new Set((store.state.records.devices ?? []).map((r) => r.data['enrolmentId']).filter((id): id is string => typeof id === 'string'));
}

/** Enrolments whose laptop has not announced itself yet. */
export function pendingEnrolmentsOf(store: Store): PendingEnrolment[] {
  const announced = usedEnrolmentIdsOf(store);
  return store.pendingEnrolments.filter((p) => !announced.has(p.enrolmentId));
}

/**
 * The decode context for one bundle. `manifest` is what a trust-free peek read (null when even
 * that failed: decodeBundle then names the damage). No "stale" check: a laptop refuses an older
 * bundle because it applies one sender's bundles in sequence, but the store sees every channel's
 * traffic in whatever order the folder offers it, and merging is idempotent and commutative, so an
 * older bundle is applied too (only its new rows change anything). Replays are `alreadyApplied`.
 */
export function decodeContextFor(store: Store, key: ProgrammeIdentity, manifest: BundleManifest | null, nowMillis: number): DecodeContext {
  return {
    identities: [key.identity],
    deviceId: manifest?.receiver.deviceId ?? '',
    programmeId: store.programmeId,
    devices: registryOf(store),
    pendingEnrolments: pendingEnrolmentsOf(store),
    usedEnrolmentIds: usedEnrolmentIdsOf(store),
    deactivatedCounselorIds: deactivatedCounselorIds(store.state.records.counselors ?? []),
    appliedBundleIds: new Set(store.applied.map((entry) => entry.bundleId)),
    peerKnows: {},
    nowMillis,
  };
}
