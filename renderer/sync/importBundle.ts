// Import, first half: decrypt and verify a bundle (sync core), then preview what applying it would
// do against this laptop's data. Nothing is written except, for a refused bundle, one history row
// saying why: every data table stays as it was.
import { uuidv7 } from 'uuidv7';
import {
  asSource,
  decodeBundle,
  type ByteSource,
  previewBundle,
  registrationsOf,
  type BundleManifest,
  type DecodedBundle,
  type DecodeResult,
  type DeviceRegistration,
  type LocalState,
  type PendingEnrolment,
  type RefusalReason,
  type SyncEvent,
  type SyncPreview,
  type VersionVector,
} from '../../shared/sync';
import type { SyncHistoryRow } from '../db/rows';
import type { SyncContext } from './exportBundle';
import { openAllRecords, openConflicts, openTable } from './localData';
import { enrolmentCodePurpose, readDeviceKeys, readMembership, readProgrammeIdentity, type Membership } from './syncMeta';
import { usedEnrolmentIds, waitingEnrolments } from './enrolments';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { samePersonGroups } from '../../shared/domain/samePerson';
import { deactivatedCounselorIds } from '../../shared/domain/programme';
import { throwIfCancelled, UNWATCHED, watchedSource, type ImportControl } from './importControl';

export interface PreparedImport {
  readonly ok: true;
  readonly fileName: string;
  readonly bytes: number;
  /** The file, still open: applying reads the documents' bytes from it again (documentContent.ts). */
  readonly file: ByteSource;
  /** The age identities that opened it. */
  readonly identities: readonly string[];
  readonly bundle: DecodedBundle;
  readonly preview: SyncPreview;
  /** Coordinator: workers of the bundle that another file already holds (same person, other id): merge them in Doppioni. */
  readonly samePersonFiles: number;
}

export interface RefusedImport {
  readonly ok: false;
  readonly reason: RefusalReason;
  readonly detail: string;
  readonly manifest: BundleManifest | null;
  /** The manifest's sender was checked against a trusted key; otherwise it is only the file's claim. */
  readonly senderVerified: boolean;
  readonly history: SyncHistoryRow;
}

export type ImportOutcome = PreparedImport | RefusedImport;

async function knownDevices(ctx: SyncContext, membership: Membership | null): Promise<DeviceRegistration[]> {
  const registered = registrationsOf(await openTable(ctx, 'devices'));
  // A counselor laptop trusts the coordinator's key from its enrolment file until the registry arrives.
  if (membership && !registered.some((device) => device.deviceId === membership.coordinatorDeviceId)) {
    registered.push({ deviceId: membership.coordinatorDeviceId, signPublicKey: membership.coordinatorSignPublicKey, revokedAt: null, role: 'coordinator' });
  }
  return registered;
}

/**
 * Coordinator: enrolments a laptop has announced itself with (each admits one laptop), and those
 * still waiting, with their codes opened to check the first bundle's proof.
 */
async function enrolmentState(ctx: SyncContext): Promise<{ pending: PendingEnrolment[]; used: Set<string> }> {
  if (ctx.session.role !== 'coordinator') return { pending: [], used: new Set() };
  const used = await usedEnrolmentIds(ctx);
  const pending = await Promise.all(
    (await waitingEnrolments(ctx, used)).map(async ({ enrolmentId, counselorId, code }) => ({
      enrolmentId,
      counselorId,
      ...(code ? { code: await ctx.codec.openValue<string>(enrolmentCodePurpose(enrolmentId), code) } : {}),
    })),
  );
  return { pending, used };
}

/** Live workers of the bundle whose person has another live file, here or in the bundle itself. */
async function samePersonFiles(ctx: SyncContext, bundle: DecodedBundle): Promise<number> {
  if (ctx.session.role !== 'coordinator') return 0;
  const incoming = (bundle.content.records.workers ?? []).filter((record) => record.deletedAt === null && typeof record.data['codiceFiscale'] === 'string');
  if (incoming.length === 0) return 0;
  const local = await createWorkerRepository(ctx.db, ctx.session, ctx.codec).summaries();
  const files = new Map<string, { id: string; codiceFiscale: string }>();
  for (const file of local) files.set(file.id, file);
  for (const record of incoming) files.set(record.id, { id: record.id, codiceFiscale: String(record.data['codiceFiscale']) });
  const incomingIds = new Set(incoming.map((record) => record.id));
  return samePersonGroups([...files.values()]).flat().filter((file) => incomingIds.has(file.id)).length;
}

async function identities(ctx: SyncContext): Promise<string[]> {
  const keys = await readDeviceKeys(ctx.db, ctx.codec);
  const programme = ctx.session.role === 'coordinator' ? await readProgrammeIdentity(ctx.db, ctx.codec) : null;
  return [keys?.ageIdentity, keys?.previous?.ageIdentity, programme].filter((identity): identity is string => typeof identity === 'string');
}

/** What the core needs of local data: every record (merge and purges), event ids and subjects, log ids. */
async function localState(ctx: SyncContext): Promise<LocalState> {
  const { db, session } = ctx;
  // Events are compared by id, subject and HLC only: their sealed payloads need not be opened.
  const events = (await db.events.toArray()) as unknown as SyncEvent[];
  return {
    role: session.role,
    deviceId: session.deviceId,
    records: await openAllRecords(ctx),
    events,
    auditIds: new Set(await db.audit.toCollection().primaryKeys()),
    statisticIds: new Set(await db.statistics.toCollection().primaryKeys()),
    conflicts: await openConflicts(ctx),
  };
}

/** The `knows` of the last bundle applied from each peer (peers that only received from us have none). */
async function peerVectors(ctx: SyncContext): Promise<Record<string, VersionVector>> {
  const peers = await ctx.db.peers.toArray();
  return Object.fromEntries(peers.filter((peer) => peer.lastBundleId !== '').map((peer) => [peer.deviceId, peer.knows]));
}

type Refusal = Extract<DecodeResult, { ok: false }>;

async function refuse(ctx: SyncContext, fileName: string, bytes: number, refusal: Refusal): Promise<RefusedImport> {
  const { reason, detail, manifest, senderVerified } = refusal;
  const history: SyncHistoryRow = {
    id: uuidv7(),
    at: ctx.session.author().nowIso,
    direction: 'in',
    peerDeviceId: manifest?.sender.deviceId ?? '',
    peerVerified: senderVerified,
    bundleId: manifest?.bundleId ?? '',
    fileName,
    counts: manifest?.counts ?? {},
    bytes,
    sha256: refusal.fileSha256,
    outcome: `refused:${reason}`,
    note: '',
  };
  await ctx.db.syncHistory.add(history);
  return { ok: false, reason, detail, manifest, senderVerified, history };
}

/**
 * Reads the bundle `file` (on disk through the bridge, or bytes in memory) to verify and preview
 * it, a slice at a time: the file is never whole in memory. Stopped through `control`, it writes
 * nothing, not even the history row of a refusal.
 */
export async function prepareImport(ctx: SyncContext, fileOrBytes: ByteSource | Uint8Array, fileName: string, control: ImportControl = UNWATCHED): Promise<ImportOutcome> {
  const { db, session } = ctx;
  const file = asSource(fileOrBytes);
  control.onStep('reading');
  const membership = await readMembership(db);
  const enrolments = await enrolmentState(ctx);
  const ages = await identities(ctx);
  const decoded = await decodeBundle(watchedSource(file, control), {
    identities: ages,
    deviceId: session.deviceId,
    programmeId: membership?.programmeId ?? null,
    devices: await knownDevices(ctx, membership),
    pendingEnrolments: enrolments.pending,
    usedEnrolmentIds: enrolments.used,
    deactivatedCounselorIds: deactivatedCounselorIds(await db.counselors.toArray()),
    appliedBundleIds: new Set(await db.appliedBundles.toCollection().primaryKeys()),
    peerKnows: await peerVectors(ctx),
    nowMillis: Date.now(),
  });
  // A stop while reading may look like a damaged file to the decoder: it is told as a stop.
  throwIfCancelled(control);
  if (!decoded.ok) return refuse(ctx, fileName, file.size, decoded);
  control.onStep('comparing');
  const preview = previewBundle(await localState(ctx), decoded.bundle);
  throwIfCancelled(control);
  const samePerson = await samePersonFiles(ctx, decoded.bundle);
  throwIfCancelled(control);
  return { ok: true, fileName, bytes: file.size, file, identities: ages, bundle: decoded.bundle, preview, samePersonFiles: samePerson };
}
