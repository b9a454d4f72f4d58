// Bytes → verified, parsed bundle, or a refusal with its reason. Never throws on bad input.
import { parseTimestamp } from '../hlc';
import { concatBytes, sha256Stream, utf8Decode } from '../bytes';
import { verifyMessage } from '../deviceKeys';
import { deviceDataSchema, type DeviceRegistration } from '../devices';
import { vectorCovers } from '../vector';
import type { AnyRecord, BundleContent, RefusalReason, VersionVector } from '../types';
import { eachPiece, openEncrypted } from './age';
import { asSource, sourceSlices, type ByteSource } from './source';
import { BUNDLE_SCHEMA_VERSION, SIGNATURE_PREFIX, bundleManifestSchema, manifestHeadSchema, type BundleManifest, type BundleSender } from './manifest';
import { lineSplitter, payloadReader, type RecordValidator } from './payload';
import { counselorScopeProblem } from '../senderScope';
import { verifyEnrolmentProof } from '../enrolmentCode';

export interface PendingEnrolment {
  readonly enrolmentId: string;
  readonly counselorId: string;
  /** The code shown to the coordinator when the file was issued; absent: the first bundle cannot be proven. */
  readonly code?: string;
}

export interface DecodeContext {
  /** age identities this laptop holds: its device identity, plus the programme identity on the coordinator. */
  readonly identities: readonly string[];
  readonly deviceId: string;
  /** null: this laptop has not joined a programme yet. */
  readonly programmeId: string | null;
  readonly devices: readonly DeviceRegistration[];
  /** Coordinator: enrolment files issued whose laptop has not announced itself yet. */
  readonly pendingEnrolments?: readonly PendingEnrolment[];
  /** Coordinator: enrolments a laptop has already announced itself with (one laptop per enrolment). */
  readonly usedEnrolmentIds?: ReadonlySet<string>;
  /** Counselors the coordinator deactivated: their laptops' bundles are refused. */
  readonly deactivatedCounselorIds?: ReadonlySet<string>;
  readonly appliedBundleIds: ReadonlySet<string>;
  /** By sender device id: the `knows` of the last bundle applied from it (peers table). */
  readonly peerKnows: Readonly<Record<string, VersionVector>>;
  readonly nowMillis: number;
  /** Default: one year, as the local clock. */
  readonly maxDriftMillis?: number;
  /** Default: each table's entity schema (recordSchemas.ts). Tests of the merge alone may relax it. */
  readonly recordProblem?: RecordValidator;
}

export interface DecodedBundle {
  readonly manifest: BundleManifest;
  readonly content: BundleContent;
  readonly fileSha256: string;
  /** Highest HLC in the bundle: the local clock must receive it. */
  readonly maxHlc: string | null;
  /** First bundle of an enrolled laptop: its own device record, checked against the pending enrolment. */
  readonly announcedDevice: AnyRecord | null;
}

export type DecodeResult =
  | { readonly ok: true; readonly bundle: DecodedBundle }
  | {
      readonly ok: false;
      readonly reason: RefusalReason;
      readonly detail: string;
      /** What the file claims, when it could be read: its sender is only a claim unless `senderVerified`. */
      readonly manifest: BundleManifest | null;
      /** The manifest's signature was checked against a key this laptop trusts for that sender. */
      readonly senderVerified: boolean;
      readonly fileSha256: string;
    };

const DEFAULT_MAX_DRIFT = 366 * 24 * 3600 * 1000;
const NEWLINE = 0x0a;
const EMPTY = new Uint8Array(0);

/** What lines 1 and 2 say, checked against the context: a refusal, or who sent the bundle and how to trust it. */
type HeadCheck =
  | { readonly ok: false; readonly reason: RefusalReason; readonly detail: string; readonly manifest: BundleManifest | null }
  | {
      readonly ok: true;
      readonly manifest: BundleManifest;
      /** A laptop announcing itself with its first bundle, against a pending enrolment. */
      readonly announcing: boolean;
      /** What the registry (or the enrolment) says the sender is. */
      readonly expected: { readonly role: BundleSender['role']; readonly counselorId?: string };
    };

function checkHead(head: Uint8Array, signatureBytes: Uint8Array, context: DecodeContext): HeadCheck {
  let manifest: BundleManifest | null = null;
  const refuse = (reason: RefusalReason, detail: string): HeadCheck => ({ ok: false, reason, detail, manifest });
  let headJson: unknown;
  let signatureLine: string;
  try {
    headJson = JSON.parse(utf8Decode(head));
    signatureLine = utf8Decode(signatureBytes);
  } catch {
    return refuse('corrupted', 'manifest is not JSON');
  }
  const headParsed = manifestHeadSchema.safeParse(headJson);
  if (!headParsed.success) return refuse('corrupted', 'not a PCO bundle manifest');
  if (headParsed.data.schemaVersion > BUNDLE_SCHEMA_VERSION) return refuse('unsupportedSchema', `schema version ${headParsed.data.schemaVersion}`);
  const parsedManifest = bundleManifestSchema.safeParse(headJson);
  if (!parsedManifest.success) return refuse('corrupted', `manifest: ${parsedManifest.error.issues[0]?.message ?? 'invalid'}`);
  manifest = parsedManifest.data;

  // Another programme first: once the manifest is readable it is the truer reason (such a bundle
  // is always addressed to a laptop this one is not).
  if (manifest.programmeId !== context.programmeId) return refuse('otherProgramme', `programme ${manifest.programmeId}`);
  if (manifest.receiver.deviceId !== context.deviceId) return refuse('notForThisDevice', `addressed to ${manifest.receiver.deviceId}`);

  const sender = manifest.sender;
  const registered = context.devices.find((device) => device.deviceId === sender.deviceId);
  if (registered?.revokedAt) return refuse('revokedDevice', `device ${sender.deviceId} revoked at ${registered.revokedAt}`);
  const pending = registered || sender.enrolmentId === null ? undefined : (context.pendingEnrolments ?? []).find((p) => p.enrolmentId === sender.enrolmentId && p.counselorId === sender.counselorId);
  if (!registered && !pending) {
    if (sender.enrolmentId !== null && context.usedEnrolmentIds?.has(sender.enrolmentId)) return refuse('enrolmentUsed', `enrolment ${sender.enrolmentId}`);
    return refuse('unknownDevice', `device ${sender.deviceId}`);
  }
  const announcing = pending !== undefined;
  // The manifest's role and counselor are the sender's own claims: only the registry's count, and a
  // laptop announcing itself is always a counselor's.
  const expected = registered ?? { role: 'counselor', counselorId: sender.counselorId };
  if (sender.role !== expected.role || (expected.counselorId !== undefined && sender.counselorId !== expected.counselorId)) {
    return refuse('outOfScope', `device ${sender.deviceId} claims ${sender.role} ${sender.counselorId}, registered as ${expected.role} ${expected.counselorId ?? ''}`);
  }
  if (!signatureLine.startsWith(SIGNATURE_PREFIX)) return refuse('corrupted', 'signature line malformed');
  const key = registered ? registered.signPublicKey : sender.signPublicKey;
  if (!verifyMessage(key, head, signatureLine.slice(SIGNATURE_PREFIX.length))) return refuse('badSignature', `device ${sender.deviceId}`);
  // A key announced against an enrolment counts only with the proof that the laptop knew the code
  // the coordinator showed: the enrolment file alone (which travels on a stick) is not enough.
  if (pending) {
    if (pending.code === undefined) return refuse('enrolmentUnproven', `no code is known for enrolment ${pending.enrolmentId}: issue it again`);
    const claim = { programmeId: manifest.programmeId, enrolmentId: pending.enrolmentId, deviceId: sender.deviceId, counselorId: sender.counselorId, signPublicKey: sender.signPublicKey };
    if (sender.enrolmentProof === undefined || !verifyEnrolmentProof(pending.code, claim, sender.enrolmentProof)) {
      return refuse('enrolmentUnproven', sender.enrolmentProof === undefined ? 'no enrolment proof' : 'the enrolment proof does not match the code');
    }
  }
  return { ok: true, manifest, announcing, expected };
}

/**
 * The file read from its start, a slice at a time, each slice hashed as it passes; `fileSha256`
 * reads what age did not need (a file refused at its header) so the hash is always the whole file's.
 */
async function hashedReading(file: ByteSource) {
  const hash = await sha256Stream();
  const slices = sourceSlices(file, (slice) => hash.update(slice));
  return {
    slices,
    async fileSha256(): Promise<string> {
      for (let next = await slices.next(); !next.done; next = await slices.next());
      return hash.hex();
    },
  };
}

/** Verifies a bundle read from `file` (a source on disk, or the bytes themselves) without keeping it. */
export async function decodeBundle(file: Uint8Array | ByteSource, context: DecodeContext): Promise<DecodeResult> {
  const reading = await hashedReading(asSource(file));
  let manifest: BundleManifest | null = null;
  let senderVerified = false;
  let fileSha256 = '';
  const refuse = async (reason: RefusalReason, detail: string): Promise<DecodeResult> => {
    fileSha256 ||= await reading.fileSha256();
    return { ok: false, reason, detail, manifest, senderVerified, fileSha256 };
  };

  if (context.programmeId === null) return refuse('notEnrolled', 'this laptop has not joined a programme');
  const opened = await openEncrypted(reading.slices, context.identities);
  if (!opened.ok) return refuse(opened.reason, opened.detail);

  // The plaintext is read as age decrypts it, never whole (at 30,000 workers it is hundreds of
  // megabytes): lines 1 and 2 are checked once they are in, then the payload is hashed and parsed
  // a line at a time. The verdicts are those of reading it whole, in the same order: damage that
  // age finds further on still makes the bundle corrupted, whatever its lines said, and the
  // payload's hash is compared before any line's fault is told.
  const headLines: Uint8Array[] = [];
  let lineStart: Uint8Array[] = [];
  /** Completes lines 1 and 2 from `piece`; returns what follows them in it. */
  const takeHead = (piece: Uint8Array): Uint8Array => {
    let start = 0;
    while (headLines.length < 2) {
      const end = piece.indexOf(NEWLINE, start);
      if (end < 0) {
        lineStart.push(piece.subarray(start));
        return EMPTY;
      }
      headLines.push(concatBytes([...lineStart, piece.subarray(start, end)]));
      lineStart = [];
      start = end + 1;
    }
    return piece.subarray(start);
  };
  // Set inside the piece callback: typed so that the checks after it are not narrowed to its initial null.
  let head = null as HeadCheck | null;
  const payloadHash = await sha256Stream();
  let payloadBytes = 0;
  const payload = payloadReader(context.recordProblem);
  const payloadLines = lineSplitter(payload.line);
  const failure = await eachPiece(opened.next, (piece) => {
    let rest = piece;
    if (head === null) {
      rest = takeHead(piece);
      const [line1, line2] = headLines;
      if (line1 === undefined || line2 === undefined) return;
      head = checkHead(line1, line2, context);
    }
    // A refused head: the rest is only decrypted, for age to tell whether the file is whole.
    if (!head.ok) return;
    payloadHash.update(rest);
    payloadBytes += rest.length;
    payloadLines.push(rest);
  });
  if (failure) return refuse(failure.reason, failure.detail);
  fileSha256 = await reading.fileSha256();
  if (head === null) return refuse('corrupted', 'manifest or signature line missing');
  if (!head.ok) {
    manifest = head.manifest;
    return refuse(head.reason, head.detail);
  }
  manifest = head.manifest;
  senderVerified = true;
  const { expected, announcing } = head;
  const sender = manifest.sender;
  const counselorId = expected.counselorId ?? sender.counselorId;
  if (context.deactivatedCounselorIds?.has(counselorId)) return refuse('counselorDeactivated', `counselor ${counselorId}`);

  if (payloadBytes !== manifest.payloadBytes || payloadHash.hex() !== manifest.payloadSha256) return refuse('corrupted', 'payload hash differs');
  payloadLines.end();
  const parsed = payload.finish();
  if (!parsed.ok) return refuse('corrupted', parsed.detail);

  // The registry says what a device may write; a newly announced laptop is always a counselor's.
  if (expected.role === 'counselor') {
    const problem = counselorScopeProblem(parsed.content, sender);
    if (problem) return refuse('outOfScope', problem);
  }

  let announcedDevice: AnyRecord | null = null;
  if (announcing) {
    announcedDevice = (parsed.content.records.devices ?? []).find((r) => r.id === sender.deviceId) ?? null;
    const data = deviceDataSchema.safeParse(announcedDevice?.data);
    if (!data.success || data.data.signPublicKey !== sender.signPublicKey || data.data.enrolmentId !== sender.enrolmentId) {
      return refuse('unknownDevice', 'the first bundle does not announce the enrolled device');
    }
  }

  if (context.appliedBundleIds.has(manifest.bundleId)) return refuse('alreadyApplied', manifest.bundleId);
  const lastKnows = context.peerKnows[sender.deviceId];
  if (lastKnows && vectorCovers(lastKnows, manifest.knows)) return refuse('stale', 'a newer bundle from this device was already applied');
  if (parsed.maxHlc) {
    const lead = parseTimestamp(parsed.maxHlc).millis - context.nowMillis;
    if (lead > (context.maxDriftMillis ?? DEFAULT_MAX_DRIFT)) return refuse('clockDrift', `${Math.round(lead / 86_400_000)} days ahead`);
  }
  return { ok: true, bundle: { manifest, content: parsed.content, fileSha256, maxHlc: parsed.maxHlc, announcedDevice } };
}
