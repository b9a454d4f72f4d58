// Laptops on fake IndexedDB for the sync tests: bundles go through the real export, import and
// join code, as the screens call them.
import { expect } from 'vitest';
import { readEnrolmentFile } from '../../shared/sync';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import { freshDatabase } from '../db/testing';
import type { PcoDatabase } from '../db/database';
import { issueEnrolment } from './programmeSetup';
import { joinWithEnrolment } from './joinProgramme';
import { prepareExport, recordExport, type SyncContext } from './exportBundle';
import { prepareImport, type ImportOutcome } from './importBundle';
import { applyImport } from './applyBundle';

export const TEST_PASSPHRASE = 'cavallo batteria graffetta corretta';

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

export async function receive(into: SyncContext, bytes: Uint8Array): Promise<ImportOutcome> {
  const outcome = await prepareImport(into, bytes, 'test.pcobundle');
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
