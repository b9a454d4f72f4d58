// Bundles the Electron main process and the preload with esbuild:
//   electron/main.ts    → dist/electron/main.cjs
//   electron/preload.ts → dist/electron/preload.cjs
// Both are single CommonJS files with only `electron` left external: the preload runs in a
// sandboxed renderer, where `require` knows nothing but a few Electron modules, so everything
// it imports (the IPC channel names) must be inlined. Usage: node build/scripts/build-electron.mjs
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = join(root, 'dist', 'electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

const started = Date.now();
await rm(outdir, { recursive: true, force: true });
const results = await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: join(outdir, 'main.cjs'), metafile: true }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: join(outdir, 'preload.cjs'), metafile: true }),
]);

for (const result of results) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.cjs')) console.log(`  ${file}  ${(output.bytes / 1024).toFixed(1)} KiB`);
  }
}
console.log(`Electron main + preload bundled in ${Date.now() - started} ms`);
