// The .pcobundle files of one folder (not its subfolders), read into memory.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from '../io';
import { readBytes } from './files';
import type { BundleFile } from './mergeBundles';

export const BUNDLE_EXTENSION = '.pcobundle';

export async function readBundleFolder(dir: string, onRead: (done: number, total: number) => void = () => {}): Promise<BundleFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(BUNDLE_EXTENSION)).map((entry) => entry.name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    throw new CliError(`impossibile leggere la cartella ${dir} (${code})`, `cannot read the folder ${dir} (${code})`);
  }
  names.sort();
  const files: BundleFile[] = [];
  for (const [index, name] of names.entries()) {
    files.push({ name, bytes: await readBytes(join(dir, name), { it: 'il pacchetto', en: 'the bundle' }) });
    onRead(index + 1, names.length);
  }
  return files;
}
