// What can be said about an age file without any key: its header lists one stanza per recipient
// (`-> X25519 …`, `-> scrypt …`), then `--- mac`. Reading it needs no secret and decrypts nothing.

export interface AgeHeaderFacts {
  readonly version: string;
  /** Stanza types in file order, e.g. ['X25519', 'X25519']. */
  readonly stanzas: readonly string[];
  /** Bytes of the header, up to and including the MAC line. */
  readonly headerBytes: number;
}

const MAGIC = 'age-encryption.org/';
// A header is a few hundred bytes per recipient; reading further would be reading payload.
const MAX_HEADER = 64 * 1024;

/** null when the bytes do not start like an age v1 file (armored files are not bundles). */
export function readAgeHeader(bytes: Uint8Array): AgeHeaderFacts | null {
  const window = new TextDecoder('latin1').decode(bytes.subarray(0, MAX_HEADER));
  if (!window.startsWith(MAGIC)) return null;
  const lines = window.split('\n');
  const version = lines[0]?.slice(MAGIC.length) ?? '';
  const stanzas: string[] = [];
  let offset = (lines[0]?.length ?? 0) + 1;
  for (const line of lines.slice(1)) {
    offset += line.length + 1;
    if (line.startsWith('--- ')) return { version, stanzas, headerBytes: offset };
    if (line.startsWith('-> ')) stanzas.push(line.slice(3).split(' ')[0] ?? '');
  }
  return null;
}
