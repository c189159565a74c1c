import { runMeasured, type MeasuredRun } from './run-measured.ts';

/**
 * Environment for every command the bench runs: no telemetry, no colour codes in captured output,
 * and a build that skips (and reports) seeds the normalizer rejects rather than stopping.
 */
export function benchEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', CI: '1', ARCHIVE_SKIP_INVALID: '1', ...extra };
}

/** `npm run <script> -- <args>` in `cwd`, measured: what a person types. */
export function npmRun(cwd: string, script: string, args: readonly string[], timeoutMs: number, echo = false): Promise<MeasuredRun> {
  return runMeasured('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], {
    cwd,
    env: benchEnv(),
    timeoutMs,
    echo,
  });
}
