// File access with the CLI's error style: a missing or unreadable file is refused input (exit 1),
// and the store is written through a temporary file then renamed, so a crash never leaves half a store.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { CliError } from '../io';

export async function readBytes(path: string, what: { it: string; en: string }): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new CliError(`impossibile leggere ${what.it} ${path} (${code})`, `cannot read ${what.en} ${path} (${code})`);
  }
}

export async function readText(path: string, what: { it: string; en: string }): Promise<string> {
  return new TextDecoder().decode(await readBytes(path, what));
}

export async function writeBytesAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new CliError(`impossibile scrivere ${path} (${code})`, `cannot write ${path} (${code})`);
  }
}
