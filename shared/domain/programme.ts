// Programme-wide settings and the counselors who work on it.
import { z } from 'zod';
import { cigsPeriodSchema, type CigsPeriod } from './cigs';
import { belfioreSchema, requiredText } from './primitives';

export const programmeSchema = z.object({
  name: requiredText(120),
  /** Comune of the closed plant: distances in reports and matching start here. */
  siteCode: belfioreSchema,
  /** CIGS periods that apply to every worker unless their file lists their own. */
  cigsPeriods: z.array(cigsPeriodSchema).min(1),
});
export type Programme = z.infer<typeof programmeSchema>;

/** The real programme's wage-guarantee periods (agreement, extension, COVID-19 weeks). */
export const DEFAULT_CIGS_PERIODS: CigsPeriod[] = [
  { start: '2019-01-01', end: '2019-12-31', cause: 'cessazione' },
  { start: '2020-01-01', end: '2020-06-30', cause: 'proroga' },
  { start: '2020-07-01', end: '2020-08-31', cause: 'covid19' },
];

export const counselorRoleSchema = z.enum(['counselor', 'coordinator']);
export type CounselorRole = z.infer<typeof counselorRoleSchema>;

export const counselorSchema = z.object({
  displayName: requiredText(80),
  role: counselorRoleSchema,
});
export type Counselor = z.infer<typeof counselorSchema>;

/** A worker's effective CIGS periods: their own list, or the programme's when they have none. */
export function effectiveCigsPeriods(own: readonly CigsPeriod[], programme: readonly CigsPeriod[]): readonly CigsPeriod[] {
  return own.length > 0 ? own : programme;
}

/** Last day covered by the wage guarantee, or undefined when no period applies. */
export function cigsEndDate(periods: readonly CigsPeriod[]): string | undefined {
  let end: string | undefined;
  for (const period of periods) if (end === undefined || period.end > end) end = period.end;
  return end;
}
