// `npm run demo -- --workers N --seed S [--variant today|historical] [--anchor YYYY-MM-DD] --out FILE`:
// writes a deterministic demo programme as JSON.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEMO_CLI_USAGE, parseDemoArgs } from '../../shared/demo/cliArgs';
import { generateDemoProgramme } from '../../shared/demo/generator';
import { WORKER_STATUSES } from '../../shared/domain/vocabulary';

/** Larger files are written compact: pretty-printing 30,000 workers only makes them slow to open. */
const PRETTY_PRINT_LIMIT = 1000;
const EXIT_BAD_ARGUMENTS = 2;

async function main(): Promise<number> {
  const parsed = parseDemoArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    console.log(DEMO_CLI_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`demo: ${parsed.message}\n\n${DEMO_CLI_USAGE}`);
    return EXIT_BAD_ARGUMENTS;
  }
  const { workers, seed, variant, anchor, out } = parsed.options;
  const demo = generateDemoProgramme({ workers, seed, variant, anchor });
  const json = workers <= PRETTY_PRINT_LIMIT ? JSON.stringify(demo, null, 2) : JSON.stringify(demo);
  const path = resolve(process.cwd(), out);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${json}\n`, 'utf8');

  const byStatus = WORKER_STATUSES.map((status) => [status, demo.workers.filter(({ worker }) => worker.status === status).length] as const);
  const caseHolders = demo.counselors.filter((counselor) => counselor.role === 'counselor').length;
  console.log(`Demo programme "${demo.programme.name}", seed ${seed}, as of ${demo.anchor}${variant === 'historical' ? ' (historical)' : ''}`);
  console.log(`  workers:    ${demo.workers.length} joined (${byStatus.map(([status, count]) => `${status} ${count}`).join(', ')})`);
  if (demo.nonParticipants.length > 0) console.log(`              ${demo.nonParticipants.length} more on the HR list, not joined or awaiting consent`);
  console.log(`  counselors: ${caseHolders} + 1 coordinator`);
  console.log(`  employers:  ${demo.employers.length}`);
  console.log(`Written to ${path} (${Math.round(Buffer.byteLength(json) / 1024)} KiB)`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
