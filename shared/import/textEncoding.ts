// Text files from HR systems: UTF-8 (with or without a BOM), UTF-16 from Excel's "Unicode text",
// or Windows-1252 from an older Windows export, where a UTF-8 reading would turn every è into �.
// The encoding is told from the bytes: a byte sequence that is not valid UTF-8 means Windows-1252.
// Text that went through the wrong decoding once already (UTF-8 read as Windows-1252 and saved
// again: "FRANCESCHÃ¬") is put back when the repair reads as valid UTF-8.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

// shared/ compiles without the DOM library: the one web global used here, typed narrowly.
interface Decoder {
  decode(input: Uint8Array): string;
}
const { TextDecoder } = globalThis as unknown as { TextDecoder: new (label: Exclude<TextEncodingName, 'windows-1252'>, options?: { fatal: boolean }) => Decoder };

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: repairMojibake(new TextDecoder('utf-8').decode(bytes.subarray(3))), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: repairMojibake(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252 is Latin-1 but for 0x80–0x9F, which hold these (five of them unassigned, kept as
// the C1 control of the same number). Written out rather than left to TextDecoder: Node's
// decoder reads the label as plain Latin-1.
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252Character(byte: number): number {
  return byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte;
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), windows1252Character);
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

let cp1252Bytes: Map<string, number> | undefined;

/** Each character Windows-1252 can write, to its byte. */
function windows1252Table(): Map<string, number> {
  cp1252Bytes ??= new Map(Array.from({ length: 256 }, (_, byte) => [String.fromCharCode(windows1252Character(byte)), byte]));
  return cp1252Bytes;
}

// Ã or Â followed by a character of the 0x80–0xBF range as Windows-1252 shows it: the trace of a
// two-byte UTF-8 letter (à è é ì ò ù, °, €…) read one byte at a time.
const MOJIBAKE = /[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** Undoes one wrong Windows-1252 reading of UTF-8 text; text without its trace, or that does not read back, is returned as it is. */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const table = windows1252Table();
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const character of text) {
    const byte = table.get(character);
    if (byte === undefined) return text; // a character Windows-1252 cannot hold: not a wrong reading
    bytes[length++] = byte;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length));
  } catch {
    return text;
  }
}
