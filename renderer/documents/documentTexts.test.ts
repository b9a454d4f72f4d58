// What a user reads about documents: refusals naming the problem and the limit, and the access log's entries.
import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { MAX_DOCUMENT_BYTES } from '../../shared/documents/types';
import { it as italian } from '../i18n/it';
import { en as english } from '../i18n/en';
import { describeAuditDetail, type Translator } from '../audit/auditDetail';
import { errorMessage, messageText } from '../ui/messages';
import { DocumentFileError, DocumentIntegrityError } from './documentRepository';
import { DocumentPickError } from './errors';

const MB = 1024 * 1024;
const tFor = (language: 'it' | 'en') => i18next.getFixedT(language) as TFunction;
const textIn = (language: 'it' | 'en', error: unknown) => messageText(tFor(language), language, errorMessage(error));
const translator = (language: 'it' | 'en'): Translator => ({ t: (key, values) => i18next.t(key as 'audit.title', { ...values, lng: language }), exists: (key) => i18next.exists(key, { lng: language }) });

beforeAll(async () => {
  await i18next.init({ resources: { it: { translation: italian }, en: { translation: english } }, lng: 'it', interpolation: { escapeValue: false } });
});

describe('refused files', () => {
  it('name the size and the limit, in Italian and English', () => {
    const big = new DocumentFileError({ problem: 'tooLarge', bytes: Math.round(23.4 * MB), max: MAX_DOCUMENT_BYTES });
    expect(textIn('it', big)).toMatch(/^Il file è di 23,4 MB: il limite è 20 MB\./);
    expect(textIn('en', big)).toMatch(/^The file is 23.4 MB: the limit is 20 MB\./);
    // Just over the limit never reads as the limit itself.
    expect(textIn('it', new DocumentFileError({ problem: 'tooLarge', bytes: MAX_DOCUMENT_BYTES + 1, max: MAX_DOCUMENT_BYTES }))).toMatch(/^Il file è di 20,1 MB: il limite è 20 MB/);
    expect(textIn('it', new DocumentPickError('tooLargeUnknown', MAX_DOCUMENT_BYTES))).toMatch(/^Il file supera il limite di 20 MB/);
  });

  it('say what is wrong with an empty, unsupported, unreadable or damaged file', () => {
    expect(textIn('it', new DocumentFileError({ problem: 'empty' }))).toBe('Il file è vuoto: scegline un altro.');
    expect(textIn('it', new DocumentFileError({ problem: 'notSupported' }))).toBe('Il file non è un PDF, un JPEG o un PNG: sono i soli formati accettati.');
    expect(textIn('it', new DocumentPickError('unreadable', MAX_DOCUMENT_BYTES))).toMatch(/^Il file non si può leggere/);
    expect(textIn('it', new DocumentIntegrityError('d1'))).toMatch(/^Il documento non corrisponde più alla sua impronta/);
  });
});

describe('the access log', () => {
  const entry = (action: 'open' | 'create' | 'delete' | 'update', detail: string) => ({ action, detail, subjectKind: 'worker' as const });
  it('reads an opening, an addition and a deletion with the document’s type', () => {
    const id = '018f0000-0000-7000-8000-000000000001';
    expect(describeAuditDetail(entry('open', `document privacyConsent ${id}`), translator('it'))).toBe('Documento aperto: consenso privacy firmato');
    expect(describeAuditDetail(entry('create', `document unilav ${id}`), translator('it'))).toBe('Documento aggiunto: comunicazione UNILAV');
    expect(describeAuditDetail(entry('delete', `document identity ${id}`), translator('en'))).toBe('Document deleted: identity document');
  });
  it('shows a type it does not know, and other entries, as stored', () => {
    expect(describeAuditDetail(entry('open', 'document payslip 018f'), translator('it'))).toBe('Documento aperto: payslip');
    expect(describeAuditDetail(entry('update', 'document identity 018f'), translator('it'))).toBe('document identity 018f');
  });
});
