/**
 * A static file server for a built site, as a static host would serve it (sirv over node:http):
 * `/x/` serves `/x/index.html`, a missing path gets `/404.html` with status 404, and nothing is
 * cached: every request reads the file again, so a rebuilt site is served at once.
 * It only ever serves files inside `root`.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** A running server; `close` stops it. */
export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:4389`. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

/** True when `error` says the port was taken. */
export function isPortInUse(error: unknown): boolean {
  return error instanceof Error && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}

/** The site's own `404.html`, with status 404 (a plain "Not found" when the build has none). */
async function notFound(root: string, response: ServerResponse): Promise<void> {
  const page = await readFile(join(root, '404.html')).catch(() => undefined);
  const type = page === undefined ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8';
  response.writeHead(404, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }).end(page ?? 'Not found');
}

/** Serve `root` on `host:port` (port 0 picks a free one). */
export async function serveStatic(root: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  // `dev`: look each file up on disk when asked, and send `Cache-Control: no-store`.
  const files = sirv(root, { dev: true, setHeaders: (response) => response.setHeader('X-Content-Type-Options', 'nosniff') });
  const server = createServer((request, response) => {
    files(request, response, () => {
      notFound(root, response).catch((error: unknown) => response.writeHead(500).end(String(error)));
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
