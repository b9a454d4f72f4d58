// What a demo worker did at the plant and what they bring: role, tenure, education, licences,
// languages, skills, and the preferences they stated at intake.
import { CONTRACT_TYPES, LICENCES, SHIFTS, type ContractType, type EducationLevel, type Licence, type Shift, type Track } from '../domain/vocabulary';
import type { EnrolledWorker, Worker } from '../domain/worker';
import type { AreaComune } from './data/places';
import { COMMON_SKILLS, PROTECTED_CATEGORY_NOTES, SHIFT_ACCEPTANCE, type PlantRole } from './data/plantRoles';
import type { Identity } from './person';
import type { Random, Weighted } from './random';

export type WorkProfile = Pick<
  EnrolledWorker,
  | 'formerRole'
  | 'department'
  | 'yearsAtPlant'
  | 'educationLevel'
  | 'licences'
  | 'languages'
  | 'skills'
  | 'commuteLimitKm'
  | 'preferredContracts'
  | 'refusedContracts'
  | 'acceptedShifts'
  | 'protectedCategory'
  | 'protectedCategoryNote'
>;

const GRADUATE_LEVELS: readonly EducationLevel[] = ['bachelor', 'master', 'doctorate'];
const MAX_YEARS_AT_PLANT = 45;

function drawEducation(random: Random, role: PlantRole, age: number): EducationLevel {
  const level = random.weighted(role.education);
  // Workers born before the 1960s school reform more often stopped at the licenza elementare.
  if (level === 'lower_secondary' && age >= 58 && random.chance(0.15)) return 'primary';
  return level;
}

/** Years at the plant up to its closure at the end of 2018, consistent with age and schooling. */
function drawYearsAtPlant(random: Random, identity: Identity, age: number, education: EducationLevel): number {
  const ageAtClosure = age - 1;
  const earliestHireAge = GRADUATE_LEVELS.includes(education) ? 24 : education === 'upper_secondary' ? 19 : 17;
  const lastHireAge = ageAtClosure - 1;
  const foreignArrival = identity.origin === 'foreign' ? random.normalInt(25, 5, 18, lastHireAge) : undefined;
  const hireFloor = Math.min(lastHireAge, Math.max(earliestHireAge, foreignArrival === undefined ? 0 : foreignArrival + 1));
  const hireAge = random.normalInt(hireFloor + 6, 7, hireFloor, lastHireAge);
  return Math.min(MAX_YEARS_AT_PLANT, Math.max(1, ageAtClosure - hireAge));
}

function byVocabularyOrder<T extends string>(values: Iterable<T>, order: readonly T[]): T[] {
  const wanted = new Set(values);
  return order.filter((value) => wanted.has(value));
}

function drawLicences(random: Random, role: PlantRole, identity: Identity): Licence[] {
  const licences = new Set<Licence>(random.subset(role.licences));
  if (random.chance(identity.origin === 'foreign' ? 0.82 : 0.96)) licences.add('patente_b');
  if (random.chance(0.04)) licences.add('patente_c');
  if (licences.has('patente_c')) {
    if (random.chance(0.35)) licences.add('patente_ce');
    if (random.chance(0.45)) licences.add('cqc');
    if (random.chance(0.1)) licences.add('adr');
  }
  if (random.chance(0.02)) licences.add('haccp');
  return byVocabularyOrder(licences, LICENCES);
}

function englishLevel(random: Random, education: EducationLevel): Worker['languages'][number] | undefined {
  if (GRADUATE_LEVELS.includes(education)) return random.chance(0.8) ? { language: 'Inglese', level: random.pick(['B1', 'B2', 'B2', 'C1'] as const) } : undefined;
  if (education === 'upper_secondary' || education === 'its' || education === 'ifts') return random.chance(0.35) ? { language: 'Inglese', level: random.pick(['A2', 'B1'] as const) } : undefined;
  return random.chance(0.08) ? { language: 'Inglese', level: random.pick(['A1', 'A2'] as const) } : undefined;
}

function drawLanguages(random: Random, identity: Identity, education: EducationLevel): Worker['languages'] {
  const languages: Worker['languages'] = [];
  const origin = identity.foreignOrigin;
  if (origin) {
    languages.push({ language: origin.nativeLanguage, level: 'native' });
    languages.push({ language: 'Italiano', level: random.weighted([['B1', 55], ['B2', 35], ['C1', 10]] as const) });
    const second = origin.secondLanguage;
    if (second && random.chance(second.share)) languages.push({ language: second.language, level: random.pick(['A2', 'B1', 'B2'] as const) });
  } else {
    languages.push({ language: 'Italiano', level: 'native' });
    if (random.chance(0.04)) languages.push({ language: 'Francese', level: random.pick(['A2', 'B1'] as const) });
  }
  const english = languages.some((skill) => skill.language === 'Inglese') ? undefined : englishLevel(random, education);
  if (english) languages.push(english);
  return languages;
}

function drawSkills(random: Random, role: PlantRole): string[] {
  const skills = new Set<string>(role.coreSkills);
  for (const skill of random.subset(role.optionalSkills)) skills.add(skill);
  for (const skill of random.subset(COMMON_SKILLS)) skills.add(skill);
  return [...skills].slice(0, 9);
}

const COMMUTE_LIMITS_KM: Weighted<number> = [[10, 1], [15, 2], [20, 4], [25, 4], [30, 6], [35, 3], [40, 4], [50, 3], [60, 2]];

/** Commute limit in km: without a car it stays short; nobody refuses the distance they already drove to the plant. */
function drawCommuteLimit(random: Random, licences: readonly Licence[], residence: AreaComune): number {
  if (!licences.includes('patente_b')) return random.pick([10, 15, 20]);
  const alreadyCommuted = Math.min(60, Math.ceil((residence.distanceKm + 3) / 5) * 5);
  return Math.max(random.weighted(COMMUTE_LIMITS_KM), alreadyCommuted);
}

function drawContracts(random: Random, primaryTrack: Track, age: number, role: PlantRole): { preferred: ContractType[]; refused: ContractType[] } {
  const officeLike = role.family === 'office' || role.family === 'technical';
  const preferred = new Set<ContractType>(
    random.subset<ContractType>([
      ['permanent', 0.92],
      ['fixed_term', age < 45 ? 0.6 : 0.4],
      ['apprenticeship', age < 30 ? 0.3 : 0.02],
      ['agency_fixed_term', 0.18],
      ['agency_permanent', 0.25],
      ['intermittent', 0.03],
      ['cococo', officeLike ? 0.1 : 0.01],
      ['self_employed_vat', primaryTrack === 'self_employment' ? 0.9 : 0.02],
      ['cooperative_member', 0.04],
      ['internship', primaryTrack === 'retraining' ? 0.2 : 0.03],
    ]),
  );
  if (preferred.size === 0) preferred.add('permanent');
  const refusable: Weighted<ContractType> = (
    [
      ['intermittent', 0.35], ['occasional', 0.3], ['agency_fixed_term', 0.2], ['internship', 0.25], ['cococo', 0.2],
      ['apprenticeship', 0.1], ['cooperative_member', 0.1], ['fixed_term', 0.05], ['self_employed_vat', 0.15],
    ] as const
  ).filter(([contract]) => !preferred.has(contract));
  return { preferred: byVocabularyOrder(preferred, CONTRACT_TYPES), refused: byVocabularyOrder(random.subset(refusable), CONTRACT_TYPES) };
}

function drawShifts(random: Random, role: PlantRole, age: number, excluded: readonly Shift[]): Shift[] {
  const accepted = new Set<Shift>(random.subset(SHIFT_ACCEPTANCE[role.family]));
  if (age >= 58 && random.chance(0.5)) accepted.delete('night');
  for (const shift of excluded) accepted.delete(shift);
  accepted.add('day');
  return byVocabularyOrder(accepted, SHIFTS);
}

export function drawWorkProfile(random: Random, role: PlantRole, identity: Identity, age: number, residence: AreaComune, primaryTrack: Track): WorkProfile {
  const educationLevel = drawEducation(random, role, age);
  const licences = drawLicences(random, role, identity);
  const protectedCategory = random.chance(age >= 50 ? 0.075 : 0.04);
  const protectedNote = protectedCategory ? random.pick(PROTECTED_CATEGORY_NOTES) : undefined;
  const contracts = drawContracts(random, primaryTrack, age, role);
  return {
    formerRole: identity.sex === 'F' ? role.femaleTitle : role.title,
    department: role.department,
    yearsAtPlant: drawYearsAtPlant(random, identity, age, educationLevel),
    educationLevel,
    licences,
    languages: drawLanguages(random, identity, educationLevel),
    skills: drawSkills(random, role),
    commuteLimitKm: drawCommuteLimit(random, licences, residence),
    preferredContracts: contracts.preferred,
    refusedContracts: contracts.refused,
    acceptedShifts: drawShifts(random, role, age, protectedNote?.excludedShifts ?? []),
    protectedCategory,
    protectedCategoryNote: protectedNote?.note ?? '',
  };
}
