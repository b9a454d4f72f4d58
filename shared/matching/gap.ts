// "Colmare il divario": for a worker excluded only by missing licences or skills, the courses of
// the catalogue that teach what is missing. A course teaches a licence it lists, or whose words
// name it in its title, qualification or skills; it teaches a skill it lists or that its title,
// qualification or skills name through the synonym dictionary.
import type { Licence } from '../domain/vocabulary';
import { LICENCE_TERMS } from './dictionary';
import type { SynonymIndex } from './synonyms';
import { searchKey } from '../text/fold';
import type { ExcludedMatch } from './types';

export interface GapCourse {
  id: string;
  title: string;
  qualification: string;
  teachesSkills: readonly string[];
  teachesLicences: readonly Licence[];
  startDate: string;
  endDate: string;
}

export interface GapItem {
  kind: 'licence' | 'skill';
  /** Licence code or skill text. */
  item: string;
  /** Courses that teach it, those still to end first. */
  courseIds: string[];
}

function courseTexts(course: GapCourse): string[] {
  return [course.title, course.qualification, ...course.teachesSkills].filter((text) => text.trim() !== '');
}

function containsWords(text: string, term: string): boolean {
  return ` ${searchKey(text)} `.includes(` ${searchKey(term)} `);
}

export function teachesLicence(course: GapCourse, licence: Licence, synonyms: SynonymIndex): boolean {
  if (course.teachesLicences.includes(licence)) return true;
  const terms = LICENCE_TERMS[licence];
  return courseTexts(course).some((text) => terms.some((term) => containsWords(text, term) || synonyms.same(text, term)));
}

export function teachesSkill(course: GapCourse, skill: string, synonyms: SynonymIndex): boolean {
  return courseTexts(course).some((text) => containsWords(text, skill) || synonyms.same(text, skill));
}

/**
 * What a gap-only exclusion misses, each with the courses that teach it: those still running or
 * to come on `today` first (a worker can join them), then past editions, latest first.
 */
export function closeTheGap(excluded: ExcludedMatch, courses: readonly GapCourse[], synonyms: SynonymIndex, today: string): GapItem[] {
  if (!excluded.gapOnly) return [];
  const upcoming = (c: GapCourse) => (c.endDate >= today ? 0 : 1);
  const open = [...courses].sort((a, b) => upcoming(a) - upcoming(b) || b.endDate.localeCompare(a.endDate));
  return excluded.misses.flatMap((miss): GapItem[] => {
    if (miss.kind === 'licence' && miss.item) {
      const licence = miss.item as Licence;
      return [{ kind: 'licence', item: licence, courseIds: open.filter((c) => teachesLicence(c, licence, synonyms)).map((c) => c.id) }];
    }
    if (miss.kind === 'skill' && miss.item) {
      const skill = miss.item;
      return [{ kind: 'skill', item: skill, courseIds: open.filter((c) => teachesSkill(c, skill, synonyms)).map((c) => c.id) }];
    }
    return [];
  });
}
