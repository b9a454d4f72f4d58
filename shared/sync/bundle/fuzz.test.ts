// Damaged, forged and misaddressed bundles: each refused with its own reason, the state untouched.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decrypter } from 'age-encryption';
import { create, createWorld, decodeContext, edit, exportBundle, importBundle, type Laptop, type World } from '../testing';
import { generateDeviceKeys } from '../deviceKeys';
import { utf8Decode } from '../bytes';
import { decodeBundle, type DecodeResult } from './decode';
import { signedPlaintext, type ManifestDraft } from './encode';
import { encryptToRecipients } from './age';
import { BUNDLE_SCHEMA_VERSION, bundleLineSchema, type BundleLine, type BundleManifest } from './manifest';

const WORKER = '0190a1b2-0000-7000-8000-000000000001';

interface Setup {
  world: World;
  laptop: Laptop;
  bytes: Uint8Array;
}

async function setup(): Promise<Setup> {
  const world = await createWorld(2);
  create(world, world.coordinator, 'workers', WORKER, { surname: 'Bandini', counselorId: 'c1' });
  const laptop = world.counselors[0]!;
  return { world, laptop, bytes: await exportBundle(world, world.coordinator, laptop) };
}

async function opened(world: World, bytes: Uint8Array): Promise<{ manifest: BundleManifest; lines: BundleLine[] }> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(world.programmeKey.identity);
  const [head, , ...rest] = utf8Decode(await decrypter.decrypt(bytes)).split('\n');
  return { manifest: JSON.parse(head!) as BundleManifest, lines: rest.filter(Boolean).map((l) => bundleLineSchema.parse(JSON.parse(l))) };
}

/** Rebuilds a bundle from parts, signed with `signSecretKey`, encrypted to `recipients`. */
async function forge(parts: { manifest: BundleManifest; lines: BundleLine[] }, signSecretKey: string, recipients: string[], patch: Partial<ManifestDraft> = {}): Promise<Uint8Array> {
  const { counts: _c, payloadBytes: _b, payloadSha256: _h, ...draft } = parts.manifest;
  return encryptToRecipients((await signedPlaintext({ ...draft, ...patch }, parts.lines, signSecretKey)).plaintext, recipients);
}

async function refusal(s: Setup, bytes: Uint8Array): Promise<string> {
  const before = s.laptop.state;
  const result = await importBundle(s.world, s.laptop, bytes);
  expect(s.laptop.state).toBe(before);
  return result.decoded.ok ? 'applied' : result.decoded.reason;
}

/** The age header ends with `--- ` + a 43-character MAC + newline. */
function headerLength(bytes: Uint8Array): number {
  const ascii = Array.from(bytes.subarray(0, 4096), (b) => String.fromCharCode(b)).join('');
  return ascii.indexOf('\n--- ') + 1 + 4 + 43 + 1;
}

const reasonOf = (r: DecodeResult) => (r.ok ? 'applied' : r.reason);

describe('bundle refusals', () => {
  it('refuses every truncation as corrupted', async () => {
    const s = await setup();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: s.bytes.length - 1 }), async (length) => {
        expect(await refusal(s, s.bytes.subarray(0, length))).toBe('corrupted');
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a flipped bit in the encrypted body as corrupted, and in the header as corrupted or not addressed', async () => {
    const s = await setup();
    const headerEnd = headerLength(s.bytes);
    expect(headerEnd).toBeGreaterThan(100);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: s.bytes.length - 1 }), fc.integer({ min: 0, max: 7 }), async (index, bit) => {
        const damaged = s.bytes.slice();
        damaged[index] = damaged[index]! ^ (1 << bit);
        const reason = await refusal(s, damaged);
        if (index >= headerEnd) expect(reason).toBe('corrupted');
        else expect(['corrupted', 'notForThisDevice']).toContain(reason);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a bundle re-signed with another key as badSignature', async () => {
    const s = await setup();
    const parts = await opened(s.world, s.bytes);
    const intruder = await generateDeviceKeys();
    const forged = await forge(parts, intruder.signSecretKey, [s.world.programmeKey.recipient, s.laptop.keys.ageRecipient]);
    expect(await refusal(s, forged)).toBe('badSignature');
  });

  it('refuses a payload changed after signing as corrupted', async () => {
    const s = await setup();
    const parts = await opened(s.world, s.bytes);
    const draft = (({ counts: _c, payloadBytes: _b, payloadSha256: _h, ...rest }) => rest)(parts.manifest);
    const { plaintext } = await signedPlaintext(draft, parts.lines, s.world.coordinator.keys.signSecretKey);
    const tampered = new Uint8Array([...plaintext.subarray(0, plaintext.length - 3), 0x58, 0x7d, 0x7d]);
    expect(await refusal(s, await encryptToRecipients(tampered, [s.laptop.keys.ageRecipient]))).toBe('corrupted');
  });

  it('refuses a bundle encrypted to someone else, or addressed to another laptop, as notForThisDevice', async () => {
    const s = await setup();
    const other = s.world.counselors[1]!;
    expect(await refusal(s, await exportBundle(s.world, s.world.coordinator, other))).toBe('notForThisDevice');
    const parts = await opened(s.world, s.bytes);
    const readdressed = await forge(parts, s.world.coordinator.keys.signSecretKey, [s.laptop.keys.ageRecipient], { receiver: { deviceId: other.deviceId } });
    expect(await refusal(s, readdressed)).toBe('notForThisDevice');
  });

  it('refuses another programme, a future schema version, a replay and an older bundle', async () => {
    const s = await setup();
    const parts = await opened(s.world, s.bytes);
    const key = s.world.coordinator.keys.signSecretKey;
    const to = [s.laptop.keys.ageRecipient];
    expect(await refusal(s, await forge(parts, key, to, { programmeId: 'another' }))).toBe('otherProgramme');
    expect(await refusal(s, await forge(parts, key, to, { schemaVersion: BUNDLE_SCHEMA_VERSION + 1 }))).toBe('unsupportedSchema');
    expect(await refusal(s, await forge(parts, key, to, { format: 'other' as 'pco-bundle' }))).toBe('corrupted');

    const older = s.bytes;
    edit(s.world, s.world.coordinator, 'workers', WORKER, { surname: 'Bandini Rossi' });
    const newer = await exportBundle(s.world, s.world.coordinator, s.laptop);
    expect((await importBundle(s.world, s.laptop, newer)).decoded.ok).toBe(true);
    expect(await refusal(s, newer)).toBe('alreadyApplied');
    expect(await refusal(s, older)).toBe('stale');
  });

  it('names another programme before the receiver when the manifest can be read', async () => {
    const s = await setup();
    const parts = await opened(s.world, s.bytes);
    const elsewhere = await forge(parts, s.world.coordinator.keys.signSecretKey, [s.laptop.keys.ageRecipient], { programmeId: 'another', receiver: { deviceId: 'their-laptop' } });
    expect(await refusal(s, elsewhere)).toBe('otherProgramme');
  });

  it('says whether the sender named in a refused bundle was verified', async () => {
    const s = await setup();
    const parts = await opened(s.world, s.bytes);
    const intruder = await generateDeviceKeys();
    const forged = await forge(parts, intruder.signSecretKey, [s.laptop.keys.ageRecipient]);
    const bad = await decodeBundle(forged, decodeContext(s.world, s.laptop));
    expect(bad.ok ? null : [bad.reason, bad.senderVerified]).toEqual(['badSignature', false]);
    expect((await importBundle(s.world, s.laptop, s.bytes)).decoded.ok).toBe(true);
    const replay = await decodeBundle(s.bytes, decodeContext(s.world, s.laptop));
    expect(replay.ok ? null : [replay.reason, replay.senderVerified]).toEqual(['alreadyApplied', true]);
  });

  it('refuses unknown and revoked senders, and clocks too far ahead', async () => {
    const s = await setup();
    const stranger = await generateDeviceKeys();
    const parts = await opened(s.world, s.bytes);
    const unknown = await forge(parts, stranger.signSecretKey, [s.laptop.keys.ageRecipient], {
      sender: { deviceId: 'stranger', counselorId: 'c9', role: 'coordinator', signPublicKey: stranger.signPublicKey, enrolmentId: null },
    });
    expect(await refusal(s, unknown)).toBe('unknownDevice');

    const devices = decodeContext(s.world, s.laptop).devices.map((d) => (d.deviceId === 'coord' ? { ...d, revokedAt: '2019-07-01T00:00:00.000Z' } : d));
    expect(reasonOf(await decodeBundle(s.bytes, decodeContext(s.world, s.laptop, { devices })))).toBe('revokedDevice');

    const past = decodeContext(s.world, s.laptop, { nowMillis: s.world.now - 400 * 86_400_000 });
    expect(reasonOf(await decodeBundle(s.bytes, past))).toBe('clockDrift');
    expect(reasonOf(await decodeBundle(s.bytes, decodeContext(s.world, s.laptop)))).toBe('applied');
  });

  it('refuses a well-signed bundle whose record does not fit its entity schema, naming the record', async () => {
    const s = await setup();
    // The simulated laptops write sketches ({ surname, counselorId }); the real default checks whole files.
    const strict = await decodeBundle(s.bytes, decodeContext(s.world, s.laptop, { recordProblem: undefined }));
    expect(reasonOf(strict)).toBe('corrupted');
    expect(strict.ok ? '' : strict.detail).toContain(`workers ${WORKER}`);
  });

  it("refuses a registered laptop that claims another role or counselor in its manifest", async () => {
    const s = await setup();
    const up = await exportBundle(s.world, s.laptop, s.world.coordinator);
    const decrypter = new Decrypter();
    decrypter.addIdentity(s.world.programmeKey.identity);
    const [head, , ...rest] = utf8Decode(await decrypter.decrypt(up)).split('\n');
    const parts = { manifest: JSON.parse(head!) as BundleManifest, lines: rest.filter(Boolean).map((l) => bundleLineSchema.parse(JSON.parse(l))) };
    const recipients = [s.world.programmeKey.recipient];
    for (const sender of [{ ...parts.manifest.sender, role: 'coordinator' as const }, { ...parts.manifest.sender, counselorId: 'c2' }]) {
      const forged = await forge(parts, s.laptop.keys.signSecretKey, recipients, { sender });
      expect(reasonOf(await decodeBundle(forged, decodeContext(s.world, s.world.coordinator)))).toBe('outOfScope');
    }
    expect(reasonOf(await decodeBundle(up, decodeContext(s.world, s.world.coordinator)))).toBe('applied');
  });
});
