import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../bench/src/static-server.ts';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** GET `path`, asking for gzip or not; the body is unzipped when the server zipped it. */
function get(server: StaticServer, path: string, gzip: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = gzip ? { 'accept-encoding': 'gzip' } : {};
    request(`${server.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString('utf8') });
      });
    })
      .on('error', reject)
      .end();
  });
}

describe("the benchmark's static server", () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-static-'));
  const site = join(root, 'site');
  const bundle = join(root, 'bundle');
  let server: StaticServer;

  beforeAll(async () => {
    mkdirSync(join(site, 'search'), { recursive: true });
    mkdirSync(bundle);
    writeFileSync(join(site, 'search', 'index.html'), `<!doctype html><title>Search</title>${'<p>text</p>'.repeat(200)}`);
    writeFileSync(join(site, '404.html'), '<!doctype html><title>Not here</title>');
    writeFileSync(join(bundle, 'engine.js'), 'export const engine = 1;');
    writeFileSync(join(bundle, 'chunk.pf_index'), 'binary-ish');
    server = await serveStatic([
      { prefix: '/bundle/', dir: bundle },
      { prefix: '/', dir: site },
    ]);
    server.extra.set('/blank/', '<!doctype html><title>Blank</title>');
  });

  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test.each([
    { path: '/search/', gzip: true, encoding: 'gzip', body: '<title>Search</title>' },
    { path: '/search/', gzip: false, encoding: undefined, body: '<title>Search</title>' },
    { path: '/bundle/engine.js', gzip: true, encoding: 'gzip', body: 'export const engine = 1;' },
    { path: '/bundle/chunk.pf_index', gzip: true, encoding: undefined, body: 'binary-ish' },
  ])('serves $path (gzip accepted: $gzip) with content-encoding $encoding, cached for ten minutes', async ({ path, gzip, encoding, body }) => {
    const answer = await get(server, path, gzip);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['cache-control']).toBe('public, max-age=600');
    expect(answer.body).toContain(body);
  });

  test.each([{ path: '/missing/' }, { path: '/bundle/missing.js' }])('answers $path with 404 and the site’s 404 page', async ({ path }) => {
    const answer = await get(server, path, true);
    expect(answer.status).toBe(404);
    expect(answer.body).toContain('Not here');
  });

  test('serves a page kept in memory, never cached', async () => {
    const answer = await get(server, '/blank/', true);
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body).toContain('<title>Blank</title>');
  });

  test('counts the bytes it sends, compressed, headers included', async () => {
    // A response is counted when the server has handed its last bytes to the socket, which the
    // client can see before the server does; the bench waits the same way.
    const before = server.bytesSent();
    const plain = await get(server, '/search/', false);
    await sleep(50);
    const afterPlain = server.bytesSent();
    await get(server, '/search/', true);
    await sleep(50);
    const zipped = server.bytesSent() - afterPlain;
    expect(afterPlain - before).toBeGreaterThan(Buffer.byteLength(plain.body));
    expect(zipped).toBeLessThan(afterPlain - before);
  });
});
