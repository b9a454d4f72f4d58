// Escrow of the programme key: after the coordinator types the passphrase again, the programme
// identity is saved as a standard age identity file (`age -d -i programme-identity.txt` decrypts
// any bundle). Always through the save dialog, never into the shared folder: the file must go
// offline, not next to the bundles it opens. The export is written to the audit log.
import type { BridgeResult, DesktopBridge, SavedFile } from '../../shared/platform/desktopBridge';
import { auditEntry } from '../db/recordRows';
import type { SyncContext } from './exportBundle';
import { exportProgrammeIdentity } from './programmeSetup';
import { readMembership } from './syncMeta';
import { IDENTITY_FILTER, textBytes } from './transport';
import { SyncNotReadyError } from './errors';

export const IDENTITY_FILE_NAME = 'programme-identity.txt';

/** Throws WrongSecretError / TooManyAttemptsError for a wrong passphrase (counted like an unlock). */
export async function saveProgrammeIdentity(ctx: SyncContext, bridge: DesktopBridge, passphrase: string): Promise<BridgeResult<SavedFile>> {
  const membership = await readMembership(ctx.db);
  if (!membership) throw new SyncNotReadyError('noProgrammeKey');
  const text = await exportProgrammeIdentity(ctx, bridge, passphrase);
  const saved = await bridge.saveFile({ suggestedName: IDENTITY_FILE_NAME, bytes: textBytes(text), filters: [IDENTITY_FILTER] });
  if (saved.ok) {
    const { db, session } = ctx;
    await db.transaction('rw', [db.audit, db.meta], async () => {
      await db.audit.add(auditEntry(session, 'export', membership.programmeId, 'age-identity', 'programme'));
      await session.persistClock();
    });
  }
  return saved;
}
