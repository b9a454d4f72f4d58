// The right-of-access archive, read back with JSZip (not the library that wrote it).
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildSubjectAccessArchive, documentArchivePaths } from './subjectAccessArchive';

describe('subject access archive', () => {
  it('holds the page, the JSON and each document at the path the page links to', async () => {
    const docs = [
      { id: 'a', date: '2019-05-02', fileName: 'consenso.pdf' },
      { id: 'b', date: '2019-05-02', fileName: 'Consenso.pdf' },
      { id: 'c', date: '2019-06-01', fileName: '../../etc/passwd' },
    ];
    const paths = documentArchivePaths(docs);
    expect([...paths.values()]).toEqual(['documenti/2019-05-02 consenso.pdf', 'documenti/2019-05-02 Consenso (2).pdf', 'documenti/2019-06-01 _.._etc_passwd']);
    const files = new Map([...paths.values()].map((path, i) => [path, new Uint8Array([i, 1, 2, 3])]));
    const zip = buildSubjectAccessArchive({ fileBaseName: 'accesso-dati-rossi-mario-2019-06-02', html: '<!DOCTYPE html><p>Rossi</p>', json: '{"format":"pco-subject-access"}', files, generatedAt: '2019-06-02T10:00:00.000Z' });
    const read = await JSZip.loadAsync(zip);
    expect(Object.keys(read.files).sort()).toEqual(['accesso-dati-rossi-mario-2019-06-02.html', 'accesso-dati-rossi-mario-2019-06-02.json', ...paths.values()].sort());
    expect(await read.file('accesso-dati-rossi-mario-2019-06-02.html')?.async('string')).toContain('Rossi');
    expect([...(await read.file('documenti/2019-05-02 Consenso (2).pdf')!.async('uint8array'))]).toEqual([1, 1, 2, 3]);
  });
});
