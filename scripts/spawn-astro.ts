// Start Astro's own CLI with the Node that runs this script (the project's Node 24),
// never whatever `astro` happens to be first on the PATH.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { heapCeilingMb } from '../src/lib/build';

/** Astro's heap ceiling (see `heapCeilingMb`); an explicit `--max-old-space-size` in NODE_OPTIONS wins. */
export function astroHeapFlags(): string[] {
  if (/--max-old-space-size/.test(process.env['NODE_OPTIONS'] ?? '')) return [];
  return [`--max-old-space-size=${heapCeilingMb()}`];
}

/** `astro <args>` as a child process sharing our terminal, with telemetry off. */
export function spawnAstro(args: readonly string[]): ChildProcess {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('astro/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : (pkg.bin['astro'] ?? 'astro.js');
  return spawn(process.execPath, [...astroHeapFlags(), join(dirname(pkgPath), bin), ...args], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
