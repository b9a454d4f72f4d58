// Command-line options of `npm run demo` (build/scripts/demo.ts), parsed without Node so they can be tested here.
import { DEMO_VARIANTS, type DemoVariant } from './calendar';
import { isIsoDate } from '../time/days';

export const MAX_CLI_WORKERS = 30_000;

export interface DemoCliOptions {
  workers: number;
  seed: number;
  variant: DemoVariant;
  /** The day today's programme is shown on; undefined for today in Europe/Rome (and for the historical one). */
  anchor?: string;
  /** Output path as given, or the default under dist/demo/. */
  out: string;
}

export type DemoCliParse = { kind: 'run'; options: DemoCliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const DEMO_CLI_USAGE = `Usage: npm run demo -- [--workers N] [--seed S] [--variant today|historical] [--anchor YYYY-MM-DD] [--out FILE]

Generates a deterministic demo of the PCO programme: as it stands today (the plant closed about
eleven months before the anchor day), or as it stood on 2019-12-31.

  --workers N          number of workers, an integer from 1 to ${MAX_CLI_WORKERS} (default 300)
  --seed S             any integer; the same seed and anchor always give the same file (default 2019)
  --variant V          today (default) or historical (the 2019 programme)
  --anchor YYYY-MM-DD  the day today's programme is shown on (default today in Italy)
  --out FILE           where to write the JSON (default dist/demo/demo-<N>-<S>.json, -historical before .json)
  --help, -h           show this help`;

export function defaultDemoOutPath(workers: number, seed: number, variant: DemoVariant = 'today'): string {
  return `dist/demo/demo-${workers}-${seed}${variant === 'historical' ? '-historical' : ''}.json`;
}

const OPTION_NAMES = ['workers', 'seed', 'variant', 'anchor', 'out'] as const;
type OptionName = (typeof OPTION_NAMES)[number];

function isOptionName(name: string): name is OptionName {
  return (OPTION_NAMES as readonly string[]).includes(name);
}

/** Integers only, written plainly: no "1e3", "0x10", "12abc" or blanks. */
function parseInteger(text: string): number | undefined {
  if (!/^[-+]?\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Parses the arguments after the script name; `--name value` and `--name=value` are both accepted. */
export function parseDemoArgs(args: readonly string[]): DemoCliParse {
  const given: Partial<Record<OptionName, string>> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const name = match?.[1];
    if (!match || name === undefined) return { kind: 'error', message: `unexpected argument "${arg}"` };
    if (!isOptionName(name)) return { kind: 'error', message: `unknown option --${name}` };
    if (given[name] !== undefined) return { kind: 'error', message: `--${name} given more than once` };
    let value = match[2];
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) return { kind: 'error', message: `--${name} needs a value` };
      value = next;
      i += 1;
    }
    given[name] = value;
  }

  const workers = given.workers === undefined ? 300 : parseInteger(given.workers.trim());
  if (workers === undefined || workers < 1 || workers > MAX_CLI_WORKERS) {
    return { kind: 'error', message: `--workers must be an integer from 1 to ${MAX_CLI_WORKERS}, got "${given.workers ?? ''}"` };
  }
  const seed = given.seed === undefined ? 2019 : parseInteger(given.seed.trim());
  if (seed === undefined) return { kind: 'error', message: `--seed must be an integer, got "${given.seed ?? ''}"` };
  const variant = DEMO_VARIANTS.find((name) => name === (given.variant?.trim() ?? 'today'));
  if (variant === undefined) return { kind: 'error', message: `--variant must be today or historical, got "${given.variant ?? ''}"` };
  const anchor = given.anchor?.trim();
  if (anchor !== undefined && !isIsoDate(anchor)) return { kind: 'error', message: `--anchor must be a day as YYYY-MM-DD, got "${anchor}"` };
  if (anchor !== undefined && variant === 'historical') return { kind: 'error', message: '--anchor is for today\'s programme: the historical one is shown on 2019-12-31' };
  const out = given.out?.trim() ?? defaultDemoOutPath(workers, seed, variant);
  if (out === '') return { kind: 'error', message: '--out must not be empty' };
  return { kind: 'run', options: anchor === undefined ? { workers, seed, variant, out } : { workers, seed, variant, anchor, out } };
}
