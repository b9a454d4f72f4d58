// Common ground of the sync benchmarks: counselor laptops with real keys that export what they hold
// to the coordinator, the coordinator's side of an import, and the 300-worker demo programme with
// its year of activity as one signed, encrypted bundle (built once, shared by the sync cases).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoProgramme } from '../../shared/demo/generator';
import {
  applyPreviewInMemory,
  decodeBundle,
  encodeBundle,
  generateDeviceKeys,
  generateProgrammeKey,
  localStateOf,
  previewBundle,
  selectChanges,
  vectorOf,
  EMPTY_MEMORY_STATE,
  type AgeKeyPair,
  type DecodedBundle,
  type DeviceKeys,
  type EncodeBundleInput,
  type MemoryState,
  type SyncData,
} from '../../shared/sync';
import { demoSyncData } from '../../shared/sync/demoData';
import type { ByteSource } from '../../shared/sync/bundle/source';

const PROGRAMME_ID = 'bench';
export const COORDINATOR_DEVICE = 'coord';
/** The day bundles are opened: the demo year's clocks pass the decoder's drift check. */
const OPENED_AT = Date.UTC(2020, 0, 1);

export interface BenchLaptop {
  readonly deviceId: string;
  readonly counselorId: string;
  readonly keys: DeviceKeys;
}

export async function benchLaptop(deviceId: string, counselorId: string): Promise<BenchLaptop> {
  return { deviceId, counselorId, keys: await generateDeviceKeys() };
}

/** Everything `data` holds, from a counselor laptop to the coordinator, as the app's export asks for it. */
export function bundleInput(data: SyncData, laptop: BenchLaptop, programme: AgeKeyPair): EncodeBundleInput {
  return {
    content: selectChanges(data, { knows: {}, to: { role: 'coordinator', reportCaseloadOf: laptop.counselorId } }),
    programmeId: PROGRAMME_ID,
    sender: { deviceId: laptop.deviceId, counselorId: laptop.counselorId, role: 'counselor', signPublicKey: laptop.keys.signPublicKey, enrolmentId: null },
    signSecretKey: laptop.keys.signSecretKey,
    receiver: { deviceId: COORDINATOR_DEVICE },
    knows: vectorOf(data),
    recipients: [programme.recipient, laptop.keys.ageRecipient],
  };
}

/** Export: select + sign + age-encrypt. */
export async function exportBundleOf(data: SyncData, laptop: BenchLaptop, programme: AgeKeyPair): Promise<Uint8Array> {
  return (await encodeBundle(bundleInput(data, laptop, programme))).bytes;
}

/** Import on the coordinator, which has registered `senders`: age-decrypt + verify + parse; throws on a refusal. */
export async function importBundleFrom(bytes: Uint8Array | ByteSource, programmeIdentity: string, senders: readonly BenchLaptop[]): Promise<DecodedBundle> {
  const result = await decodeBundle(bytes, {
    identities: [programmeIdentity],
    deviceId: COORDINATOR_DEVICE,
    programmeId: PROGRAMME_ID,
    devices: senders.map((laptop) => ({ deviceId: laptop.deviceId, signPublicKey: laptop.keys.signPublicKey, revokedAt: null, role: 'counselor' as const })),
    appliedBundleIds: new Set(),
    peerKnows: {},
    nowMillis: OPENED_AT,
  });
  if (!result.ok) throw new Error(`bench bundle refused: ${result.reason} ${result.detail}`);
  return result.bundle;
}

/** Merge into the coordinator's in-memory state: preview + apply. */
export function mergeInto(state: MemoryState, decoded: DecodedBundle): MemoryState {
  return applyPreviewInMemory(state, previewBundle(localStateOf(state, 'coordinator', COORDINATOR_DEVICE), decoded));
}

export interface SyncFixture {
  readonly data: SyncData;
  readonly laptop: BenchLaptop;
  readonly programme: AgeKeyPair;
  readonly input: EncodeBundleInput;
  readonly bytes: Uint8Array;
  readonly plaintext: Uint8Array;
  readonly decoded: DecodedBundle;
  /** The coordinator after merging the bundle. */
  readonly full: MemoryState;
  /** Holds demo.pcobundle, its plaintext demo.plain and the programme's identity.txt, for the `age` CLI. */
  readonly dir: string;
}

async function buildFixture(): Promise<SyncFixture> {
  const data = demoSyncData(generateDemoProgramme({ workers: 300, seed: 2019, variant: 'historical' }));
  const programme = await generateProgrammeKey();
  const laptop = await benchLaptop('laptop', 'c1');
  const input = bundleInput(data, laptop, programme);
  const encoded = await encodeBundle(input);
  const decoded = await importBundleFrom(encoded.bytes, programme.identity, [laptop]);
  const dir = mkdtempSync(join(tmpdir(), 'pco-sync-bench-'));
  writeFileSync(join(dir, 'demo.pcobundle'), encoded.bytes);
  writeFileSync(join(dir, 'identity.txt'), `${programme.identity}\n`, { mode: 0o600 });
  const { Decrypter } = await import('age-encryption');
  const decrypter = new Decrypter();
  decrypter.addIdentity(programme.identity);
  const plaintext = await decrypter.decrypt(encoded.bytes);
  writeFileSync(join(dir, 'demo.plain'), plaintext);
  console.log(`  sync bundle: ${(encoded.bytes.length / 1e6).toFixed(2)} MB encrypted, ${Object.entries(encoded.manifest.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return { data, laptop, programme, input, bytes: encoded.bytes, plaintext, decoded, full: mergeInto(EMPTY_MEMORY_STATE, decoded), dir };
}

let building: Promise<SyncFixture> | undefined;
let ready: SyncFixture | undefined;

/** Builds the 300-worker fixture once (a case's setup: not timed). */
export async function prepareSyncFixture(): Promise<void> {
  ready = await (building ??= buildFixture());
}

export function syncFixture(): SyncFixture {
  if (!ready) throw new Error('sync bench fixture not ready: prepareSyncFixture() first');
  return ready;
}
