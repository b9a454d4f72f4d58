// Bundle content + sender keys → signed plaintext → age-encrypted bytes.
import { uuidv7 } from 'uuidv7';
import { sha256HexAsync, utf8Encode } from '../bytes';
import { signMessage } from '../deviceKeys';
import type { BundleContent, VersionVector } from '../types';
import { encryptToRecipients } from './age';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, SIGNATURE_PREFIX, type BundleLine, type BundleManifest, type BundleSender } from './manifest';

export interface EncodeBundleInput {
  readonly content: BundleContent;
  readonly programmeId: string;
  readonly sender: BundleSender;
  /** Ed25519 secret key of the sender device, base64. */
  readonly signSecretKey: string;
  readonly receiver: { readonly deviceId: string };
  /** vectorOf(everything the sender holds). */
  readonly knows: VersionVector;
  /** age1… recipients: the programme's, the sender's own, and for coordinator → counselor the receiver's. */
  readonly recipients: readonly string[];
  readonly bundleId?: string;
  readonly createdAt?: string;
  readonly onProgress?: (step: 'serialising' | 'signing' | 'encrypting') => void;
}

export interface EncodedBundle {
  /** The `.pcobundle` file. */
  readonly bytes: Uint8Array;
  readonly manifest: BundleManifest;
  /** SHA-256 of `bytes`, hex: shown in the summary and the history. */
  readonly fileSha256: string;
  readonly plaintextBytes: number;
}

/** Payload lines in a fixed order: catalogue and records first, then append-only lines. */
export function payloadLines(content: BundleContent): BundleLine[] {
  const lines: BundleLine[] = [];
  for (const [table, records] of Object.entries(content.records)) {
    for (const record of records ?? []) lines.push({ t: 'record', table: table as keyof typeof content.records, record });
  }
  for (const event of content.events) lines.push({ t: 'event', event });
  for (const entry of content.audit) lines.push({ t: 'audit', entry });
  for (const record of content.statistics) lines.push({ t: 'statistic', record });
  if (content.caseload) lines.push({ t: 'caseload', counselorId: content.caseload.counselorId, workerIds: [...content.caseload.workerIds] });
  for (const key of content.recoveryKeys) lines.push({ t: 'recoveryKey', deviceId: key.deviceId, wrappedDataKey: key.wrappedDataKey });
  return lines;
}

export function countLines(lines: readonly BundleLine[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines) {
    const key = line.t === 'record' ? line.table : line.t;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Manifest fields the encoder computes itself. */
export type ManifestDraft = Omit<BundleManifest, 'payloadBytes' | 'payloadSha256' | 'counts'>;

/** The signed plaintext (manifest line, signature line, payload). Exposed for tests that forge bundles. */
export async function signedPlaintext(draft: ManifestDraft, lines: readonly BundleLine[], signSecretKey: string): Promise<{ plaintext: Uint8Array; manifest: BundleManifest }> {
  const payload = utf8Encode(lines.map((line) => JSON.stringify(line)).join('\n'));
  const manifest: BundleManifest = { ...draft, counts: countLines(lines), payloadBytes: payload.length, payloadSha256: await sha256HexAsync(payload) };
  const head = utf8Encode(JSON.stringify(manifest));
  const signature = utf8Encode(`\n${SIGNATURE_PREFIX}${signMessage(signSecretKey, head)}\n`);
  const plaintext = new Uint8Array(head.length + signature.length + payload.length);
  plaintext.set(head, 0);
  plaintext.set(signature, head.length);
  plaintext.set(payload, head.length + signature.length);
  return { plaintext, manifest };
}

export async function encodeBundle(input: EncodeBundleInput): Promise<EncodedBundle> {
  input.onProgress?.('serialising');
  const lines = payloadLines(input.content);
  const draft: ManifestDraft = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    bundleId: input.bundleId ?? uuidv7(),
    programmeId: input.programmeId,
    createdAt: input.createdAt ?? new Date().toISOString(),
    sender: input.sender,
    receiver: { deviceId: input.receiver.deviceId },
    knows: input.knows,
  };
  input.onProgress?.('signing');
  const { plaintext, manifest } = await signedPlaintext(draft, lines, input.signSecretKey);
  input.onProgress?.('encrypting');
  const bytes = await encryptToRecipients(plaintext, input.recipients);
  return { bytes, manifest, fileSha256: await sha256HexAsync(bytes), plaintextBytes: plaintext.length };
}
