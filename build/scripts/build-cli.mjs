// Bundles the `pco` command line tool with esbuild: cli/pco.ts → dist/cli/pco.cjs, one CommonJS
// file for Node 20 with every dependency inlined (age-encryption, @noble/*, zod, cli-progress,
// exceljs), so `npx pco` runs from the package without tsx. The shebang comes from pco.ts.
// Usage: node build/scripts/build-cli.mjs
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist', 'cli');
const outfile = join(outdir, 'pco.cjs');

const started = Date.now();
await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: ['cli/pco.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  metafile: true,
});
await chmod(outfile, 0o755);
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (file.endsWith('.cjs')) console.log(`  ${file}  ${(output.bytes / 1024).toFixed(1)} KiB`);
}
console.log(`pco bundled in ${Date.now() - started} ms`);
