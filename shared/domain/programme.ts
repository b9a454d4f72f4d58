// Programme-wide settings and the counselors who work on it.
import { z } from 'zod';
import { cigsPeriodListSchema, type CigsPeriod } from './cigs';
import { belfioreSchema, isoDateSchema, requiredText } from './primitives';

export const programmeSchema = z.object({
  name: requiredText(120),
  /** Comune of the closed plant: distances in reports and matching start here. */
  siteCode: belfioreSchema,
  /** CIGS periods that apply to every worker unless their file lists their own. */
  cigsPeriods: cigsPeriodListSchema.min(1, { error: 'validation.cigsNone' }),
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
  /**
   * Day the coordinator deactivated the counselor (absent: active). A counselor is never deleted:
   * their name stays on everything they recorded; deactivated, they are offered in no picker,
   * their caseload is to reassign and their laptop's bundles are refused.
   */
  deactivatedOn: isoDateSchema.optional(),
  /** Comune the counselor works from (absent: the plant's): the caseload suggestion weighs the trip to it. */
  baseCode: belfioreSchema.optional(),
});
export type Counselor = z.infer<typeof counselorSchema>;

export function isActiveCounselor(counselor: Pick<Counselor, 'deactivatedOn'>): boolean {
  return !counselor.deactivatedOn;
}

/** Ids of the deactivated counselors among counselor records, opened or stored (the date is not sealed). */
export function deactivatedCounselorIds(records: readonly { id: string; data: { deactivatedOn?: unknown } }[]): Set<string> {
  return new Set(records.filter((record) => typeof record.data.deactivatedOn === 'string' && record.data.deactivatedOn !== '').map((record) => record.id));
}

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
