// Import, second half: apply a previewed bundle all or nothing. Every row is sealed BEFORE the
// Dexie transaction (a WebCrypto await inside it would commit the transaction early); then one
// read-write transaction writes merged records, new events and logs, conflicts, purges, the peer's
// vector, the applied bundle id, the history row and the clock. A stop (ImportControl) before that
// transaction commits aborts it, and drops the documents' bytes stored ahead of it.
import { uuidv7 } from 'uuidv7';
import { mergeVectors, SYNC_TABLES, type AnyRecord, type SyncTable } from '../../shared/sync';
import type { EventRecord, SyncHistoryRow } from '../db/rows';
import type { StoredConflictRow } from './localData';
import { sealEvent } from '../db/recordRows';
import type { SyncContext } from './exportBundle';
import type { PreparedImport } from './importBundle';
import { programmePeriods, sealSyncRecord, syncTable, type SyncRow } from './tables';
import { heldCaseloadOf, readPublicKeys, SYNC_META, withHeldCaseload } from './syncMeta';
import { afterReport } from '../../shared/sync/caseloadBelief';
import { storeIncomingDocuments, withoutLiveRecord } from './documentContent';
import { dropDocumentChunks } from '../documents/documentRepository';
import { ensureSpace, guardQuota } from '../storage/space';
import { sealInSlices, throwIfCancelled, UNWATCHED, watchedSource, type ImportControl, type SealCounter } from './importControl';

export interface AppliedImport {
  readonly history: SyncHistoryRow;
  /** Workers that left the caseload but stay on this laptop (changes not yet exported). */
  readonly keptWorkerIds: readonly string[];
  readonly purgedWorkerIds: readonly string[];
}

async function sealRecords(ctx: SyncContext, prepared: PreparedImport, control: ImportControl, counter: SealCounter): Promise<Map<SyncTable, SyncRow[]>> {
  const { records } = prepared.preview;
  const periods = await programmePeriods(ctx.db, records.programme as AnyRecord[] | undefined);
  const sealed = new Map<SyncTable, SyncRow[]>();
  for (const table of SYNC_TABLES) {
    const rows = records[table];
    if (rows && rows.length > 0) sealed.set(table, await sealInSlices(rows, (record) => sealSyncRecord(ctx.codec, table, record, periods), control, counter));
  }
  return sealed;
}

/** Rows the apply seals: merged records and new events (conflicts are few). */
function rowsToSeal({ preview }: PreparedImport): number {
  return SYNC_TABLES.reduce((sum, table) => sum + (preview.records[table]?.length ?? 0), preview.events.length);
}

async function sealConflicts(ctx: SyncContext, prepared: PreparedImport, now: string): Promise<StoredConflictRow[]> {
  const stored = new Map((await ctx.db.conflicts.bulkGet(prepared.preview.conflicts.put.map((c) => c.id))).flatMap((row) => (row ? [[row.id, row]] : [])));
  return Promise.all(
    prepared.preview.conflicts.put.map(async (conflict) => {
      const before = stored.get(conflict.id);
      // The same losing value seen again keeps its review state; a newer one is to review again.
      const same = before && before.hlc === conflict.hlc;
      return {
        id: conflict.id,
        table: conflict.table,
        recordId: conflict.recordId,
        field: conflict.field,
        origin: conflict.origin,
        value: await ctx.codec.sealValue(`conflicts:${conflict.id}`, conflict.value),
        hlc: conflict.hlc,
        winnerHlc: conflict.winnerHlc,
        differs: conflict.differs,
        seenByWinner: conflict.seenByWinner ?? false,
        detectedAt: same ? before.detectedAt : now,
        resolvedAt: same ? before.resolvedAt : null,
        resolution: same ? before.resolution : null,
      };
    }),
  );
}

export async function applyImport(ctx: SyncContext, prepared: PreparedImport, control: ImportControl = UNWATCHED): Promise<AppliedImport> {
  const { db, session, codec } = ctx;
  const { bundle, preview } = prepared;
  const { manifest } = bundle;
  const now = session.author().nowIso;
  control.onStep('sealing');
  const sealing: SealCounter = { done: 0, total: rowsToSeal(prepared) };
  const records = await sealRecords(ctx, prepared, control, sealing);
  const events = await sealInSlices(preview.events, (event) => sealEvent(codec, event as EventRecord), control, sealing);
  const conflicts = await sealConflicts(ctx, prepared, now);
  throwIfCancelled(control);
  const purge = preview.purge;
  const kept = purge?.kept.map((k) => k.workerId) ?? [];
  const history: SyncHistoryRow = {
    id: uuidv7(),
    at: now,
    direction: 'in',
    peerDeviceId: manifest.sender.deviceId,
    bundleId: manifest.bundleId,
    fileName: prepared.fileName,
    counts: manifest.counts,
    bytes: prepared.bytes,
    sha256: bundle.fileSha256,
    outcome: 'applied',
    note: kept.length > 0 ? `kept:${kept.length}` : '',
  };
  // Receiving moves the clock past every incoming change, so a later local edit wins over them.
  if (preview.maxHlc) session.receive(preview.maxHlc);
  const ownKeys = await readPublicKeys(db);
  const ownRecord = preview.records.devices?.find((device) => device.id === session.deviceId);
  const tables = [...SYNC_TABLES.map((table) => syncTable(db, table)), db.documentChunks, db.events, db.audit, db.statistics, db.conflicts, db.peers, db.appliedBundles, db.syncHistory, db.recoveryKeys, db.meta, db.drafts];
  // Documents that go: deleted in the bundle, or leaving with a worker this laptop no longer follows.
  const droppedDocuments = [...(preview.records.documents ?? []).filter((record) => record.deletedAt !== null).map((record) => record.id), ...(purge?.records.documents ?? [])];
  // What the bundle's lines weigh is about what they take once stored: refused before anything is
  // written when it would not fit, and a store that refuses anyway is named the same way.
  const needed = manifest.payloadBytes;
  await ensureSpace(needed);
  // The documents' bytes first, read from the file again: unreachable until their records land.
  control.onStep('documents');
  const storedDocuments = await guardQuota(needed, () => storeIncomingDocuments(ctx, { ...prepared, file: watchedSource(prepared.file, control) }));
  control.onStep('writing');
  try {
    await guardQuota(needed, writeImport);
  } catch (error) {
    await dropDocumentChunks(db, storedDocuments);
    throw error;
  }
  await dropDocumentChunks(db, await withoutLiveRecord(db, storedDocuments));
  return { history, keptWorkerIds: kept, purgedWorkerIds: purge?.workerIds ?? [] };

  async function writeImport(): Promise<void> {
    await db.transaction('rw', tables, async () => {
      // A stop heard between two tables aborts the transaction: nothing of it is written.
      let written = 0;
      for (const [table, rows] of records) {
        throwIfCancelled(control);
        await syncTable(db, table).bulkPut(rows);
        control.onProgress((written += 1), records.size + 1);
      }
      throwIfCancelled(control);
      // The preview keeps only events this laptop lacks: adding them is exact (and leaves the reports'
      // event cache standing; see renderer/db/eventCacheGuard.ts). A clash aborts the import whole.
      if (events.length > 0) await db.events.bulkAdd(events);
      if (preview.audit.length > 0) await db.audit.bulkPut([...preview.audit]);
      if (preview.statistics.length > 0) await db.statistics.bulkPut([...preview.statistics]);
      if (conflicts.length > 0) await db.conflicts.bulkPut(conflicts);
      if (preview.conflicts.remove.length > 0) await db.conflicts.bulkDelete([...preview.conflicts.remove]);
      if (purge) {
        for (const [table, ids] of Object.entries(purge.records)) if (ids && ids.length > 0) await syncTable(db, table as SyncTable).bulkDelete([...ids]);
        if (purge.eventIds.length > 0) await db.events.bulkDelete([...purge.eventIds]);
        await db.drafts.bulkDelete(purge.workerIds.map((id) => `worker:${id}`));
      }
      await dropDocumentChunks(db, droppedDocuments);
      for (const key of preview.recoveryKeys) await db.recoveryKeys.put({ deviceId: key.deviceId, wrappedDataKey: key.wrappedDataKey, receivedAt: now });
      const peer = await db.peers.get(manifest.sender.deviceId);
      // On the coordinator, a counselor laptop's bundle says which workers it holds.
      const held = session.role === 'coordinator' && preview.caseload ? afterReport(heldCaseloadOf(peer), preview.caseload.workerIds, manifest.createdAt) : heldCaseloadOf(peer);
      await db.peers.put({
        ...withHeldCaseload(manifest.sender.deviceId, peer, held),
        knows: mergeVectors(peer?.knows ?? {}, manifest.knows),
        lastBundleId: manifest.bundleId,
        lastSeenAt: now,
      });
      await db.appliedBundles.add({ bundleId: manifest.bundleId, senderDeviceId: manifest.sender.deviceId, appliedAt: now });
      await db.syncHistory.add(history);
      if (session.role === 'counselor' && manifest.sender.role === 'coordinator') await confirmRegistration(ctx, ownRecord, ownKeys?.signPublicKey);
      await session.persistClock();
      throwIfCancelled(control);
      control.onProgress(records.size + 1, records.size + 1);
    });
  }
}

/**
 * The coordinator's bundle lists this laptop's device record: the coordinator has applied our
 * announcement (with the escrowed key) and, when the key matches, our latest rotation.
 */
async function confirmRegistration(ctx: SyncContext, ownRecord: AnyRecord | undefined, currentSignKey: string | undefined): Promise<void> {
  const { db } = ctx;
  const registered = ownRecord ?? (await db.devices.get(ctx.session.deviceId));
  if (!registered) return;
  await db.meta.delete(SYNC_META.pendingEscrow);
  if (ownRecord && currentSignKey && ownRecord.data['signPublicKey'] === currentSignKey) {
    const stored = await db.meta.get(SYNC_META.deviceKeys);
    const value = stored?.value as { previous: unknown } | undefined;
    if (value?.previous) await db.meta.put({ key: SYNC_META.deviceKeys, value: { ...value, previous: null } });
  }
}
