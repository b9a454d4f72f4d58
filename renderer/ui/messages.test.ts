// The one mapping from what went wrong to what the user reads: typed errors to i18n messages, and
// schema messages with their values put in the sentence, in Italian and in English, never a
// developer's English.
import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { z } from 'zod';
import { DecryptionError, PassphraseTooShortError, WrongSecretError } from '../../shared/crypto/errors';
import { messageWithValues } from '../../shared/domain/messages';
import { it as italian } from '../i18n/it';
import { en as english } from '../i18n/en';
import { DuplicatePersonError, NotAllowedError, NotEligibleError, RecordNotFoundError } from '../db/repositories/errors';
import { DuplicatePartitaIvaError } from '../db/repositories/employerRepository';
import { TooManyAttemptsError } from '../security/keyring';
import { SyncNotReadyError } from '../sync/errors';
import { errorMessage, messageText, schemaMessageText } from './messages';

// The app's own i18next instance, set up as initI18n does (the mapping asks it which keys exist).
const instance = i18next;
const tFor = (language: 'it' | 'en') => instance.getFixedT(language) as TFunction;
const errorTextIn = (language: 'it' | 'en', error: unknown) => messageText(tFor(language), language, errorMessage(error));

beforeAll(async () => {
  await instance.init({ resources: { it: { translation: italian }, en: { translation: english } }, lng: 'it', interpolation: { escapeValue: false } });
});

describe('typed errors', () => {
  it('a refusal for the role, a record outside the caseload and one that does not exist say so', () => {
    expect(errorMessage(new NotAllowedError('counselors', 'role')).key).toBe('errors.notForRole');
    expect(errorMessage(new NotAllowedError('018f0000-0000-7000-8000-000000000001')).key).toBe('errors.notInCaseload');
    expect(errorMessage(new RecordNotFoundError('018f0000-0000-7000-8000-000000000001')).key).toBe('errors.notFound');
    expect(errorTextIn('it', new NotAllowedError('programme', 'role'))).toBe('Con il ruolo di orientatore questa pagina non è disponibile.');
    expect(errorTextIn('en', new NotAllowedError('programme', 'role'))).toBe('It is not available to the counselor role.');
  });

  it('the refusals of the repositories, the key store and sync keep their own messages', () => {
    expect(errorMessage(new NotEligibleError('noPositionsLeft')).key).toBe('candidacies.refusal.noPositionsLeft');
    expect(errorMessage(new NotEligibleError('casework.interviews.inFuture')).key).toBe('casework.interviews.inFuture');
    expect(errorMessage(new NotEligibleError('somethingNew')).key).toBe('errors.notEligible');
    // A worker who is not a participant of the PCO is not proposed to an employer.
    expect(errorTextIn('it', new NotEligibleError('awaitingConsent'))).toBe('Il lavoratore è in attesa di consenso privacy: non può essere proposto a un’azienda finché non lo firma.');
    expect(errorTextIn('en', new NotEligibleError('consentWithdrawn'))).toBe('The worker withdrew their privacy consent: they cannot be proposed to an employer.');
    expect(errorMessage(new NotEligibleError('notEnrolled')).key).toBe('candidacies.refusal.notEnrolled');
    expect(errorMessage(new DuplicatePersonError('x')).key).toBe('worker.duplicate');
    expect(errorMessage(new DuplicatePartitaIvaError('x')).key).toBe('employers.file.duplicate');
    expect(errorMessage(new WrongSecretError()).key).toBe('security.wrongSecret');
    expect(errorMessage(new TooManyAttemptsError(30))).toEqual({ key: 'security.tooManyAttempts', values: { seconds: 30 } });
    expect(errorMessage(new PassphraseTooShortError(12)).key).toBe('security.issue.tooShort');
    expect(errorMessage(new SyncNotReadyError('notCoordinator')).key).toBe('sync.errors.notCoordinator');
    expect(errorMessage(new DecryptionError('authentication', 'workers')).key).toBe('errors.decryption');
  });

  it('a full disk, invalid data and anything unforeseen get a plain sentence, never the developer’s message', () => {
    expect(errorMessage(new DOMException('The quota has been exceeded.', 'QuotaExceededError')).key).toBe('errors.storageFull');
    expect(errorMessage(z.object({ a: z.string() }).safeParse({}).error).key).toBe('errors.invalidData');
    for (const error of [new Error('Record 42 is outside this user’s caseload'), new TypeError('Cannot read properties of undefined'), 'boom', undefined]) {
      expect(errorMessage(error).key).toBe('errors.unexpected');
      const text = errorTextIn('it', error);
      expect(text).toBe('Si è verificato un errore imprevisto: l’operazione non è stata completata. Riprova; se si ripete, avvisa il coordinatore.');
    }
  });

  it('every message the mapping can give exists in Italian and in English', () => {
    const errors = [
      new NotAllowedError('x', 'role'),
      new NotAllowedError('x'),
      new RecordNotFoundError('x'),
      new NotEligibleError('somethingNew'),
      new DOMException('full', 'QuotaExceededError'),
      new DecryptionError('malformed', 'x'),
      z.string().safeParse(1).error,
      new Error('x'),
    ];
    for (const error of errors) {
      const { key } = errorMessage(error);
      expect(instance.exists(key, { lng: 'it' }), key).toBe(true);
      expect(instance.exists(key, { lng: 'en' }), key).toBe(true);
      expect(instance.t(key as 'errors.unexpected', { lng: 'it' })).not.toBe(instance.t(key as 'errors.unexpected', { lng: 'en' }));
    }
  });
});

describe('schema messages', () => {
  it('a text over its limit names the limit and the length, with the language’s thousands separator', () => {
    const message = messageWithValues('validation.tooLong', { max: 8000, length: 204_800 });
    expect(schemaMessageText(tFor('it'), 'it', message)).toBe('Il testo supera il limite di 8.000 caratteri: ne contiene 204.800.');
    expect(schemaMessageText(tFor('en'), 'en', message)).toBe('The text is over the limit of 8,000 characters: it has 204,800.');
    expect(schemaMessageText(tFor('it'), 'it', messageWithValues('validation.tooMany', { max: 60, count: 61 }))).toBe('Al massimo 60 voci: ce ne sono 61.');
    expect(schemaMessageText(tFor('it'), 'it', messageWithValues('validation.max', { max: 2000 }))).toBe('Il valore massimo è 2.000.');
    expect(schemaMessageText(tFor('it'), 'it', messageWithValues('validation.min', { min: 0.5 }))).toBe('Il valore minimo è 0,5.');
  });

  it('a day that does not exist is named, with its month by name', () => {
    const message = messageWithValues('validation.noSuchDay', { date: '29/02/2019', month: { month: '2019-02' }, days: 28 });
    expect(schemaMessageText(tFor('it'), 'it', message)).toBe('Il 29/02/2019 non esiste: febbraio 2019 ha 28 giorni.');
    expect(schemaMessageText(tFor('en'), 'en', message)).toBe('29/02/2019 does not exist: February 2019 has 28 days.');
    expect(schemaMessageText(tFor('it'), 'it', messageWithValues('validation.noSuchMonth', { date: '01/13/2019' }))).toBe('Il 01/13/2019 non esiste: i mesi vanno da 01 a 12.');
  });

  it('a plain key is translated, and a message that is no key of ours reads as "not valid"', () => {
    expect(schemaMessageText(tFor('it'), 'it', 'validation.required')).toBe('Campo obbligatorio.');
    expect(schemaMessageText(tFor('it'), 'it', 'Too big: expected string to have <=5 characters')).toBe('Valore non valido.');
    expect(schemaMessageText(tFor('it'), 'it', undefined)).toBe('Valore non valido.');
  });
});
