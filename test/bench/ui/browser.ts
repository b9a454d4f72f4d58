// What the browser benchmarks need around the page: the web build served on a free local port,
// Chromium launched on a profile folder that outlives the browser (so a second launch is a cold
// start on the same IndexedDB), and the memory of the page's renderer process read from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../chromium';

export interface WebServer {
  readonly url: string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Serves dist/web with the project's own static server (same CSP headers as `npm start`). */
export async function serveWebBuild(root = 'dist/web', fixedPort?: number): Promise<WebServer> {
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root} is missing: npm run bench builds it first (npm run build:web)`);
  // IndexedDB belongs to the origin: a profile loaded on one port is empty on another.
  const port = fixedPort ?? (await freePort());
  const child: ChildProcess = spawn(process.execPath, ['build/scripts/serve-web.mjs', root, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`web server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const found = /→ (http:\/\/\S+)/.exec(chunk.toString());
      if (found?.[1]) resolve(found[1]);
    });
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** The reason browser benchmarks cannot run here, or null. */
export function chromiumMissing(): string | null {
  return chromiumExecutable ? null : 'no Chromium found (install the chromium package or set PCO_CHROMIUM)';
}

export function launchProfile(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    ...(chromiumExecutable ? { executablePath: chromiumExecutable } : {}),
    // No spare renderer kept warm for the next site: the renderers measured are the app's.
    // Precise performance.memory: the import bench samples the page's JS heap with it.
    args: [...CHROMIUM_ARGS, '--disable-features=SpareRendererForSitePerProcess', '--enable-precise-memory-info'],
    headless: true,
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    viewport: { width: 1400, height: 900 },
  });
}

/** The tab a persistent context opens with: the app goes there, so no blank tab keeps a renderer of its own. */
export async function firstTab(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? context.newPage();
}

async function proportionalSetSizeMB(pid: number): Promise<number> {
  // Pss shares each library page among the processes mapping it: the fair share of this process.
  const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8');
  return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) / 1024;
}

/** Chromium's processes started by this benchmark process, with their --type (browser for none). */
async function chromiumProcesses(): Promise<{ pid: number; type: string }[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The command name may hold spaces and parentheses: the parent pid follows its last ')'.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isFinite(parent)) parents.set(Number(entry), parent);
  }
  const descends = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === process.pid) return true;
    return false;
  };
  const found: { pid: number; type: string }[] = [];
  for (const pid of parents.keys()) {
    if (!descends(pid)) continue;
    // Chromium rewrites its process title, so arguments may be separated by spaces instead of NULs.
    const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split(/[\0 ]/);
    if (!/chrom/i.test(cmdline[0] ?? '')) continue;
    const type = cmdline.find((arg) => arg.startsWith('--type='))?.slice('--type='.length) ?? 'browser';
    // Chromium's own interface (its top-chrome WebUI) runs in a renderer of its own: not the app's.
    found.push({ pid, type: cmdline.includes('--top-chrome-webui') ? 'chromium-ui' : type });
  }
  return found;
}

/**
 * Memory (Pss, MB) of Chromium's renderer processes, which run the page, its Web Workers and the
 * client side of IndexedDB, and of the browser process, which holds IndexedDB's storage backend.
 * Chromium's own interface renderer is left out (Electron has none); the benchmarks open the app in
 * the browser's first tab, so no blank tab is counted either. Linux only (/proc); elsewhere NaN.
 */
export async function processMemoryMB(): Promise<{ renderer: number; browser: number; renderers: number }> {
  if (process.platform !== 'linux') return { renderer: Number.NaN, browser: Number.NaN, renderers: 0 };
  const processes = await chromiumProcesses();
  const sum = async (type: string) => {
    let total = 0;
    for (const p of processes.filter((p) => p.type === type)) total += await proportionalSetSizeMB(p.pid).catch(() => 0);
    return total;
  };
  return { renderer: await sum('renderer'), browser: await sum('browser'), renderers: processes.filter((p) => p.type === 'renderer').length };
}

/** Runs `work` while sampling the renderer's memory every 250 ms: its result, time and peak Pss (MB). */
export async function withRendererPeak<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakMB: number }> {
  let peakMB = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { renderer } = await processMemoryMB();
      peakMB = Math.max(peakMB, renderer);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  const start = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - start, peakMB };
  } finally {
    sampling = false;
    await sampler;
  }
}

/**
 * The renderer's memory once it has settled: Chromium returns freed memory to the system some
 * seconds after a burst (a report's reading), so this samples every 5 s for `seconds` and gives the
 * last sample with the first, for the record.
 */
export async function settledRendererMemory(seconds = 30): Promise<{ first: number; settled: number }> {
  const first = (await processMemoryMB()).renderer;
  let settled = first;
  for (let waited = 0; waited < seconds; waited += 5) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    settled = (await processMemoryMB()).renderer;
  }
  return { first, settled };
}
