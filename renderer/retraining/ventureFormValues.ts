// The venture form's values and their way to and from the stored venture. The form always shows
// the ATECO fields and the four milestones; an ATECO left empty is stored as none.
import type { FieldErrors, Resolver } from 'react-hook-form';
import { uuidv7 } from 'uuidv7';
import { ventureSchema, type Venture } from '../../shared/domain/casework';
import type { AtecoVersion } from '../../shared/domain/employer';
import { allMilestones, ventureIssues, type FundingApplication, type MilestoneKind, type VentureIssue } from '../../shared/retraining/venture';
import type { VentureInput } from '../db/repositories/ventureRepository';

export interface VentureFormValues {
  workerId: string;
  idea: string;
  ateco: { code: string; section: string; version: AtecoVersion; description: string };
  milestones: { kind: MilestoneKind; dueDate: string; doneOn: string }[];
  funding: { id: string; source: string; requested: number | undefined; granted: number | undefined; state: FundingApplication['state'] }[];
}

export function newFunding(): VentureFormValues['funding'][number] {
  return { id: uuidv7(), source: '', requested: undefined, granted: undefined, state: 'planned' };
}

export function toFormValues(workerId: string, venture?: Venture): VentureFormValues {
  return {
    workerId,
    idea: venture?.idea ?? '',
    ateco: { code: venture?.ateco?.code ?? '', section: venture?.ateco?.section ?? '', version: venture?.ateco?.version ?? '2007', description: venture?.ateco?.description ?? '' },
    milestones: allMilestones(venture?.milestones ?? []).map((m) => ({ kind: m.kind, dueDate: m.dueDate ?? '', doneOn: m.doneOn ?? '' })),
    funding: (venture?.funding ?? []).map((f) => ({ ...f, granted: f.granted })),
  };
}

export function toVentureInput(values: VentureFormValues): VentureInput {
  const { code, section, description } = values.ateco;
  const atecoGiven = [code, section, description].some((text) => text.trim() !== '');
  return {
    workerId: values.workerId,
    idea: values.idea,
    ateco: atecoGiven ? values.ateco : undefined,
    milestones: values.milestones,
    // Empty number fields reach the schema as undefined; a missing amount requested is its error.
    funding: values.funding.map(({ granted, requested, ...rest }) => ({ ...rest, requested: requested as number, ...(granted === undefined ? {} : { granted }) })),
  };
}

/** Issues as react-hook-form's nested errors (`funding.0.granted` → `{ funding: { 0: { granted } } }`). */
function nestErrors(issues: readonly VentureIssue[]): FieldErrors<VentureFormValues> {
  const root: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = root;
    issue.path.forEach((part, index) => {
      const key = String(part);
      if (index === issue.path.length - 1) {
        node[key] ??= { type: 'validate', message: issue.message };
        return;
      }
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    });
  }
  return root as FieldErrors<VentureFormValues>;
}

/** The schema's checks, then the rules it cannot express (a grant's amount, no milestone done tomorrow). */
export function ventureResolver(today: string): Resolver<VentureFormValues, unknown, Venture> {
  return (values) => {
    const parsed = ventureSchema.safeParse(toVentureInput(values));
    if (!parsed.success) {
      return { values: {}, errors: nestErrors(parsed.error.issues.map((issue) => ({ path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)), message: issue.message }))) };
    }
    const venture = { ...parsed.data, milestones: allMilestones(parsed.data.milestones) };
    const issues = ventureIssues(venture, today);
    return issues.length > 0 ? { values: {}, errors: nestErrors(issues) } : { values: venture, errors: {} };
  };
}
