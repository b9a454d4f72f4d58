// A tiny static server for the web build (dist/web), local only: binds 127.0.0.1, takes port
// 4173 or the next free one, answers GET/HEAD, never serves a file outside the root, and falls
// back to index.html for unknown routes so client-side routing survives a reload. The CSP of the
// page's <meta> tag is also sent as a header, plus frame-ancestors 'none' (header-only directive).
//   node build/scripts/serve-web.mjs [dir] [--port 4173]   (an explicit --port must be free)
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The CSP in index.html's <meta http-equiv="Content-Security-Policy">, if there is one. */
async function readMetaCsp(indexPath) {
  try {
    const html = await readFile(indexPath, 'utf8');
    const tag = html.match(/<meta[^>]+http-equiv=["']Content-Security-Policy["'][^>]*>/i)?.[0];
    const content = tag?.match(/content=(["'])(.*?)\1/i)?.[2];
    // The attribute is HTML-escaped in the file (Vite writes ' as &#39;); a header needs it plain.
    return content?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  } catch {
    return undefined;
  }
}

/** Maps a request path to a file inside root, or undefined if it would escape root. */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const candidate = resolve(root, '.' + normalize('/' + decoded));
  return candidate === root || candidate.startsWith(root + sep) ? candidate : undefined;
}

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

function listen(server, host, port, attemptsLeft) {
  return new Promise((resolvePort, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE' && attemptsLeft > 0) resolvePort(listen(server, host, port + 1, attemptsLeft - 1));
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePort(port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts serving `root`; resolves with the server and its URL. Without `strictPort` a busy port
 * moves on to the next free one (up to 20 tries).
 */
export async function serveStatic({ root, host = '127.0.0.1', port = 4173, strictPort = false }) {
  const rootDir = resolve(root);
  const indexPath = join(rootDir, 'index.html');
  if (!(await fileAt(indexPath))) throw new Error(`${indexPath} not found: build the web app first (npm run build:web)`);
  const metaCsp = await readMetaCsp(indexPath);
  // A <meta> CSP cannot carry frame-ancestors, so the build leaves it out; a header can.
  const csp = metaCsp && !/frame-ancestors/.test(metaCsp) ? `${metaCsp}; frame-ancestors 'none'` : metaCsp;
  const headers = csp ? { ...BASE_HEADERS, 'Content-Security-Policy': csp } : BASE_HEADERS;

  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const target = resolveInside(rootDir, pathname);
    if (!target) {
      response.writeHead(400, headers).end('Bad request');
      return;
    }
    let path = target;
    let info = await fileAt(path);
    if (!info && extname(pathname) === '') {
      // A client-side route (no file extension): give the app shell.
      path = indexPath;
      info = await fileAt(path);
    }
    if (!info) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const immutable = path.startsWith(join(rootDir, 'assets') + sep);
    response.writeHead(200, {
      ...headers,
      'Content-Type': MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).on('error', () => response.destroy()).pipe(response);
  });

  const actualPort = await listen(server, host, port, strictPort ? 0 : 20);
  return { server, url: `http://${host}:${actualPort}/` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 4173;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error('--port needs a port number');
    process.exit(1);
  }
  const positional = args.filter((arg, i) => !arg.startsWith('--') && (portIndex < 0 || i !== portIndex + 1));
  const dir = positional[0] ?? 'dist/web';
  try {
    const { server, url } = await serveStatic({ root: dir, port, strictPort: portIndex >= 0 });
    console.log(`PCO Desk (web) → ${url}`);
    const stop = () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
