// A build stopped by a signal, or killed outright, takes Astro with it: Astro runs in a process
// group of its own that the build ends on SIGINT, SIGTERM and SIGHUP, and that ends itself when
// the build dies (`kill -9`). The next build takes over the dead build's lock, saying whose it
// was, and removes the temporary folder it left.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';
import { runScript } from '../helpers/run-script.ts';
import { plainArticle, writeSeeds } from '../helpers/seed-files.ts';
import { until } from '../helpers/until.ts';

/** The pids of the processes whose parent is `pid` (from /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

/**
 * How long Astro may take to end after the build does: it ends on its next turn of the event loop,
 * which a synchronous step of its build (loading the content store, bundling) delays by seconds
 * on a loaded machine. An orphaned Astro would run on for a minute or more.
 */
const astroNoticesMs = 10_000;

/** Whether a process runs and is not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

describe.skipIf(!existsSync('/proc/self/stat'))('a build ended by a signal', () => {
  let project: string;

  beforeAll(() => {
    project = copyProject();
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i += 1) files[`s${String(i).padStart(3, '0')}.txt`] = plainArticle(`Council report number ${i} published`, `district${i}`);
    writeSeeds(join(project, 'seeds'), files);
  });

  /**
   * Start a build; resolve once Astro runs (`early`: half a second after it started, with most of
   * its work ahead; else once it has made its temporary folder).
   */
  async function startBuild(early: boolean): Promise<{ build: ChildProcess; astro: number; temp: string; exited: Promise<number | null> }> {
    const build = spawn(process.execPath, [join('scripts', 'build.ts')], { cwd: project, stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => build.on('exit', (code) => done(code)));
    const pid = build.pid ?? 0;
    const temp = `.dist.building-${pid}`;
    const started = await until(() => (early || existsSync(join(project, temp))) && childrenOf(pid).length > 0, 90_000);
    expect(started, 'astro build started').toBe(true);
    if (early) await new Promise((resolve) => setTimeout(resolve, 500));
    const [astro = 0] = childrenOf(pid);
    return { build, astro, temp, exited };
  }

  test.each([
    { signal: 'SIGTERM' as const, code: 143 },
    { signal: 'SIGINT' as const, code: 130 },
    { signal: 'SIGHUP' as const, code: 129 },
  ])('$signal ends Astro too, and leaves no temporary folder and no lock', async ({ signal, code }) => {
    const { build, astro, temp, exited } = await startBuild(true);
    build.kill(signal);
    const status = await exited;
    const ended = await until(() => !alive(astro), astroNoticesMs);
    // An orphaned Astro would run on and make its temporary folder again: wait for it to be sure.
    await until(() => !alive(astro), 30_000);
    expect(ended, 'astro ended with the build').toBe(true);
    expect(existsSync(join(project, temp))).toBe(false);
    expect(existsSync(join(project, '.cache', 'build.lock'))).toBe(false);
    expect(status).toBe(code);
  }, 120_000);

  test('kill -9 ends Astro too; the next build takes over the lock naming the dead pid, and removes the temporary folder', async () => {
    const { build, astro, temp, exited } = await startBuild(false);
    build.kill('SIGKILL');
    await exited;
    expect(await until(() => !alive(astro), astroNoticesMs), 'astro ended with the build').toBe(true);
    expect(existsSync(join(project, temp))).toBe(true);
    const next = await runScript('build', ['--no-wait'], { cwd: project });
    expect(next.code).toBe(0);
    expect(next.stderr).toContain(`build: took over .cache/build.lock from build pid ${build.pid}, which no longer runs.`);
    expect(next.stderr).toContain(`build: removed ${temp}, left by a build that was stopped.`);
    expect(readdirSync(project).filter((name) => name.includes('building'))).toEqual([]);
    // An old output set aside is removed by a process of its own, which the build does not wait for.
    expect(await until(() => !readdirSync(project).some((name) => name.includes('.old-') || name.includes('.removing-')), 30_000)).toBe(true);
  }, 180_000);
});
