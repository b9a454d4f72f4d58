// The enrolment code: the half of an enrolment that does not travel with the file. A `.pcoenrol`
// goes on a USB stick, and whoever copies it could otherwise announce their own keys as that
// laptop. The code is shown only on the coordinator's screen (read aloud or handed on paper) and
// typed on the joining laptop, which proves it knew the code with an HMAC over who it claims to be
// (programme, enrolment, device, counselor, signing key). The first bundle is signed by that same
// key, so the proof binds the rest of the bundle too, its age key included. The proof travels only
// inside bundles encrypted to the programme and the laptop itself, so it offers nothing to guess
// the code against offline.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToBase64, base64ToBytes } from '../crypto/encoding';
import { utf8Encode } from './bytes';
import { canonicalJson } from './enrolment';
import { ONE_TIME_CODE_ALPHABET, normaliseCode, randomCodeSymbols } from './recovery';

/** Random symbols before the check symbol: 19 × log2(30) ≈ 93 bits. */
const RANDOM_SYMBOLS = 19;
export const ENROLMENT_CODE_LENGTH = RANDOM_SYMBOLS + 1;
const GROUP = 5;
const N = ONE_TIME_CODE_ALPHABET.length;

/**
 * Luhn mod N over the code's symbols: catches every single mistyped symbol and most swaps of two
 * neighbours, so a typo is told on the laptop at once instead of as a refused bundle later.
 * `withCheck`: the symbols already end with their check symbol (sum must be 0).
 */
function luhnSum(symbols: string, withCheck: boolean): number {
  let sum = 0;
  let double = !withCheck;
  for (let i = symbols.length - 1; i >= 0; i--) {
    let value = ONE_TIME_CODE_ALPHABET.indexOf(symbols.charAt(i));
    if (double) {
      value *= 2;
      value = Math.floor(value / N) + (value % N);
    }
    sum += value;
    double = !double;
  }
  return sum % N;
}

const grouped = (symbols: string) => symbols.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? symbols;

/** `K7QDM-2XF9A-…`: 19 random symbols and a check symbol, in groups of 5. */
export function generateEnrolmentCode(): string {
  const symbols = randomCodeSymbols(RANDOM_SYMBOLS);
  const check = (N - luhnSum(symbols, false)) % N;
  return grouped(symbols + ONE_TIME_CODE_ALPHABET.charAt(check));
}

export type EnrolmentCodeProblem = 'length' | 'character' | 'checkSymbol';
export type EnrolmentCodeCheck = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly problem: EnrolmentCodeProblem };

/** A typed code in its canonical form, or what is wrong with it (case, spaces and dashes do not matter). */
export function checkEnrolmentCode(typed: string): EnrolmentCodeCheck {
  const symbols = normaliseCode(typed);
  if ([...symbols].some((symbol) => !ONE_TIME_CODE_ALPHABET.includes(symbol))) return { ok: false, problem: 'character' };
  if (symbols.length !== ENROLMENT_CODE_LENGTH) return { ok: false, problem: 'length' };
  if (luhnSum(symbols, true) !== 0) return { ok: false, problem: 'checkSymbol' };
  return { ok: true, code: grouped(symbols) };
}

/** Who a laptop's first bundle says it is: what the proof authenticates. */
export interface EnrolmentClaim {
  readonly programmeId: string;
  readonly enrolmentId: string;
  readonly deviceId: string;
  readonly counselorId: string;
  readonly signPublicKey: string;
}

const PROOF_PURPOSE = 'pco-enrolment-proof/v1';

function mac(code: string, claim: EnrolmentClaim): Uint8Array {
  const message = canonicalJson({ purpose: PROOF_PURPOSE, programmeId: claim.programmeId, enrolmentId: claim.enrolmentId, deviceId: claim.deviceId, counselorId: claim.counselorId, signPublicKey: claim.signPublicKey });
  return hmac(sha256, utf8Encode(normaliseCode(code)), utf8Encode(message));
}

/** HMAC-SHA-256 keyed by the code over the claim, base64. */
export function enrolmentProof(code: string, claim: EnrolmentClaim): string {
  return bytesToBase64(mac(code, claim));
}

/** Constant time in the proof's bytes; false for anything malformed. */
export function verifyEnrolmentProof(code: string, claim: EnrolmentClaim, proof: string): boolean {
  let given: Uint8Array;
  try {
    given = base64ToBytes(proof);
  } catch {
    return false;
  }
  const expected = mac(code, claim);
  if (given.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= (given[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}
