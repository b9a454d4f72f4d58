// The two demo programmes the demo's tests run on: the historical one of 2019 and today's,
// anchored on a fixed day so that a test gives the same answer whenever it runs.
import type { DemoOptions } from './types';

export const DEMO_TEST_ANCHOR = '2026-03-18';

export const DEMO_CASES: readonly { name: string; options: DemoOptions }[] = [
  { name: 'historical, 2019-12-31', options: { variant: 'historical' } },
  { name: `today, anchored on ${DEMO_TEST_ANCHOR}`, options: { variant: 'today', anchor: DEMO_TEST_ANCHOR } },
];
