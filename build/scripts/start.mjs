// `npm start`: runs the desktop app when the Electron binary is installed, otherwise builds and
// serves the web version (same UI, browser file APIs) on 127.0.0.1.
//   Electron present: npm run build, then electron <project dir>
//   Electron missing: one download attempt, else npm run build:web, then serve dist/web (build/scripts/serve-web.mjs)
// Ctrl-C, or a SIGTERM to `npm start`, stops whatever step is running (the build, the app or the
// server) and nothing after it starts: a signal is passed on to the child we are waiting for, since
// a SIGTERM sent to npm reaches only us, not our children.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve-web.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));

/**
 * One plain line for a failed Electron download, from whatever the installer printed (a stack
 * trace such as `RequestError: getaddrinfo ENOTFOUND github.com` and a dozen `at …` lines).
 */
export function downloadFailureLine(output) {
  const text = String(output ?? '');
  const dns = /getaddrinfo (ENOTFOUND|EAI_AGAIN) ([^\s:]+)/.exec(text);
  if (dns) return `no network: cannot reach ${dns[2]}`;
  const network = /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|CERT_[A-Z_]+|UNABLE_TO_[A-Z_]+)\b/.exec(text);
  if (network) return `network error ${network[1]}`;
  const http = /Response code (\d{3})/i.exec(text);
  if (http) return `the download server answered HTTP ${http[1]}`;
  const first = text.split('\n').map((line) => line.trim()).find((line) => line !== '' && !line.startsWith('at '));
  if (!first) return 'the download did not finish';
  return first.length > 160 ? `${first.slice(0, 157)}…` : first;
}

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

/** What a signal asked for: set once, read after every step so nothing new starts. */
const stop = { signal: undefined, child: undefined, server: undefined };

function onSignal(signal) {
  if (stop.signal) return;
  stop.signal = signal;
  if (stop.child) signalTree(stop.child, signal);
  if (stop.server) {
    console.log('\nStopping the web server.');
    stop.server.close();
    stop.server.closeAllConnections();
  }
}

// Off Windows each child leads its own process group, so a signal reaches npm and what npm runs
// under it (vite, the build's workers) at once: npm alone does not always pass it down.
const ownGroup = process.platform !== 'win32';

function signalTree(child, signal) {
  try {
    if (ownGroup && child.pid) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Already gone.
  }
}

const exitCodeOfSignal = (signal) => (signal === 'SIGINT' ? 130 : 143);

/** Runs a child; resolves with its exit code and, when asked, what it wrote (signals count as failure). */
function run(command, args, { capture = false, ...options } = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: ownGroup, ...options });
    stop.child = child;
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    const done = (code) => {
      stop.child = undefined;
      resolveRun({ code, output });
    };
    child.once('error', (error) => {
      output += error.message;
      if (!capture) console.error(`Cannot run ${command}: ${error.message}`);
      done(1);
    });
    child.once('close', (code, signal) => done(code ?? (signal ? exitCodeOfSignal(signal) : 1)));
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
  if (built.code !== 0 || stop.signal) return built.code;
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  return (await run(binary, [root], { env })).code;
}

async function startWeb(reason) {
  console.log(`Electron binary not installed (${reason}); serving the web build instead`);
  const built = await npmRun('build:web');
  if (built.code !== 0 || stop.signal) return built.code;
  const { server, url } = await serveStatic({ root: join(root, 'dist', 'web') });
  if (stop.signal) {
    server.close();
    return exitCodeOfSignal(stop.signal);
  }
  stop.server = server;
  console.log(`\n  PCO Desk (web) → ${url}\n\n  Press Ctrl-C to stop.\n`);
  return new Promise((resolveCode) => server.once('close', () => resolveCode(0)));
}

/**
 * Dependency install scripts are off (.npmrc), so a fresh clone has no Electron binary: try its
 * download once, briefly, quietly. Offline or blocked machines get one line and the web build.
 */
async function tryDownloadElectron() {
  if (process.env.CI || process.env.PCO_NO_ELECTRON_DOWNLOAD) return undefined;
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return undefined;
  console.log('Electron binary not found: trying to download it once (set PCO_NO_ELECTRON_DOWNLOAD=1 to skip)…');
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const { code, output } = await run(process.execPath, [installer], { env, timeout: 120_000, capture: true });
  return code === 0 ? undefined : `download failed: ${downloadFailureLine(output)}; with network: node node_modules/electron/install.js`;
}

async function main() {
  let electron = findElectron();
  if (!electron.binary) {
    const failure = await tryDownloadElectron();
    if (stop.signal) return exitCodeOfSignal(stop.signal);
    electron = findElectron();
    if (!electron.binary && failure) electron = { reason: failure };
  }
  return electron.binary ? startElectron(electron.binary) : startWeb(electron.reason);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.exit(await main());
}
