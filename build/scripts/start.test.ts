// `npm start` on a machine where Electron cannot be downloaded: the script is copied into a small
// project whose `electron` package has no binary and whose installer fails the way the real one
// does offline, and whose build:web writes a one-line page. Everything waits on what the script
// prints or on its exit, never on time.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadFailureLine } from './start.mjs';

const scripts = dirname(fileURLToPath(import.meta.url));

const OFFLINE_STACK = `RequestError: getaddrinfo ENOTFOUND github.com
    at ClientRequest.<anonymous> (/x/node_modules/got/source/request-as-event-emitter.js:178:14)
    at Object.onceWrapper (node:events:634:26)
    at ClientRequest.emit (node:events:531:35)
    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:120:26)`;

/** A project with a broken Electron and a build:web that runs `buildCommand` first. */
function fakeProject(buildBody: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pco-start-'));
  mkdirSync(join(dir, 'build', 'scripts'), { recursive: true });
  for (const file of ['start.mjs', 'serve-web.mjs']) copyFileSync(join(scripts, file), join(dir, 'build', 'scripts', file));
  mkdirSync(join(dir, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '0.0.0', main: 'index.js' }));
  writeFileSync(join(dir, 'node_modules', 'electron', 'index.js'), "throw new Error('Electron failed to install correctly, please delete node_modules/electron and try installing again');\n");
  writeFileSync(join(dir, 'node_modules', 'electron', 'install.js'), `console.error(${JSON.stringify(OFFLINE_STACK)});\nprocess.exit(1);\n`);
  writeFileSync(join(dir, 'build-web.cjs'), buildBody);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fake', private: true, type: 'module', scripts: { 'build:web': 'node build-web.cjs' } }));
  return dir;
}

const WRITES_PAGE = `const fs = require('node:fs');
fs.mkdirSync('dist/web', { recursive: true });
fs.writeFileSync('dist/web/index.html', '<!doctype html><title>PCO</title><p>ciao</p>');
`;

interface Started {
  child: ChildProcess;
  output: () => string;
  waitFor: (pattern: RegExp) => Promise<RegExpExecArray>;
  exited: Promise<number | null>;
}

function start(dir: string): Started {
  const unset = new Set(['CI', 'PCO_NO_ELECTRON_DOWNLOAD', 'npm_execpath', 'ELECTRON_OVERRIDE_DIST_PATH']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !unset.has(name)));
  const child = spawn(process.execPath, [join(dir, 'build', 'scripts', 'start.mjs')], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const waiter of [...waiters]) waiter();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolveExit) => child.once('close', (code) => resolveExit(code)));
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolveMatch, reject) => {
      const check = () => {
        const match = pattern.exec(text);
        if (match) resolveMatch(match);
      };
      waiters.push(check);
      check();
      void exited.then(() => {
        check();
        reject(new Error(`exited before ${pattern}: ${text}`));
      });
    });
  return { child, output: () => text, waitFor, exited };
}

const projects: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm start without Electron', () => {
  it('says in one line why the download failed, serves the web build, and a SIGTERM stops the server', async () => {
    const dir = fakeProject(WRITES_PAGE);
    projects.push(dir);
    const started = start(dir);
    children.push(started.child);
    const [, url = ''] = await started.waitFor(/PCO Desk \(web\) → (http:\/\/\S+)/);
    expect((await fetch(url)).status).toBe(200);

    const output = started.output();
    expect(output).toContain('download failed: no network: cannot reach github.com');
    expect(output).not.toMatch(/RequestError|\n\s+at /);

    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('stops at a SIGTERM during the build and never starts the server', async () => {
    // The build says it started, then runs until a signal ends it (or, should one be lost, until the test removes the project).
    const dir = fakeProject(`console.log('building…');\nsetInterval(() => require('node:fs').existsSync('package.json') || process.exit(1), 100);\n`);
    projects.push(dir);
    const started = start(dir);
    children.push(started.child);
    await started.waitFor(/building…/);
    started.child.kill('SIGTERM');
    expect(await started.exited).not.toBe(0);
    expect(started.output()).not.toContain('PCO Desk (web)');
  });
});

describe('downloadFailureLine', () => {
  it('turns installer output into one plain line', () => {
    expect(downloadFailureLine(OFFLINE_STACK)).toBe('no network: cannot reach github.com');
    expect(downloadFailureLine('RequestError: getaddrinfo EAI_AGAIN objects.githubusercontent.com\n    at x')).toBe('no network: cannot reach objects.githubusercontent.com');
    expect(downloadFailureLine('Error: connect ETIMEDOUT 1.2.3.4:443\n    at y')).toBe('network error ETIMEDOUT');
    expect(downloadFailureLine('HTTPError: Response code 404 (Not Found)\n    at z')).toBe('the download server answered HTTP 404');
    expect(downloadFailureLine('\n  Something else broke\n    at a')).toBe('Something else broke');
    expect(downloadFailureLine('')).toBe('the download did not finish');
  });
});
