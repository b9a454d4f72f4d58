// Where a command writes: results to `out` (stdout), progress and diagnostics to `err` (stderr).
// Commands take an Io instead of touching process.stdout, so tests run them as plain functions.

export interface Io {
  /** One line of result (stdout). */
  out(line: string): void;
  /** One line of diagnostics (stderr). */
  err(line: string): void;
  /** Progress bars draw only on an interactive stderr. */
  readonly interactive: boolean;
  /** The stream progress bars draw on, when interactive. */
  readonly progressStream: NodeJS.WritableStream | null;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  interactive: Boolean(process.stderr.isTTY),
  progressStream: process.stderr,
};

/** Collects lines in memory: for tests. */
export function memoryIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line), interactive: false, progressStream: null };
}

/** Exit codes: 0 done, 1 refused or invalid input, 2 wrong usage. */
export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;

/**
 * An expected failure with its bilingual message (Italian first, then English) and exit code.
 * Thrown inside commands, caught once in pco.ts; anything else is a bug and prints its stack.
 */
export class CliError extends Error {
  constructor(
    readonly italian: string,
    readonly english: string,
    readonly exitCode: typeof EXIT_REFUSED | typeof EXIT_USAGE = EXIT_REFUSED,
  ) {
    super(english);
    this.name = 'CliError';
  }
}

export const usageError = (italian: string, english: string): CliError => new CliError(italian, english, EXIT_USAGE);

/** The one style every error line uses: `errore: … / error: …`. */
export function errorLine(error: CliError): string {
  return `errore: ${error.italian} / error: ${error.english}`;
}
