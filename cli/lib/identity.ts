// The programme's age identity, read from the standard identity file the coordinator exports
// from the app (comment lines, then AGE-SECRET-KEY-1…). Its recipient encrypts the store.
import { identityToRecipient } from 'age-encryption';
import { readAgeIdentityFile } from '../../shared/sync';
import { CliError } from '../io';
import { readText } from './files';

export interface ProgrammeIdentity {
  readonly identity: string;
  readonly recipient: string;
}

export async function readIdentity(path: string): Promise<ProgrammeIdentity> {
  const text = await readText(path, { it: 'il file di identità', en: 'the identity file' });
  try {
    const identity = readAgeIdentityFile(text);
    return { identity, recipient: await identityToRecipient(identity) };
  } catch {
    throw new CliError(`${path} non contiene un'identità age (AGE-SECRET-KEY-1…)`, `${path} holds no age identity (AGE-SECRET-KEY-1…)`);
  }
}
