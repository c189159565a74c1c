import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one measured command did. */
export interface MeasuredRun {
  readonly command: string;
  readonly code: number | null;
  readonly seconds: number;
  /**
   * Peak of the summed resident set size (VmRSS) of the command's whole process tree, in bytes,
   * sampled every `sampleMs`. Shared pages count once per process, so this is an upper bound.
   */
  readonly peakRssBytes: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Kill the process tree after this long. */
  readonly timeoutMs: number;
  readonly sampleMs?: number;
  /** Echo the command's output as it runs. */
  readonly echo?: boolean;
}

const pageSize = 4096;

/** Process groups of the commands running now, so an interrupted bench can stop them. */
const running = new Set<number>();

/** Kill every command the bench started that is still running (each in its own process group). */
export function killRunning(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
}

/** Parent of every process, from /proc; empty off Linux. */
function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 2 (comm) may hold spaces and parentheses; the rest follows the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const rssPages = Number(fields[21]);
      table.set(Number(entry), { ppid, rss: rssPages * pageSize });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

/** Sum of RSS over `root` and all its descendants. */
export function treeRss(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += table.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Run `command args` in its own process group, timing it and sampling its tree's memory. */
export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<MeasuredRun> {
  const sampleMs = options.sampleMs ?? 100;
  const line = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (child.pid !== undefined) running.add(child.pid);
    let stdout = '';
    let stderr = '';
    let peak = 0;
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.echo === true) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (options.echo === true) process.stderr.write(chunk);
    });
    const sample = (): void => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const sampler = setInterval(sample, sampleMs);
    const killer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }, options.timeoutMs);
    child.on('error', (error) => {
      if (child.pid !== undefined) running.delete(child.pid);
      clearInterval(sampler);
      clearTimeout(killer);
      reject(new Error(`bench: could not start \`${line}\` in ${options.cwd}: ${error.message}`));
    });
    child.on('close', (code) => {
      if (child.pid !== undefined) running.delete(child.pid);
      clearInterval(sampler);
      clearTimeout(killer);
      resolve({
        command: line,
        code,
        seconds: (performance.now() - started) / 1000,
        peakRssBytes: peak,
        stdout,
        stderr,
        timedOut,
      });
    });
  });
}

/** The last lines of a failed run's output, for an error message. */
export function tail(run: MeasuredRun, lines = 25): string {
  return `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-lines).join('\n');
}
