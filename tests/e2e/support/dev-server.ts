/**
 * `npm run dev` in a temp copy of the project, on a free port: for the tests of what the dev
 * server shows. It runs in a process group of its own, which `stop` ends as a whole.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TempProject } from './temp-project.ts';

export interface DevServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** End the dev server and everything it started. */
  stop(): Promise<void>;
}

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Start `npm run dev` in the project; resolves once its home page answers, rejects with its output after `timeoutMs`. */
export async function startDevServer(project: TempProject, timeoutMs = 120_000): Promise<DevServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('npm', ['run', '--silent', 'dev', '--', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: project.dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const server: DevServer = { url, stop: () => stop(child) };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited with status ${child.exitCode} in ${project.dir}:\n${output}`);
    const ok = await fetch(`${url}/`).then((response) => response.ok, () => false);
    if (ok) return server;
    await new Promise((done) => setTimeout(done, 500));
  }
  await server.stop();
  throw new Error(`npm run dev did not answer on ${url} within ${timeoutMs / 1000} s in ${project.dir}:\n${output}`);
}

/** SIGTERM to the dev server's process group, then SIGKILL to what is left after a grace period. */
function stop(child: ChildProcess): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => {
      signal('SIGKILL');
      done();
    }, 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    signal('SIGTERM');
  });
}
