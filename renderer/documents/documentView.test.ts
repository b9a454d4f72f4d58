// The Documenti section's own logic: versions folded, sizes, names for the save dialog, refusals, the form.
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../shared/documents/types';
import { saveFileRequestSchema } from '../../shared/platform/desktopBridge';
import type { DocumentSummary } from './documentRepository';
import { chosenFileProblem, documentDraftSchema, documentFormSchema, downloadName, formatFileSize, groupVersions, inSentence, megabytes } from './documentView';

let clock = 0;
function version(id: string, replaces: string | null, replacedBy: string | null): DocumentSummary {
  clock += 1;
  return {
    id,
    replaces,
    replacedBy,
    createdAt: `2019-05-0${clock}T10:00:00.000Z`,
    updatedBy: 'c1',
    workerId: 'w1',
    owner: { kind: 'worker', id: 'w1' },
    type: 'privacyConsent',
    fileName: `${id}.pdf`,
    mediaType: 'application/pdf',
    bytes: 100,
    sha256: '0'.repeat(64),
    date: '2019-05-02',
    note: '',
    generated: null,
    signedOf: null,
  };
}

describe('groupVersions', () => {
  it('folds earlier versions under the current one, newest first, documents by their latest version', () => {
    clock = 0;
    const a1 = version('a1', null, 'a2');
    const b1 = version('b1', null, null);
    const a2 = version('a2', 'a1', 'a3');
    const a3 = version('a3', 'a2', null);
    const groups = groupVersions([a3, a2, b1, a1]);
    expect(groups.map((group) => [group.current.id, group.earlier.map((earlier) => earlier.id)])).toEqual([
      ['a3', ['a2', 'a1']],
      ['b1', []],
    ]);
  });

  it('shows a version again as current when its replacement is gone, and ends a looping chain', () => {
    clock = 0;
    const orphan = version('o1', null, 'gone');
    const x = version('x', 'y', null);
    const y = version('y', 'x', 'x');
    const groups = groupVersions([orphan, x, y]);
    expect(groups.map((group) => group.current.id).sort()).toEqual(['o1', 'x']);
    expect(groups.find((group) => group.current.id === 'x')?.earlier.map((earlier) => earlier.id)).toEqual(['y']);
  });
});

describe('sizes', () => {
  it('writes bytes, kilobytes and megabytes as the language does', () => {
    expect(formatFileSize(820, 'it')).toBe('820 byte');
    expect(formatFileSize(820, 'en')).toBe('820 bytes');
    expect(formatFileSize(48 * 1024 + 100, 'it')).toBe('48 KB');
    expect(formatFileSize(Math.round(2.44 * 1024 * 1024), 'it')).toBe('2,4 MB');
    expect(formatFileSize(Math.round(2.44 * 1024 * 1024), 'en')).toBe('2.4 MB');
    expect(formatFileSize(MAX_DOCUMENT_BYTES, 'it')).toBe('20 MB');
  });

  it('names a size in megabytes with one decimal', () => {
    expect(megabytes(Math.round(23.4 * 1024 * 1024))).toBe(23.4);
    expect(megabytes(MAX_DOCUMENT_BYTES)).toBe(20);
  });
});

describe('chosenFileProblem', () => {
  const pdfHead = new TextEncoder().encode('%PDF-1.7\n');
  it('refuses from the size alone a file over the limit, naming both', () => {
    expect(chosenFileProblem(21 * 1024 * 1024)).toEqual({ problem: 'tooLarge', bytes: 21 * 1024 * 1024, max: MAX_DOCUMENT_BYTES });
  });
  it('refuses an empty file and one that is not a PDF, JPEG or PNG by its first bytes', () => {
    expect(chosenFileProblem(0)).toEqual({ problem: 'empty' });
    expect(chosenFileProblem(10, new TextEncoder().encode('MZ\x90\x00'))).toEqual({ problem: 'notSupported' });
    expect(chosenFileProblem(10, new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(chosenFileProblem(MAX_DOCUMENT_BYTES, pdfHead)).toBeNull();
  });
});

describe('downloadName', () => {
  it('keeps a plain name and its extension', () => {
    expect(downloadName('consenso firmato.pdf', 'application/pdf')).toBe('consenso firmato.pdf');
    expect(downloadName('carta identità.JPEG', 'image/jpeg')).toBe('carta identità.JPEG');
  });
  it('adds the extension of what the bytes are and removes what a save dialog refuses', () => {
    expect(downloadName('scan: 12/05/2019 "ok"?', 'image/png')).toBe('scan 12 05 2019 ok.png');
    expect(downloadName('..\\..\\etc', 'application/pdf')).toBe('etc.pdf');
    expect(downloadName('////', 'application/pdf')).toBe('documento.pdf');
    const long = downloadName(`${'a'.repeat(300)}.pdf`, 'application/pdf');
    expect(long.length).toBeLessThanOrEqual(200);
    for (const name of [long, downloadName('a\u0007b.png', 'image/png'), downloadName('.nascosto', 'application/pdf')]) {
      expect(saveFileRequestSchema.safeParse({ suggestedName: name, bytes: new Uint8Array(1) }).success).toBe(true);
    }
  });
});

describe('the form', () => {
  it('asks for a type and a real date; the note is optional and limited', () => {
    expect(documentFormSchema.safeParse({ type: 'identity', date: '2019-05-02', note: '' }).success).toBe(true);
    const missing = documentFormSchema.safeParse({ type: '', date: '', note: '' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['date', 'type']);
    expect(documentFormSchema.safeParse({ type: 'identity', date: '2019-02-31', note: '' }).success).toBe(false);
    expect(documentFormSchema.safeParse({ type: 'identity', date: '2019-02-28', note: 'x'.repeat(1001) }).success).toBe(false);
  });
});

describe('the draft', () => {
  it('keeps what was typed however unfinished, and nothing that is not the form’s', () => {
    expect(documentDraftSchema.safeParse({ type: '', date: '02/0', note: 'metà' }).success).toBe(true);
    expect(documentDraftSchema.safeParse({ type: 'unilav', date: '2019-05-02', note: '' }).success).toBe(true);
    expect(documentDraftSchema.safeParse({ type: 'payslip', date: '', note: '' }).success).toBe(false);
    expect(documentDraftSchema.safeParse('not a draft').success).toBe(false);
  });
});

describe('inSentence', () => {
  it('lowers a label’s first letter inside a sentence, not an acronym’s', () => {
    expect(inSentence('Consenso privacy firmato')).toBe('consenso privacy firmato');
    expect(inSentence('UNILAV')).toBe('UNILAV');
    expect(inSentence('Comunicazione UNILAV')).toBe('comunicazione UNILAV');
  });
});
