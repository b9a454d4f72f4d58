// The demo workers: identity, profile and journey put together into valid worker files; in a demo
// that holds the whole HR list, those who have not joined (hrList.ts) kept apart.
import { computeCodiceFiscale, validateCodiceFiscale } from '../validation/codiceFiscale';
import type { Sex } from '../domain/vocabulary';
import type { EnrolledWorker } from '../domain/worker';
import type { DemoCalendar } from './calendar';
import { drawJoining, lateJoinerFile, notJoinedFile, type HrFileDraft } from './hrList';
import { AREA_COMUNI, RESIDENCE_WEIGHTS, type AreaComune } from './data/places';
import { PLANT_ROLES } from './data/plantRoles';
import { drawEnrolmentDate, drawJourney, drawTracks } from './journey';
import { drawAddress, drawEmail, drawIdentity, drawMobilePhone, drawOriginAndAge, type Identity, type Origin } from './person';
import { drawWorkProfile } from './profile';
import { drawProfiling } from './profiling';
import type { Random } from './random';
import type { DemoFile, DemoWorker } from './types';
import { uuidV7OnDate } from './uuid';

const MAX_IDENTITY_ATTEMPTS = 1000;
const ROLE_WEIGHTS = PLANT_ROLES.map((role) => [role, role.headcountWeight] as const);

function residenceComune(code: string): AreaComune {
  const comune = AREA_COMUNI.find((candidate) => candidate.code === code);
  if (!comune) throw new Error(`comune ${code} is not in the demo area`);
  return comune;
}

/**
 * A person whose codice fiscale nobody else in the programme has. Two people can share one
 * (same consonants, birth day and comune); the Agenzia would then issue an omocodia variant, but
 * demo data stays simpler with a different person instead.
 */
function drawUniqueIdentity(random: Random, sex: Sex, age: number, origin: Origin, usedCodes: Set<string>, referenceYear: number): { identity: Identity; codiceFiscale: string } {
  for (let attempt = 0; attempt < MAX_IDENTITY_ATTEMPTS; attempt += 1) {
    const identity = drawIdentity(random, sex, age, origin, referenceYear);
    const codiceFiscale = computeCodiceFiscale(identity);
    const checked = validateCodiceFiscale(codiceFiscale, { referenceYear });
    if (!checked.ok) throw new Error(`computed an invalid codice fiscale for ${identity.surname} ${identity.name}: ${checked.error}`);
    if (usedCodes.has(checked.value.canonical)) continue;
    usedCodes.add(checked.value.canonical);
    return { identity, codiceFiscale };
  }
  throw new Error('could not find an unused codice fiscale');
}

/** Caseloads as even as possible, in random order. */
function assignCounselors(random: Random, count: number, counselorIds: readonly string[]): string[] {
  if (counselorIds.length === 0) throw new Error('at least one counselor is needed');
  return random.shuffle(Array.from({ length: count }, (_, index) => counselorIds[index % counselorIds.length] as string));
}

type Draft = ({ participant: true } & Omit<DemoWorker, 'id'>) | ({ participant: false } & HrFileDraft);

/**
 * `joining` draws who joined, only when the calendar's demo holds the whole HR list; `profiling`
 * draws each worker's profiling band (kept only by those who joined).
 */
export function generateWorkers(random: Random, count: number, counselorIds: readonly string[], calendar: DemoCalendar, joining: Random, profiling: Random): { workers: DemoWorker[]; nonParticipants: DemoFile[] } {
  const usedCodes = new Set<string>();
  const referenceYear = Number(calendar.anchor.slice(0, 4));
  const caseloads = assignCounselors(random, count, counselorIds);
  const drafts: Draft[] = [];
  for (const counselorId of caseloads) {
    const role = random.weighted(ROLE_WEIGHTS);
    const sex: Sex = random.chance(role.femaleShare) ? 'F' : 'M';
    const { origin, age } = drawOriginAndAge(random);
    const { identity, codiceFiscale } = drawUniqueIdentity(random, sex, age, origin, usedCodes, referenceYear);
    const residence = residenceComune(random.weighted(RESIDENCE_WEIGHTS));
    const enrolmentDate = drawEnrolmentDate(random, calendar);
    const { primaryTrack, secondaryTracks } = drawTracks(random, role.family);
    const profile = drawWorkProfile(random, role, identity, age, residence, primaryTrack);
    const journey = drawJourney(random, calendar, { enrolmentDate, primaryTrack, family: role.family, age, yearsAtPlant: profile.yearsAtPlant ?? 0 });
    const worker: EnrolledWorker = {
      surname: identity.surname,
      name: identity.name,
      codiceFiscale,
      birthDate: identity.birthDate,
      sex,
      birthplaceCode: identity.birthplaceCode,
      residenceCode: residence.code,
      address: drawAddress(random),
      phone: random.chance(0.95) ? drawMobilePhone(random) : '',
      email: drawEmail(random, identity, age),
      enrolmentDate,
      privacyConsentDate: enrolmentDate,
      cigsPeriods: journey.cigsPeriods,
      primaryTrack,
      secondaryTracks,
      status: journey.status,
      exitReason: journey.exitReason,
      counselorId,
      ...profile,
      ...drawProfiling(profiling, age, profile.educationLevel, enrolmentDate),
      availableFrom: journey.availableFrom,
    };
    const joined = drawJoining(joining, calendar, age, worker.status);
    if (joined === 'joined') drafts.push({ participant: true, createdOn: enrolmentDate, worker, statusHistory: journey.statusHistory, consent: { occurredOn: enrolmentDate, given: true } });
    else drafts.push({ participant: false, ...(joined === 'notJoined' ? notJoinedFile(calendar, worker, journey.statusHistory) : lateJoinerFile(joining, calendar, worker)) });
  }
  // Files in the order they were opened; each id carries its creation day.
  drafts.sort((a, b) => (a.createdOn < b.createdOn ? -1 : a.createdOn > b.createdOn ? 1 : 0));
  const workers: DemoWorker[] = [];
  const nonParticipants: DemoFile[] = [];
  for (const draft of drafts) {
    const id = uuidV7OnDate(draft.createdOn, random);
    const { createdOn, statusHistory } = draft;
    if (draft.participant) workers.push({ id, createdOn, worker: draft.worker, statusHistory, consent: draft.consent });
    else nonParticipants.push({ id, createdOn, worker: draft.worker, statusHistory });
  }
  return { workers, nonParticipants };
}
