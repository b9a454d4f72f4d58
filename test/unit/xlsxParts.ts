// The parts of an XLSX file (a zip archive), read with node:zlib alone: another reader than the
// exceljs that writes them, to look at the XML itself (e.g. that no cell holds a formula, <f>).
import { inflateRawSync } from 'node:zlib';

/** Every file of the archive by name, as text. */
export function xlsxParts(bytes: Uint8Array): Map<string, string> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: the last record signed 0x06054b50 (no archive comment is expected).
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive');
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    if (data.readUInt32LE(at) !== 0x02014b50) throw new Error('damaged central directory');
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + size);
    parts.set(name, (method === 0 ? raw : inflateRawSync(raw)).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** The worksheets' XML, and whether any of them holds a formula element. */
export function formulaCells(bytes: Uint8Array): string[] {
  const found: string[] = [];
  for (const [name, xml] of xlsxParts(bytes)) if (name.startsWith('xl/worksheets/') && name.endsWith('.xml')) for (const match of xml.matchAll(/<f[\s>/][^]*?(<\/f>|\/>)/g)) found.push(`${name}: ${match[0]}`);
  return found;
}
