// Checks of a new passphrase with its confirmation, for the forms that set one.
import { z } from 'zod';
import type { PassphraseChecker } from '../../shared/crypto/passphrase';

export const newPassphraseShape = { passphrase: z.string(), confirmation: z.string() };

export function checkNewPassphrase(
  checker: PassphraseChecker | null,
  value: { passphrase: string; confirmation: string },
  personalInputs: string[],
  ctx: z.RefinementCtx,
): void {
  if (!checker) ctx.addIssue({ code: 'custom', path: ['passphrase'], message: 'security.checkerLoading' });
  else if (!checker.evaluate(value.passphrase, personalInputs).acceptable) ctx.addIssue({ code: 'custom', path: ['passphrase'], message: 'security.weak' });
  if (value.passphrase !== value.confirmation) ctx.addIssue({ code: 'custom', path: ['confirmation'], message: 'security.mismatch' });
}
