// Validation of the Italian codice fiscale of a person (DM 23/12/1976), with decoding of what it
// encodes and a comparison against what the counselor typed.
//
// Layout (1-based): 1-3 surname, 4-6 name, 7-8 year, 9 month letter, 10-11 day (+40 for women),
// 12-15 Belfiore code of the birthplace, 16 check character. When two people would get the same
// code, the Agenzia delle Entrate replaces digits with letters (omocodia) in positions
// 15, 14, 13, 11, 10, 8, 7: each variant is the same person.
import { placeByCode, type Place } from '../geo/comuni';
import { foldAccents } from '../text/fold';

export type CodiceFiscaleError = 'empty' | 'length' | 'format' | 'checkChar' | 'month' | 'day' | 'date' | 'birthplace';
export type Sex = 'M' | 'F';

export interface CodiceFiscaleInfo {
  /** As entered, trimmed, without spaces, upper case. */
  normalized: string;
  /** The same person's code with every omocodia letter turned back into its digit. */
  canonical: string;
  omocodic: boolean;
  /** `YYYY-MM-DD`; the century is inferred (see `validateCodiceFiscale`). */
  birthDate: string;
  sex: Sex;
  birthplaceCode: string;
  birthplace: Place | undefined;
  surnameCode: string;
  nameCode: string;
}

export type CodiceFiscaleResult = { ok: true; value: CodiceFiscaleInfo } | { ok: false; error: CodiceFiscaleError };

export interface CodiceFiscaleOptions {
  /** Year the person's age is measured against; defaults to the current year. */
  referenceYear?: number;
}

/** Zero-based indexes of the positions that hold digits (or their omocodia letters). */
const NUMERIC_POSITIONS = [6, 7, 9, 10, 12, 13, 14] as const;
/** Omocodia letter for each digit 0-9. */
const OMOCODIA_LETTERS = 'LMNPQRSTUV';
/** Month letters, January to December. */
const MONTH_LETTERS = 'ABCDEHLMPRST';
const FORMAT = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

// Check character tables: characters in odd positions (1st, 3rd, ...) weigh by this table,
// indexed by digit value or letter index (digits and A-J share values); even positions weigh
// their own value (0-9, A=0 ... Z=25).
const ODD_WEIGHTS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

function characterValue(character: string): number {
  const code = character.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : code - 65;
}

/** Check character for the first 15 characters (upper case, digits or letters). */
export function computeCheckCharacter(first15: string): string {
  let sum = 0;
  for (let position = 0; position < 15; position++) {
    const value = characterValue(first15.charAt(position));
    sum += position % 2 === 0 ? (ODD_WEIGHTS[value] ?? 0) : value;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Trims, drops inner spaces and upper-cases what was typed or pasted. */
export function normalizeCodiceFiscale(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** Replaces omocodia letters in the numeric positions with their digits (no check character). */
function decodeOmocodia(code: string): string {
  const characters = code.split('');
  for (const position of NUMERIC_POSITIONS) {
    const digit = OMOCODIA_LETTERS.indexOf(characters[position] ?? '');
    if (digit >= 0) characters[position] = String(digit);
  }
  return characters.join('');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The code only carries two year digits: take the most recent year with those digits that is
 * not after `referenceYear`, which puts the person between 0 and 99 years old — within the
 * 0-120 window, and the only reading when two centuries would both fit (a 15 or 115 year old).
 */
function resolveYear(twoDigitYear: number, referenceYear: number): number {
  return referenceYear - ((((referenceYear - twoDigitYear) % 100) + 100) % 100);
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/**
 * Validates a person's codice fiscale and decodes it. Errors are reported in the order
 * empty, length, format, checkChar, month, day, date, birthplace; they are i18n keys `cf.<error>`.
 */
export function validateCodiceFiscale(input: string, options: CodiceFiscaleOptions = {}): CodiceFiscaleResult {
  const normalized = normalizeCodiceFiscale(input);
  if (normalized === '') return { ok: false, error: 'empty' };
  if (normalized.length !== 16) return { ok: false, error: 'length' };
  // Any letter is accepted in the month position here so that a wrong month letter gets its own,
  // clearer error after the check character has ruled out a typo elsewhere.
  if (!FORMAT.test(normalized)) return { ok: false, error: 'format' };
  if (computeCheckCharacter(normalized) !== normalized.charAt(15)) return { ok: false, error: 'checkChar' };

  const decoded = decodeOmocodia(normalized);
  const month = MONTH_LETTERS.indexOf(decoded.charAt(8)) + 1;
  if (month === 0) return { ok: false, error: 'month' };
  const encodedDay = Number(decoded.slice(9, 11));
  const sex: Sex = encodedDay > 40 ? 'F' : 'M';
  const day = sex === 'F' ? encodedDay - 40 : encodedDay;
  if (day < 1 || day > 31) return { ok: false, error: 'day' };
  const year = resolveYear(Number(decoded.slice(6, 8)), options.referenceYear ?? new Date().getFullYear());
  if (day > daysInMonth(year, month)) return { ok: false, error: 'date' };
  const birthplaceCode = decoded.slice(11, 15);
  const birthplace = placeByCode(birthplaceCode);
  if (!birthplace) return { ok: false, error: 'birthplace' };

  const canonicalBody = decoded.slice(0, 15);
  return {
    ok: true,
    value: {
      normalized,
      canonical: canonicalBody + computeCheckCharacter(canonicalBody),
      omocodic: decoded !== normalized,
      birthDate: `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`,
      sex,
      birthplaceCode,
      birthplace,
      surnameCode: normalized.slice(0, 3),
      nameCode: normalized.slice(3, 6),
    },
  };
}

/** True when both codes are valid and belong to the same person (equal or omocodic variants). */
export function sameCodiceFiscalePerson(a: string, b: string): boolean {
  const first = validateCodiceFiscale(a);
  const second = validateCodiceFiscale(b);
  return first.ok && second.ok && first.value.canonical === second.value.canonical;
}

/**
 * Every other spelling of the same person's code: the 127 combinations of omocodia letters in
 * the seven numeric positions, each with its check character. Empty for an invalid code.
 */
export function omocodicVariants(cf: string): string[] {
  const result = validateCodiceFiscale(cf);
  if (!result.ok) return [];
  const canonical = result.value.canonical;
  const variants: string[] = [];
  for (let mask = 1; mask < 1 << NUMERIC_POSITIONS.length; mask++) {
    const characters = canonical.slice(0, 15).split('');
    NUMERIC_POSITIONS.forEach((position, bit) => {
      if (mask & (1 << bit)) characters[position] = OMOCODIA_LETTERS.charAt(Number(characters[position]));
    });
    const body = characters.join('');
    variants.push(body + computeCheckCharacter(body));
  }
  return variants;
}

// ---------------------------------------------------------------------------------------------
// Surname and name codes, and the comparison with typed data.

// Upper-case letters NFD does not decompose, spelled as they are usually transliterated
// (ß and dotless ı already become SS and I when upper-cased).
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { Ø: 'O', Ł: 'L', Đ: 'D', Ð: 'D', Æ: 'AE', Œ: 'OE', Þ: 'TH' };
const VOWELS = 'AEIOU';

/** Upper-case A-Z letters only: accents removed; spaces, apostrophes and hyphens dropped. */
function lettersOf(text: string): string {
  return foldAccents(text.toUpperCase().replace(/[ØŁĐÐÆŒÞ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)).replace(/[^A-Z]/g, '');
}

function splitLetters(text: string): { consonants: string; vowels: string } {
  const letters = lettersOf(text);
  let consonants = '';
  let vowels = '';
  for (const letter of letters) {
    if (VOWELS.includes(letter)) vowels += letter;
    else consonants += letter;
  }
  return { consonants, vowels };
}

/** Three letters for a surname: its consonants, then its vowels, then X as needed. */
export function surnameCode(surname: string): string {
  const { consonants, vowels } = splitLetters(surname);
  return (consonants + vowels + 'XXX').slice(0, 3);
}

/** Three letters for a given name: as a surname, except 1st, 3rd and 4th consonant when 4 or more. */
export function nameCode(name: string): string {
  const { consonants, vowels } = splitLetters(name);
  if (consonants.length >= 4) return `${consonants.charAt(0)}${consonants.charAt(2)}${consonants.charAt(3)}`;
  return (consonants + vowels + 'XXX').slice(0, 3);
}

export interface PersonData {
  surname: string;
  name: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: Sex;
  /** Belfiore code of the birth comune or foreign country. */
  birthplaceCode: string;
}

/** The canonical (non-omocodic) code for a person's data. Throws on a malformed date or Belfiore code. */
export function computeCodiceFiscale(person: PersonData): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(person.birthDate);
  const month = date ? Number(date[2]) : 0;
  const day = date ? Number(date[3]) : 0;
  if (!date || month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(date[1]), month)) {
    throw new RangeError(`Not a calendar date: ${person.birthDate}`);
  }
  const birthplaceCode = person.birthplaceCode.trim().toUpperCase();
  if (!/^[A-Z]\d{3}$/.test(birthplaceCode)) throw new RangeError(`Not a Belfiore code: ${person.birthplaceCode}`);
  const body =
    surnameCode(person.surname) +
    nameCode(person.name) +
    (date[1] ?? '').slice(2) +
    MONTH_LETTERS.charAt(month - 1) +
    pad2(person.sex === 'F' ? day + 40 : day) +
    birthplaceCode;
  return body + computeCheckCharacter(body);
}

export type Mismatch = 'surname' | 'name' | 'birthDate' | 'sex' | 'birthplace';

/** What the counselor typed; only non-empty fields are compared. */
export type EnteredPersonData = Partial<PersonData>;

/**
 * Fields of the typed data that disagree with what a valid code encodes. The birth year is
 * compared on its last two digits only: the century in `info.birthDate` is an inference.
 */
export function codiceFiscaleMismatches(info: CodiceFiscaleInfo, entered: EnteredPersonData): Mismatch[] {
  const mismatches: Mismatch[] = [];
  if (entered.surname?.trim() && surnameCode(entered.surname) !== info.surnameCode) mismatches.push('surname');
  if (entered.name?.trim() && nameCode(entered.name) !== info.nameCode) mismatches.push('name');
  if (entered.birthDate?.trim() && entered.birthDate.trim().slice(2) !== info.birthDate.slice(2)) mismatches.push('birthDate');
  if (entered.sex && entered.sex !== info.sex) mismatches.push('sex');
  if (entered.birthplaceCode?.trim() && entered.birthplaceCode.trim().toUpperCase() !== info.birthplaceCode) {
    mismatches.push('birthplace');
  }
  return mismatches;
}
