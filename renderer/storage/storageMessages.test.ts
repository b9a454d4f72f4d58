// What the user reads when the store is full: the space needed and left, in each language's
// number format, and that nothing was saved and nothing typed was lost.
import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { Dexie } from 'dexie';
import { it as italian } from '../i18n/it';
import { en as english } from '../i18n/en';
import { errorMessage, messageText } from '../ui/messages';
import { StorageFullError } from './space';

const textIn = (language: 'it' | 'en', error: unknown) => messageText(i18next.getFixedT(language) as TFunction, language, errorMessage(error));

beforeAll(async () => {
  await i18next.init({ resources: { it: { translation: italian }, en: { translation: english } }, lng: 'it', interpolation: { escapeValue: false } });
});

describe('out of space', () => {
  it('names the space needed and left, Italian first', () => {
    const error = new StorageFullError(1.5 * 1024 * 1024, 12 * 1024);
    expect(textIn('it', error)).toBe(
      'Spazio per i dati esaurito: nulla è stato salvato. Servono circa 1,5 MB liberi e su questo computer ne restano 12 kB. Quanto hai scritto è ancora qui: libera spazio sul disco o elimina i documenti che non servono più, poi riprova.',
    );
    expect(textIn('en', error)).toContain('About 1.5 MB must be free and this computer has 12 kB left.');
  });

  it('names the space needed alone when the browser does not say what is left', () => {
    expect(textIn('it', new StorageFullError(2 * 1024 * 1024, null))).toContain('Servono circa 2 MB liberi. Quanto hai scritto');
  });

  it('a refusal that did not weigh itself, however wrapped, still reads as a full disk', () => {
    const refusal = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(errorMessage(new Dexie.AbortError('Transaction aborted', refusal)).key).toBe('errors.storageFull');
    expect(errorMessage(refusal).key).toBe('errors.storageFull');
  });
});
