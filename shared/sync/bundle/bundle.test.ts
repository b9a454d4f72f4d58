import { describe, expect, it } from 'vitest';
import { Decrypter } from 'age-encryption';
import { addInterview, create, createWorld, decodeContext, exportBundle, importBundle, type World } from '../testing';
import { decodeBundle } from './decode';
import { utf8Decode } from '../bytes';
import { bundleManifestSchema } from './manifest';

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
