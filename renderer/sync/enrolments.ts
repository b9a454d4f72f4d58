// The coordinator's enrolments: those waiting for their laptop's first bundle (with the code that
// proves it, shown again on request on this screen only), withdrawing one, and issuing a laptop's
// enrolment again when it was reinstalled: the old laptop is revoked and a new enrolment, with a
// new code, is the only way a second set of keys can be registered for that counselor's laptop.
import { createDevicesRepository } from './devicesRepository';
import type { SyncContext } from './exportBundle';
import { readDevice } from './exportBundle';
import { SyncNotReadyError } from './errors';
import { issueEnrolment, type IssuedEnrolmentFile } from './programmeSetup';
import { enrolmentCodePurpose, readIssuedEnrolments, SYNC_META, type IssuedEnrolment } from './syncMeta';
import { openTable } from './localData';

function requireCoordinator(ctx: SyncContext): void {
  if (ctx.session.role !== 'coordinator') throw new SyncNotReadyError('notCoordinator');
}

/** Enrolments a laptop has announced itself with: each admits one laptop. */
export async function usedEnrolmentIds(ctx: SyncContext): Promise<Set<string>> {
  return new Set((await openTable(ctx, 'devices')).map((device) => device.data['enrolmentId']).filter((id): id is string => typeof id === 'string'));
}

/** Issued, not withdrawn, and no laptop has announced itself with it yet. */
export async function waitingEnrolments(ctx: SyncContext, used?: ReadonlySet<string>): Promise<IssuedEnrolment[]> {
  if (ctx.session.role !== 'coordinator') return [];
  const announced = used ?? (await usedEnrolmentIds(ctx));
  return (await readIssuedEnrolments(ctx.db)).filter((issued) => !announced.has(issued.enrolmentId) && !issued.withdrawnAt);
}

/** The code of a waiting enrolment, for the coordinator to read out again; null for files issued before codes. */
export async function revealEnrolmentCode(ctx: SyncContext, enrolmentId: string): Promise<string | null> {
  requireCoordinator(ctx);
  const issued = (await readIssuedEnrolments(ctx.db)).find((entry) => entry.enrolmentId === enrolmentId);
  if (!issued) throw new SyncNotReadyError('unknownPeer');
  return issued.code ? ctx.codec.openValue<string>(enrolmentCodePurpose(enrolmentId), issued.code) : null;
}

/** From now on no first bundle counts against this enrolment (a file lost or given to the wrong person). */
export async function withdrawEnrolment(ctx: SyncContext, enrolmentId: string): Promise<void> {
  requireCoordinator(ctx);
  const { db, session } = ctx;
  await db.transaction('rw', db.meta, async () => {
    const issued = await readIssuedEnrolments(db);
    const next = issued.map((entry) => (entry.enrolmentId === enrolmentId && !entry.withdrawnAt ? { ...entry, withdrawnAt: session.author().nowIso } : entry));
    await db.meta.put({ key: SYNC_META.enrolments, value: next });
  });
}

/**
 * A registered laptop was reinstalled (or replaced): it is revoked, and a new enrolment for the
 * same counselor and name is issued, with a new code. The reinstalled laptop joins with it.
 */
export async function reissueEnrolment(ctx: SyncContext, deviceId: string): Promise<IssuedEnrolmentFile> {
  requireCoordinator(ctx);
  const device = await readDevice(ctx, deviceId);
  if (!device || device.deletedAt || device.data.role !== 'counselor') throw new SyncNotReadyError('unknownPeer');
  await createDevicesRepository(ctx).revoke(deviceId);
  return issueEnrolment(ctx, device.data.counselorId, device.data.label);
}
