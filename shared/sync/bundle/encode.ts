// Bundle content + sender keys → signed plaintext → age-encrypted bytes.
import { uuidv7 } from 'uuidv7';
import { concatBytes, sha256Stream, utf8Encode } from '../bytes';
import { signMessage } from '../deviceKeys';
import type { BundleContent, DocumentContentRef, VersionVector } from '../types';
import { encryptChunksTo } from './age';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, SIGNATURE_PREFIX, type BundleLine, type BundleManifest, type BundleSender } from './manifest';
import { countedLinesOf, measurePieces, payloadChunks, payloadChunksOf, summarisePayload, type PayloadSummary } from './payload';
import { documentLinePieces, type DocumentChunkSource } from './documentLines';
import { chunkCount } from '../../documents/types';

/** Who sends the bundle to whom, and how it is signed and encrypted: everything but its payload. */
export interface BundleEnvelope {
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
  /** Plaintext bytes written so far, of the total (once it is known: the second pass). */
  readonly onBytes?: (done: number, total: number) => void;
  /** Reads the bytes of the documents the payload carries (twice, as the rest of the payload). */
  readonly readDocument?: DocumentChunkSource;
}

export interface EncodeBundleInput extends BundleEnvelope {
  /** Serialised twice (see encodeBundle): must not change until encodeBundle settles. */
  readonly content: BundleContent;
}

/** One reading of the payload: its lines, then the documents whose bytes follow (complete once the lines end). */
export interface PayloadPass {
  readonly lines: Iterable<BundleLine> | AsyncIterable<BundleLine>;
  readonly documentContents: readonly DocumentContentRef[];
}

/** A payload read afresh for each of the encoder's two passes (a store read a page at a time). */
export interface EncodeStreamInput extends Omit<BundleEnvelope, 'knows'> {
  readonly payload: () => PayloadPass;
  /** Asked once the payload was read a first time: a store's vector is learnt reading it. */
  readonly knows: () => VersionVector;
}

export interface WrittenBundle {
  readonly manifest: BundleManifest;
  /** SHA-256 of the file, hex: shown in the summary and the history. */
  readonly fileSha256: string;
  /** The file's length. */
  readonly fileBytes: number;
  readonly plaintextBytes: number;
}

export interface EncodedBundle extends WrittenBundle {
  /** The `.pcobundle` file. */
  readonly bytes: Uint8Array;
}

/** Payload lines in a fixed order: catalogue and records first, then append-only lines. */
export function* eachPayloadLine(content: BundleContent): Generator<BundleLine> {
  for (const [table, records] of Object.entries(content.records)) {
    for (const record of records ?? []) yield { t: 'record', table: table as keyof typeof content.records, record };
  }
  for (const event of content.events) yield { t: 'event', event };
  for (const entry of content.audit) yield { t: 'audit', entry };
  for (const record of content.statistics) yield { t: 'statistic', record };
  if (content.caseload) yield { t: 'caseload', counselorId: content.caseload.counselorId, workerIds: [...content.caseload.workerIds] };
  for (const key of content.recoveryKeys) yield { t: 'recoveryKey', deviceId: key.deviceId, wrappedDataKey: key.wrappedDataKey };
}

export function payloadLines(content: BundleContent): BundleLine[] {
  return [...eachPayloadLine(content)];
}

/** Manifest fields the encoder computes itself. */
export type ManifestDraft = Omit<BundleManifest, 'payloadBytes' | 'payloadSha256' | 'counts'>;

/** Lines 1 and 2 of the plaintext: the manifest, and its signature between the newlines that end them. */
function signedHead(draft: ManifestDraft, payload: PayloadSummary, signSecretKey: string): { manifest: BundleManifest; head: Uint8Array } {
  const manifest: BundleManifest = { ...draft, counts: payload.counts, payloadBytes: payload.bytes, payloadSha256: payload.sha256 };
  const line1 = utf8Encode(JSON.stringify(manifest));
  const line2 = utf8Encode(`\n${SIGNATURE_PREFIX}${signMessage(signSecretKey, line1)}\n`);
  return { manifest, head: concatBytes([line1, line2]) };
}

/** The signed plaintext (manifest line, signature line, payload) in one array. Exposed for tests that forge bundles. */
export async function signedPlaintext(draft: ManifestDraft, lines: readonly BundleLine[], signSecretKey: string): Promise<{ plaintext: Uint8Array; manifest: BundleManifest }> {
  const { manifest, head } = signedHead(draft, await summarisePayload(lines), signSecretKey);
  return { plaintext: concatBytes([head, ...payloadChunks(lines)]), manifest };
}

/** The content held whole, as a payload read as often as asked. */
const passOver = (content: BundleContent) => (): PayloadPass => ({ lines: eachPayloadLine(content), documentContents: content.documentContents ?? [] });

async function* eachLine(lines: Iterable<BundleLine> | AsyncIterable<BundleLine>): AsyncGenerator<BundleLine> {
  yield* lines;
}

/**
 * The payload's bytes: its lines a batch at a time, then the chunk lines of the documents it
 * carries, read from storage as they are asked for; `counts` tallies the lines by kind.
 */
async function* payloadPieces(pass: PayloadPass, readDocument: DocumentChunkSource | undefined, counts: Record<string, number>): AsyncGenerator<Uint8Array> {
  let any = false;
  for await (const chunk of payloadChunksOf(countedLinesOf(eachLine(pass.lines), counts))) {
    any = true;
    yield chunk;
  }
  const pieces = pass.documentContents.reduce((sum, ref) => sum + chunkCount(ref.bytes), 0);
  if (pieces > 0) counts['chunk'] = pieces;
  yield* documentLinePieces(pass.documentContents, readDocument, !any);
}

/**
 * Writes the bundle file a piece at a time to `write` (a file on disk through the bridge), waiting
 * for each piece: neither the plaintext nor the file is ever whole in memory.
 */
export async function encodeBundleTo(input: EncodeBundleInput | EncodeStreamInput, write: (piece: Uint8Array) => Promise<void> | void): Promise<WrittenBundle> {
  const payloadOf = 'payload' in input ? { pass: input.payload, knows: input.knows } : { pass: passOver(input.content), knows: () => input.knows };
  const payloadPass = payloadOf.pass;
  input.onProgress?.('serialising');
  // The manifest, ahead of the payload, gives the payload's length and hash: the payload is
  // serialised once for them, then once more, a batch at a time, as age encrypts it. Documents'
  // bytes are read from storage in both passes, a chunk at a time.
  const counts: Record<string, number> = {};
  const measured = await measurePieces(payloadPieces(payloadPass(), input.readDocument, counts));
  const payload: PayloadSummary = { counts, ...measured };
  const draft: ManifestDraft = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    bundleId: input.bundleId ?? uuidv7(),
    programmeId: input.programmeId,
    createdAt: input.createdAt ?? new Date().toISOString(),
    sender: input.sender,
    receiver: { deviceId: input.receiver.deviceId },
    knows: payloadOf.knows(),
  };
  input.onProgress?.('signing');
  const { manifest, head } = signedHead(draft, payload, input.signSecretKey);
  input.onProgress?.('encrypting');
  let written = 0;
  const again = await sha256Stream();
  async function* plaintext(): AsyncGenerator<Uint8Array> {
    yield head;
    for await (const chunk of payloadPieces(payloadPass(), input.readDocument, {})) {
      written += chunk.length;
      if (written > payload.bytes) break;
      again.update(chunk);
      input.onBytes?.(head.length + written, head.length + payload.bytes);
      yield chunk;
    }
    // The data changed between the passes (a store read twice can be written in between): no
    // bundle, rather than one the receiver would refuse (its payload hash would differ).
    if (written !== payload.bytes || again.hex() !== payload.sha256) throw new Error('The data to export changed while the bundle was being written');
  }
  const plaintextBytes = head.length + payload.bytes;
  const fileHash = await sha256Stream();
  const fileBytes = await encryptChunksTo(plaintext(), plaintextBytes, input.recipients, async (piece) => {
    fileHash.update(piece);
    await write(piece);
  });
  return { manifest, fileSha256: fileHash.hex(), fileBytes, plaintextBytes };
}

/** The bundle file in one array: tests, the command line, small exchanges. */
export async function encodeBundle(input: EncodeBundleInput): Promise<EncodedBundle> {
  const pieces: Uint8Array[] = [];
  const written = await encodeBundleTo(input, (piece) => void pieces.push(piece.slice()));
  return { ...written, bytes: concatBytes(pieces) };
}
