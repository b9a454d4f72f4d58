#!/usr/bin/env node
// Entry of the `pco` command line tool (bin in package.json, bundled by build/scripts/build-cli.mjs).
import { processIo } from './io';
import { main } from './main';

// `pco … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not an expected refusal: a bug. Say so in both languages and keep the stack for the report.
    console.error('errore interno / internal error:', error);
    process.exitCode = 1;
  },
);
