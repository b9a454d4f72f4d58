// The one place that turns what went wrong into what the user reads. `errorMessage` maps every
// typed error the repositories, the key store and sync throw to an i18n key (with its values);
// `schemaMessageText` reads a schema's message (a key, values after it: shared/domain/messages.ts).
// An error nobody foresaw gets a plain sentence (ErrorBanner and the screens' error boundary put its
// developer's message in the console, never on screen).
import i18next, { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DecryptionError, PassphraseTooShortError, WrongSecretError } from '../../shared/crypto/errors';
import { readMessage, type MessageValues, type SchemaMessage } from '../../shared/domain/messages';
import { formatMonth, formatNumber } from '../../shared/i18n/locale';
import { DuplicatePartitaIvaError, DuplicatePersonError, NotAllowedError, NotEligibleError, RecordNotFoundError } from '../db/repositories/errors';
import { OsProtectionError, TooManyAttemptsError } from '../security/keyring';
import { SyncNotReadyError } from '../sync/errors';
import { NotASpreadsheetError } from '../import/errors';
import { DocumentFileError, DocumentIntegrityError } from '../documents/documentRepository';
import { DocumentPickError } from '../documents/errors';
import { megabytes } from '../documents/documentView';
import { byteAmount, isQuotaError } from '../../shared/storage/space';
import { StorageFullError } from '../storage/space';

const plain = (key: string, values: MessageValues = {}): SchemaMessage => ({ key, values });

/** Where the features keep the sentences of their refusals (NotEligibleError reasons). */
const REFUSAL_NAMESPACES = ['candidacies.refusal', 'retraining.refusal', 'errors.refusal'];

function refusal(reason: string): SchemaMessage {
  // A reason may be a full i18n key, or a schema message of its own (a venture's rule).
  const own = readMessage(reason);
  if (i18next.exists(own.key)) return own;
  const key = REFUSAL_NAMESPACES.map((namespace) => `${namespace}.${reason}`).find((candidate) => i18next.exists(candidate));
  return plain(key ?? 'errors.notEligible');
}

export const UNEXPECTED = 'errors.unexpected';

/** A refused document file, naming what is wrong and, when too large, its size and the limit in MB. */
function documentFileMessage({ problem }: DocumentFileError): SchemaMessage {
  if (problem.problem === 'tooLarge') return plain('documents.refusal.tooLarge', { size: megabytes(problem.bytes, Math.ceil), limit: megabytes(problem.max) });
  return plain(`documents.refusal.${problem.problem}`);
}

/** Out of space: the space needed and, when the browser says it, the space left, each with its unit. */
export function storageFullMessage(error: StorageFullError): SchemaMessage {
  const needed = byteAmount(error.needed);
  if (error.available === null) return plain('storage.fullUnknown', { needed: needed.amount, neededUnit: needed.unit });
  const available = byteAmount(error.available);
  return plain('storage.full', { needed: needed.amount, neededUnit: needed.unit, available: available.amount, availableUnit: available.unit });
}

/** The message for an error; `errors.unexpected` for one that is not ours. */
export function errorMessage(error: unknown): SchemaMessage {
  if (error instanceof NotAllowedError) return plain(error.reason === 'role' ? 'errors.notForRole' : 'errors.notInCaseload');
  if (error instanceof RecordNotFoundError) return plain('errors.notFound');
  if (error instanceof NotEligibleError) return refusal(error.reason);
  if (error instanceof DuplicatePersonError) return plain('worker.duplicate');
  if (error instanceof DuplicatePartitaIvaError) return plain('employers.file.duplicate');
  if (error instanceof TooManyAttemptsError) return plain('security.tooManyAttempts', { seconds: error.waitSeconds });
  if (error instanceof WrongSecretError) return plain('security.wrongSecret');
  if (error instanceof OsProtectionError) return plain('security.osProtectionFailed');
  if (error instanceof PassphraseTooShortError) return plain('security.issue.tooShort');
  if (error instanceof SyncNotReadyError) return plain(`sync.errors.${error.reason}`);
  if (error instanceof DecryptionError) return plain('errors.decryption');
  if (error instanceof NotASpreadsheetError) return plain(error.format === 'xls' ? 'import.oldExcel' : 'import.unreadable');
  if (error instanceof DocumentFileError) return documentFileMessage(error);
  if (error instanceof DocumentIntegrityError) return plain('documents.refusal.damaged');
  if (error instanceof DocumentPickError) return plain(`documents.refusal.${error.reason}`, { limit: megabytes(error.limitBytes) });
  if (error instanceof z.ZodError) return plain('errors.invalidData');
  if (error instanceof StorageFullError) return storageFullMessage(error);
  // IndexedDB when the disk is full, however Dexie wrapped it, from a write that did not weigh itself.
  if (isQuotaError(error)) return plain('errors.storageFull');
  return plain(UNEXPECTED);
}

/** An error nobody foresaw goes to the console, for the developer (the screen says it plainly). */
export function logIfUnexpected(error: unknown, ...context: unknown[]): void {
  if (errorMessage(error).key === UNEXPECTED) console.error(error, ...context);
}

/** Values as the language writes them: numbers with thousands separators, months by name. */
function shown(values: MessageValues, language: string): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value, language) : typeof value === 'string' ? value : formatMonth(value.month, language)]),
  );
}

export function messageText(t: TFunction, language: string, { key, values }: SchemaMessage): string {
  return t((i18next.exists(key) ? key : UNEXPECTED) as 'errors.unexpected', shown(values, language));
}

/** A schema message next to its field; one that is not a key of ours reads "not valid". */
export function schemaMessageText(t: TFunction, language: string, message: string | undefined): string {
  const read = readMessage(message ?? '');
  return messageText(t, language, i18next.exists(read.key) ? read : plain('validation.invalid'));
}

/** `(error) => sentence`, in the current language, for a form's or a screen's refusal banner. */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => messageText(t, i18n.language, errorMessage(error));
}
