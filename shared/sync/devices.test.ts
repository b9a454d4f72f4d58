// The device registry through bundles: first announcement of an enrolled laptop, key rotation,
// and device records a counselor laptop is not allowed to set.
import { describe, expect, it } from 'vitest';
import { decodeBundle } from './bundle/decode';
import { encodeBundle } from './bundle/encode';
import { generateDeviceKeys } from './deviceKeys';
import { deviceDataSchema } from './devices';
import { enrolmentProof, generateEnrolmentCode } from './enrolmentCode';
import { applyPreviewInMemory, localStateOf } from './memory';
import { previewBundle } from './preview';
import { selectChanges } from './scope';
import { create, createWorld, decodeContext, deviceData, edit, exportBundle, find, importBundle, type Laptop, type World } from './testing';
import { vectorOf } from './vector';

const ENROLMENT = '0190a1b2-0000-7000-8000-00000000e001';
const CODE = generateEnrolmentCode();

async function firstBundle(world: World, newcomer: Laptop, enrolmentId: string): Promise<Uint8Array> {
  const content = selectChanges(newcomer.state, { knows: {}, to: { role: 'coordinator', reportCaseloadOf: newcomer.counselorId } });
  const encoded = await encodeBundle({
    content,
    programmeId: world.programmeId,
    sender: {
      deviceId: newcomer.deviceId,
      counselorId: newcomer.counselorId,
      role: 'counselor',
      signPublicKey: newcomer.keys.signPublicKey,
      enrolmentId,
      enrolmentProof: enrolmentProof(CODE, { programmeId: world.programmeId, enrolmentId, deviceId: newcomer.deviceId, counselorId: newcomer.counselorId, signPublicKey: newcomer.keys.signPublicKey }),
    },
    signSecretKey: newcomer.keys.signSecretKey,
    receiver: { deviceId: world.coordinator.deviceId },
    knows: vectorOf(newcomer.state),
    recipients: [world.programmeKey.recipient, newcomer.keys.ageRecipient],
  });
  return encoded.bytes;
}

/** A world where the coordinator has not registered lap1 yet: it announces itself with its enrolment id. */
async function withNewcomer(): Promise<{ world: World; newcomer: Laptop }> {
  const world = await createWorld(1);
  const newcomer = world.counselors[0]!;
  world.coordinator.state = { ...world.coordinator.state, records: { devices: world.coordinator.state.records.devices?.filter((d) => d.id !== newcomer.deviceId) } };
  newcomer.state = { ...newcomer.state, records: { devices: newcomer.state.records.devices?.filter((d) => d.id !== newcomer.deviceId) } };
  create(world, newcomer, 'devices', newcomer.deviceId, { ...deviceData(newcomer, ENROLMENT), revokedAt: 'forged' });
  return { world, newcomer };
}

describe('device registry through bundles', () => {
  it('accepts the first bundle of an enrolled laptop and registers its keys', async () => {
    const { world, newcomer } = await withNewcomer();
    const coord = world.coordinator;
    const bytes = await firstBundle(world, newcomer, ENROLMENT);
    const context = decodeContext(world, coord, { pendingEnrolments: [{ enrolmentId: ENROLMENT, counselorId: 'c1', code: CODE }] });
    const decoded = await decodeBundle(bytes, context);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.bundle.announcedDevice?.id).toBe(newcomer.deviceId);
    coord.state = applyPreviewInMemory(coord.state, previewBundle(localStateOf(coord.state, 'coordinator', coord.deviceId), decoded.bundle));
    const registered = deviceDataSchema.parse(find(coord, 'devices', newcomer.deviceId)?.data);
    expect(registered.signPublicKey).toBe(newcomer.keys.signPublicKey);
    expect(registered.revokedAt).toBeNull();

    const wrongEnrolment = await decodeBundle(await firstBundle(world, newcomer, ENROLMENT), { ...context, pendingEnrolments: [{ enrolmentId: ENROLMENT, counselorId: 'c9', code: CODE }], devices: [] });
    expect(wrongEnrolment.ok ? 'ok' : wrongEnrolment.reason).toBe('unknownDevice');
  });

  it('rotates keys with a bundle signed by the previous key; the old key is refused afterwards', async () => {
    const world = await createWorld(1);
    const coord = world.coordinator;
    const laptop = world.counselors[0]!;
    const oldKeys = laptop.keys;
    const fresh = await generateDeviceKeys();
    create(world, laptop, 'devices', laptop.deviceId, { ...deviceData(laptop) });
    edit(world, laptop, 'devices', laptop.deviceId, { signPublicKey: fresh.signPublicKey, agePublicKey: fresh.ageRecipient, label: 'renamed by laptop', revokedAt: null });
    expect((await importBundle(world, coord, await exportBundle(world, laptop, coord))).decoded.ok).toBe(true);
    const registered = deviceDataSchema.parse(find(coord, 'devices', laptop.deviceId)?.data);
    expect(registered.signPublicKey).toBe(fresh.signPublicKey);
    expect(registered.label).toBe(laptop.deviceId);

    create(world, laptop, 'employers', 'e-new', { name: 'Nuova' });
    const signedWithOld = await importBundle(world, coord, await exportBundle(world, laptop, coord));
    expect(signedWithOld.decoded.ok ? 'ok' : signedWithOld.decoded.reason).toBe('badSignature');
    Object.assign(laptop, { keys: { ...oldKeys, signSecretKey: fresh.signSecretKey, signPublicKey: fresh.signPublicKey } });
    expect((await importBundle(world, coord, await exportBundle(world, laptop, coord))).decoded.ok).toBe(true);
  });

  it('ignores device records a counselor laptop sends about other devices', async () => {
    const world = await createWorld(2);
    const [lap1, lap2] = world.counselors as [Laptop, Laptop];
    create(world, lap1, 'devices', lap2.deviceId, { ...deviceData(lap2), revokedAt: '2019-06-02T00:00:00.000Z' });
    const result = await importBundle(world, world.coordinator, await exportBundle(world, lap1, world.coordinator));
    expect(result.preview?.ignoredDeviceRecords).toBeGreaterThan(0);
    expect(deviceDataSchema.parse(find(world.coordinator, 'devices', lap2.deviceId)?.data).revokedAt).toBeNull();
  });
});
