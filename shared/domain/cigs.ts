// A period of CIGS (cassa integrazione guadagni straordinaria), the wage guarantee the programme's
// workers draw: on the programme for everyone, on a worker's file where theirs differs. Apart from
// the worker file so that the programme's schema does not bring the codice fiscale checks (and their
// table of comuni) wherever it is read, the lock screen included.
import { z } from 'zod';
import { isoDateSchema } from './primitives';
import { cigsCauseSchema } from './vocabulary';

export const cigsPeriodSchema = z
  .object({
    start: isoDateSchema,
    end: isoDateSchema,
    cause: cigsCauseSchema,
  })
  .refine((p) => p.end >= p.start, { error: 'validation.periodEndBeforeStart', path: ['end'] });
export type CigsPeriod = z.infer<typeof cigsPeriodSchema>;

/** A list of periods that do not overlap (a day is covered once, by one cause), in any order. */
export const cigsPeriodListSchema = z.array(cigsPeriodSchema).superRefine((periods, ctx) => {
  const order = periods.map((period, index) => ({ period, index })).sort((a, b) => (a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : a.index - b.index));
  for (let i = 1; i < order.length; i += 1) {
    const previous = order[i - 1];
    const current = order[i];
    if (!previous || !current || current.period.start > previous.period.end) continue;
    ctx.addIssue({ code: 'custom', path: [current.index, 'start'], message: 'validation.cigsOverlap' });
  }
});

/** Periods in calendar order (a copy). */
export function sortedCigsPeriods(periods: readonly CigsPeriod[]): CigsPeriod[] {
  return [...periods].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** One line of the difference between two lists: a period added, removed, or corrected (same start). */
export type CigsChange =
  | { readonly kind: 'added'; readonly after: CigsPeriod }
  | { readonly kind: 'removed'; readonly before: CigsPeriod }
  | { readonly kind: 'corrected'; readonly before: CigsPeriod; readonly after: CigsPeriod };

/** What changed from `from` to `to`, in calendar order; a period keeps its identity by its start. */
export function cigsChanges(from: readonly CigsPeriod[], to: readonly CigsPeriod[]): CigsChange[] {
  const before = new Map(from.map((period) => [period.start, period]));
  const after = new Map(to.map((period) => [period.start, period]));
  const changes: CigsChange[] = [];
  for (const start of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(start);
    const next = after.get(start);
    if (old && next) {
      if (old.end !== next.end || old.cause !== next.cause) changes.push({ kind: 'corrected', before: old, after: next });
    } else if (next) changes.push({ kind: 'added', after: next });
    else if (old) changes.push({ kind: 'removed', before: old });
  }
  return changes;
}
