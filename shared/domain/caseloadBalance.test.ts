import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spread, suggestBalance, UNPLACED_KM, type BalanceWorker, type DistanceKm } from './caseloadBalance';

// Comuni on a line, km apart by their index: A000 at 0, A001 at 10 km, A002 at 20 km…
const comune = (index: number) => `A${String(index).padStart(3, '0')}`;
const lineKm: DistanceKm = (from, to) => (from.startsWith('A') && to.startsWith('A') ? Math.abs(Number(from.slice(1)) - Number(to.slice(1))) * 10 : undefined);

const counselors = [
  { id: 'c1', baseCode: comune(0) },
  { id: 'c2', baseCode: comune(5) },
];

/** Every worker's counselor once the moves are applied. */
const applied = (workers: readonly BalanceWorker[], moves: readonly { workerId: string; to: string }[]) => {
  const moved = new Map(moves.map((move) => [move.workerId, move.to]));
  return workers.map((worker) => moved.get(worker.id) ?? worker.counselorId);
};

describe('caseload balance', () => {
  it('moves from the fuller caseload the workers living nearest the other counselor', () => {
    const workers: BalanceWorker[] = [
      { id: 'w1', counselorId: 'c1', residenceCode: comune(0) },
      { id: 'w2', counselorId: 'c1', residenceCode: comune(1) },
      { id: 'w3', counselorId: 'c1', residenceCode: comune(4) },
      { id: 'w4', counselorId: 'c1', residenceCode: comune(5) },
      { id: 'w5', counselorId: 'c2', residenceCode: comune(5) },
      { id: 'w6', counselorId: 'c1', residenceCode: comune(2) },
    ];
    const suggestion = suggestBalance(workers, counselors, lineKm);
    expect(suggestion.moves).toEqual([
      { workerId: 'w4', from: 'c1', to: 'c2' },
      { workerId: 'w3', from: 'c1', to: 'c2' },
    ]);
    expect([...suggestion.after]).toEqual([
      ['c1', 3],
      ['c2', 3],
    ]);
    expect(suggestion.kmAfter).toBeLessThan(suggestion.kmBefore);
  });

  it('reassigns the workers of a counselor no longer active, to the nearest base while counts allow', () => {
    const workers: BalanceWorker[] = [
      { id: 'w1', counselorId: 'gone', residenceCode: comune(5) },
      { id: 'w2', counselorId: 'gone', residenceCode: comune(4) },
      { id: 'w3', counselorId: 'c1', residenceCode: comune(0) },
      { id: 'w4', counselorId: '', residenceCode: comune(0) },
    ];
    const suggestion = suggestBalance(workers, counselors, lineKm);
    expect(new Map(suggestion.moves.map((move) => [move.workerId, move.to]))).toEqual(
      new Map([
        ['w1', 'c2'],
        ['w2', 'c2'],
        ['w4', 'c1'],
      ]),
    );
    expect(suggestion.moves.every((move) => move.from === '')).toBe(true);
  });

  it('changes nothing when the caseloads are already even', () => {
    const workers: BalanceWorker[] = [
      { id: 'w1', counselorId: 'c1', residenceCode: comune(5) },
      { id: 'w2', counselorId: 'c2', residenceCode: comune(0) },
    ];
    expect(suggestBalance(workers, counselors, lineKm).moves).toEqual([]);
  });

  it('counts an unplaced comune as far, not as near', () => {
    const workers: BalanceWorker[] = [
      { id: 'w1', counselorId: 'c1', residenceCode: 'Z999' },
      { id: 'w2', counselorId: 'c1', residenceCode: comune(3) },
    ];
    const suggestion = suggestBalance(workers, counselors, lineKm);
    expect(suggestion.moves).toEqual([{ workerId: 'w2', from: 'c1', to: 'c2' }]);
    expect(suggestion.kmBefore).toBe(UNPLACED_KM + 30);
  });

  const scenario = fc
    .record({
      counselorCount: fc.integer({ min: 1, max: 6 }),
      workers: fc.array(fc.record({ counselor: fc.integer({ min: -1, max: 7 }), comune: fc.integer({ min: 0, max: 12 }) }), { maxLength: 80 }),
      bases: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 6, maxLength: 6 }),
    })
    .map(({ counselorCount, workers, bases }) => ({
      counselors: Array.from({ length: counselorCount }, (_, index) => ({ id: `c${index}`, baseCode: comune(bases[index] ?? 0) })),
      // Counselor -1 is nobody; ids beyond the count stand for deactivated counselors.
      workers: workers.map((w, index): BalanceWorker => ({ id: `w${String(index).padStart(3, '0')}`, counselorId: w.counselor < 0 ? '' : `c${w.counselor}`, residenceCode: comune(w.comune) })),
    }));

  it('assigns every worker exactly once, to an active counselor, moving each at most once', () => {
    fc.assert(
      fc.property(scenario, ({ counselors: team, workers }) => {
        const { moves, after } = suggestBalance(workers, team, lineKm);
        const active = new Set(team.map((c) => c.id));
        expect(new Set(moves.map((move) => move.workerId)).size).toBe(moves.length);
        const assigned = applied(workers, moves);
        expect(assigned.every((id) => active.has(id))).toBe(true);
        expect([...after.values()].reduce((a, b) => a + b, 0)).toBe(workers.length);
        for (const id of active) expect(after.get(id)).toBe(assigned.filter((a) => a === id).length);
      }),
    );
  });

  it('never widens the gap between the largest and the smallest caseload (by one at most when workers without a counselor join)', () => {
    fc.assert(
      fc.property(scenario, ({ counselors: team, workers }) => {
        const { before, after } = suggestBalance(workers, team, lineKm);
        const active = new Set(team.map((c) => c.id));
        const orphans = workers.some((worker) => !active.has(worker.counselorId));
        expect(spread(after)).toBeLessThanOrEqual(orphans ? Math.max(spread(before), 1) : spread(before));
        expect(spread(after)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
