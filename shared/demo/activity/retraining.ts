// Demo retraining and self-employment, consistent with each worker's status history: a worker in
// training on the anchor day attends a course that runs past that day; one who trained
// before being hired or starting a business completed the course first (or dropped it when hired);
// other workers on the retraining track took short compulsory courses. Courses run in editions
// starting when the workers need them. Pure and seeded.
import type { Course, Enrolment, Venture } from '../../domain/casework';
import { PLANT_ROLES, type RoleFamily } from '../data/plantRoles';
import { calendarOf, type DayRange, type DemoCalendar } from '../calendar';
import { addDays, dayNumber, isoFromDayNumber, laterOf, earlierOf } from '../isoDates';
import { Random } from '../random';
import type { DemoProgramme, DemoWorker } from '../types';
import { uuidV7OnDate } from '../uuid';
import { COURSE_TEMPLATES, type CourseTemplate } from './retrainingData';
import { generateVentures } from './retrainingVentures';

export interface DemoCourse {
  id: string;
  /** Day the course entered the catalogue. */
  createdOn: string;
  course: Course;
}

export interface DemoEnrolment {
  id: string;
  /** The worker's counselor, who recorded it. */
  counselorId: string;
  enrolment: Enrolment;
  attendance: { date: string; hours: number }[];
  ending?: { date: string; outcome: 'completed' | 'dropped'; certificate: boolean; note: string };
}

export interface DemoVenture {
  id: string;
  counselorId: string;
  createdOn: string;
  venture: Venture;
}

export interface RetrainingDemo {
  courses: DemoCourse[];
  enrolments: DemoEnrolment[];
  ventures: DemoVenture[];
}

interface Edition {
  id: string;
  template: CourseTemplate;
  start: string;
  end: string;
  lessons: { date: string; hours: number }[];
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
const weekday = (iso: string) => (((dayNumber(iso) + 4) % 7) + 7) % 7;
const mondayOf = (iso: string) => addDays(iso, -((weekday(iso) + 6) % 7));
const noLessons = (iso: string, breaks: readonly DayRange[]) => breaks.some(([from, to]) => iso >= from && iso <= to);
/** The catalogue opened shortly before enrolment did (15 November 2018). */
const CATALOGUE_OPENS = '2018-11-15';

/** Lesson days of an edition and their hours, summing exactly to the course's hours. */
function lessonsOf(template: CourseTemplate, start: string, end: string, breaks: readonly DayRange[]): Edition['lessons'] {
  const perWeek = template.course.hours / template.weeks;
  const pattern = perWeek >= 25 ? [1, 2, 3, 4, 5] : perWeek >= 15 ? [1, 2, 3, 4] : perWeek >= 8 ? [1, 3, 5] : [2, 4];
  const days: string[] = [];
  for (let day = dayNumber(start); day <= dayNumber(end); day += 1) {
    const iso = isoFromDayNumber(day);
    if (pattern.includes(weekday(iso)) && !noLessons(iso, breaks)) days.push(iso);
  }
  const base = Math.max(0.5, Math.floor((template.course.hours / days.length) * 2) / 2);
  const lessons = days.map((date) => ({ date, hours: base }));
  let remainder = template.course.hours - base * lessons.length;
  for (let index = 0; remainder > 0; index = (index + 1) % lessons.length, remainder -= 0.5) (lessons[index] as { hours: number }).hours += 0.5;
  return lessons;
}

function familyOf(item: DemoWorker): RoleFamily {
  return PLANT_ROLES.find((role) => role.title === item.worker.formerRole || role.femaleTitle === item.worker.formerRole)?.family ?? 'production';
}

class Catalogue {
  readonly editions: Edition[] = [];
  private readonly opens: string;
  constructor(
    private readonly random: Random,
    private readonly calendar: DemoCalendar,
  ) {
    this.opens = calendar.afterClosure(CATALOGUE_OPENS);
    for (const template of COURSE_TEMPLATES) for (const start of template.editions) this.add(template, calendar.afterClosure(start));
  }

  /**
   * An edition of the template that started shortly before `day` and fits (regional courses admit
   * late entries up to about a fifth of their length), or a new one starting that week.
   */
  editionFor(template: CourseTemplate, day: string, fits: (end: string) => boolean): Edition | undefined {
    const lateEntry = Math.min(56, Math.floor(template.weeks * 7 * 0.2));
    const found = this.editions.find((e) => e.template === template && e.start <= day && e.start >= addDays(day, -lateEntry) && fits(e.end));
    if (found) return found;
    const start = mondayOf(day);
    const end = addDays(start, template.weeks * 7 - 3);
    return fits(end) ? this.add(template, start) : undefined;
  }

  add(template: CourseTemplate, start: string): Edition {
    const end = addDays(start, template.weeks * 7 - 3);
    const createdOn = laterOf(addDays(start, -this.random.int(20, 45)), this.opens);
    const edition = { id: uuidV7OnDate(createdOn, this.random), template, start, end, lessons: lessonsOf(template, start, end, this.calendar.noLessonDays) };
    this.editions.push(edition);
    return edition;
  }

  toDemo(): DemoCourse[] {
    return this.editions
      .map((e) => ({ id: e.id, createdOn: laterOf(addDays(e.start, -30), this.opens), course: { ...e.template.course, teachesSkills: [...e.template.course.teachesSkills], teachesLicences: [...e.template.course.teachesLicences], startDate: e.start, endDate: e.end } }))
      .sort((a, b) => a.course.startDate.localeCompare(b.course.startDate) || a.course.title.localeCompare(b.course.title));
  }
}

type Plan = { kind: 'ongoing' } | { kind: 'completed'; certificate: boolean } | { kind: 'dropped'; on: string };

function enrolmentIn(random: Random, item: DemoWorker, edition: Edition, firstDay: string, plan: Plan, anchor: string): DemoEnrolment {
  const enrolledOn = earlierOf(laterOf(addDays(edition.start, -random.int(3, 20)), item.worker.enrolmentDate), firstDay);
  const lastDay = plan.kind === 'dropped' ? plan.on : plan.kind === 'completed' ? edition.end : anchor;
  const due = edition.lessons.filter((lesson) => lesson.date >= firstDay && lesson.date <= lastDay);
  const presence = plan.kind === 'completed' && !plan.certificate ? random.next() * 0.15 + 0.5 : random.next() * 0.17 + 0.8;
  const present = due.filter(() => random.chance(presence));
  // Whoever is enrolled came at least to the first lesson; whoever earned a certificate reached 70%.
  const first = due[0];
  if (first && present[0] !== first) present.unshift(first);
  const needed = plan.kind === 'completed' && plan.certificate ? edition.template.course.hours * 0.72 : 0;
  for (const lesson of due) {
    if (present.reduce((sum, day) => sum + day.hours, 0) >= needed) break;
    if (!present.includes(lesson)) present.push(lesson);
  }
  present.sort((a, b) => a.date.localeCompare(b.date));
  const attended = present.map((lesson) => ({ date: lesson.date, hours: random.chance(0.05) && lesson.hours > 2 ? lesson.hours - 1 : lesson.hours }));
  const share = attended.reduce((sum, day) => sum + day.hours, 0) / edition.template.course.hours;
  const enrolment: DemoEnrolment = { id: uuidV7OnDate(enrolledOn, random), counselorId: item.worker.counselorId, enrolment: { courseId: edition.id, workerId: item.id, enrolledOn }, attendance: attended };
  if (plan.kind === 'completed') {
    // A certificate needs 70% of the hours; a completion below it comes without one.
    enrolment.ending = { date: edition.end, outcome: 'completed', certificate: plan.certificate && share >= 0.7, note: '' };
  } else if (plan.kind === 'dropped') {
    enrolment.ending = { date: plan.on, outcome: 'dropped', certificate: false, note: 'Ritirato per assunzione' };
  }
  return enrolment;
}

/** Courses that suit the worker's family; those long enough to make a worker "in training" (a month or more) when any fits. */
function weightedTemplates(family: RoleFamily, keep: (template: CourseTemplate) => boolean) {
  const fitting = COURSE_TEMPLATES.filter((template) => template.fit[family] > 0 && keep(template));
  const long = fitting.filter((template) => template.weeks >= 4);
  return (long.length > 0 ? long : fitting).map((template) => [template, template.fit[family]] as const);
}

function template(key: string): CourseTemplate {
  const found = COURSE_TEMPLATES.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no course template ${key}`);
  return found;
}

/**
 * The edition a worker whose status moved to "in training" on `day` attended: preferably one already
 * in the catalogue that started up to a month earlier (the counselor updated the status at the next
 * meeting) or up to two weeks later (updated at enrolment), else a new edition starting that week.
 */
function editionAround(random: Random, catalogue: Catalogue, item: DemoWorker, day: string, fits: (end: string) => boolean, preferred?: CourseTemplate): Edition {
  const family = familyOf(item);
  const earliest = laterOf(addDays(day, -30), item.worker.enrolmentDate);
  const nearby = catalogue.editions.filter((e) => (preferred ? e.template === preferred : e.template.fit[family] > 0) && e.start >= earliest && e.start <= addDays(day, 14) && fits(e.end));
  // Courses of a month or more weigh more: a few days of lessons rarely change a worker's status.
  const weight = (e: Edition) => (preferred ? 1 : e.template.fit[family] * (e.template.weeks >= 4 ? 4 : 1));
  if (nearby.length > 0) return random.weighted(nearby.map((e) => [e, weight(e)] as const));
  const fitsFrom = (t: CourseTemplate) => fits(addDays(mondayOf(day), t.weeks * 7 - 3));
  const options = weightedTemplates(family, fitsFrom);
  const anyFitting = COURSE_TEMPLATES.filter((t) => t !== preferred && fitsFrom(t));
  const chosen = preferred && fitsFrom(preferred) ? preferred : options.length > 0 ? random.weighted(options) : anyFitting.length > 0 ? random.pick(anyFitting) : template('safety');
  return catalogue.add(chosen, mondayOf(day));
}

/** Enrolments of one worker, from where their status history says they trained. */
function enrolmentsOf(random: Random, catalogue: Catalogue, item: DemoWorker, anchor: string): DemoEnrolment[] {
  const family = familyOf(item);
  const history = item.statusHistory;
  const trainingIndex = history.map((move) => move.to).lastIndexOf('in_training');
  const training = history[trainingIndex];
  if (training && item.worker.status === 'in_training') {
    const edition = editionAround(random, catalogue, item, training.occurredOn, (end) => end > addDays(anchor, 7), undefined);
    return [enrolmentIn(random, item, edition, edition.start, { kind: 'ongoing' }, anchor)];
  }
  const next = history[trainingIndex + 1];
  if (training && next) {
    const day = training.occurredOn;
    if (next.to === 'placed' && random.chance(0.25)) {
      // Hired before the end of a longer course: dropped a few days before starting the job.
      const edition = editionAround(random, catalogue, item, day, (end) => end > addDays(next.occurredOn, 7));
      return [enrolmentIn(random, item, edition, edition.start, { kind: 'dropped', on: laterOf(addDays(next.occurredOn, -random.int(1, 5)), edition.start) }, anchor)];
    }
    const edition = editionAround(random, catalogue, item, day, (end) => end < next.occurredOn, next.to === 'self_employed' ? template('business') : undefined);
    return [enrolmentIn(random, item, edition, edition.start, { kind: 'completed', certificate: random.chance(0.88) }, anchor)];
  }
  const onRetrainingTrack = item.worker.primaryTrack === 'retraining' || item.worker.secondaryTracks.includes('retraining');
  if (!onRetrainingTrack || item.worker.status !== 'active' || !random.chance(0.45)) return [];
  // Short compulsory courses (a few days) that employers ask for; they left no trace in the status.
  const available = catalogue.editions.filter((e) => e.template.weeks <= 2 && e.template.fit[family] > 0 && e.start >= addDays(item.worker.enrolmentDate, 14) && e.end < anchor);
  if (available.length === 0) return [];
  const edition = random.weighted(available.map((e) => [e, e.template.fit[family]] as const));
  return [enrolmentIn(random, item, edition, edition.start, { kind: 'completed', certificate: random.chance(0.9) }, anchor)];
}

export function generateRetraining(demo: DemoProgramme, seed: number): RetrainingDemo {
  const root = new Random(seed, 'retraining');
  const calendar = calendarOf(demo);
  const catalogue = new Catalogue(root.fork('catalogue'), calendar);
  const enrolments = demo.workers.flatMap((item) => enrolmentsOf(root.fork(item.id), catalogue, item, calendar.anchor));
  return { courses: catalogue.toDemo(), enrolments, ventures: generateVentures(root.fork('ventures'), demo, calendar) };
}
