// A first CV drawn from the worker file, for the counselor to review: every line is plain text
// they can change before saving. The anonymised variant leaves out everything that names or
// reaches the person (name, contacts, birth date, address, codice fiscale; there is no photo)
// and keeps only initials, a coarse area and the reference code. It also generalises what would
// pick the person out among the plant's 300: the years of service become a range ("10–15 anni"),
// the plant "an engineering company of the Valdarno" unless the counselor keeps its name, and
// the programme's own words (its track) are left out.
import type { Worker } from '../domain/worker';
import type { Licence } from '../domain/vocabulary';
import { placeByCode, provinceName } from '../geo/comuni';
import { formatItalianDate } from '../time/dates';
import type { CvContent, CvLanguage, CvLine, CvSection, CvVariant } from './content';
import { fill, type CvTexts } from './texts';

/** A course the worker completed (an enrolment closed by a `course.ended` event, outcome completed). */
export interface CvCourse {
  readonly title: string;
  readonly provider: string;
  readonly hours?: number;
  /** ISO date the course ended for the worker. */
  readonly endedOn: string;
  readonly qualification?: string;
  readonly certificate: boolean;
}

export interface CvExtras {
  /** The version's reference code (see `newCvReference`). */
  readonly reference: string;
  /** ISO date the CV is prepared. */
  readonly preparedOn: string;
  readonly courses: readonly CvCourse[];
  readonly texts: CvTexts;
  /** The anonymised CV names the plant (the counselor chose to keep it); the full CV always does. */
  readonly namePlant?: boolean;
}

/** Production at the plant ran to 31 December 2018: every worker's experience there ends that year. */
export const PLANT_LAST_YEAR = 2018;

/** Licences that are driving licences (Europass "Driving licence"); the rest are work licences. */
const DRIVING_LICENCES: readonly Licence[] = ['patente_b', 'patente_c', 'patente_ce', 'patente_d', 'cqc', 'adr'];

/** "Maria Grazia", "De Luca" → "M. G. D. L.": one letter per word of name, then of surname. */
export function initialsOf(name: string, surname: string): string {
  const words = `${name} ${surname}`.split(/[\s'’-]+/u).filter((word) => /\p{L}/u.test(word));
  return words.map((word) => `${(word.match(/\p{L}/u)?.[0] ?? '').toUpperCase()}.`).join(' ');
}

const line = (label: string, text: string): CvLine => ({ label, text });
const present = (lines: CvLine[]): CvLine[] => lines.filter((entry) => entry.text.trim() !== '');

export function cvContentFromWorker(worker: Worker, extras: CvExtras, variant: CvVariant, language: CvLanguage): CvContent {
  const { content: texts, vocab } = extras.texts;
  const labels = texts.lines;
  const values = texts.values;
  const anonymous = variant === 'anonymous';
  const plantNamed = !anonymous || extras.namePlant === true;
  const residence = placeByCode(worker.residenceCode);

  const personal: CvLine[] = anonymous
    ? [
        line(labels.reference, extras.reference),
        line(labels.residenceArea, residence && !residence.foreign ? fill(values.province, { name: provinceName(residence.province) ?? residence.province, sigla: residence.province }) : ''),
        line(labels.contact, values.contactThroughCounselor),
      ]
    : [
        line(labels.address, [worker.address, residence ? (residence.foreign ? residence.name : `${residence.name} (${residence.province})`) : ''].filter(Boolean).join(', ')),
        line(labels.phone, worker.phone),
        line(labels.email, worker.email),
        line(labels.birthDate, formatItalianDate(worker.birthDate)),
      ];

  const list = <K extends string>(codes: readonly K[], names: Readonly<Record<K, string>>) => codes.map((code) => names[code]).join(', ');
  const occupation: CvLine[] = [
    line(labels.desiredRole, worker.formerRole),
    line(labels.track, worker.primaryTrack && !anonymous ? vocab.track[worker.primaryTrack] : ''),
    line(labels.contracts, list(worker.preferredContracts, vocab.contract)),
    line(labels.shifts, list(worker.acceptedShifts, vocab.shift)),
    line(labels.availability, worker.availableFrom ? fill(values.availableFrom, { date: formatItalianDate(worker.availableFrom) }) : values.availableNow),
    line(labels.commute, worker.commuteLimitKm !== undefined ? fill(values.commuteKm, { km: worker.commuteLimitKm }) : ''),
  ];

  // The worker file holds only the years at the plant; other past jobs have no list yet, so the
  // counselor adds them here as lines while reviewing.
  const years = worker.yearsAtPlant;
  const work: CvLine[] = [
    line(labels.dates, datesAtPlant(years, anonymous, extras.texts)),
    line(labels.position, worker.formerRole),
    line(labels.department, worker.department),
    line(labels.employer, plantNamed ? values.plantEmployer : values.plantEmployerGeneral),
    line(labels.sector, plantNamed ? values.plantSector : values.plantSectorGeneral),
  ];

  const education: CvLine[] = [
    line(labels.educationLevel, worker.educationLevel ? vocab.education[worker.educationLevel] : ''),
    ...[...extras.courses].sort((a, b) => b.endedOn.localeCompare(a.endedOn)).map((course) => line(formatItalianDate(course.endedOn), describeCourse(course, extras.texts))),
  ];

  const languageName = (name: string) => texts.languageNames[name.trim().toLowerCase()] ?? name.trim();
  const native = worker.languages.filter((skill) => skill.level === 'native');
  const skills: CvLine[] = [
    line(labels.motherTongue, native.map((skill) => languageName(skill.language)).join(', ')),
    ...worker.languages.filter((skill) => skill.level !== 'native').map((skill) => line(languageName(skill.language), fill(values.cefr, { level: vocab.level[skill.level] }))),
    line(labels.drivingLicences, list(worker.licences.filter((code) => DRIVING_LICENCES.includes(code)), vocab.licence)),
    line(labels.workLicences, list(worker.licences.filter((code) => !DRIVING_LICENCES.includes(code)), vocab.licence)),
    line(labels.skills, worker.skills.join(', ')),
  ];

  const sections: CvSection[] = [
    { key: 'personal', lines: present(personal) },
    { key: 'occupation', lines: present(occupation) },
    { key: 'work', lines: present(work) },
    { key: 'education', lines: present(education) },
    { key: 'skills', lines: present(skills) },
  ];

  return {
    version: 1,
    variant,
    language,
    reference: extras.reference,
    preparedOn: extras.preparedOn,
    heading: anonymous ? initialsOf(worker.name, worker.surname) : `${worker.name} ${worker.surname}`,
    summary: summaryOf(worker, extras.texts, anonymous, plantNamed),
    sections,
  };
}

function yearsPhrase(years: number, texts: CvTexts): string {
  return years === 1 ? texts.content.values.yearsOne : fill(texts.content.values.yearsMany, { count: years });
}

/** Years of service in bands of five, so they do not single out one worker of the plant: "10–15 anni", "meno di 5 anni", "oltre 30 anni". */
export function yearsRange(years: number, texts: CvTexts): string {
  const values = texts.content.values;
  if (years < 5) return fill(values.yearsFewerThan, { count: 5 });
  if (years >= 30) return fill(values.yearsMoreThan, { count: 30 });
  const from = Math.floor(years / 5) * 5;
  return fill(values.yearsRange, { from, to: from + 5 });
}

/** "2004 – 2018 (15 anni)"; anonymised, the start year would give the years away: "Fino al 2018 (15–20 anni)". */
function datesAtPlant(years: number | undefined, anonymous: boolean, texts: CvTexts): string {
  const values = texts.content.values;
  if (!years) return fill(values.plantUntil, { to: PLANT_LAST_YEAR });
  if (anonymous) return `${fill(values.plantUntil, { to: PLANT_LAST_YEAR })} (${yearsRange(years, texts)})`;
  return fill(values.plantPeriod, { from: PLANT_LAST_YEAR + 1 - years, to: PLANT_LAST_YEAR, years: yearsPhrase(years, texts) });
}

function describeCourse(course: CvCourse, texts: CvTexts): string {
  const values = texts.content.values;
  const base = course.hours ? fill(values.course, { title: course.title, provider: course.provider, hours: course.hours }) : fill(values.courseNoHours, { title: course.title, provider: course.provider });
  if (course.qualification) return `${base}. ${fill(values.qualification, { qualification: course.qualification })}`;
  return course.certificate ? `${base}. ${values.certificate}` : base;
}

function summaryOf(worker: Worker, texts: CvTexts, anonymous: boolean, plantNamed: boolean): string {
  const values = texts.content.values;
  const role = worker.formerRole;
  const years = worker.yearsAtPlant;
  const yearsText = years !== undefined && years > 0 ? (anonymous ? yearsRange(years, texts) : yearsPhrase(years, texts)) : undefined;
  const opening =
    yearsText === undefined ? fill(plantNamed ? values.summaryNoYears : values.summaryNoYearsGeneral, { role }) : fill(plantNamed ? values.summaryYears : values.summaryYearsGeneral, { role, years: yearsText });
  const mainSkills = worker.skills.slice(0, 4);
  return mainSkills.length > 0 ? `${opening} ${fill(values.summarySkills, { skills: mainSkills.join(', ') })}` : opening;
}
