// The right-of-access copy as one ZIP: the HTML page to read, the JSON to reuse, and every
// document kept on the file in a `documenti` folder the page links to. Pure (fflate); stored
// without compressing (scans and PDFs are compressed already).
import { zipSync } from 'fflate';
import { safeFileName } from '../documents/fileNames';
import { utf8Encode } from '../crypto/encoding';
import type { SubjectAccessDocument } from './subjectAccessCasework';

export const DOCUMENTS_FOLDER = 'documenti';

/** Where each document goes in the archive: documenti/2019-05-02 consenso.pdf, numbered when two would clash. */
export function documentArchivePaths(documents: readonly Pick<SubjectAccessDocument, 'id' | 'date' | 'fileName'>[]): Map<string, string> {
  const paths = new Map<string, string>();
  const taken = new Set<string>();
  for (const doc of documents) {
    const base = `${doc.date} ${safeFileName(doc.fileName)}`;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base.replace(/(\.[^.]*)?$/, ` (${n})$1`)}`;
    taken.add(name.toLowerCase());
    paths.set(doc.id, `${DOCUMENTS_FOLDER}/${name}`);
  }
  return paths;
}

export interface SubjectAccessArchiveInput {
  readonly fileBaseName: string;
  readonly html: string;
  readonly json: string;
  /** Each document's bytes at its archive path. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** The archive's entries are dated this instant (ISO), so the same export gives the same bytes. */
  readonly generatedAt: string;
}

export function buildSubjectAccessArchive(input: SubjectAccessArchiveInput): Uint8Array {
  const mtime = new Date(input.generatedAt);
  const entries: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = {
    [`${input.fileBaseName}.html`]: [utf8Encode(input.html), { level: 6, mtime }],
    [`${input.fileBaseName}.json`]: [utf8Encode(input.json), { level: 6, mtime }],
  };
  for (const [path, bytes] of input.files) entries[path] = [bytes, { level: 0, mtime }];
  return zipSync(entries);
}
