// Secondary cell suppression over linear relations, for tables small enough to solve exactly.
//
// The attacker knows every published figure, every relation between figures (a column adds up to
// its total, a row to its row total, a sibling table to the same total, a part is at most its
// whole), that counts are whole and non-negative, and that a zero is never hidden, so a hidden
// figure is at least 1. For each hidden figure the attacker can compute the range of values
// consistent with all that (an integer programme: Fischetti and Salazar-González, "Models and
// algorithms for optimizing cell suppression in tabular data with linear constraints", JASA 95,
// 2000). A hidden figure is protected when its range holds a value under the threshold and one at
// or above it, or spans at least the threshold.
//
// While some hidden figure is not protected, the cheapest way of moving it far enough is sought
// (the attacker subproblem as a linear programme, as in Kelly, Golden and Assad, "Cell
// suppression: disclosure protection for sensitive tabular data", Networks 22, 1992): published
// figures may change at a cost per unit of their value, and those that had to change are hidden
// too. Hiding only ever widens ranges, so the loop ends, at worst with every figure hidden.
import { solve, type Model, type Solution } from 'yalps';

/** The figures in `plus` add up to those in `minus` (indices into the figures). */
export interface Relation {
  plus: readonly number[];
  minus: readonly number[];
}

export interface Figure {
  value: number;
  /** Never published (the share of a whole not shown as a part): at least 0 and never checked. */
  latent?: boolean;
  /** What hiding it costs (its value unless said). */
  cost?: number;
}

export interface Range {
  low: number;
  high: number;
}

export const isProtected = ({ low, high }: Range, threshold: number): boolean => (low < threshold && high >= threshold) || high - low >= threshold;

class System {
  /** Relations each figure takes part in. */
  private readonly byFigure: number[][];

  constructor(
    readonly figures: readonly Figure[],
    readonly relations: readonly Relation[],
  ) {
    this.byFigure = figures.map(() => []);
    relations.forEach((relation, r) => {
      for (const f of [...relation.plus, ...relation.minus]) this.byFigure[f]?.push(r);
    });
  }

  unknown(f: number, hidden: ReadonlySet<number>): boolean {
    return hidden.has(f) || this.figures[f]?.latent === true;
  }

  /** Every figure linked to `start` through relations; with `through`, only across figures it accepts. */
  component(start: number, through: (f: number) => boolean = () => true): { figures: number[]; relations: number[] } {
    const seen = new Set([start]);
    const relations = new Set<number>();
    const queue = [start];
    for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
      if (f !== start && !through(f)) continue;
      for (const r of this.byFigure[f] ?? []) {
        if (relations.has(r)) continue;
        relations.add(r);
        const relation = this.relations[r];
        for (const g of relation ? [...relation.plus, ...relation.minus] : []) {
          if (!seen.has(g)) {
            seen.add(g);
            queue.push(g);
          }
        }
      }
    }
    return { figures: [...seen], relations: [...relations] };
  }

  lowerBound(f: number): number {
    return this.figures[f]?.latent ? 0 : 1;
  }

  /** The range an attacker computes for hidden figure `f` (exact: integer programmes). */
  range(f: number, hidden: ReadonlySet<number>): Range {
    const value = this.figures[f]?.value ?? 0;
    const { relations } = this.component(f, (g) => this.unknown(g, hidden));
    // Each unknown x = lowerBound + y with y ≥ 0 (the solver's variables are non-negative).
    const constraints = new Map<string, { equal: number }>();
    const variables = new Map<string, Map<string, number>>();
    for (const r of relations) {
      const relation = this.relations[r];
      if (!relation) continue;
      let constant = 0;
      const terms: [number, number][] = [...relation.plus.map((g) => [g, 1] as [number, number]), ...relation.minus.map((g) => [g, -1] as [number, number])];
      for (const [g, sign] of terms) {
        if (this.unknown(g, hidden)) {
          constant -= sign * this.lowerBound(g);
          const coefficients = variables.get(`x${g}`) ?? new Map<string, number>();
          coefficients.set(`r${r}`, (coefficients.get(`r${r}`) ?? 0) + sign);
          variables.set(`x${g}`, coefficients);
        } else constant -= sign * (this.figures[g]?.value ?? 0);
      }
      constraints.set(`r${r}`, { equal: constant });
    }
    const own = variables.get(`x${f}`) ?? new Map<string, number>();
    variables.set(`x${f}`, own.set('objective', 1));
    const optimum = (direction: 'maximize' | 'minimize'): number => {
      const solution = solve({ direction, objective: 'objective', constraints, variables, integers: true });
      if (solution.status === 'unbounded') return direction === 'maximize' ? Infinity : -Infinity;
      // Anything else would be a solver failure: assume the attacker knows the value.
      return solution.status === 'optimal' ? this.lowerBound(f) + solution.result : value;
    };
    return { low: optimum('minimize'), high: optimum('maximize') };
  }

  /**
   * The published figures that must change, at least cost, for hidden figure `f` to reach
   * `target` (from above when `up`), the rest of what is published staying as it is. A changed
   * figure stays at least 1 (it will be hidden) and a zero cannot change (zeros are not hidden).
   */
  partners(f: number, target: number, up: boolean, hidden: ReadonlySet<number>): { cost: number; figures: number[] } | undefined {
    const { figures, relations } = this.component(f);
    const constraints = new Map<string, { equal?: number; min?: number; max?: number }>();
    const variables = new Map<string, Map<string, number>>();
    const constants = new Map<number, number>();
    const movable: number[] = [];
    for (const g of figures) {
      const coefficients = new Map<string, number>();
      for (const r of relations) {
        const relation = this.relations[r];
        const sign = relation?.plus.includes(g) ? 1 : relation?.minus.includes(g) ? -1 : 0;
        if (sign !== 0) coefficients.set(`r${r}`, sign);
      }
      const figure = this.figures[g];
      const value = figure?.value ?? 0;
      if (this.unknown(g, hidden)) {
        constants.set(g, this.lowerBound(g));
        if (g === f) coefficients.set('target', 1);
        variables.set(`x${g}`, coefficients);
      } else {
        constants.set(g, value);
        if (value <= 0) continue;
        movable.push(g);
        const cost = figure?.cost ?? value;
        variables.set(`up${g}`, new Map([...coefficients, ['cost', cost]]));
        variables.set(`down${g}`, new Map([...[...coefficients].map(([key, c]): [string, number] => [key, -c]), ['cost', cost], [`cap${g}`, 1]]));
        constraints.set(`cap${g}`, { max: value - 1 });
      }
    }
    for (const r of relations) {
      const relation = this.relations[r];
      if (!relation) continue;
      const sum = (list: readonly number[]) => list.reduce((total, g) => total + (constants.get(g) ?? 0), 0);
      constraints.set(`r${r}`, { equal: sum(relation.minus) - sum(relation.plus) });
    }
    const shift = target - (constants.get(f) ?? 0);
    constraints.set('target', up ? { min: shift } : { max: shift });
    const model: Model<string, string> = { direction: 'minimize', objective: 'cost', constraints, variables };
    const solution: Solution<string> = solve(model);
    if (solution.status !== 'optimal') return undefined;
    const moved = new Set(solution.variables.filter(([, amount]) => amount > 1e-7).map(([name]) => name));
    return { cost: solution.result, figures: movable.filter((g) => moved.has(`up${g}`) || moved.has(`down${g}`)) };
  }
}

/** Where figure `f` must be moved to for a range to become protected, from above or from below. */
function targets(range: Range, value: number, threshold: number, floor: number): { target: number; up: boolean }[] {
  const up = { target: range.low < threshold ? threshold : range.low + threshold, up: true };
  const downTo = range.high >= threshold ? Math.max(threshold - 1, range.high - threshold) : range.high - threshold;
  return downTo >= floor && downTo < value ? [up, { target: downTo, up: false }] : [up];
}

/**
 * The figures to hide: `primary` and whatever else keeps every hidden figure protected. Figures of
 * value 0 are never hidden. Deterministic: the same tables give the same pattern.
 */
export function protect(figures: readonly Figure[], relations: readonly Relation[], primary: Iterable<number>, threshold: number): Set<number> {
  const system = new System(figures, relations);
  const hidden = new Set([...primary].filter((f) => (figures[f]?.value ?? 0) > 0 && !figures[f]?.latent));
  const safe = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of [...hidden].sort((a, b) => a - b)) {
      if (safe.has(f)) continue;
      const range = system.range(f, hidden);
      // Ranges only widen as more is hidden: a protected figure stays protected.
      if (isProtected(range, threshold)) {
        safe.add(f);
        continue;
      }
      const value = figures[f]?.value ?? 0;
      const options = targets(range, value, threshold, system.lowerBound(f)).flatMap(({ target, up }) => system.partners(f, target, up, hidden) ?? []);
      const best = options.filter((option) => option.figures.length > 0).sort((a, b) => a.cost - b.cost)[0];
      // No way found (should not happen): hide everything published around it.
      const extra = best?.figures ?? system.component(f).figures.filter((g) => !system.unknown(g, hidden) && (figures[g]?.value ?? 0) > 0);
      if (extra.length === 0) {
        safe.add(f);
        continue;
      }
      for (const g of extra) hidden.add(g);
      changed = true;
      break;
    }
  }
  return hidden;
}
