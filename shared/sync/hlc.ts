/**
 * Hybrid logical clock.
 *
 * A timestamp is `PPPPPPPPPPPPPPP-CCCC-NODE`:
 *   P: physical time, milliseconds since the epoch, 15 decimal digits, zero padded;
 *   C: logical counter, 4 hex digits, breaks ties within one millisecond and carries
 *      causality when a clock has seen a timestamp from its future;
 *   NODE: the device id that produced it.
 * The fixed widths make the string order the clock order, so timestamps compare with `<`
 * and are totally ordered across laptops (the node id breaks the last tie). A laptop whose
 * wall clock goes backwards keeps issuing increasing timestamps: it never trusts the wall
 * clock below the last time it issued or received.
 */

const COUNTER_MAX = 0xffff;
const PHYSICAL_DIGITS = 15;

export class ClockDriftError extends Error {
  constructor(readonly remoteMillis: number, readonly localMillis: number, readonly maxDriftMillis: number) {
    super(`Remote clock is ${remoteMillis - localMillis} ms ahead (limit ${maxDriftMillis} ms)`);
    this.name = 'ClockDriftError';
  }
}

export class ClockCounterOverflowError extends Error {
  constructor() {
    super('HLC counter overflow: more than 65535 events in one millisecond');
    this.name = 'ClockCounterOverflowError';
  }
}

export class InvalidTimestampError extends Error {
  constructor(readonly value: string) {
    super(`Not an HLC timestamp: ${value}`);
    this.name = 'InvalidTimestampError';
  }
}

export interface Timestamp {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

const PATTERN = /^(\d{15})-([0-9a-f]{4})-([A-Za-z0-9_-]+)$/;

export function formatTimestamp(ts: Timestamp): string {
  return `${ts.millis.toString().padStart(PHYSICAL_DIGITS, '0')}-${ts.counter.toString(16).padStart(4, '0')}-${ts.node}`;
}

export function parseTimestamp(value: string): Timestamp {
  const match = PATTERN.exec(value);
  if (!match) throw new InvalidTimestampError(value);
  return { millis: Number(match[1]), counter: parseInt(match[2] ?? '0', 16), node: match[3] ?? '' };
}

export function isTimestamp(value: string): boolean {
  return PATTERN.test(value);
}

export interface ClockOptions {
  readonly node: string;
  /** Wall clock, injected so tests are deterministic. */
  readonly now: () => number;
  /** Largest lead a received timestamp may have on our wall clock; laptops are offline for weeks, so it is generous. */
  readonly maxDriftMillis?: number;
  /** Last state persisted by a previous session, so restarts never go backwards. */
  readonly last?: string;
}

export interface HybridClock {
  /** A new timestamp for a local change, strictly greater than every one issued or received. */
  tick(): string;
  /** Advance past a timestamp seen in a received change. */
  receive(remote: string): void;
  /** Latest timestamp, to persist between sessions. */
  last(): string;
}

export function createClock(options: ClockOptions): HybridClock {
  if (!/^[A-Za-z0-9_-]+$/.test(options.node)) throw new InvalidTimestampError(options.node);
  const maxDrift = options.maxDriftMillis ?? 366 * 24 * 3600 * 1000;
  let state: Timestamp = options.last ? { ...parseTimestamp(options.last), node: options.node } : { millis: 0, counter: 0, node: options.node };

  function advance(wall: number, seenMillis: number, seenCounter: number): void {
    const millis = Math.max(wall, seenMillis);
    const counter = millis === seenMillis ? seenCounter + 1 : 0;
    if (counter > COUNTER_MAX) throw new ClockCounterOverflowError();
    state = { millis, counter, node: options.node };
  }

  return {
    tick() {
      advance(options.now(), state.millis, state.counter);
      return formatTimestamp(state);
    },
    receive(remote) {
      const ts = parseTimestamp(remote);
      const wall = options.now();
      if (ts.millis - wall > maxDrift) throw new ClockDriftError(ts.millis, wall, maxDrift);
      if (ts.millis > state.millis || (ts.millis === state.millis && ts.counter > state.counter)) {
        advance(wall, ts.millis, ts.counter);
      } else {
        advance(wall, state.millis, state.counter);
      }
    },
    last() {
      return formatTimestamp(state);
    },
  };
}
