// One pass over the input that every table then reads: events sorted into kinds, records by id,
// each worker's status history. Built once per report, so thirty thousand workers with a year of
// events cost one scan, not one per table.
import type { z } from 'zod';
import type { Candidacy, Enrolment, Venture } from '../domain/casework';
import type { Employer } from '../domain/employer';
import type { placedSchema } from '../domain/events';
import type { Offer } from '../domain/offer';
import type { WorkerStatus } from '../domain/vocabulary';
import type { ReportEvent, ReportPayload } from './reportEvent';
import type { Keyed, ReportInput, ReportWorker } from './types';
import { countedBy } from './reportWorker';

export interface StatusMove {
  on: string;
  hlc: string;
  from: WorkerStatus | null;
  to: WorkerStatus;
}

export interface PlacementFact {
  id: string;
  workerId: string;
  on: string;
  hlc: string;
  payload: z.output<typeof placedSchema>;
}

export interface ReportContext {
  input: ReportInput;
  workers: ReadonlyMap<string, ReportWorker>;
  /** Workers whose events count: live files and erased ones. */
  known: ReadonlySet<string>;
  statusMoves: ReadonlyMap<string, StatusMove[]>;
  /** Placements in the order they happened. */
  placements: PlacementFact[];
  // The events themselves, not copies: a year of 30,000 workers holds some 700,000 of them.
  /** Subject: the worker. */
  interviews: EventOf<'worker.interviewHeld'>[];
  /** Subject: the candidacy. */
  stageMoves: EventOf<'candidacy.stageChanged'>[];
  /** Subject: the enrolment. */
  attendance: EventOf<'course.attendance'>[];
  courseEnds: EventOf<'course.ended'>[];
  candidacies: ReadonlyMap<string, Keyed<Candidacy>>;
  enrolments: ReadonlyMap<string, Keyed<Enrolment>>;
  /** Ventures of known workers (a merged file's under its survivor). */
  ventures: readonly Keyed<Venture>[];
  offers: ReadonlyMap<string, Keyed<Offer>>;
  employers: ReadonlyMap<string, Keyed<Employer>>;
}

/** An event whose payload is of one kind. */
export type EventOf<K extends ReportPayload['kind']> = ReportEvent & { payload: Extract<ReportPayload, { kind: K }> };

const byDayThenHlc = (a: { on: string; hlc: string }, b: { on: string; hlc: string }) => (a.on === b.on ? (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0) : a.on < b.on ? -1 : 1);

/** A row of a file merged into another, read as the survivor's. */
function followMerge<T extends { workerId: string }>(row: Keyed<T>, merged: ReadonlyMap<string, string>): Keyed<T> {
  const survivor = merged.get(row.data.workerId);
  return survivor === undefined ? row : { id: row.id, data: { ...row.data, workerId: survivor } };
}

export function buildContext(input: ReportInput): ReportContext {
  const merged = input.mergedWorkers ?? new Map<string, string>();
  const workers = new Map(input.workers.map((worker) => [worker.id, worker]));
  const known = new Set([...workers.keys(), ...input.erasedWorkerIds]);
  const candidacies = new Map(input.candidacies.map((c) => followMerge(c, merged)).filter((c) => known.has(c.data.workerId)).map((c) => [c.id, c]));
  const enrolments = new Map(input.enrolments.map((e) => followMerge(e, merged)).filter((e) => known.has(e.data.workerId)).map((e) => [e.id, e]));
  const statusMoves = new Map<string, StatusMove[]>();
  const context: ReportContext = {
    input,
    workers,
    known,
    statusMoves,
    placements: [],
    interviews: [],
    stageMoves: [],
    attendance: [],
    courseEnds: [],
    candidacies,
    enrolments,
    ventures: input.ventures.map((v) => followMerge(v, merged)).filter((v) => known.has(v.data.workerId)),
    offers: new Map(input.offers.map((o) => [o.id, o])),
    employers: new Map(input.employers.map((e) => [e.id, e])),
  };
  for (const recorded of input.events) {
    // An event about a file merged into another is the survivor's.
    const survivor = merged.size > 0 ? merged.get(recorded.subjectId) : undefined;
    const event = survivor === undefined ? recorded : { ...recorded, subjectId: survivor };
    const { payload, subjectId: subject, occurredOn: on, id } = event;
    switch (payload.kind) {
      case 'worker.statusChanged': {
        if (!known.has(subject)) break;
        const moves = statusMoves.get(subject);
        const move = { on, hlc: event.hlc, from: payload.from, to: payload.to };
        if (moves) moves.push(move);
        else statusMoves.set(subject, [move]);
        break;
      }
      case 'worker.placed': {
        // A hiring counts for a participant (an erased file counts through its statistical row).
        const worker = workers.get(subject);
        if (worker ? countedBy(worker, on) : known.has(subject)) context.placements.push({ id, workerId: subject, on, hlc: event.hlc, payload });
        break;
      }
      // The casts only restate what the switch established about the payload.
      case 'worker.interviewHeld':
        if (known.has(subject)) context.interviews.push(event as EventOf<'worker.interviewHeld'>);
        break;
      case 'candidacy.stageChanged':
        if (candidacies.has(subject)) context.stageMoves.push(event as EventOf<'candidacy.stageChanged'>);
        break;
      case 'course.attendance':
        if (enrolments.has(subject)) context.attendance.push(event as EventOf<'course.attendance'>);
        break;
      case 'course.ended':
        if (enrolments.has(subject)) context.courseEnds.push(event as EventOf<'course.ended'>);
        break;
      default:
        break;
    }
  }
  for (const moves of statusMoves.values()) moves.sort(byDayThenHlc);
  context.placements.sort(byDayThenHlc);
  return context;
}

/**
 * A worker's status at the end of `day`: the latest change on or before it. Before the first
 * recorded change (a file entered after the fact records its status on the day it was typed),
 * the status that change left; with no change at all, the file's current status.
 */
export function statusOn(context: ReportContext, worker: ReportWorker, day: string): WorkerStatus {
  const moves = context.statusMoves.get(worker.id);
  if (!moves || moves.length === 0) return worker.data.status;
  let status: WorkerStatus | undefined;
  for (const move of moves) {
    if (move.on > day) break;
    status = move.to;
  }
  return status ?? moves[0]?.from ?? moves[0]?.to ?? worker.data.status;
}

/** The workplace comune of a placement: the offer's, else the employer's. */
export function placementComune(context: ReportContext, placement: PlacementFact): string | undefined {
  const offer = placement.payload.offerId ? context.offers.get(placement.payload.offerId) : undefined;
  return offer?.data.comuneCode ?? context.employers.get(placement.payload.employerId)?.data.comuneCode;
}
