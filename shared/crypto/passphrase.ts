// Passphrase strength, judged with zxcvbn-ts (Italian + English dictionaries, common passwords,
// keyboard layouts). The dictionaries are megabytes, so they are loaded on demand with dynamic
// import(): a separate chunk in the web build, fetched only when someone sets a passphrase.
// Results are stable issue codes, never zxcvbn's English sentences: the UI translates the codes.
import type { TranslationKeys, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { foldCase } from '../text/fold';

/** The floor, in characters (Unicode code points after NFC, so "è" counts once however it was typed). */
export const PASSPHRASE_MIN_LENGTH = 12;
/** zxcvbn score 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

export type PassphraseScore = 0 | 1 | 2 | 3 | 4;

export type PassphraseIssue =
  | 'tooShort' // fewer than PASSPHRASE_MIN_LENGTH characters
  | 'tooWeak' // zxcvbn score below 3
  | 'common' // a top or common password, or close to one
  | 'personal' // contains the user's name, the programme's name or another personal input
  | 'singleWord' // a dictionary word on its own
  | 'names' // first names or surnames, which are in every guessing list
  | 'sequence' // abcd, 1234
  | 'repeat' // aaaa, abcabc
  | 'dates' // dates and recent years
  | 'keyboardPattern'; // qwerty, straight rows

export interface PassphraseEvaluation {
  readonly score: PassphraseScore;
  /** Length ≥ 12, score ≥ 3 and no personal input inside. */
  readonly acceptable: boolean;
  /** In a fixed order (most important first), without duplicates. */
  readonly issues: readonly PassphraseIssue[];
}

export interface PassphraseChecker {
  evaluate(passphrase: string, personalInputs: readonly string[]): PassphraseEvaluation;
}

const ISSUE_ORDER: readonly PassphraseIssue[] = ['tooShort', 'personal', 'common', 'tooWeak', 'singleWord', 'names', 'dates', 'sequence', 'repeat', 'keyboardPattern'];

type WarningKey = keyof TranslationKeys['warnings'];

// zxcvbn-ts returns its translation keys when no translations are given (its documented default,
// meant for apps with their own i18n). Exhaustive on purpose: a new warning in a zxcvbn-ts upgrade
// fails the type check here instead of being dropped silently.
const WARNING_ISSUES: Readonly<Record<WarningKey, PassphraseIssue>> = {
  straightRow: 'keyboardPattern',
  keyPattern: 'keyboardPattern',
  simpleRepeat: 'repeat',
  extendedRepeat: 'repeat',
  sequences: 'sequence',
  recentYears: 'dates',
  dates: 'dates',
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  wordByItself: 'singleWord',
  namesByThemselves: 'names',
  commonNames: 'names',
  userInputs: 'personal',
};

function issueForWarning(warning: string | null): PassphraseIssue | undefined {
  return warning !== null && Object.hasOwn(WARNING_ISSUES, warning) ? WARNING_ISSUES[warning as WarningKey] : undefined;
}

export function passphraseLength(passphrase: string): number {
  return [...passphrase.normalize('NFC')].length;
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

function personalTokens(personalInputs: readonly string[]): string[] {
  return personalInputs.flatMap((input) => foldCase(input).split(NON_WORD)).filter((token) => token.length >= 3);
}

/**
 * Tokens of 4+ characters count anywhere ("mariabandini!"); 3-letter ones ("Eva", "PCO") only
 * as whole words, or "eva" would be found in "sollevare" and confuse the user.
 */
function containsPersonal(passphrase: string, tokens: readonly string[]): boolean {
  const folded = foldCase(passphrase);
  const words = new Set(folded.split(NON_WORD));
  return tokens.some((token) => (token.length >= 4 ? folded.includes(token) : words.has(token)));
}

export function evaluateWith(zxcvbn: Pick<ZxcvbnFactory, 'check'>, passphrase: string, personalInputs: readonly string[]): PassphraseEvaluation {
  const tokens = personalTokens(personalInputs);
  const result = zxcvbn.check(passphrase, [...personalInputs, ...tokens]);
  const found = new Set<PassphraseIssue>();
  const tooShort = passphraseLength(passphrase) < PASSPHRASE_MIN_LENGTH;
  const personal = containsPersonal(passphrase, tokens);
  if (tooShort) found.add('tooShort');
  if (personal) found.add('personal');
  if (result.score < MIN_SCORE) found.add('tooWeak');
  const fromWarning = issueForWarning(result.feedback.warning);
  if (fromWarning) found.add(fromWarning);
  return {
    score: result.score,
    acceptable: !tooShort && !personal && result.score >= MIN_SCORE,
    issues: ISSUE_ORDER.filter((issue) => found.has(issue)),
  };
}

async function createChecker(): Promise<PassphraseChecker> {
  const [core, common, italian, english] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-it'),
    import('@zxcvbn-ts/language-en'),
  ]);
  const zxcvbn = new core.ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    // Keys do not collide: language-it 3.x names its lists plainly, language-en 4.x suffixes "-en".
    dictionary: { ...common.dictionary, ...italian.dictionary, ...english.dictionary },
    // Levenshtein matching stays off: against these dictionaries it took 0.3–1.9 s per check in
    // Node (measured), far too slow for a meter that updates as the user types; l33t and
    // dictionary matching already catch "Passw0rd1"-style variants.
    useLevenshteinDistance: false,
  });
  return { evaluate: (passphrase, personalInputs) => evaluateWith(zxcvbn, passphrase, personalInputs) };
}

let loading: Promise<PassphraseChecker> | undefined;

/** Loads the dictionaries once (≈ 7 MB of JS unpacked); a failed load (offline chunk error) can be retried. */
export function loadPassphraseChecker(): Promise<PassphraseChecker> {
  loading ??= createChecker().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
