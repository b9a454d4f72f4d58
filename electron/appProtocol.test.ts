import { mkdir, mkdtemp, readFile, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, appRelativePath, mimeTypeFor, serveAppRequest, type AppFiles } from './appProtocol';

let base: string;
/** dist/renderer of a build: index.html, assets, and a secret next to it that must stay unreachable. */
let root: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'pco-app-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>PCO Desk</title>');
  await writeFile(join(root, 'assets', 'index-abc123.js'), 'export {};');
  await writeFile(join(root, 'assets', 'reportWorker-def456.js'), 'self.onmessage = () => {};');
  await writeFile(join(root, 'assets', 'index-abc123.css'), 'body{}');
  await writeFile(join(root, 'assets', 'argon2.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(join(root, 'assets', 'Nome con spazi.svg'), '<svg/>');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer');
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const files: AppFiles = { realpath: (path) => realpath(path), stat: (path) => stat(path), readFile: (path) => readFile(path) };
const get = (url: string, method = 'GET') => serveAppRequest({ url, method }, root, files);
const text = (body: Uint8Array | null) => (body === null ? null : new TextDecoder().decode(body));

describe('the app:// scheme', () => {
  it('is standard and secure with fetch, and nothing that would loosen it', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
    expect(APP_INDEX_URL).toBe('app://pco/index.html');
  });
});

describe('serving the renderer', () => {
  it('serves index.html for the root and by name, with the CSP header', async () => {
    for (const url of ['app://pco/', 'app://pco', 'app://pco/index.html', 'app://pco/index.html#/workers', 'app://pco/index.html?x=1', 'app://PCO/index.html']) {
      const answer = await get(url);
      expect(answer.status, url).toBe(200);
      expect(text(answer.body)).toContain('<title>PCO Desk</title>');
      expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(answer.headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  it('serves assets with their MIME types (scripts, workers, styles, WebAssembly, images), the CSP on every response', async () => {
    const expected: [string, string][] = [
      ['app://pco/assets/index-abc123.js', 'text/javascript; charset=utf-8'],
      ['app://pco/assets/reportWorker-def456.js', 'text/javascript; charset=utf-8'],
      ['app://pco/assets/index-abc123.css', 'text/css; charset=utf-8'],
      ['app://pco/assets/argon2.wasm', 'application/wasm'],
      ['app://pco/assets/Nome%20con%20spazi.svg', 'image/svg+xml'],
    ];
    for (const [url, type] of expected) {
      const answer = await get(url);
      expect(answer.status, url).toBe(200);
      expect(answer.headers['Content-Type'], url).toBe(type);
      expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    expect([...((await get('app://pco/assets/argon2.wasm')).body ?? [])]).toEqual([0, 97, 115, 109]);
  });

  it('answers 404 for unknown paths, folders and other hosts', async () => {
    for (const url of ['app://pco/nope.js', 'app://pco/assets', 'app://pco/assets/', 'app://other/index.html', 'app://pco:8080/index.html', 'app://user@pco/index.html', 'file:///index.html', 'https://pco/index.html', 'not a url']) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      expect(answer.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('never leaves the renderer folder: dot segments, encoded dots and slashes, backslashes, absolute paths, NUL', async () => {
    const attempts = [
      'app://pco/../secret.txt',
      'app://pco/assets/../../secret.txt',
      'app://pco/%2e%2e/secret.txt',
      'app://pco/%2E%2E/secret.txt',
      'app://pco/assets/..%2f..%2fsecret.txt',
      'app://pco/..%5csecret.txt',
      'app://pco/assets\\..\\..\\secret.txt',
      `app://pco/${encodeURIComponent(join(base, 'secret.txt'))}`,
      `app://pco/${join(base, 'secret.txt')}`,
      'app://pco//etc/passwd',
      'app://pco/C:%5CWindows%5Cwin.ini',
      'app://pco/index.html%00.js',
      'app://pco/%E0%A4%A',
      'app://pco/.hidden',
    ];
    for (const url of attempts) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      expect(text(answer.body), url).not.toContain('outside the renderer');
    }
  });

  it('does not follow a symbolic link out of the renderer folder', async () => {
    await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.js'));
    await symlink(base, join(root, 'up'));
    expect((await get('app://pco/assets/link.js')).status).toBe(404);
    expect((await get('app://pco/up/secret.txt')).status).toBe(404);
  });

  it('follows a symbolic link that stays inside (a packaged asar may hold some)', async () => {
    await symlink(join(root, 'index.html'), join(root, 'assets', 'home.html'));
    expect((await get('app://pco/assets/home.html')).status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://pco/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
    const post = await get('app://pco/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers['Allow']).toBe('GET, HEAD');
  });

  it('turns a read failure into a 404, never a rejection', async () => {
    const broken: AppFiles = { ...files, readFile: () => Promise.reject(new Error('EIO')) };
    expect((await serveAppRequest({ url: 'app://pco/index.html', method: 'GET' }, root, broken)).status).toBe(404);
  });
});

describe('path resolution', () => {
  it('maps URLs to segments under the renderer folder', () => {
    expect(appRelativePath('app://pco/')).toEqual(['index.html']);
    expect(appRelativePath('app://pco/assets/a.js?v=1#x')).toEqual(['assets', 'a.js']);
    expect(appRelativePath('app://pco/assets/Nome%20con%20spazi.svg')).toEqual(['assets', 'Nome con spazi.svg']);
    expect(appRelativePath('app://pco/a/%2e%2e%2fb')).toBeUndefined();
  });

  it('knows the MIME types a Vite build emits, and says octet-stream for the rest', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.MJS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.json')).toBe('application/json');
    expect(mimeTypeFor('font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.png')).toBe('image/png');
    expect(mimeTypeFor('README')).toBe('application/octet-stream');
  });
});

describe('main.ts wiring (read as text: this machine has no Electron binary to start it)', () => {
  it('registers the scheme before ready, serves it through protocol.handle and loads the window from it, never from file://', async () => {
    const main = await readFile(join(import.meta.dirname, 'main.ts'), 'utf8');
    const registered = main.indexOf('protocol.registerSchemesAsPrivileged(');
    expect(registered).toBeGreaterThan(-1);
    expect(registered).toBeLessThan(main.indexOf('.whenReady()'));
    expect(main).toMatch(/protocol\.handle\(APP_SCHEME,/);
    expect(main).toMatch(/\.loadURL\(APP_INDEX_URL\)/);
    expect(main).not.toMatch(/loadFile\(|pathToFileURL|['`]file:/);
  });
});
