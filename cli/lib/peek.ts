// Opens a bundle with the programme identity and reads what it says about itself, trusting
// nothing: the manifest (if it parses), the signature checked against the sender key the
// manifest itself names, and the payload hash. decodeBundle (shared/sync) does the real,
// trust-anchored check; this is for `inspect` and for ordering a folder before merging.
import { Decrypter } from 'age-encryption';
import { bundleManifestSchema, sha256HexAsync, utf8Decode, verifyMessage, type BundleManifest } from '../../shared/sync';

const SIGNATURE_PREFIX = 'ed25519:';
const NEWLINE = 0x0a;

export type Peek =
  | { readonly ok: false; readonly stage: 'decrypt' | 'layout' | 'manifest'; readonly detail: string }
  | {
      readonly ok: true;
      readonly manifest: BundleManifest;
      /** Exact bytes of line 1: what the signature covers. */
      readonly head: Uint8Array;
      readonly signature: string | null;
      /** Against manifest.sender.signPublicKey: proves integrity, not who the sender is. */
      readonly selfSignatureValid: boolean;
      readonly payloadBytes: number;
      readonly payloadSha256: string;
      readonly payloadHashMatches: boolean;
      /** Non-empty payload lines. */
      readonly payloadLines: number;
    };

export async function peekBundle(bytes: Uint8Array, identity: string): Promise<Peek> {
  let plaintext: Uint8Array;
  try {
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity);
    plaintext = await decrypter.decrypt(bytes);
  } catch (error) {
    return { ok: false, stage: 'decrypt', detail: error instanceof Error ? error.message : String(error) };
  }
  const first = plaintext.indexOf(NEWLINE);
  const second = first < 0 ? -1 : plaintext.indexOf(NEWLINE, first + 1);
  if (second < 0) return { ok: false, stage: 'layout', detail: 'manifest or signature line missing' };
  const head = plaintext.subarray(0, first);
  let manifest: BundleManifest;
  try {
    const parsed = bundleManifestSchema.safeParse(JSON.parse(utf8Decode(head)));
    if (!parsed.success) return { ok: false, stage: 'manifest', detail: parsed.error.issues[0]?.message ?? 'invalid manifest' };
    manifest = parsed.data;
  } catch {
    return { ok: false, stage: 'manifest', detail: 'manifest is not JSON' };
  }
  const signatureLine = new TextDecoder().decode(plaintext.subarray(first + 1, second));
  const signature = signatureLine.startsWith(SIGNATURE_PREFIX) ? signatureLine.slice(SIGNATURE_PREFIX.length) : null;
  const payload = plaintext.subarray(second + 1);
  const payloadSha256 = await sha256HexAsync(payload);
  let payloadLines = 0;
  let start = 0;
  while (start < payload.length) {
    const end = payload.indexOf(NEWLINE, start);
    const stop = end < 0 ? payload.length : end;
    if (stop > start) payloadLines++;
    start = stop + 1;
  }
  return {
    ok: true,
    manifest,
    head,
    signature,
    selfSignatureValid: signature !== null && verifyMessage(manifest.sender.signPublicKey, head, signature),
    payloadBytes: payload.length,
    payloadSha256,
    payloadHashMatches: payload.length === manifest.payloadBytes && payloadSha256 === manifest.payloadSha256,
    payloadLines,
  };
}

/** Whether a key (e.g. the registered one) signed this manifest. */
export function signedBy(peek: Extract<Peek, { ok: true }>, signPublicKey: string): boolean {
  return peek.signature !== null && verifyMessage(signPublicKey, peek.head, peek.signature);
}
