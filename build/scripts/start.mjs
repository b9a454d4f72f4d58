// `npm start`: runs the desktop app when the Electron binary is installed, otherwise builds and
// serves the web version (same UI, browser file APIs) on 127.0.0.1.
//   Electron present: npm run build, then electron <project dir>
//   Electron missing: one download attempt, else npm run build:web, then serve dist/web (build/scripts/serve-web.mjs)
// Ctrl-C stops the app or the server and exits cleanly.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve-web.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));

/** The Electron executable, or the reason there is none. */
function findElectron() {
  try {
    // The `electron` package exports the binary's path, and throws if it was never downloaded.
    const binary = require('electron');
    if (typeof binary !== 'string') return { reason: 'the electron package did not return a path' };
    if (!existsSync(binary)) return { reason: `${binary} does not exist` };
    return { binary };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The package throws "Electron failed to install correctly…" when its download never happened.
    return { reason: /failed to install/i.test(message) ? 'node_modules/electron has no downloaded binary' : message.split('\n')[0] };
  }
}

/** Runs a child with inherited stdio; resolves with its exit code (signals count as failure). */
function run(command, args, options = {}) {
  return new Promise((resolveCode) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    // Ctrl-C reaches the whole process group; we only wait for the child to finish with it.
    const ignore = () => {};
    process.on('SIGINT', ignore);
    process.on('SIGTERM', ignore);
    const done = (code) => {
      process.off('SIGINT', ignore);
      process.off('SIGTERM', ignore);
      resolveCode(code);
    };
    child.once('error', (error) => {
      console.error(`Cannot run ${command}: ${error.message}`);
      done(1);
    });
    child.once('exit', (code, signal) => done(code ?? (signal ? 130 : 1)));
  });
}

/** `npm run <script>` with the npm that launched us when there is one (works on every OS). */
function npmRun(script) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.c?js$/.test(npmCli)) return run(process.execPath, [npmCli, 'run', script]);
  const windows = process.platform === 'win32';
  return run(windows ? 'npm.cmd' : 'npm', ['run', script], { shell: windows });
}

async function startElectron(binary) {
  const built = await npmRun('build');
  if (built !== 0) return built;
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  return run(binary, [root], { env });
}

async function startWeb(reason) {
  console.log(`Electron binary not installed (${reason}; with network: node node_modules/electron/install.js); serving the web build instead`);
  const built = await npmRun('build:web');
  if (built !== 0) return built;
  const { server, url } = await serveStatic({ root: join(root, 'dist', 'web') });
  console.log(`\n  PCO Desk (web) → ${url}\n\n  Press Ctrl-C to stop.\n`);
  return new Promise((resolveCode) => {
    const stop = () => {
      console.log('\nStopping the web server.');
      server.close(() => resolveCode(0));
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/**
 * Dependency install scripts are off (.npmrc), so a fresh clone has no Electron binary: try its
 * download once, briefly. Offline or blocked machines fall through to the web build at once.
 */
async function tryDownloadElectron() {
  if (process.env.CI || process.env.PCO_NO_ELECTRON_DOWNLOAD) return;
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return;
  console.log('Electron binary not found: trying to download it once (set PCO_NO_ELECTRON_DOWNLOAD=1 to skip)…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  await run(process.execPath, [installer], { env, timeout: 120_000 });
}

let electron = findElectron();
if (!electron.binary) {
  await tryDownloadElectron();
  electron = findElectron();
}
const code = electron.binary ? await startElectron(electron.binary) : await startWeb(electron.reason);
process.exit(code);
