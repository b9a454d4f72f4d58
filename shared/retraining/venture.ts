// Self-employment projects: milestones in a fixed order, funding applications, and the rules a
// venture must follow beyond its schema (a grant has an amount, a milestone is not done tomorrow).
import { MILESTONES, type Venture } from '../domain/casework';
import { atecoSectionOf } from '../domain/employer';

export type MilestoneKind = (typeof MILESTONES)[number];
export type Milestone = Venture['milestones'][number];
export type FundingApplication = Venture['funding'][number];
export const FUNDING_STATES = ['planned', 'applied', 'granted', 'refused'] as const satisfies readonly FundingApplication['state'][];

/** Every milestone once, in the order a business is started; missing ones with no dates. */
export function allMilestones(milestones: readonly Milestone[]): Milestone[] {
  return MILESTONES.map((kind) => {
    const found = milestones.find((milestone) => milestone.kind === kind);
    return { kind, dueDate: found?.dueDate ?? '', doneOn: found?.doneOn ?? '' };
  });
}

export function milestoneDoneOn(venture: Pick<Venture, 'milestones'>, kind: MilestoneKind): string | undefined {
  return venture.milestones.find((milestone) => milestone.kind === kind)?.doneOn || undefined;
}

export function isLaunched(venture: Pick<Venture, 'milestones'>): boolean {
  return milestoneDoneOn(venture, 'launch') !== undefined;
}

/** True when this save is the one that marks the launch done. */
export function launchedNow(before: Pick<Venture, 'milestones'> | undefined, after: Pick<Venture, 'milestones'>): boolean {
  return isLaunched(after) && !(before && isLaunched(before));
}

export function milestonesDone(venture: Pick<Venture, 'milestones'>): number {
  return venture.milestones.filter((milestone) => milestone.doneOn).length;
}

export function fundingTotals(venture: Pick<Venture, 'funding'>): { requested: number; granted: number } {
  let requested = 0;
  let granted = 0;
  for (const application of venture.funding) {
    if (application.state === 'refused') continue;
    requested += application.requested;
    if (application.state === 'granted') granted += application.granted ?? 0;
  }
  return { requested, granted };
}

export interface VentureIssue {
  path: (string | number)[];
  /** An i18n key. */
  message: string;
}

/** Problems the schema cannot see; empty when the venture may be saved. */
export function ventureIssues(venture: Venture, today: string): VentureIssue[] {
  const issues: VentureIssue[] = [];
  venture.milestones.forEach((milestone, index) => {
    if (milestone.doneOn && milestone.doneOn > today) issues.push({ path: ['milestones', index, 'doneOn'], message: 'retraining.validation.doneInFuture' });
  });
  venture.funding.forEach((application, index) => {
    if (application.state === 'granted' && application.granted === undefined) {
      issues.push({ path: ['funding', index, 'granted'], message: 'retraining.validation.grantedAmountRequired' });
    }
    if (application.state !== 'granted' && application.granted !== undefined && application.granted > 0) {
      issues.push({ path: ['funding', index, 'state'], message: 'retraining.validation.grantedNotGranted' });
    }
  });
  if (venture.ateco) {
    const expected = atecoSectionOf(venture.ateco.code, venture.ateco.version);
    if (expected === undefined) issues.push({ path: ['ateco', 'code'], message: 'validation.ateco' });
    else if (expected !== venture.ateco.section) issues.push({ path: ['ateco', 'section'], message: 'retraining.validation.atecoSection' });
  }
  return issues;
}
