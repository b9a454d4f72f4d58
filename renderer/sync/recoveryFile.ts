// The recovery file (`.pcorecovery`) the coordinator issues for a laptop whose passphrase and
// recovery code are both lost: that laptop's escrowed data key, re-wrapped with a one-time code
// (age scrypt) shown only on the coordinator's screen. The file alone opens nothing.
import { z } from 'zod';
import { generateOneTimeCode, unwrapDataKeyWithProgramme, wrapDataKeyWithCode } from '../../shared/sync/recovery';
import type { SyncContext } from './exportBundle';
import { SyncNotReadyError } from './errors';
import { readMembership, readProgrammeIdentity } from './syncMeta';

const RECOVERY_FORMAT = 'pco-recovery';

const recoveryFileSchema = z.object({
  format: z.literal(RECOVERY_FORMAT),
  version: z.literal(1),
  deviceId: z.string().min(1),
  programmeId: z.string().min(1),
  wrappedDataKey: z.string().min(1),
  issuedAt: z.string(),
});
export type RecoveryFile = z.infer<typeof recoveryFileSchema>;

export type RecoveryFileProblem = 'corrupted' | 'otherDevice' | 'wrongCode' | 'wrongKey';

export class RecoveryFileError extends Error {
  constructor(readonly problem: RecoveryFileProblem) {
    super(`Recovery file: ${problem}`);
    this.name = 'RecoveryFileError';
  }
}

export function readRecoveryFile(text: string): RecoveryFile {
  try {
    return recoveryFileSchema.parse(JSON.parse(text));
  } catch {
    throw new RecoveryFileError('corrupted');
  }
}

export interface IssuedRecovery {
  readonly text: string;
  readonly fileName: string;
  /** Shown once on the coordinator's screen, never stored or written to the file. */
  readonly code: string;
}

/** Coordinator: opens a laptop's escrowed key with the programme identity and re-wraps it with a one-time code. */
export async function issueRecoveryFile(ctx: SyncContext, deviceId: string): Promise<IssuedRecovery> {
  if (ctx.session.role !== 'coordinator') throw new SyncNotReadyError('notCoordinator');
  const escrow = await ctx.db.recoveryKeys.get(deviceId);
  if (!escrow) throw new SyncNotReadyError('noRecoveryKey');
  const identity = await readProgrammeIdentity(ctx.db, ctx.codec);
  const membership = await readMembership(ctx.db);
  if (!identity || !membership) throw new SyncNotReadyError('noProgrammeKey');
  const raw = await unwrapDataKeyWithProgramme(escrow.wrappedDataKey, identity);
  const code = generateOneTimeCode();
  const file: RecoveryFile = {
    format: RECOVERY_FORMAT,
    version: 1,
    deviceId,
    programmeId: membership.programmeId,
    wrappedDataKey: await wrapDataKeyWithCode(raw, code),
    issuedAt: new Date().toISOString(),
  };
  raw.fill(0);
  return { text: `${JSON.stringify(file, null, 2)}\n`, fileName: `recupero-${deviceId.slice(0, 6)}.pcorecovery`, code };
}
