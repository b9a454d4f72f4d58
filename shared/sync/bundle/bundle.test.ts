import { describe, expect, it } from 'vitest';
import { Decrypter } from 'age-encryption';
import { addInterview, create, createWorld, decodeContext, exportBundle, importBundle, type World } from '../testing';
import { decodeBundle, type DecodeResult } from './decode';
import { encodeBundle, payloadLines, type EncodeBundleInput, type EncodedBundle } from './encode';
import { sha256Hex, utf8Decode, utf8Encode } from '../bytes';
import { verifyMessage } from '../deviceKeys';
import type { BundleContent } from '../types';
import { vectorOf } from '../vector';
import { bundleManifestSchema } from './manifest';
import { PAYLOAD_BATCH_CHARS } from './payload';
import { longestStringWhile, watchJoin, watchDecode } from '../../../test/longestString';

const WORKER = '0190a1b2-0000-7000-8000-000000000001';

async function worldWithWorker(): Promise<World> {
  const world = await createWorld(1);
  create(world, world.coordinator, 'workers', WORKER, { surname: 'Bandini', counselorId: 'c1', phone: '055 123' });
  addInterview(world, world.coordinator, WORKER, 'primo colloquio');
  return world;
}

describe('bundle encode/decode', () => {
  it('round-trips records, events and the caseload line through signature and age encryption', async () => {
    const world = await worldWithWorker();
    const laptop = world.counselors[0]!;
    const bytes = await exportBundle(world, world.coordinator, laptop);
    const result = await importBundle(world, laptop, bytes);
    expect(result.decoded.ok).toBe(true);
    if (!result.decoded.ok) return;
    const { manifest, content } = result.decoded.bundle;
    expect(manifest.sender.deviceId).toBe('coord');
    expect(manifest.counts).toMatchObject({ workers: 1, devices: 2, event: 1, caseload: 1 });
    expect(content.caseload).toEqual({ counselorId: 'c1', workerIds: [WORKER] });
    expect(laptop.state.records.workers?.[0]?.data).toEqual({ surname: 'Bandini', counselorId: 'c1', phone: '055 123' });
    expect(laptop.state.events).toHaveLength(1);
    expect(result.preview?.counts['workers']).toEqual({ added: 1, changed: 0, unchanged: 0 });
  });

  it('is readable by the programme identity alone: line 1 is the manifest, line 2 the signature', async () => {
    const world = await worldWithWorker();
    const bytes = await exportBundle(world, world.coordinator, world.counselors[0]!);
    const decrypter = new Decrypter();
    decrypter.addIdentity(world.programmeKey.identity);
    const lines = utf8Decode(await decrypter.decrypt(bytes)).split('\n');
    expect(bundleManifestSchema.safeParse(JSON.parse(lines[0]!)).success).toBe(true);
    expect(lines[1]).toMatch(/^ed25519:[A-Za-z0-9+/]+=*$/);
  });

  it('says alreadyApplied for the same bundle twice and leaves the state as it was', async () => {
    const world = await worldWithWorker();
    const laptop = world.counselors[0]!;
    const bytes = await exportBundle(world, world.coordinator, laptop);
    await importBundle(world, laptop, bytes);
    const before = laptop.state;
    const again = await importBundle(world, laptop, bytes);
    expect(again.decoded.ok ? 'ok' : again.decoded.reason).toBe('alreadyApplied');
    expect(laptop.state).toBe(before);
  });

  it('refuses with notEnrolled before reading anything', async () => {
    const world = await worldWithWorker();
    const laptop = world.counselors[0]!;
    const bytes = await exportBundle(world, world.coordinator, laptop);
    const result = await decodeBundle(bytes, decodeContext(world, laptop, { programmeId: null }));
    expect(result.ok ? 'ok' : result.reason).toBe('notEnrolled');
  });
});

describe('a bundle of many batches of lines and many age chunks', () => {
  const COUNT = 2_500;
  const workerId = (i: number) => `0190a1b2-0000-7000-8000-${String(i).padStart(12, '0')}`;

  // About 2.6 MB of payload: three batches of lines on the way out, some forty 64 KiB age chunks on
  // the way in, and a caseload line (2,500 ids) longer than a chunk.
  async function bigBundle() {
    const world = await createWorld(1);
    const coordinator = world.coordinator;
    const laptop = world.counselors[0]!;
    for (let i = 0; i < COUNT; i++) create(world, coordinator, 'workers', workerId(i), { surname: `Rossi ${i}`, counselorId: 'c1', notes: `colloquio àèìòù € 😀 ${'x'.repeat(900)}` });
    const content: BundleContent = {
      records: { workers: coordinator.state.records.workers ?? [] },
      events: [],
      audit: [],
      statistics: [],
      caseload: { counselorId: 'c1', workerIds: Array.from({ length: COUNT }, (_, i) => workerId(i)) },
      recoveryKeys: [],
    };
    const input = coordinatorToFirstLaptop(world, content);
    const lines = payloadLines(content).map((line) => JSON.stringify(line));
    return { world, laptop, input, lines, longestLine: Math.max(...lines.map((line) => line.length)) };
  }


  it('writes the plaintext the format defines, byte for byte, never joining more than a batch of lines into one string', async () => {
    const { world, input, lines, longestLine } = await bigBundle();
    let encoded: EncodedBundle | undefined;
    const longestJoin = await longestStringWhile(watchJoin, async () => (encoded = await encodeBundle(input)));
    const { manifest, bytes, plaintextBytes } = encoded!;
    expect(manifest.payloadBytes).toBeGreaterThan(2 * PAYLOAD_BATCH_CHARS);
    expect(longestJoin).toBeLessThanOrEqual(PAYLOAD_BATCH_CHARS + longestLine + 1);

    const decrypter = new Decrypter();
    decrypter.addIdentity(world.programmeKey.identity);
    const plaintext = await decrypter.decrypt(bytes);
    const head = JSON.stringify(manifest);
    const signatureLine = utf8Decode(plaintext.subarray(utf8Encode(head).length + 1, plaintext.indexOf(0x0a, utf8Encode(head).length + 1)));
    expect(verifyMessage(input.sender.signPublicKey, utf8Encode(head), signatureLine.slice('ed25519:'.length))).toBe(true);
    const expected = utf8Encode(`${head}\n${signatureLine}\n${lines.join('\n')}`);
    expect(plaintext.length).toBe(plaintextBytes);
    expect(plaintext.length).toBe(expected.length);
    expect(sha256Hex(plaintext)).toBe(sha256Hex(expected));
    expect(manifest.payloadSha256).toBe(sha256Hex(utf8Encode(lines.join('\n'))));
    expect(manifest.counts).toEqual({ workers: COUNT, caseload: 1 });
  });

  it('reads it back a line at a time: no text decoded is longer than a line', async () => {
    const { world, laptop, input, longestLine } = await bigBundle();
    const { bytes, manifest } = await encodeBundle(input);
    let result: DecodeResult | undefined;
    const longestText = await longestStringWhile(watchDecode, async () => (result = await decodeBundle(bytes, decodeContext(world, laptop))));
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.bundle.content.records.workers).toEqual(input.content.records.workers);
    expect(result.bundle.content.caseload).toEqual(input.content.caseload);
    expect(result.bundle.fileSha256).toBe(sha256Hex(bytes));
    expect(longestText).toBeLessThanOrEqual(longestLine);
    expect(longestText).toBeLessThan(manifest.payloadBytes / 10);
  });

  it('rejects, rather than write a bundle the receiver would refuse, when the content changes length meanwhile', async () => {
    const world = await worldWithWorker();
    let serialised = 0;
    const worker = { ...world.coordinator.state.records.workers![0]!, data: { surname: { toJSON: () => 'Bandini'.repeat(++serialised) } } };
    const content: BundleContent = { records: { workers: [worker] }, events: [], audit: [], statistics: [], caseload: null, recoveryKeys: [] };
    await expect(encodeBundle(coordinatorToFirstLaptop(world, content))).rejects.toThrow('The data to export changed while the bundle was being written');
    expect(serialised).toBe(2);
  });

  it('still refuses as corrupted what age finds damaged after the head and the payload were read', async () => {
    const { world, laptop, input } = await bigBundle();
    const { bytes } = await encodeBundle(input);
    const context = decodeContext(world, laptop);
    const flipped = bytes.slice();
    flipped[bytes.length - 5] = flipped[bytes.length - 5]! ^ 0x10;
    expect(reasonOf(await decodeBundle(flipped, context))).toBe('corrupted');
    // Cut at the end of a 64 KiB chunk: what remains authenticates, but the last chunk is missing.
    const body = headerLength(bytes) + 16;
    expect(reasonOf(await decodeBundle(bytes.subarray(0, body + 10 * (65_536 + 16)), context))).toBe('corrupted');
    // The damage wins over a refusal the head alone would give, as when the whole file was decrypted first.
    const elsewhere = decodeContext(world, laptop, { deviceId: 'lap9' });
    expect(reasonOf(await decodeBundle(flipped, elsewhere))).toBe('corrupted');
    expect(reasonOf(await decodeBundle(bytes, elsewhere))).toBe('notForThisDevice');
    expect(reasonOf(await decodeBundle(bytes, context))).toBe('applied');
  });
});

/** What the coordinator sends to the first counselor's laptop: `content`, signed and encrypted as exportBundle would. */
function coordinatorToFirstLaptop(world: World, content: BundleContent): EncodeBundleInput {
  const { coordinator } = world;
  const laptop = world.counselors[0]!;
  return {
    content,
    programmeId: world.programmeId,
    sender: { deviceId: coordinator.deviceId, counselorId: coordinator.counselorId, role: 'coordinator', signPublicKey: coordinator.keys.signPublicKey, enrolmentId: null },
    signSecretKey: coordinator.keys.signSecretKey,
    receiver: { deviceId: laptop.deviceId },
    knows: vectorOf(coordinator.state),
    recipients: [world.programmeKey.recipient, coordinator.keys.ageRecipient, laptop.keys.ageRecipient],
    createdAt: new Date(world.now).toISOString(),
  };
}

const reasonOf = (r: DecodeResult) => (r.ok ? 'applied' : r.reason);

/** The age header ends with `--- ` + a 43-character MAC + newline. */
function headerLength(bytes: Uint8Array): number {
  const ascii = Array.from(bytes.subarray(0, 4096), (b) => String.fromCharCode(b)).join('');
  return ascii.indexOf('\n--- ') + 1 + 4 + 43 + 1;
}
