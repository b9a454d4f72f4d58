// Facts about a course that the catalogue shows beside its fields.
import type { Course } from '../domain/casework';

/** The Region's FSE training voucher pays up to this much per person, for courses with a qualification. */
export const REGIONAL_VOUCHER_MAX_EUR = 3000;

export type CourseWarning = 'voucherNeedsQualification';

/** Advice, not refusals: the counselor may be recording a course as the provider announced it. */
export function courseWarnings(course: Pick<Course, 'funding' | 'qualification'>): CourseWarning[] {
  return course.funding === 'regional_voucher' && course.qualification.trim() === '' ? ['voucherNeedsQualification'] : [];
}

export type CoursePhase = 'upcoming' | 'running' | 'finished';

export function coursePhase(course: Pick<Course, 'startDate' | 'endDate'>, today: string): CoursePhase {
  if (today < course.startDate) return 'upcoming';
  return today > course.endDate ? 'finished' : 'running';
}
