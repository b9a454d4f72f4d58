// Finds the subcommand, parses its arguments, runs it and turns expected failures into one
// bilingual error line and an exit code. Tests call `main` directly with a memory Io.
import { commandHelp, parseCommand, type Command } from './command';
import { CliError, errorLine, EXIT_OK, EXIT_USAGE, type Io } from './io';
import { bundleInspect } from './commands/bundleInspect';
import { bundleVerify } from './commands/bundleVerify';
import { merge } from './commands/merge';
import { report } from './commands/report';

export const COMMANDS: readonly Command[] = [bundleInspect, bundleVerify, merge, report];

export function generalHelp(): string[] {
  return [
    'pco — coordinatore PCO Desk senza interfaccia / PCO Desk headless coordinator',
    '',
    'uso / usage: pco COMANDO [argomenti] / pco COMMAND [arguments]',
    '',
    'comandi / commands:',
    ...COMMANDS.flatMap((command) => [`  ${command.usage}`, `      ${command.summary[0]}`, `      ${command.summary[1]}`]),
    '',
    "pco COMANDO --help per i dettagli / pco COMMAND --help for details",
    'uscita/exit: 0 ok, 1 rifiutato o input non valido / refused or invalid input, 2 uso errato / wrong usage',
  ];
}

function find(argv: readonly string[]): { command: Command; rest: readonly string[] } | null {
  for (const command of COMMANDS) {
    if (command.path.every((word, index) => argv[index] === word)) return { command, rest: argv.slice(command.path.length) };
  }
  return null;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    for (const line of generalHelp()) io.out(line);
    return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  const found = find(argv);
  if (!found) {
    io.err(errorLine(new CliError(`comando sconosciuto: ${argv.join(' ')}`, `unknown command: ${argv.join(' ')}`)));
    io.err('pco --help');
    return EXIT_USAGE;
  }
  try {
    const args = parseCommand(found.command, found.rest);
    if (args.help) {
      for (const line of commandHelp(found.command)) io.out(line);
      return EXIT_OK;
    }
    return await found.command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(errorLine(error));
      return error.exitCode;
    }
    throw error;
  }
}
