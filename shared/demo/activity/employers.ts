// Demo activity with employers: about 190 job offers from the demo's employers (the real
// programme collected 193 by July 2019), contacts logged before and around each offer, and the
// hiring incentives open to each employer. States are as they stand on the anchor day. Pure and seeded.
import type { z } from 'zod';
import type { Offer } from '../../domain/offer';
import type { employerContactSchema } from '../../domain/events';
import type { CONTACT_CHANNELS, Incentive } from '../../domain/vocabulary';
import { calendarOf } from '../calendar';
import { addDays, dayNumber, earlierOf, isoFromDayNumber, laterOf, randomDateBetween } from '../isoDates';
import { Random } from '../random';
import { DAY_MS } from '../../time/days';
import type { DemoEmployer, DemoProgramme } from '../types';
import { uuidV7OnDate } from '../uuid';
import { CONTACT_NOTES, CONTACT_OUTCOMES, contractsFor, FALLBACK_ROLES, OFFER_DESCRIPTIONS, ROLES_BY_DIVISION, type RoleTemplate } from './employersRoles';

export interface DemoOffer {
  id: string;
  /** The counselor who collected the offer (the one who follows its employer). */
  counselorId: string;
  offer: Offer;
}

export interface DemoEmployerContact {
  id: string;
  employerId: string;
  /** The counselor who made the contact. */
  counselorId: string;
  occurredOn: string;
  payload: z.output<typeof employerContactSchema>;
}

export interface EmployersDemo {
  offers: DemoOffer[];
  contacts: DemoEmployerContact[];
  /** Incentives open to each employer (the demo employers are generated without them). */
  incentives: { employerId: string; incentives: Incentive[] }[];
}

type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** 193 offers from about 40 employers: a little under five each. */
const OFFERS_PER_EMPLOYER = 4.8;
/** The first employers were met two weeks after the closure. */
const PROGRAMME_START = '2019-01-14';

/** The day encoded in a UUIDv7 (the demo employers' ids carry the day they were first met). */
function dayOfId(id: string): string {
  const millis = Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
  return isoFromDayNumber(Math.floor(millis / DAY_MS));
}

interface OfferWindow {
  /** The anchor day: offers are in the state they are in on it. */
  anchor: string;
  start: string;
  lastOfferDay: string;
}

function firstMetOf(employer: DemoEmployer, window: OfferWindow): string {
  return laterOf(window.start, earlierOf(dayOfId(employer.id), window.lastOfferDay));
}

function division(employer: DemoEmployer): string {
  return employer.employer.ateco.code.slice(0, 2);
}

function incentivesFor(random: Random, employer: DemoEmployer): Incentive[] {
  // Every employer of the area gets the company's €10,000 for hiring a worker of the plant.
  const chosen: Incentive[] = ['company_third_party'];
  if (random.chance(0.55)) chosen.push('relocation_agreement_exemption');
  if (random.chance(0.3)) chosen.push('over50_women');
  if (random.chance(0.12)) chosen.push('disability');
  if (random.chance(0.25) && division(employer) !== '78') chosen.push('regional_grant');
  return chosen;
}

/** As of the anchor day: recent offers are mostly open, older ones filled or closed. */
function stateOn(random: Random, receivedOn: string, anchor: string): Offer['state'] {
  const age = dayNumber(anchor) - dayNumber(receivedOn);
  const openChance = age <= 60 ? 0.75 : age <= 120 ? 0.3 : 0.03;
  if (random.chance(openChance)) return 'open';
  return random.chance(0.42) ? 'filled' : 'closed';
}

function offerFrom(random: Random, employer: DemoEmployer, template: RoleTemplate, receivedOn: string, anchor: string): Offer {
  const contractType = random.weighted(contractsFor(division(employer)));
  const fixedTerm = contractType === 'fixed_term' || contractType === 'agency_fixed_term';
  const partTime = template.partTimeChance !== undefined && random.chance(template.partTimeChance);
  const partTimePercent = partTime ? random.pick([50, 60, 75]) : undefined;
  const state = stateOn(random, receivedOn, anchor);
  // An offer still open carries a deadline after the anchor day, or none.
  const deadline = random.chance(0.7) ? addDays(receivedOn, random.int(21, 90)) : undefined;
  return {
    employerId: '',
    role: template.role,
    description: random.pick(OFFER_DESCRIPTIONS),
    positions: random.weighted([[1, 60], [2, 25], [3, 10], [5, 5]] as const),
    comuneCode: employer.employer.comuneCode,
    contractType,
    fixedTermMonths: fixedTerm ? random.weighted([[6, 30], [12, 55], [24, 15]] as const) : undefined,
    partTimePercent,
    hoursPerWeek: partTimePercent ? (40 * partTimePercent) / 100 : 40,
    shifts: [...template.shifts],
    hard: { licences: [...template.licences], minEducation: template.minEducation, requiredSkills: [...template.required] },
    soft: {
      preferredSkills: random.subset(template.preferred),
      minYearsInRole: template.minYears !== undefined && random.chance(0.7) ? template.minYears : undefined,
    },
    deadline: state === 'open' && deadline !== undefined && deadline < anchor ? undefined : deadline,
    source: random.weighted([['employer_contact', 60], ['job_centre', 12], ['agency', 10], ['web', 12], ['other', 6]] as const),
    receivedOn,
    state,
  };
}

function contact(random: Random, employerId: string, counselorId: string, occurredOn: string, channel: ContactChannel): DemoEmployerContact {
  return {
    id: uuidV7OnDate(occurredOn, random),
    employerId,
    counselorId,
    occurredOn,
    payload: { kind: 'employer.contactLogged', channel, outcome: random.pick(CONTACT_OUTCOMES[channel]), note: random.pick(CONTACT_NOTES) },
  };
}

export function generateEmployers(demo: DemoProgramme, seed: number): EmployersDemo {
  const root = new Random(seed, 'pco-demo-employers');
  const counselors = demo.counselors.filter((c) => c.role === 'counselor').map((c) => c.id);
  const fallbackCounselor = demo.counselors[0]?.id ?? '';
  const employers = demo.employers;
  if (employers.length === 0) return { offers: [], contacts: [], incentives: [] };
  const calendar = calendarOf(demo);
  const window: OfferWindow = { anchor: calendar.anchor, start: calendar.afterClosure(PROGRAMME_START), lastOfferDay: calendar.lastOfferDay };

  // Agencies and metalworking firms post more offers, and employers met early in the year had
  // longer to post them; every employer posts at least one.
  const lastDay = dayNumber(window.lastOfferDay);
  const weights = employers.map((e) => {
    const sector = division(e) === '78' ? 3 : ['24', '25', '28', '49', '52'].includes(division(e)) ? 1.6 : 1;
    const remaining = Math.max(0, lastDay - dayNumber(firstMetOf(e, window))) / (lastDay - dayNumber(window.start));
    return [e, sector * (0.05 + remaining * remaining)] as const;
  });
  const perEmployer = new Map<string, number>(employers.map((e) => [e.id, 1]));
  const total = Math.round(employers.length * OFFERS_PER_EMPLOYER);
  const allocation = root.fork('allocation');
  for (let i = employers.length; i < total; i += 1) {
    const chosen = allocation.weighted(weights);
    perEmployer.set(chosen.id, (perEmployer.get(chosen.id) ?? 0) + 1);
  }

  const offers: DemoOffer[] = [];
  const contacts: DemoEmployerContact[] = [];
  const incentives: EmployersDemo['incentives'] = [];
  for (const employer of employers) {
    const random = root.fork(employer.id);
    const counselorId = counselors.length > 0 ? random.pick(counselors) : fallbackCounselor;
    const firstMet = firstMetOf(employer, window);
    incentives.push({ employerId: employer.id, incentives: incentivesFor(random, employer) });
    contacts.push(contact(random, employer.id, counselorId, firstMet, random.chance(0.7) ? 'call' : 'visit'));
    const templates = ROLES_BY_DIVISION[division(employer)] ?? FALLBACK_ROLES;
    for (let n = 0; n < (perEmployer.get(employer.id) ?? 0); n += 1) {
      // Most offers came in the first months of contact (193 by July in the real programme).
      const receivedOn = earlierOf(randomDateBetween(random, firstMet, window.lastOfferDay), randomDateBetween(random, firstMet, window.lastOfferDay));
      const offer = { ...offerFrom(random, employer, random.pick(templates), receivedOn, window.anchor), employerId: employer.id };
      offers.push({ id: uuidV7OnDate(receivedOn, random), counselorId, offer });
      // The offer usually arrives by email after a call; a visit often follows to meet the candidates.
      contacts.push(contact(random, employer.id, counselorId, receivedOn, random.chance(0.6) ? 'email' : 'call'));
      const followUp = addDays(receivedOn, random.int(7, 30));
      if (random.chance(0.5) && followUp <= window.anchor) contacts.push(contact(random, employer.id, counselorId, followUp, random.chance(0.5) ? 'visit' : 'call'));
    }
  }
  offers.sort((a, b) => a.offer.receivedOn.localeCompare(b.offer.receivedOn) || a.id.localeCompare(b.id));
  contacts.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id.localeCompare(b.id));
  return { offers, contacts, incentives };
}
