// Reads the right-of-access archive a test downloaded (JSZip: not the library that wrote it).
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';

export interface SubjectAccessArchive {
  readonly html: string;
  readonly json: string;
  /** The documents' files, by their path in the archive. */
  readonly documents: ReadonlyMap<string, Uint8Array>;
}

export async function readSubjectAccessArchive(path: string): Promise<SubjectAccessArchive> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  const text = async (suffix: string) => {
    const name = names.find((entry) => !entry.includes('/') && entry.endsWith(suffix));
    if (!name) throw new Error(`no ${suffix} in the archive (${names.join(', ')})`);
    return zip.file(name)!.async('string');
  };
  const documents = new Map<string, Uint8Array>();
  for (const name of names.filter((entry) => entry.startsWith('documenti/'))) documents.set(name, await zip.file(name)!.async('uint8array'));
  return { html: await text('.html'), json: await text('.json'), documents };
}
