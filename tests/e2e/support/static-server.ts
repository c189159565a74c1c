/**
 * A small static file server for a built site, as a static host would serve it:
 * `/x/` serves `/x/index.html`, `/x` redirects to `/x/` when that is a folder,
 * a missing path gets `/404.html` with status 404, and nothing is cached.
 * It only ever serves files inside `root`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** Content types for what an Astro build writes. */
const contentTypes: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
});

/** A running server; `close` stops it. */
export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:4389`. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

async function fileAt(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index)).isFile() ? index : undefined;
    }
  } catch {
    // missing: undefined
  }
  return undefined;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function send(response: import('node:http').ServerResponse, status: number, file: string, method: string): void {
  response.writeHead(status, {
    'Content-Type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/** True when `error` says the port was taken. */
export function isPortInUse(error: unknown): boolean {
  return error instanceof Error && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}

/** Serve `root` on `host:port` (port 0 picks a free one). */
export async function serveStatic(root: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const method = request.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        response.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      let decoded: string;
      try {
        decoded = decodeURIComponent(pathname);
      } catch {
        response.writeHead(400).end('bad path');
        return;
      }
      const target = resolve(base, `.${decoded}`);
      const inside = target === base || target.startsWith(base + sep);
      if (inside && !decoded.endsWith('/') && (await isFolder(target))) {
        response.writeHead(301, { Location: `${pathname}/`, 'Cache-Control': 'no-store' }).end();
        return;
      }
      const file = inside ? await fileAt(target) : undefined;
      if (file !== undefined) {
        send(response, 200, file, method);
        return;
      }
      const notFound = await fileAt(join(base, '404.html'));
      if (notFound !== undefined) send(response, 404, notFound, method);
      else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    })().catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(`static server: port ${port} on ${host} is already in use. Fix: stop what uses it, or set E2E_PORT to a free port.`, {
              cause: error,
            })
          : error,
      ),
    );
    server.listen(port, host, () => done());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
