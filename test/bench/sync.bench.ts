// Sync benchmarks on the 300-worker demo programme with its year of activity: export (select,
// sign, encrypt), import (decrypt, verify, parse), merge into an empty and a full laptop, and the
// `age` CLI on the same file as the reference for encryption throughput.
import { execFileSync, spawnSync } from 'node:child_process';
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
import { encryptToRecipients } from '../../shared/sync/bundle/age';
import { demoSyncData } from '../../shared/sync/demoData';
import type { BenchCase } from './harness';

interface Fixture {
  data: SyncData;
  input: EncodeBundleInput;
  bytes: Uint8Array;
  plaintext: Uint8Array;
  programme: AgeKeyPair;
  coordinator: DeviceKeys;
  decoded: DecodedBundle;
  full: MemoryState;
  dir: string;
}

async function fixture(): Promise<Fixture> {
  const data = demoSyncData(generateDemoProgramme({ workers: 300, seed: 2019 }));
  const programme = await generateProgrammeKey();
  const laptop = await generateDeviceKeys();
  const coordinator = await generateDeviceKeys();
  const input: EncodeBundleInput = {
    content: selectChanges(data, { knows: {}, to: { role: 'coordinator', reportCaseloadOf: 'c1' } }),
    programmeId: 'bench',
    sender: { deviceId: 'laptop', counselorId: 'c1', role: 'counselor', signPublicKey: laptop.signPublicKey, enrolmentId: null },
    signSecretKey: laptop.signSecretKey,
    receiver: { deviceId: 'coord' },
    knows: vectorOf(data),
    recipients: [programme.recipient, laptop.ageRecipient],
  };
  const encoded = await encodeBundle(input);
  const decoded = await decode(encoded.bytes, programme, laptop);
  const dir = mkdtempSync(join(tmpdir(), 'pco-sync-bench-'));
  writeFileSync(join(dir, 'demo.pcobundle'), encoded.bytes);
  writeFileSync(join(dir, 'identity.txt'), `${programme.identity}\n`, { mode: 0o600 });
  const full = applyPreviewInMemory(EMPTY_MEMORY_STATE, previewBundle(localStateOf(EMPTY_MEMORY_STATE, 'coordinator', 'coord'), decoded));
  const { Decrypter } = await import('age-encryption');
  const decrypter = new Decrypter();
  decrypter.addIdentity(programme.identity);
  const plaintext = await decrypter.decrypt(encoded.bytes);
  writeFileSync(join(dir, 'demo.plain'), plaintext);
  console.log(`  sync bundle: ${(encoded.bytes.length / 1e6).toFixed(2)} MB encrypted, ${Object.entries(encoded.manifest.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return { data, input, bytes: encoded.bytes, plaintext, programme, coordinator, decoded, full, dir };
}

async function decode(bytes: Uint8Array, programme: AgeKeyPair, laptop: DeviceKeys): Promise<DecodedBundle> {
  const result = await decodeBundle(bytes, {
    identities: [programme.identity],
    deviceId: 'coord',
    programmeId: 'bench',
    devices: [{ deviceId: 'laptop', signPublicKey: laptop.signPublicKey, revokedAt: null, role: 'counselor' }],
    appliedBundleIds: new Set(),
    peerKnows: {},
    nowMillis: Date.UTC(2020, 0, 1),
  });
  if (!result.ok) throw new Error(`bench bundle refused: ${result.reason} ${result.detail}`);
  return result.bundle;
}

function hasAgeCli(): boolean {
  const probe = spawnSync('age', ['--version']);
  return !probe.error && probe.status === 0;
}

export function syncBenchmarks(): BenchCase[] {
  let f: Fixture | undefined;
  const get = (): Fixture => {
    if (!f) throw new Error('sync bench fixture not ready');
    return f;
  };
  const setup = async () => {
    f ??= await fixture();
  };
  const laptopKey = () => ({ signPublicKey: get().input.sender.signPublicKey });
  const cases: BenchCase[] = [
    { name: 'sync export, 300 workers + 1 year: select + sign + age-encrypt', targetMs: 500, setup, run: () => encodeBundle(get().input) },
    {
      name: 'sync import, 300 workers + 1 year: age-decrypt + verify + parse',
      targetMs: 500,
      setup,
      run: () => decodeBundle(get().bytes, {
        identities: [get().programme.identity],
        deviceId: 'coord',
        programmeId: 'bench',
        devices: [{ deviceId: 'laptop', ...laptopKey(), revokedAt: null, role: 'counselor' }],
        appliedBundleIds: new Set(),
        peerKnows: {},
        nowMillis: Date.UTC(2020, 0, 1),
      }),
    },
    {
      name: 'sync merge into an empty laptop (preview + in-memory apply)',
      targetMs: 300,
      setup,
      run: () => applyPreviewInMemory(EMPTY_MEMORY_STATE, previewBundle(localStateOf(EMPTY_MEMORY_STATE, 'coordinator', 'coord'), get().decoded)),
    },
    {
      name: 'sync merge into a full laptop (everything unchanged)',
      targetMs: 300,
      setup,
      run: () => previewBundle(localStateOf(get().full, 'coordinator', 'coord'), get().decoded),
    },
    { name: 'sync: age-encryption encrypt only, same plaintext', setup, run: () => encryptToRecipients(get().plaintext, get().input.recipients) },
  ];
  if (hasAgeCli()) {
    cases.push(
      { name: 'age CLI decrypt of the same bundle (reference)', setup, run: () => execFileSync('age', ['-d', '-i', join(get().dir, 'identity.txt'), join(get().dir, 'demo.pcobundle')], { maxBuffer: 1 << 30 }) },
      {
        name: 'age CLI encrypt of the same plaintext (reference)',
        setup,
        run: () => execFileSync('age', ['-e', '-r', get().input.recipients[0]!, '-r', get().input.recipients[1]!, '-o', join(get().dir, 'cli.age'), join(get().dir, 'demo.plain')]),
      },
    );
  } else {
    console.warn('  age CLI not installed: the CLI reference benchmarks are skipped');
  }
  return cases;
}
