// A bundle double-clicked on a stick, end to end below the UI: a counselor laptop exports for the
// coordinator, the (memory) bridge holds it as opened by the OS, the poller offers it and asks for
// the sync screen, and the import card's preview (prepareImport) reads it on the coordinator's laptop.
import { beforeAll, describe, expect, it } from 'vitest';
import { readEnrolmentFile } from '../../shared/sync';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { createMemoryBridge } from '../platform/memory/bridge';
import { freshDatabase, testCodec } from '../db/testing';
import { loadDemo } from '../db/setup';
import { setUpProgrammeKeys, issueEnrolment } from './programmeSetup';
import { joinWithEnrolment } from './joinProgramme';
import { prepareExport, recordExport, type SyncContext } from './exportBundle';
import { prepareImport } from './importBundle';
import { offerOpenedBundle, receiveOpenedBundle, subscribeOfferedBundle, takeOfferedBundle } from './useOpenedBundle';

const PASSPHRASE = 'cavallo batteria graffetta corretta';

describe('bundle opened by the OS', () => {
  const bridge = createMemoryBridge();
  let coordinator: SyncContext;
  let laptop: SyncContext;

  beforeAll(async () => {
    const demo = generateDemoProgramme({ workers: 8, seed: 11, variant: 'historical' });
    const db = freshDatabase();
    const codec = await testCodec();
    const session = await loadDemo(db, codec, demo);
    coordinator = { db, session, codec };
    await setUpProgrammeKeys(coordinator, 'Portatile del coordinamento');
    const counselor = demo.counselors.find((c) => c.role === 'counselor' && demo.workers.some((w) => w.worker.counselorId === c.id));
    if (!counselor) throw new Error('demo without a counselor');
    const issued = await issueEnrolment(coordinator, counselor.id, 'Portatile A');
    const read = readEnrolmentFile(issued.text);
    if (!read.ok) throw new Error(read.reason);
    const laptopDb = freshDatabase();
    const joined = await joinWithEnrolment(laptopDb, bridge, read.enrolment, issued.code, PASSPHRASE);
    laptop = { db: laptopDb, session: joined.session, codec: joined.codec };
  }, 60_000);

  it('offers the queued file, shows the sync screen, and previews it like a chosen bundle', async () => {
    // A new laptop's first bundle goes to the coordinator (who registers it from there).
    const exported = await prepareExport(laptop, coordinator.session.deviceId);
    await recordExport(laptop, exported, exported.fileName);
    bridge.queueOpenedBundle({ name: exported.fileName, bytes: exported.bytes });

    let shown = 0;
    const offers: string[] = [];
    const unsubscribe = subscribeOfferedBundle(() => offers.push('offered'));
    expect(await receiveOpenedBundle(bridge, () => (shown += 1))).toBe(true);
    unsubscribe();
    expect(shown).toBe(1);
    expect(offers).toEqual(['offered']);

    const offered = takeOfferedBundle();
    if (!offered || !('file' in offered)) throw new Error('no file offered');
    expect(takeOfferedBundle()).toBeNull();
    expect(offered.file.name).toBe(exported.fileName);

    const devicesBefore = await coordinator.db.devices.count();
    const outcome = await prepareImport(coordinator, offered.file.bytes, offered.file.name);
    if (!outcome.ok) throw new Error(`${outcome.reason}: ${outcome.detail}`);
    expect(outcome.fileName).toBe(exported.fileName);
    expect(outcome.bundle.manifest.sender.deviceId).toBe(laptop.session.deviceId);
    expect(outcome.preview.counts['devices']?.added).toBe(1);
    // Previewing writes nothing: the laptop is registered only when the preview is applied.
    expect(await coordinator.db.devices.count()).toBe(devicesBefore);
  }, 60_000);

  it('does nothing when no file waits, and offers a read failure so the card can say why', async () => {
    let shown = 0;
    expect(await receiveOpenedBundle(bridge, () => (shown += 1))).toBe(false);
    expect(shown).toBe(0);
    expect(takeOfferedBundle()).toBeNull();

    const refusal = { ok: false as const, error: 'tooLarge' as const, detail: '600 MB, limit 512 MB', limitBytes: 512 * 1024 * 1024 };
    const failing = { ...bridge, takeOpenedBundle: () => Promise.resolve(refusal) };
    expect(await receiveOpenedBundle(failing, () => (shown += 1))).toBe(true);
    expect(shown).toBe(1);
    expect(takeOfferedBundle()).toEqual({ failure: refusal });
    offerOpenedBundle({ failure: { ok: false, error: 'ioError' } });
    offerOpenedBundle({ failure: { ok: false, error: 'unavailable' } });
    // One slot: the newest offer wins.
    expect(takeOfferedBundle()).toEqual({ failure: { ok: false, error: 'unavailable' } });
  });
});
