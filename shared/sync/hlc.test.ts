import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ClockCounterOverflowError, ClockDriftError, createClock, formatTimestamp, parseTimestamp } from './hlc';

describe('hybrid logical clock', () => {
  it('formats fixed-width timestamps that sort as the clock does', () => {
    const a = formatTimestamp({ millis: 9, counter: 15, node: 'a' });
    const b = formatTimestamp({ millis: 10, counter: 0, node: 'a' });
    expect(a).toBe('000000000000009-000f-a');
    expect(a < b).toBe(true);
    expect(parseTimestamp(b)).toEqual({ millis: 10, counter: 0, node: 'a' });
  });

  it('stays monotonic when the wall clock goes backwards', () => {
    const times = [1000, 2000, 1500, 1500, 900, 3000];
    let i = 0;
    const clock = createClock({ node: 'laptop1', now: () => times[Math.min(i++, times.length - 1)] ?? 0 });
    const issued = times.map(() => clock.tick());
    for (let k = 1; k < issued.length; k++) expect(issued[k]! > issued[k - 1]!).toBe(true);
    expect(parseTimestamp(issued[2]!)).toMatchObject({ millis: 2000, counter: 1 });
    expect(parseTimestamp(issued[5]!)).toMatchObject({ millis: 3000, counter: 0 });
  });

  it('is monotonic for any sequence of wall times, ticks and receptions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ wall: fc.integer({ min: 0, max: 1e6 }), remote: fc.option(fc.integer({ min: 0, max: 1e6 })) }), { maxLength: 60 }),
        (steps) => {
          let wall = 0;
          const clock = createClock({ node: 'n1', now: () => wall });
          let previous = '';
          for (const step of steps) {
            wall = step.wall;
            if (step.remote !== null) clock.receive(formatTimestamp({ millis: step.remote, counter: 3, node: 'n2' }));
            const next = clock.tick();
            expect(next > previous).toBe(true);
            previous = next;
          }
        },
      ),
    );
  });

  it('moves past a timestamp received from a laptop whose clock is ahead', () => {
    const clock = createClock({ node: 'a', now: () => 1000 });
    clock.receive(formatTimestamp({ millis: 5000, counter: 7, node: 'b' }));
    expect(parseTimestamp(clock.tick())).toEqual({ millis: 5000, counter: 9, node: 'a' });
  });

  it('refuses a remote clock beyond the allowed drift', () => {
    const clock = createClock({ node: 'a', now: () => 0, maxDriftMillis: 1000 });
    expect(() => clock.receive(formatTimestamp({ millis: 5000, counter: 0, node: 'b' }))).toThrow(ClockDriftError);
  });

  it('reports counter overflow with a typed error', () => {
    const clock = createClock({ node: 'a', now: () => 1, last: formatTimestamp({ millis: 1, counter: 0xffff, node: 'a' }) });
    expect(() => clock.tick()).toThrow(ClockCounterOverflowError);
  });

  it('resumes after a restart from the persisted timestamp', () => {
    const first = createClock({ node: 'a', now: () => 5000 });
    first.tick();
    const saved = first.last();
    const second = createClock({ node: 'a', now: () => 10, last: saved });
    expect(second.tick() > saved).toBe(true);
  });
});
