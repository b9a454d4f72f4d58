// Who a demo worker is: sex, age, name, birthplace and contact details.
import type { Sex } from '../domain/vocabulary';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SOUTHERN_FEMALE_FIRST_NAMES, SOUTHERN_MALE_FIRST_NAMES, SOUTHERN_SURNAMES, TUSCAN_SURNAMES } from './data/italianNames';
import { FOREIGN_ORIGIN_WEIGHTS, FOREIGN_ORIGINS, type ForeignOrigin } from './data/foreignOrigins';
import { EMAIL_DOMAINS, LOCAL_BIRTHPLACE_WEIGHTS, MOBILE_PREFIXES, OTHER_ITALIAN_BIRTHPLACES, SOUTHERN_BIRTHPLACE_WEIGHTS, STREET_NAMES } from './data/places';
import { isoFromDayNumber, dayNumber } from './isoDates';
import type { Random } from './random';
import { foldCase } from '../text/fold';

export const MIN_AGE = 25;
export const MAX_AGE = 63;
const FOREIGN_BORN_SHARE = 0.08;

export type Origin = 'local' | 'southern' | 'other_italian' | 'foreign';

export interface Identity {
  surname: string;
  name: string;
  sex: Sex;
  birthDate: string;
  birthplaceCode: string;
  origin: Origin;
  /** Set for foreign-born workers. */
  foreignOrigin?: ForeignOrigin;
}

/**
 * Origin and age on 31 December of the year the programme is shown in. Ages bulge between 45 and 58 over a thin spread from 25 to 63;
 * foreign-born workers arrived in the 1990s–2000s and are younger; older Italians more often
 * moved up from the South.
 */
export function drawOriginAndAge(random: Random): { origin: Origin; age: number } {
  if (random.chance(FOREIGN_BORN_SHARE)) return { origin: 'foreign', age: random.normalInt(42, 7, 28, 58) };
  const age = random.chance(0.66) ? random.normalInt(51.5, 5.5, MIN_AGE, MAX_AGE) : random.int(MIN_AGE, MAX_AGE);
  const southernShare = age >= 50 ? 0.2 : age >= 40 ? 0.12 : 0.06;
  const origin: Origin = random.chance(0.04) ? 'other_italian' : random.chance(southernShare) ? 'southern' : 'local';
  return { origin, age };
}

function birthDateAtAge(random: Random, age: number, referenceYear: number): string {
  const year = referenceYear - age; // on 31 December everyone born in that year has turned `age`
  return isoFromDayNumber(random.int(dayNumber(`${year}-01-01`), dayNumber(`${year}-12-31`)));
}

function foreignOriginByCode(code: string): ForeignOrigin {
  const origin = FOREIGN_ORIGINS.find((candidate) => candidate.code === code);
  if (!origin) throw new Error(`no foreign origin ${code}`);
  return origin;
}

/** `age` is the age on 31 December of `referenceYear`. */
export function drawIdentity(random: Random, sex: Sex, age: number, origin: Origin, referenceYear: number): Identity {
  const birthDate = birthDateAtAge(random, age, referenceYear);
  if (origin === 'foreign') {
    const foreignOrigin = foreignOriginByCode(random.weighted(FOREIGN_ORIGIN_WEIGHTS));
    const name = random.pick(sex === 'M' ? foreignOrigin.maleNames : foreignOrigin.femaleNames);
    return { surname: random.pick(foreignOrigin.surnames), name, sex, birthDate, birthplaceCode: foreignOrigin.code, origin, foreignOrigin };
  }
  const southern = origin === 'southern';
  const commonNames: readonly string[] = sex === 'M' ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES;
  const southernNames: readonly string[] = sex === 'M' ? SOUTHERN_MALE_FIRST_NAMES : SOUTHERN_FEMALE_FIRST_NAMES;
  const name = southern && random.chance(0.4) ? random.pick(southernNames) : random.pick(commonNames);
  // Families from the South settled in the Valdarno: their children were born here.
  const southernSurname = southern ? random.chance(0.85) : random.chance(0.1);
  const surname = random.pick(southernSurname ? SOUTHERN_SURNAMES : TUSCAN_SURNAMES);
  const birthplaceCode =
    origin === 'southern' ? random.weighted(SOUTHERN_BIRTHPLACE_WEIGHTS) : origin === 'other_italian' ? random.pick(OTHER_ITALIAN_BIRTHPLACES) : random.weighted(LOCAL_BIRTHPLACE_WEIGHTS);
  return { surname, name, sex, birthDate, birthplaceCode, origin };
}

export function drawAddress(random: Random): string {
  return `${random.pick(STREET_NAMES)}, ${random.chance(0.7) ? random.int(1, 60) : random.int(61, 180)}`;
}

export function drawMobilePhone(random: Random): string {
  return `${random.pick(MOBILE_PREFIXES)} ${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
}

/** Letters a–z only: what an e-mail local part keeps of a name ("Degl'Innocenti" → "deglinnocenti"). */
export function emailSafe(text: string): string {
  return foldCase(text).replace(/[^a-z]/g, '');
}

/** Younger workers more often gave an e-mail address. */
export function drawEmail(random: Random, identity: Identity, age: number): string {
  const share = age < 40 ? 0.75 : age < 55 ? 0.5 : 0.25;
  if (!random.chance(share)) return '';
  const name = emailSafe(identity.name);
  const surname = emailSafe(identity.surname);
  const local = random.weighted<string>([
    [`${name}.${surname}`, 4],
    [`${name}${surname}`, 2],
    [`${name.charAt(0)}${surname}`, 2],
    [`${name}.${surname}${identity.birthDate.slice(2, 4)}`, 2],
    [`${surname}.${name}`, 1],
  ]);
  return `${local}@${random.weighted(EMAIL_DOMAINS)}`;
}
