// The shape of a subcommand and the argument parsing every one shares (node:util parseArgs,
// strict: unknown options and missing values are usage errors, exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError, type Io } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

export interface Command {
  /** Words after `pco`, e.g. ['bundle', 'inspect']. */
  readonly path: readonly string[];
  readonly usage: string;
  /** One line each: Italian, then English. */
  readonly summary: readonly [string, string];
  /** Option and argument lines for `--help`. */
  readonly details: readonly string[];
  /** Lines after the options (e.g. what the exit codes mean for this command). */
  readonly notes?: readonly string[];
  readonly examples: readonly string[];
  readonly options: Options;
  /** Names of the required positional arguments, in order. */
  readonly positionals: readonly string[];
  run(args: Parsed, io: Io): Promise<number>;
}

const HELP_OPTION: Options = { help: { type: 'boolean', short: 'h' } };

export function parseCommand(command: Command, argv: readonly string[]): Parsed & { help: boolean } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...command.options, ...HELP_OPTION }, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw usageError(`argomenti non validi: ${detail}`, `invalid arguments: ${detail}`);
  }
  const help = parsed.values['help'] === true;
  if (!help) {
    if (parsed.positionals.length < command.positionals.length) {
      const missing = command.positionals[parsed.positionals.length];
      throw usageError(`manca ${missing} — uso: ${command.usage}`, `missing ${missing} — usage: ${command.usage}`);
    }
    if (parsed.positionals.length > command.positionals.length) {
      const extra = parsed.positionals[command.positionals.length];
      throw usageError(`argomento in più: ${extra} — uso: ${command.usage}`, `unexpected argument: ${extra} — usage: ${command.usage}`);
    }
  }
  return { values: parsed.values, positionals: parsed.positionals, help };
}

/** A string option's value; `required` turns a missing one into a usage error. */
export function stringOption(args: Parsed, name: string, command: Command, required: true): string;
export function stringOption(args: Parsed, name: string, command: Command, required?: false): string | undefined;
export function stringOption(args: Parsed, name: string, command: Command, required = false): string | undefined {
  const value = args.values[name];
  if (typeof value === 'string') return value;
  if (required) throw usageError(`manca --${name} — uso: ${command.usage}`, `missing --${name} — usage: ${command.usage}`);
  return undefined;
}

export function listOption(args: Parsed, name: string): string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : [];
}

export function commandHelp(command: Command): string[] {
  return [
    `uso / usage: ${command.usage}`,
    '',
    command.summary[0],
    command.summary[1],
    '',
    ...command.details,
    '  -h, --help                 questo aiuto / this help',
    ...(command.notes ? ['', ...command.notes] : []),
    '',
    'esempi / examples:',
    ...command.examples.map((example) => `  ${example}`),
  ];
}
