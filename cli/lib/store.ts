// The coordinator store: the merged state of the programme as the headless coordinator holds it
// (SyncData + conflicts, device registry inside records.devices, peers, applied bundles), written as
// JSON encrypted with age to the programme recipient, so it is never in clear on disk.
import { access } from 'node:fs/promises';
import { Decrypter, Encrypter } from 'age-encryption';
import { z } from 'zod';
import { EMPTY_MEMORY_STATE, utf8Decode, utf8Encode, versionVectorSchema, type MemoryState } from '../../shared/sync';
import { CliError } from '../io';
import type { ProgrammeIdentity } from './identity';
import { readBytes, writeBytesAtomically } from './files';

export const STORE_FORMAT = 'pco-store';
export const STORE_VERSION = 1;

const anchorSchema = z.object({ deviceId: z.string().min(1), label: z.string(), signPublicKey: z.string().min(1) });
const pendingSchema = z.object({ enrolmentId: z.string().min(1), counselorId: z.string().min(1) });
const peerSchema = z.object({ knows: versionVectorSchema, caseload: z.array(z.string()), lastBundleId: z.string(), lastSeenAt: z.string() });
const appliedSchema = z.object({
  bundleId: z.string(),
  sender: z.string(),
  receiver: z.string(),
  createdAt: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  appliedAt: z.string(),
});
const withId = z.looseObject({ id: z.string().min(1) });
// Rows are checked for shape only: the store is ours, authenticated by who can decrypt it, and a
// full zod pass over a year of 30,000 workers would cost more than the merge itself.
const stateSchema = z.object({
  records: z.record(z.string(), z.array(withId)),
  events: z.array(withId),
  audit: z.array(withId),
  statistics: z.array(withId),
  conflicts: z.array(withId),
});

export const storeSchema = z.object({
  format: z.literal(STORE_FORMAT),
  version: z.number().int().positive(),
  programmeId: z.string().min(1),
  /** The coordinator device named by an enrolment file: trusted until the registry names it. */
  anchor: anchorSchema,
  /** Enrolment files seen whose laptop may announce itself with its first bundle. */
  pendingEnrolments: z.array(pendingSchema),
  state: stateSchema,
  /** By channel `${senderDeviceId}>${receiverDeviceId}`: the last bundle applied on it. */
  peers: z.record(z.string(), peerSchema),
  applied: z.array(appliedSchema),
  recoveryKeys: z.record(z.string(), z.string()),
  updatedAt: z.string(),
});

export type Store = Omit<z.infer<typeof storeSchema>, 'state'> & { state: MemoryState };
export type StoreAnchor = z.infer<typeof anchorSchema>;
export type AppliedEntry = z.infer<typeof appliedSchema>;

export function emptyStore(programmeId: string, anchor: StoreAnchor, nowIso: string): Store {
  return { format: STORE_FORMAT, version: STORE_VERSION, programmeId, anchor, pendingEnrolments: [], state: EMPTY_MEMORY_STATE, peers: {}, applied: [], recoveryKeys: {}, updatedAt: nowIso };
}

export async function storeExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function readStore(path: string, key: ProgrammeIdentity): Promise<Store> {
  const bytes = await readBytes(path, { it: "l'archivio", en: 'the store' });
  let json: unknown;
  try {
    const decrypter = new Decrypter();
    decrypter.addIdentity(key.identity);
    json = JSON.parse(utf8Decode(await decrypter.decrypt(bytes)));
  } catch {
    throw new CliError(`l'archivio ${path} non si apre con questa identità o è danneggiato`, `the store ${path} does not open with this identity or is damaged`);
  }
  const parsed = storeSchema.safeParse(json);
  if (!parsed.success) throw new CliError(`${path} non è un archivio pco valido`, `${path} is not a valid pco store`);
  if (parsed.data.version > STORE_VERSION) throw new CliError(`archivio versione ${parsed.data.version}: aggiornare pco`, `store version ${parsed.data.version}: update pco`);
  // Shape checked above; the rows are the sync core's plain data written by writeStore.
  return parsed.data as unknown as Store;
}

export async function encryptStore(store: Store, recipient: string): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return encrypter.encrypt(utf8Encode(JSON.stringify(store)));
}

export async function writeStore(path: string, store: Store, key: ProgrammeIdentity): Promise<void> {
  await writeBytesAtomically(path, await encryptStore(store, key.recipient));
}
