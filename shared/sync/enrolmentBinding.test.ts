// A laptop's first keys are bound to the enrolment code, not to the enrolment file: whoever copies
// the `.pcoenrol` from a stick can build a first bundle with keys of their own, and the
// coordinator must refuse it with its reason and register nothing.
import { describe, expect, it } from 'vitest';
import { decodeBundle, type DecodeResult } from './bundle/decode';
import { encodeBundle } from './bundle/encode';
import { generateDeviceKeys, type DeviceKeys } from './deviceKeys';
import { registrationsOf, type DeviceData } from './devices';
import { enrolmentProof, generateEnrolmentCode } from './enrolmentCode';
import { applyPreviewInMemory, localStateOf } from './memory';
import { previewBundle } from './preview';
import { createWorld, decodeContext, type World } from './testing';
import type { AnyRecord } from './types';
import { createRecord } from './record';
import { vectorOf } from './vector';

const ENROLMENT = '0190a1b2-0000-7000-8000-00000000e0b1';

/** Everything in the enrolment file an attacker copied: programme, enrolment, counselor, recipients. */
interface CopiedFile {
  readonly programmeId: string;
  readonly enrolmentId: string;
  readonly counselorId: string;
  readonly programmeRecipient: string;
}

function deviceRecord(world: World, deviceId: string, keys: DeviceKeys, file: CopiedFile): AnyRecord {
  const data: DeviceData = { label: deviceId, counselorId: file.counselorId, role: 'counselor', agePublicKey: keys.ageRecipient, signPublicKey: keys.signPublicKey, revokedAt: null, enrolledAt: new Date(world.now).toISOString(), enrolmentId: file.enrolmentId };
  return createRecord(deviceId, { ...data }, `${String(world.now).padStart(15, '0')}-0000-${deviceId}`, { counselorId: file.counselorId, deviceId, nowIso: new Date(world.now).toISOString() });
}

/** A first bundle from `deviceId` announcing and signed with `keys`, with `proof` (none: null). */
async function firstBundle(world: World, file: CopiedFile, deviceId: string, keys: DeviceKeys, proof: string | null): Promise<Uint8Array> {
  const content = { records: { devices: [deviceRecord(world, deviceId, keys, file)] }, events: [], audit: [], statistics: [], caseload: null, recoveryKeys: [] };
  const encoded = await encodeBundle({
    content,
    programmeId: file.programmeId,
    sender: { deviceId, counselorId: file.counselorId, role: 'counselor', signPublicKey: keys.signPublicKey, enrolmentId: file.enrolmentId, ...(proof === null ? {} : { enrolmentProof: proof }) },
    signSecretKey: keys.signSecretKey,
    receiver: { deviceId: world.coordinator.deviceId },
    knows: vectorOf(content),
    recipients: [file.programmeRecipient, keys.ageRecipient],
    createdAt: new Date(world.now).toISOString(),
  });
  return encoded.bytes;
}

const claimOf = (file: CopiedFile, deviceId: string, keys: DeviceKeys) => ({ programmeId: file.programmeId, enrolmentId: file.enrolmentId, deviceId, counselorId: file.counselorId, signPublicKey: keys.signPublicKey });

async function setting() {
  const world = await createWorld(0);
  const code = generateEnrolmentCode();
  const file: CopiedFile = { programmeId: world.programmeId, enrolmentId: ENROLMENT, counselorId: 'c1', programmeRecipient: world.programmeKey.recipient };
  const decode = (bytes: Uint8Array, used: readonly string[] = []): Promise<DecodeResult> =>
    decodeBundle(bytes, decodeContext(world, world.coordinator, { pendingEnrolments: used.includes(ENROLMENT) ? [] : [{ enrolmentId: ENROLMENT, counselorId: 'c1', code }], usedEnrolmentIds: new Set(used) }));
  return { world, code, file, decode };
}

const reasonOf = (result: DecodeResult) => (result.ok ? 'accepted' : result.reason);

describe('binding a laptop to its enrolment', () => {
  it('refuses a first bundle forged from the enrolment file alone, and registers nothing', async () => {
    const { world, file, decode } = await setting();
    const forger = await generateDeviceKeys();
    const result = await decode(await firstBundle(world, file, 'forged-laptop', forger, null));
    expect(reasonOf(result)).toBe('enrolmentUnproven');
    expect(result.ok ? null : result.senderVerified).toBe(false);
    // Nothing was applied: the coordinator's registry, which export encrypts to, has no such key.
    const registry = registrationsOf(world.coordinator.state.records.devices ?? []);
    expect(registry.map((device) => device.signPublicKey)).not.toContain(forger.signPublicKey);
  });

  it('refuses a proof made with a guessed code, and one replayed for other keys', async () => {
    const { world, code, file, decode } = await setting();
    const forger = await generateDeviceKeys();
    expect(reasonOf(await decode(await firstBundle(world, file, 'forged-laptop', forger, enrolmentProof(generateEnrolmentCode(), claimOf(file, 'forged-laptop', forger)))))).toBe('enrolmentUnproven');
    // A proof is bound to the key it names: the real laptop's proof does not carry another key.
    const real = await generateDeviceKeys();
    const stolenProof = enrolmentProof(code, claimOf(file, 'real-laptop', real));
    expect(reasonOf(await decode(await firstBundle(world, file, 'real-laptop', forger, stolenProof)))).toBe('enrolmentUnproven');
  });

  it('accepts the laptop that typed the code, whatever its case and dashes, and registers its keys', async () => {
    const { world, code, file, decode } = await setting();
    const real = await generateDeviceKeys();
    const typed = code.toLowerCase().replaceAll('-', ' ');
    const result = await decode(await firstBundle(world, file, 'real-laptop', real, enrolmentProof(typed, claimOf(file, 'real-laptop', real))));
    expect(reasonOf(result)).toBe('accepted');
    if (!result.ok) return;
    const coord = world.coordinator;
    coord.state = applyPreviewInMemory(coord.state, previewBundle(localStateOf(coord.state, 'coordinator', coord.deviceId), result.bundle));
    expect(registrationsOf(coord.state.records.devices ?? []).find((device) => device.deviceId === 'real-laptop')?.signPublicKey).toBe(real.signPublicKey);
  });

  it('refuses a second first bundle for an enrolment a laptop already used, even with the right code', async () => {
    const { world, code, file, decode } = await setting();
    const reinstalled = await generateDeviceKeys();
    const result = await decode(await firstBundle(world, file, 'second-laptop', reinstalled, enrolmentProof(code, claimOf(file, 'second-laptop', reinstalled))), [ENROLMENT]);
    expect(reasonOf(result)).toBe('enrolmentUsed');
  });

  it('refuses a first bundle for an enrolment whose code the coordinator does not hold (issued before codes existed)', async () => {
    const { world, code, file } = await setting();
    const real = await generateDeviceKeys();
    const result = await decodeBundle(await firstBundle(world, file, 'real-laptop', real, enrolmentProof(code, claimOf(file, 'real-laptop', real))), decodeContext(world, world.coordinator, { pendingEnrolments: [{ enrolmentId: ENROLMENT, counselorId: 'c1' }] }));
    expect(reasonOf(result)).toBe('enrolmentUnproven');
  });
});
