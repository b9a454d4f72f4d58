// Laptops on fake IndexedDB for the sync tests: bundles go through the real export, import and
// join code, as the screens call them.
import { expect } from 'vitest';
import type { ByteSource } from '../../shared/sync/bundle/source';
import { readEnrolmentFile } from '../../shared/sync';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import { freshDatabase, testCodec } from '../db/testing';
import { loadDemo } from '../db/setup';
import { generateDemoProgramme, type DemoProgramme } from '../../shared/demo/generator';
import { createMemoryBridge } from '../platform/memory/bridge';
import type { PcoDatabase } from '../db/database';
import { issueEnrolment, setUpProgrammeKeys } from './programmeSetup';
import { joinWithEnrolment } from './joinProgramme';
import { prepareExport, recordExport, type SyncContext } from './exportBundle';
import { prepareImport, type ImportOutcome } from './importBundle';
import { applyImport } from './applyBundle';

export const TEST_PASSPHRASE = 'cavallo batteria graffetta corretta';

/** The coordinator's laptop with a small historical demo programme loaded and the programme keys made. */
export async function demoCoordinator(workers = 8, seed = 11): Promise<{ coordinator: SyncContext; demo: DemoProgramme }> {
  const demo = generateDemoProgramme({ workers, seed, variant: 'historical' });
  const db = freshDatabase();
  const codec = await testCodec();
  const coordinator: SyncContext = { db, session: await loadDemo(db, codec, demo), codec };
  await setUpProgrammeKeys(coordinator, 'Portatile del coordinamento');
  return { coordinator, demo };
}

/** Every table but the sync history, as JSON: what a refused import must leave untouched. */
export async function dataDump(db: PcoDatabase): Promise<string> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) if (table.name !== 'syncHistory') dump[table.name] = await table.toArray();
  return JSON.stringify(dump);
}

export async function send(from: SyncContext, to: SyncContext): Promise<Uint8Array> {
  const prepared = await prepareExport(from, to.session.deviceId);
  await recordExport(from, prepared, prepared.fileName);
  return prepared.bytes;
}

export async function receive(into: SyncContext, file: Uint8Array | ByteSource): Promise<ImportOutcome> {
  const outcome = await prepareImport(into, file, 'test.pcobundle');
  if (outcome.ok) await applyImport(into, outcome);
  return outcome;
}

/** A new laptop joined with an enrolment the coordinator issues now; `code` defaults to the one shown. */
export async function joinLaptop(coordinator: SyncContext, bridge: DesktopBridge, counselorId: string, label: string, code?: string): Promise<SyncContext> {
  const issued = await issueEnrolment(coordinator, counselorId, label);
  const read = readEnrolmentFile(issued.text);
  if (!read.ok) throw new Error(read.reason);
  expect(read.fingerprint).toBe(issued.fingerprint);
  const db = freshDatabase();
  const joined = await joinWithEnrolment(db, bridge, read.enrolment, code ?? issued.code, TEST_PASSPHRASE);
  return { db, session: joined.session, codec: joined.codec };
}

/** The demo coordinator and the laptop of the first worker's counselor, joined and announced to the coordinator. */
export async function coordinatorAndLaptop(workers: number, seed: number): Promise<{ coordinator: SyncContext; laptop: SyncContext; demo: DemoProgramme }> {
  const { coordinator, demo } = await demoCoordinator(workers, seed);
  const counselorId = demo.workers[0]?.worker.counselorId;
  if (!counselorId) throw new Error('the demo has no worker');
  const laptop = await joinLaptop(coordinator, createMemoryBridge(), counselorId, 'Portatile');
  expect((await receive(coordinator, await send(laptop, coordinator))).ok).toBe(true);
  return { coordinator, laptop, demo };
}
