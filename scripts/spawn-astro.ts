// Start Astro's own CLI with the Node that runs this script (the project's Node 24),
// never whatever `astro` happens to be first on the PATH.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { heapCeilingMb } from '../src/lib/build-run/index.ts';

/** Astro's heap ceiling (see `heapCeilingMb`); an explicit `--max-old-space-size` in NODE_OPTIONS wins. */
export function astroHeapFlags(): string[] {
  if (/--max-old-space-size/.test(process.env['NODE_OPTIONS'] ?? '')) return [];
  return [`--max-old-space-size=${heapCeilingMb()}`];
}

/**
 * How far Astro's heap grows past what survived the last full collection before the next: by
 * half. Left to V8, a renderer's heap doubled and more while it rendered (the archive's data
 * survives every collection, a page's garbage none): at 100,000 articles, a full build's two
 * renderers grew from 1.3 to 2.7 and 2.5 GB each, 5.6 GB over the build, where they now stay at 1.3
 * and 1.1 GB (3.9 GB) for about 4 % more time; a rebuild's time did not move. A flag of the command
 * line only: Node refuses it in NODE_OPTIONS.
 */
export function heapGrowthFlags(): string[] {
  return ['--heap-growing-percent=50'];
}

/**
 * V8 starts marking the whole heap whenever memory outside it (the buffers a page's file reads and
 * writes pass through) has grown by 64 MB since its last collection, however large the heap: with
 * the archive's data in a heap of gigabytes, each marking took seconds and came every few thousand
 * pages (at 30,000 articles with 4 GB of objects added to Astro's heap, its rendering took 2.5 to 3
 * times as long). Counting that memory within the heap's own limit lets the two grow together.
 * The flag is given only to a Node whose V8 knows it (Node 24's does, Node 20's does not), since
 * an unknown flag stops Node before it starts. A Node older than 24 is asked, by one short run of
 * it (about 50 ms, which a rebuild would wait for before its renderer starts).
 */
export function collectorFlags(): string[] {
  knowsGlobalLimitFlag ??= Number(process.versions.node.split('.')[0]) >= 24 || spawnSync(process.execPath, [globalLimitFlag, '-e', ''], { stdio: 'ignore' }).status === 0;
  return knowsGlobalLimitFlag ? [globalLimitFlag] : [];
}

const globalLimitFlag = '--external-memory-accounted-in-global-limit';
let knowsGlobalLimitFlag: boolean | undefined;

/** Loaded into the child: it ends itself (and its process group) when this process dies. */
const dieWithParent = join(import.meta.dirname, 'die-with-parent.mjs');

export interface SpawnAstroOptions {
  /**
   * Start Astro in a process group of its own (the build), which `stopAstro` ends as a whole;
   * otherwise it stays in the terminal's group (the dev server, which Ctrl-C reaches directly).
   */
  readonly ownGroup: boolean;
  /** Variables added to Astro's environment. */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Whether the heap grows by half past what survived (`heapGrowthFlags`; the default). The kept
   * renderer of a rebuild renders a few dozen pages and holds about 1 GB at 100,000 articles either
   * way; with the flag its collector ran more often, about 0.8 s more of its CPU (a rebuild 0.5 s
   * longer, six rebuilds each way, paired).
   */
  readonly slowHeapGrowth?: boolean;
}

/**
 * `astro <args>` as a child process sharing our terminal, with telemetry off. It dies with this
 * process whatever ends it, `kill -9` included: it watches an IPC channel to us (see
 * `die-with-parent.mjs`). On a signal, end it with `stopAstro`.
 */
export function spawnAstro(args: readonly string[], options: SpawnAstroOptions = { ownGroup: false }): ChildProcess {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('astro/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : (pkg.bin['astro'] ?? 'astro.js');
  return spawnNode([join(dirname(pkgPath), bin), ...args], options);
}

/** `node <args>` (a script and its arguments) started as `spawnAstro` starts Astro: same Node, heap ceiling and growth, collector flags and ending. */
export function spawnNode(args: readonly string[], options: SpawnAstroOptions): ChildProcess {
  return spawn(process.execPath, ['--import', dieWithParent, ...astroHeapFlags(), ...(options.slowHeapGrowth === false ? [] : heapGrowthFlags()), ...collectorFlags(), ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    detached: options.ownGroup,
    env: { ...process.env, ...options.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

/**
 * End an Astro child and everything it started: send `signal` to its process group, wait up to
 * `graceMs` for it to exit, then kill what is left of the group. Resolves once it has exited.
 */
export function stopAstro(child: ChildProcess, signal: NodeJS.Signals, graceMs = 3000): Promise<void> {
  return new Promise((done) => {
    const finish = (): void => {
      clearTimeout(timer);
      signalGroup(child, 'SIGKILL');
      done();
    };
    const timer = setTimeout(finish, graceMs);
    if (child.exitCode !== null || child.signalCode !== null) finish();
    else {
      child.once('exit', finish);
      signalGroup(child, signal);
    }
  });
}

/** Signal the child's process group, or the child alone when it leads none. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}
