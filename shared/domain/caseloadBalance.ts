// A suggestion that balances the counselors' caseloads by number and by distance. Each counselor
// gets ⌊N/k⌋ or ⌈N/k⌉ workers (the larger share to those who already follow the most, so fewer
// workers change counselor); the workers of a counselor no longer active must move. Which workers
// move, and to whom, is chosen greedily by distance: each move is the one that lengthens the trip
// from the worker's comune to the counselor's base the least (or shortens it the most). Pure: the
// distance between comuni is passed in, so the caller decides how it is estimated.

export interface BalanceWorker {
  readonly id: string;
  /** '' or an id not among the counselors: the worker must be assigned. */
  readonly counselorId: string;
  /** Belfiore code of the comune of residence. */
  readonly residenceCode: string;
}

export interface BalanceCounselor {
  readonly id: string;
  /** Belfiore code of the comune the counselor works from. */
  readonly baseCode: string;
}

/** Road km between two comuni, or undefined when either cannot be placed. */
export type DistanceKm = (fromCode: string, toCode: string) => number | undefined;

export interface BalanceMove {
  readonly workerId: string;
  /** '' when the worker had no active counselor. */
  readonly from: string;
  readonly to: string;
}

export interface BalanceSuggestion {
  readonly moves: readonly BalanceMove[];
  /** Workers per active counselor, before and after the moves. */
  readonly before: ReadonlyMap<string, number>;
  readonly after: ReadonlyMap<string, number>;
  /** Sum of the road km from each worker's comune to their counselor's base (workers without an active counselor count from the move on). */
  readonly kmBefore: number;
  readonly kmAfter: number;
}

/** A comune that cannot be placed counts as this far: far enough that a known short trip is preferred. */
export const UNPLACED_KM = 100;

/** Largest minus smallest count. */
export function spread(counts: ReadonlyMap<string, number>): number {
  const values = [...counts.values()];
  return values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);
}

/** How many workers each counselor should follow: the larger share to those who follow the most now. */
function targets(counselors: readonly BalanceCounselor[], counts: ReadonlyMap<string, number>, total: number): Map<string, number> {
  const share = Math.floor(total / counselors.length);
  const larger = total % counselors.length;
  const byLoad = [...counselors].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  return new Map(byLoad.map((counselor, index) => [counselor.id, share + (index < larger ? 1 : 0)]));
}

/** Workers of one counselor (or of none) living in one comune: they move alike. */
interface Group {
  readonly from: string;
  readonly comune: string;
  readonly workers: string[];
}

export function suggestBalance(workers: readonly BalanceWorker[], counselors: readonly BalanceCounselor[], distance: DistanceKm): BalanceSuggestion {
  const known = new Map(counselors.map((c) => [c.id, c]));
  const before = new Map(counselors.map((c) => [c.id, 0]));
  for (const worker of workers) if (known.has(worker.counselorId)) before.set(worker.counselorId, (before.get(worker.counselorId) ?? 0) + 1);
  const km = (comune: string, counselorId: string) => distance(comune, known.get(counselorId)?.baseCode ?? '') ?? UNPLACED_KM;
  const totalKm = (assigned: (worker: BalanceWorker) => string) =>
    workers.reduce((sum, worker) => {
      const counselor = assigned(worker);
      return known.has(counselor) ? sum + km(worker.residenceCode, counselor) : sum;
    }, 0);
  const kmBefore = totalKm((worker) => worker.counselorId);
  if (counselors.length === 0) return { moves: [], before, after: new Map(before), kmBefore, kmAfter: kmBefore };

  const goal = targets(counselors, before, workers.length);
  const after = new Map(before);
  // What each counselor (or '' for nobody) may still give away, and each counselor may still take.
  const surplus = new Map<string, number>([['', 0]]);
  for (const [id, count] of before) surplus.set(id, Math.max(0, count - (goal.get(id) ?? 0)));
  const groups = new Map<string, Group>();
  for (const worker of [...workers].sort((a, b) => a.id.localeCompare(b.id))) {
    const from = known.has(worker.counselorId) ? worker.counselorId : '';
    if (from === '') surplus.set('', (surplus.get('') ?? 0) + 1);
    if (from !== '' && (surplus.get(from) ?? 0) === 0) continue;
    const key = `${from}|${worker.residenceCode}`;
    const group = groups.get(key) ?? { from, comune: worker.residenceCode, workers: [] };
    group.workers.push(worker.id);
    groups.set(key, group);
  }
  const deficit = new Map(counselors.map((c) => [c.id, Math.max(0, (goal.get(c.id) ?? 0) - (before.get(c.id) ?? 0))]));
  const cost = (group: Group, to: string) => km(group.comune, to) - (group.from === '' ? 0 : km(group.comune, group.from));
  const available = (group: Group) => group.workers.length > 0 && (surplus.get(group.from) ?? 0) > 0;

  // Each taking counselor keeps its best group; only the counselors whose best ran out look again.
  const best = new Map<string, Group | undefined>();
  const lookFor = (to: string) => {
    let chosen: Group | undefined;
    let chosenCost = Infinity;
    for (const group of groups.values()) {
      if (!available(group)) continue;
      const c = cost(group, to);
      if (c < chosenCost) [chosen, chosenCost] = [group, c];
    }
    best.set(to, chosen);
  };
  for (const [id, need] of deficit) if (need > 0) lookFor(id);

  const moves: BalanceMove[] = [];
  for (;;) {
    let to: string | undefined;
    let toCost = Infinity;
    for (const [id, group] of best) {
      if ((deficit.get(id) ?? 0) === 0 || !group) continue;
      const c = cost(group, id);
      if (c < toCost || (c === toCost && to !== undefined && id.localeCompare(to) < 0)) [to, toCost] = [id, c];
    }
    const group = to === undefined ? undefined : best.get(to);
    if (to === undefined || !group) break;
    const workerId = group.workers.shift();
    if (workerId === undefined) break;
    moves.push({ workerId, from: group.from, to });
    surplus.set(group.from, (surplus.get(group.from) ?? 0) - 1);
    deficit.set(to, (deficit.get(to) ?? 0) - 1);
    after.set(to, (after.get(to) ?? 0) + 1);
    if (group.from !== '') after.set(group.from, (after.get(group.from) ?? 0) - 1);
    for (const [id, chosen] of best) if ((deficit.get(id) ?? 0) > 0 && chosen && !available(chosen)) lookFor(id);
  }
  const moved = new Map(moves.map((move) => [move.workerId, move.to]));
  return { moves, before, after, kmBefore, kmAfter: totalKm((worker) => moved.get(worker.id) ?? worker.counselorId) };
}
