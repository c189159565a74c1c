import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** Files a static host compresses on the fly; Pagefind's own index files are compressed already. */
const compressible: ReadonlySet<string> = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

/** A folder served under a URL prefix. */
export interface Mount {
  readonly prefix: string;
  readonly dir: string;
}

export interface StaticServer {
  readonly url: string;
  /**
   * Bytes written to the network so far (status lines, headers and bodies as sent, compressed),
   * for every request from any page or worker.
   */
  bytesSent(): number;
  /** Pages served from memory, e.g. a blank page for Pagefind. */
  readonly extra: Map<string, string>;
  close(): Promise<void>;
}

/**
 * The file `pathname` names in `dir` (`/x/` is `/x/index.html`), when it is text a host would
 * compress; its gzipped copy is written beside it once (`x.html.gz`), which sirv then serves to a
 * browser that accepts gzip. So the bench pays for compressing a file once, as a CDN does.
 */
function gzipOnce(dir: string, pathname: string): void {
  let file = normalize(join(dir, pathname));
  if (!file.startsWith(dir) || !existsSync(file)) return;
  if (statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!compressible.has(extname(file)) || !existsSync(file) || existsSync(`${file}.gz`)) return;
  writeFileSync(`${file}.gz`, gzipSync(readFileSync(file)));
}

/**
 * A static file server like any static host or CDN, on sirv: `/x/` serves `/x/index.html`, text
 * is sent gzipped when the browser accepts it, everything else as is, cached for ten minutes;
 * a missing path gets the first mount's `404.html`. Listens on 127.0.0.1 on a free port. Writes
 * the gzipped copies into the mounted folders (see `gzipOnce`), which must be the bench's own.
 */
export async function serveStatic(mounts: readonly Mount[]): Promise<StaticServer> {
  const extra = new Map<string, string>();
  const notFoundPage = mounts.map((m) => join(m.dir, '404.html')).find((path) => existsSync(path));
  const notFound = (_request: IncomingMessage, response: ServerResponse): void => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(notFoundPage === undefined ? 'Not found' : readFileSync(notFoundPage));
  };
  const handlers = mounts.map((mount) => ({
    prefix: mount.prefix,
    dir: normalize(mount.dir + sep),
    serve: sirv(mount.dir, {
      // Looks files up on every request, so that it sees the gzipped copies written since it started.
      dev: true,
      gzip: true,
      extensions: ['html'],
      setHeaders: (response) => response.setHeader('Cache-Control', 'public, max-age=600'),
      onNoMatch: notFound,
    }),
  }));
  const debug = process.env['BENCH_DEBUG'] === '1';
  let sent = 0;
  const counted = new WeakMap<object, number>();
  const count = (request: IncomingMessage, response: ServerResponse): void => {
    response.once('finish', () => {
      const socket = request.socket;
      const before = counted.get(socket) ?? 0;
      counted.set(socket, socket.bytesWritten);
      sent += socket.bytesWritten - before;
      if (debug) console.log(`bench: served ${socket.bytesWritten - before} bytes for ${request.url}`);
    });
  };
  const server = createServer((request, response) => {
    count(request, response);
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const page = extra.get(pathname);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(page);
      return;
    }
    const handler = handlers.find((h) => pathname.startsWith(h.prefix));
    if (handler === undefined) {
      notFound(request, response);
      return;
    }
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) gzipOnce(handler.dir, pathname.slice(handler.prefix.length));
    request.url = `/${(request.url ?? '/').slice(handler.prefix.length).replace(/^\//, '')}`;
    handler.serve(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bytesSent: () => sent,
    extra,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
