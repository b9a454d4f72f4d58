// The renderer's origin, app://pco/, instead of file://. main.ts registers the scheme before
// 'ready' as standard (a real origin: relative URLs, module scripts and workers resolve against
// it) and secure (a secure context: IndexedDB, WebCrypto), with fetch; never bypassCSP, CORS or
// service workers. It serves the built renderer folder (dist/renderer) through protocol.handle
// with serveAppRequest below, which answers every request with the CSP header and resolves the
// path here, without Electron, so the escapes are unit-tested: only plain names inside the
// renderer folder are served (no dot segments, encoded or not, no separators or NUL inside a
// name, no hidden files), a symbolic link that leads out of the folder is not followed, and
// anything else is a 404. fs is injected (the asar-aware fs in the app, real folders in tests).
import { extname, join, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, CSP_HEADER_NAME } from '../shared/security/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'pco';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** What protocol.registerSchemesAsPrivileged gets for the scheme: the least a web app needs. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

export interface AppFiles {
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

export interface AppResponse {
  readonly status: 200 | 404 | 405;
  readonly headers: Readonly<Record<string, string>>;
  /** null for HEAD and refusals without a body. */
  readonly body: Uint8Array | null;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(name: string): string {
  return MIME_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/** A segment we serve: a plain, visible file or folder name, once decoded. */
const isPlainSegment = (segment: string) => segment !== '' && !segment.startsWith('.') && !/[/\\:\0]/.test(segment);

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * The path a URL names inside the renderer folder, as segments (index.html for the root), or
 * undefined when the URL is not app://pco/… or its path is anything but plain names.
 */
export function appRelativePath(url: string): string[] | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname.toLowerCase() !== APP_HOST || parsed.port !== '' || parsed.username !== '' || parsed.password !== '') return undefined;
  const raw = parsed.pathname === '' || parsed.pathname === '/' ? ['index.html'] : parsed.pathname.slice(1).split('/');
  const segments = raw.map(decoded);
  return segments.every((segment): segment is string => segment !== undefined && isPlainSegment(segment)) ? segments : undefined;
}

const baseHeaders = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'X-Content-Type-Options': 'nosniff',
  [CSP_HEADER_NAME]: CONTENT_SECURITY_POLICY,
});

const notFound = (): AppResponse => ({ status: 404, headers: baseHeaders('text/plain; charset=utf-8'), body: new TextEncoder().encode('Not found') });

/** True when `path` is `folder` or inside it (both real paths). */
const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);

/** The answer to one request for the renderer folder `root`; never rejects. */
export async function serveAppRequest(request: AppRequest, root: string, files: AppFiles): Promise<AppResponse> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, headers: { ...baseHeaders('text/plain; charset=utf-8'), Allow: 'GET, HEAD' }, body: null };
  const segments = appRelativePath(request.url);
  if (!segments) return notFound();
  try {
    const [realRoot, realFile] = await Promise.all([files.realpath(root), files.realpath(join(root, ...segments))]);
    if (!isInside(realFile, realRoot) || !(await files.stat(realFile)).isFile()) return notFound();
    const body = request.method === 'HEAD' ? null : await files.readFile(realFile);
    return { status: 200, headers: baseHeaders(mimeTypeFor(realFile)), body };
  } catch {
    return notFound();
  }
}
