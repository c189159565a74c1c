import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Readonly<Record<string, string>> = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
});

/** Types a static host compresses on the fly; Pagefind's own files are compressed already. */
const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

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
 * A static file server like any static host or CDN: `/x/` serves `/x/index.html`, text is sent
 * gzipped when the browser accepts it (compressed once and kept), everything else as is.
 * Listens on 127.0.0.1 on a free port.
 */
export async function serveStatic(mounts: readonly Mount[]): Promise<StaticServer> {
  const gzipped = new Map<string, Buffer>();
  const extra = new Map<string, string>();
  const debug = process.env['BENCH_DEBUG'] === '1';
  let sent = 0;
  const counted = new WeakMap<object, number>();
  const server: Server = createServer((request, response) => {
    response.once('finish', () => {
      const socket = request.socket;
      const before = counted.get(socket) ?? 0;
      counted.set(socket, socket.bytesWritten);
      sent += socket.bytesWritten - before;
      if (debug) console.log(`bench: served ${socket.bytesWritten - before} bytes for ${request.url}`);
    });
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    const page = extra.get(pathname);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': types['.html'] as string, 'cache-control': 'no-store' });
      response.end(page);
      return;
    }
    const mount = mounts.find((m) => pathname.startsWith(m.prefix));
    let file = mount === undefined ? undefined : normalize(join(mount.dir, pathname.slice(mount.prefix.length)));
    if (file !== undefined && mount !== undefined && !file.startsWith(normalize(mount.dir))) file = undefined;
    if (file !== undefined && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (file === undefined || !existsSync(file)) {
      const notFound = mounts.map((m) => join(m.dir, '404.html')).find((path) => existsSync(path));
      response.writeHead(404, { 'content-type': types['.html'] as string });
      response.end(notFound === undefined ? 'Not found' : readFileSync(notFound));
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'public, max-age=600' };
    let body: Buffer = readFileSync(file);
    if (compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const cached = gzipped.get(file) ?? gzipSync(body);
      gzipped.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
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

