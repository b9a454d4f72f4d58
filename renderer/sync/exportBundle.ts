// Export: everything a peer laptop has not seen, as one signed, encrypted bundle. Preparing the
// bundle writes nothing; `recordExport` runs once the file is saved (a cancelled save leaves no
// trace) and notes it in the history, what the peer may still hold, and that this device has announced itself.
import { uuidv7 } from 'uuidv7';
import { encodeBundleTo, mergeVectors, payloadReadings, planSelection, type BundleManifest, type ReceiverScope } from '../../shared/sync';
import { concatBytes } from '../../shared/sync/bytes';
import type { BridgeResult } from '../../shared/platform/desktopBridge';
import type { FileSink } from '../../shared/platform/fileStreams';
import type { PcoDatabase } from '../db/database';
import type { RecordCodec } from '../db/codec';
import type { Session } from '../db/session';
import type { DeviceRecord, SyncHistoryRow } from '../db/rows';
import { syncPageSource } from './exportSource';
import { openSyncRow } from './tables';
import { heldCaseloadOf, readDeviceKeys, readMembership, readPendingEscrow, SYNC_META, withHeldCaseload } from './syncMeta';
import { afterSending } from '../../shared/sync/caseloadBelief';
import { SyncNotReadyError } from './errors';
import { documentChunkReader, heldDocumentIds } from './documentContent';

export interface SyncContext {
  readonly db: PcoDatabase;
  readonly session: Session;
  readonly codec: RecordCodec;
}

export type ExportStep = 'collecting' | 'encrypting' | 'writing';

/** A laptop this one exchanges bundles with. */
export interface SyncPeer {
  readonly id: string;
  readonly label: string;
  readonly role: 'counselor' | 'coordinator';
  readonly counselorId: string;
  /** Needed only to encrypt to a counselor laptop. */
  readonly agePublicKey: string;
}

/** A bundle written to its file. */
export interface WrittenExport {
  /** Where it went: a path in Electron, a name in the browser. */
  readonly location: string;
  /** The file's length. */
  readonly size: number;
  readonly fileName: string;
  readonly manifest: BundleManifest;
  readonly fileSha256: string;
  readonly peer: SyncPeer;
  /** Caseload sent to a counselor laptop (coordinator side), else null. */
  readonly caseload: readonly string[] | null;
}

export async function readDevice(ctx: SyncContext, deviceId: string): Promise<DeviceRecord | undefined> {
  const row = await ctx.db.devices.get(deviceId);
  return row ? ((await openSyncRow(ctx.codec, 'devices', row)) as unknown as DeviceRecord) : undefined;
}

const asPeer = (device: DeviceRecord): SyncPeer => ({ id: device.id, label: device.data.label, role: device.data.role, counselorId: device.data.counselorId, agePublicKey: device.data.agePublicKey });

/**
 * Where this laptop may send bundles: the coordinator to registered counselor laptops, a counselor
 * to the coordinator (known from the enrolment file until its device record arrives).
 */
export async function exportTargets(ctx: SyncContext): Promise<SyncPeer[]> {
  const membership = await readMembership(ctx.db);
  if (!membership) return [];
  if (ctx.session.role === 'counselor') {
    const registered = await readDevice(ctx, membership.coordinatorDeviceId);
    if (registered?.data.revokedAt) return [];
    return [registered ? asPeer(registered) : { id: membership.coordinatorDeviceId, label: membership.coordinatorLabel, role: 'coordinator', counselorId: '', agePublicKey: '' }];
  }
  const rows = await ctx.db.devices.toArray();
  const devices = (await Promise.all(rows.map((row) => openSyncRow(ctx.codec, 'devices', row)))) as unknown as DeviceRecord[];
  return devices.filter((device) => !device.deletedAt && !device.data.revokedAt && device.id !== ctx.session.deviceId && device.data.role === 'counselor').map(asPeer);
}

function fileNameFor(createdAt: string, senderId: string, receiverId: string): string {
  const stamp = createdAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `pco-${stamp}-${senderId.slice(0, 6)}-per-${receiverId.slice(0, 6)}.pcobundle`;
}

/** Opens where the bundle named so is written: a dialog, or a new file in the shared folder. */
export type OpenBundleSink = (fileName: string) => Promise<BridgeResult<FileSink>>;

/** What is settled before the file is asked for: who receives it, with which keys, under which name. */
export interface ExportPlan {
  readonly peer: SyncPeer;
  readonly membership: NonNullable<Awaited<ReturnType<typeof readMembership>>>;
  readonly keys: NonNullable<Awaited<ReturnType<typeof readDeviceKeys>>>;
  readonly createdAt: string;
  readonly fileName: string;
}

/** Checks that this laptop may send to `peerDeviceId` now (SyncNotReadyError otherwise) and names the file. */
export async function planExport(ctx: SyncContext, peerDeviceId: string): Promise<ExportPlan> {
  const { db, session, codec } = ctx;
  const membership = await readMembership(db);
  const keys = await readDeviceKeys(db, codec);
  if (!membership || !keys) throw new SyncNotReadyError('notEnrolled');
  const peer = (await exportTargets(ctx)).find((target) => target.id === peerDeviceId);
  if (!peer) throw new SyncNotReadyError('unknownPeer');
  const createdAt = session.author().nowIso;
  return { peer, membership, keys, createdAt, fileName: fileNameFor(createdAt, session.deviceId, peerDeviceId) };
}

/**
 * Writes everything `peerDeviceId` has not seen as one bundle straight into the file `open` gives,
 * a piece at a time: the file is asked for first (the dialog opens on the click), and a failure
 * on the way drops it. A refusal of the destination (cancelled, no space) is returned as it is.
 */
export async function writeExport(
  ctx: SyncContext,
  peerDeviceId: string,
  open: OpenBundleSink,
  onStep: (step: ExportStep) => void = () => {},
  control: ExportControl = {},
): Promise<BridgeResult<WrittenExport>> {
  const plan = await planExport(ctx, peerDeviceId);
  const sink = await open(plan.fileName);
  if (!sink.ok) return sink;
  return { ok: true, value: await writeInto(ctx, plan, sink.value, onStep, control) };
}

/** The bundle of `plan` written into `sink`, which is dropped if anything fails on the way (a cancel too). */
export async function writeInto(ctx: SyncContext, plan: ExportPlan, sink: FileSink, onStep: (step: ExportStep) => void, control: ExportControl): Promise<WrittenExport> {
  try {
    return await encodeInto(ctx, plan, sink, onStep, control);
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

/** Follows and stops a running export: the bar's progress, the Cancel button. */
export interface ExportControl {
  /** Plaintext bytes written so far, of the total, once the payload was measured. */
  readonly onBytes?: (done: number, total: number) => void;
  /** Checked between pages: true stops the export (SyncCancelledError) and drops the file. */
  readonly cancelled?: () => boolean;
}

async function encodeInto(ctx: SyncContext, plan: ExportPlan, sink: FileSink, onStep: (step: ExportStep) => void, control: ExportControl): Promise<WrittenExport> {
  const { db, session } = ctx;
  const { peer, membership, keys, createdAt, fileName } = plan;
  const peerDeviceId = peer.id;
  const cancelled = control.cancelled ?? (() => false);
  onStep('collecting');
  const peerRow = await db.peers.get(peerDeviceId);
  const to: ReceiverScope =
    peer.role === 'counselor'
      ? { role: 'counselor', counselorId: peer.counselorId, previousCaseload: heldCaseloadOf(peerRow).held }
      : // A counselor laptop tells the coordinator which workers it holds (shared/sync/caseloadBelief.ts).
        { role: 'coordinator', ...(session.role === 'counselor' ? { reportCaseloadOf: session.counselorId } : {}) };
  const escrow = await readPendingEscrow(db);
  // The data is read a page at a time: for a counselor laptop once to know its scope, then twice
  // as the encoder measures and writes the payload, opening only what goes.
  const source = syncPageSource(ctx);
  const selection = await planSelection(
    source,
    {
      knows: peerRow?.knows ?? {},
      to,
      recoveryKeys: escrow && session.role === 'counselor' ? [{ deviceId: session.deviceId, wrappedDataKey: escrow }] : [],
      heldDocuments: await heldDocumentIds(db),
    },
    cancelled,
  );
  const received = session.role === 'coordinator' ? (await db.peers.toArray()).map((row) => row.knows) : [];
  // The payload is read twice (measured, then written): the first reading tells the vector and the caseload.
  const readings = payloadReadings(source, selection, cancelled);
  // During a key rotation the coordinator still expects the previous signing key.
  const signing = keys.previous ?? keys;
  const recipients = [membership.programmeRecipient, keys.ageRecipient, ...(peer.role === 'counselor' ? [peer.agePublicKey] : [])];
  const written = await encodeBundleTo(
    {
      payload: readings.read,
      programmeId: membership.programmeId,
      knows: () => received.reduce(mergeVectors, readings.first()?.held ?? {}),
      sender: {
        deviceId: session.deviceId,
        counselorId: session.counselorId,
        role: session.role,
        signPublicKey: signing.signPublicKey,
        enrolmentId: membership.announced ? null : membership.enrolmentId,
        ...(membership.announced || membership.enrolmentProof === undefined ? {} : { enrolmentProof: membership.enrolmentProof }),
      },
      signSecretKey: signing.signSecretKey,
      receiver: { deviceId: peerDeviceId },
      recipients,
      bundleId: uuidv7(),
      createdAt,
      onProgress: (step) => step === 'encrypting' && onStep('encrypting'),
      ...(control.onBytes ? { onBytes: control.onBytes } : {}),
      readDocument: documentChunkReader(ctx),
    },
    (piece) => sink.write(piece),
  );
  onStep('writing');
  const caseload = peer.role === 'counselor' ? (readings.first()?.caseload() ?? null) : null;
  const saved = await sink.finish();
  return {
    location: saved.location,
    size: written.fileBytes,
    fileName,
    manifest: written.manifest,
    fileSha256: written.fileSha256,
    peer,
    caseload: caseload ? [...caseload.workerIds] : null,
  };
}

/** An export held in memory, for tests and the command line's peers: the file's bytes beside what writeExport tells. */
export interface PreparedExport extends WrittenExport {
  readonly bytes: Uint8Array;
}

export async function prepareExport(ctx: SyncContext, peerDeviceId: string, onStep: (step: ExportStep) => void = () => {}): Promise<PreparedExport> {
  const pieces: Uint8Array[] = [];
  const memory: FileSink = {
    write: (bytes) => Promise.resolve(void pieces.push(bytes.slice())),
    finish: () => Promise.resolve({ location: 'memory', size: pieces.reduce((sum, piece) => sum + piece.length, 0) }),
    abort: () => Promise.resolve(),
  };
  const written = await writeExport(ctx, peerDeviceId, () => Promise.resolve({ ok: true, value: memory }), onStep);
  if (!written.ok) throw new Error(`export failed: ${written.error}`);
  return { ...written.value, bytes: concatBytes(pieces) };
}

/** After the file was written: history, the caseload the peer now holds, announcement done. */
export async function recordExport(ctx: SyncContext, prepared: WrittenExport, location: string = prepared.location): Promise<SyncHistoryRow> {
  const { db, session } = ctx;
  const { manifest } = prepared;
  const entry: SyncHistoryRow = {
    id: uuidv7(),
    at: session.author().nowIso,
    direction: 'out',
    peerDeviceId: prepared.peer.id,
    bundleId: manifest.bundleId,
    fileName: location,
    counts: manifest.counts,
    bytes: prepared.size,
    sha256: prepared.fileSha256,
    outcome: 'sent',
    note: '',
  };
  await db.transaction('rw', [db.syncHistory, db.peers, db.meta], async () => {
    await db.syncHistory.add(entry);
    // A caseload sent may take workers away from what the laptop is assumed to hold, never add
    // any: a bundle made is not a bundle imported. What it holds comes from its own bundles.
    if (prepared.caseload) {
      const peer = await db.peers.get(prepared.peer.id);
      await db.peers.put(withHeldCaseload(prepared.peer.id, peer, afterSending(heldCaseloadOf(peer), prepared.caseload)));
    }
    const membership = await readMembership(db);
    if (membership && !membership.announced) await db.meta.put({ key: SYNC_META.membership, value: { ...membership, announced: true } });
    // The escrowed key stays pending until the coordinator confirms it (a bundle back lists this device).
  });
  return entry;
}
