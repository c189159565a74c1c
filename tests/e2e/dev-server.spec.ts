import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import { articlePathFor, sampleSeedId } from './support/site-pages';
import { testDist, testProjectDir } from './support/test-site';

/** A port no one listens on now. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Wait until `url` answers, or the process ends, or `ms` pass. */
async function waitForServer(url: string, child: ChildProcess, log: () => string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited with ${child.exitCode}:\n${log()}`);
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`npm run dev did not answer at ${url} within ${ms / 1000} s:\n${log()}`);
}

test.describe('under npm run dev', () => {
  test.describe.configure({ mode: 'default' });
  let child: ChildProcess;
  let origin: string;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const port = await freePort();
    origin = `http://localhost:${port}`;
    // Its own process group, so that the whole tree (npm, the dev script, Astro) ends together.
    child = spawn('npm', ['run', '--silent', 'dev', '--', '--port', String(port)], {
      cwd: testProjectDir(),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForServer(`${origin}/`, child, () => output, 150_000);
  });

  test.afterAll(() => {
    if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  });

  test('an article page has its stylesheet applied and no Content-Security-Policy errors', async ({ page }) => {
    test.setTimeout(90_000);
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${origin}${articlePathFor(testDist(), sampleSeedId)}`, { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, 'the body has the stylesheet\'s background').not.toBe('rgba(0, 0, 0, 0)');
    const font = await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toContain('serif');
    await page.waitForLoadState('networkidle');
    expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  });
});
