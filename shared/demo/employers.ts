// Employers of the area that the counselors contacted during the programme: invented names, real sectors and comuni.
import type { Employer } from '../domain/employer';
import type { DemoCalendar } from './calendar';
import { computePartitaIvaCheckDigit } from '../validation/partitaIva';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, TUSCAN_SURNAMES } from './data/italianNames';
import { AREA_CODE_BY_COMUNE, EMPLOYER_SECTORS, FAMILY_FIRM_PATTERNS, LEGAL_FORMS, NAME_PLACES, PARTITA_IVA_OFFICE, type EmployerSector } from './data/employerSectors';
import { AREA_COMUNI, EMPLOYER_COMUNE_WEIGHTS, INDUSTRIAL_STREET_NAMES, type AreaComune } from './data/places';
import { randomDateBetween } from './isoDates';
import { emailSafe } from './person';
import type { Random } from './random';
import type { DemoEmployer } from './types';
import { uuidV7OnDate } from './uuid';

/** In 2019: the first contacts two weeks after the closure, the last a month before the end of the year. */
const FIRST_CONTACT = '2019-01-14';
const LAST_CONTACT = '2019-11-29';
const BASE_EMPLOYERS = 40;
const BASE_WORKERS = 300;
const MAX_NAME_ATTEMPTS = 1000;

/** About 40 employers for 300 workers, growing with the square root of the caseload. */
export function employerCount(workerCount: number): number {
  return Math.max(1, Math.round(BASE_EMPLOYERS * Math.sqrt(workerCount / BASE_WORKERS)));
}

function areaComune(code: string): AreaComune {
  const comune = AREA_COMUNI.find((candidate) => candidate.code === code);
  if (!comune) throw new Error(`comune ${code} is not in the demo area`);
  return comune;
}

/** An invented company name: its body ("Meccanica Valdarno") and its legal form ("S.r.l."). */
function drawLegalName(random: Random, sector: EmployerSector): { body: string; form: string } {
  const stem = random.pick(sector.nameStems);
  const form = random.weighted(LEGAL_FORMS);
  // Cooperatives are not family firms.
  if (form === 'Soc. Coop.' || random.chance(0.65)) return { body: `${stem} ${random.pick(NAME_PLACES)}`, form };
  const pattern = random.pick(FAMILY_FIRM_PATTERNS);
  return { body: pattern.replace('{family}', random.pick(TUSCAN_SURNAMES)).replace('{stem}', stem), form };
}

/** Seven-digit company number, the province's office code, and the check digit. */
function drawPartitaIva(random: Random, province: AreaComune['province']): string {
  const first10 = `${String(random.int(100_000, 6_999_999)).padStart(7, '0')}${PARTITA_IVA_OFFICE[province]}`;
  return `${first10}${computePartitaIvaCheckDigit(first10)}`;
}

function drawLandline(random: Random, comuneCode: string): string {
  const areaCode = AREA_CODE_BY_COMUNE[comuneCode] ?? '055';
  const digits = areaCode === '055' ? 7 : 6;
  return `${areaCode} ${String(random.int(10 ** (digits - 1), 10 ** digits - 1))}`;
}

function drawEmail(random: Random, nameBody: string): string {
  const domain = emailSafe(nameBody.replace('&', 'e'));
  return `${random.weighted([['info', 5], ['amministrazione', 2], ['personale', 2], ['selezione', 1]] as const)}@${domain}.it`;
}

function drawContactName(random: Random): string {
  const firstName = random.chance(0.55) ? random.pick(MALE_FIRST_NAMES) : random.pick(FEMALE_FIRST_NAMES);
  return `${firstName} ${random.pick(TUSCAN_SURNAMES)}`;
}

export function generateEmployers(random: Random, workerCount: number, calendar: DemoCalendar): DemoEmployer[] {
  const firstContact = calendar.afterClosure(FIRST_CONTACT);
  const lastContact = calendar.nearAnchor(LAST_CONTACT);
  const names = new Set<string>();
  const partiteIva = new Set<string>();
  const sectorWeights = EMPLOYER_SECTORS.map((sector) => [sector, sector.weight] as const);
  const drafts: { createdOn: string; employer: Employer }[] = [];
  for (let i = 0; i < employerCount(workerCount); i += 1) {
    const sector = random.weighted(sectorWeights);
    let name = drawLegalName(random, sector);
    for (let attempt = 0; names.has(`${name.body} ${name.form}`); attempt += 1) {
      if (attempt >= MAX_NAME_ATTEMPTS) throw new Error('ran out of employer names');
      name = drawLegalName(random, sector);
    }
    const legalName = `${name.body} ${name.form}`;
    names.add(legalName);
    const comuneCode = sector.comuni && random.chance(0.7) ? random.pick(sector.comuni) : random.weighted(EMPLOYER_COMUNE_WEIGHTS);
    const province = areaComune(comuneCode).province;
    let partitaIva = drawPartitaIva(random, province);
    while (partiteIva.has(partitaIva)) partitaIva = drawPartitaIva(random, province);
    partiteIva.add(partitaIva);
    drafts.push({
      createdOn: randomDateBetween(random, firstContact, lastContact),
      employer: {
        legalName,
        partitaIva,
        ateco: { ...sector.ateco, version: '2007' },
        comuneCode,
        address: `${random.pick(INDUSTRIAL_STREET_NAMES)}, ${random.int(1, 80)}`,
        contactName: random.chance(0.7) ? drawContactName(random) : '',
        phone: random.chance(0.85) ? drawLandline(random, comuneCode) : '',
        email: random.chance(0.6) ? drawEmail(random, name.body) : '',
      },
    });
  }
  // In the order the counselors met them; ids carry that day.
  drafts.sort((a, b) => (a.createdOn < b.createdOn ? -1 : a.createdOn > b.createdOn ? 1 : 0));
  return drafts.map(({ createdOn, employer }) => ({ id: uuidV7OnDate(createdOn, random), employer }));
}
