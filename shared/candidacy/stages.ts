// The life of a candidacy, derived from its `candidacy.stageChanged` events, and the moves a
// counselor may record. Pure: the repositories and the board ask these rules, never re-implement them.
//
// Which moves are allowed, and why:
// - forward by one or more steps: stages are often skipped in practice (the CV is handed in at
//   the introductory meeting, most hirings have no trial, an investor may hire straight away);
// - backward, as a correction with a stated reason: a meeting is called off, a move was recorded
//   by mistake. Events are append-only, so a correction is a new move, never an edit;
// - to an ending (rejected by the employer, declined by the worker, withdrawn) from any open
//   stage, with a stated reason: the programme reports why candidacies fail;
// - nothing after an ending or after `hired`: a new attempt is a new proposal, a hiring is final.
import { CANDIDACY_ENDINGS, CANDIDACY_STAGES, type CandidacyStage } from '../domain/casework';

export type ProgressStage = (typeof CANDIDACY_STAGES)[number];
export type EndingStage = (typeof CANDIDACY_ENDINGS)[number];

/** What the rules need of a stage event: when it happened, its HLC, and the stage reached. */
export interface StageEvent {
  occurredOn: string;
  hlc: string;
  to: CandidacyStage;
}

export function isEnding(stage: CandidacyStage): stage is EndingStage {
  return (CANDIDACY_ENDINGS as readonly string[]).includes(stage);
}

/** Hired or ended: no further move. */
export function isClosed(stage: CandidacyStage): boolean {
  return stage === 'hired' || isEnding(stage);
}

export function stageIndex(stage: ProgressStage): number {
  return CANDIDACY_STAGES.indexOf(stage);
}

/** Order of things that happened: by day, then by HLC (total across laptops). */
export function byOccurrence(a: { occurredOn: string; hlc: string }, b: { occurredOn: string; hlc: string }): number {
  return a.occurredOn === b.occurredOn ? a.hlc.localeCompare(b.hlc) : a.occurredOn.localeCompare(b.occurredOn);
}

/** Events in the order they happened. */
export function orderStageEvents<E extends StageEvent>(events: readonly E[]): E[] {
  return events.slice().sort(byOccurrence);
}

/** The latest event, or undefined for a candidacy without any. */
export function latestStageEvent<E extends StageEvent>(events: readonly E[]): E | undefined {
  return orderStageEvents(events).at(-1);
}

/** The current stage: the one reached by the latest event (by day, then HLC); `proposed` when there is none. */
export function currentStage(events: readonly StageEvent[]): CandidacyStage {
  return latestStageEvent(events)?.to ?? 'proposed';
}

export function nextStage(stage: CandidacyStage): ProgressStage | undefined {
  if (isClosed(stage)) return undefined;
  return CANDIDACY_STAGES[stageIndex(stage as ProgressStage) + 1];
}

export function previousStage(stage: CandidacyStage): ProgressStage | undefined {
  if (isClosed(stage)) return undefined;
  const index = stageIndex(stage as ProgressStage);
  return index > 0 ? CANDIDACY_STAGES[index - 1] : undefined;
}

export type MoveDirection = 'forward' | 'backward' | 'ending';

/** How a move from `from` to `to` counts, or undefined when it is not a move at all. */
export function moveDirection(from: CandidacyStage, to: CandidacyStage): MoveDirection | undefined {
  if (from === to || isClosed(from)) return undefined;
  if (isEnding(to)) return 'ending';
  return stageIndex(to) > stageIndex(from as ProgressStage) ? 'forward' : 'backward';
}

/** Every stage the candidacy may move to now, forward first, then corrections, then endings. */
export function allowedTargets(from: CandidacyStage): CandidacyStage[] {
  if (isClosed(from)) return [];
  const index = stageIndex(from as ProgressStage);
  return [...CANDIDACY_STAGES.slice(index + 1), ...CANDIDACY_STAGES.slice(0, index).reverse(), ...CANDIDACY_ENDINGS];
}

/** Does this move need a stated reason? Endings and corrections do. */
export function needsReason(from: CandidacyStage, to: CandidacyStage): boolean {
  const direction = moveDirection(from, to);
  return direction === 'ending' || direction === 'backward';
}

/** Why a move is refused; an i18n key suffix under `candidacies.refusal`. */
export type MoveRefusal =
  | 'sameStage'
  | 'afterHired'
  | 'afterEnding'
  | 'reasonRequired'
  | 'beforeEnrolment'
  | 'notEnrolled'
  | 'beforePreviousMove'
  | 'inFuture';

export interface MoveRequest {
  to: CandidacyStage;
  occurredOn: string;
  reason?: string;
}

export interface MoveContext {
  /** The candidacy's stage events so far. */
  events: readonly StageEvent[];
  /** The worker's enrolment in the PCO: nothing about them happens earlier (nor before they join). */
  enrolmentDate: string | undefined;
  today: string;
}

export type Verdict = { ok: true } | { ok: false; refusal: MoveRefusal };

const refuse = (refusal: MoveRefusal): Verdict => ({ ok: false, refusal });

export function checkMove(move: MoveRequest, context: MoveContext): Verdict {
  const latest = latestStageEvent(context.events);
  const from = latest?.to ?? 'proposed';
  if (from === 'hired') return refuse('afterHired');
  if (isEnding(from)) return refuse('afterEnding');
  if (from === move.to) return refuse('sameStage');
  if (needsReason(from, move.to) && !move.reason?.trim()) return refuse('reasonRequired');
  return checkDate(move.occurredOn, { enrolmentDate: context.enrolmentDate, today: context.today, notBefore: latest?.occurredOn });
}

/** A day on which something about the worker happened: not before the enrolment, the previous move, or after today. */
export function checkDate(occurredOn: string, limits: { enrolmentDate: string | undefined; today: string; notBefore?: string }): Verdict {
  if (limits.enrolmentDate === undefined) return refuse('notEnrolled');
  if (occurredOn < limits.enrolmentDate) return refuse('beforeEnrolment');
  if (limits.notBefore && occurredOn < limits.notBefore) return refuse('beforePreviousMove');
  if (occurredOn > limits.today) return refuse('inFuture');
  return { ok: true };
}
