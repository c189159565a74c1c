import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pageRecordEnv } from './page-record.ts';
import { renderShareEnv } from './render-share.ts';

/** Written into the kept renderer's folder when a renderer beside Astro's build failed: `npm run build` then renders with Astro alone. */
export const shareFailedFile = 'share-failed.txt';

/** The renderers started beside Astro's build, one a share but the first (Astro's). */
export interface ShareRenderers {
  /** Resolves once every one has ended: undefined when all rendered their shares, else what failed first. */
  readonly done: Promise<string | undefined>;
  /** What failed first, as soon as one has (undefined while none has). */
  readonly failure: () => string | undefined;
  /** End them all (Astro's own rendering failed, or one of them did: their pages are not needed). */
  stop(): void;
}

/**
 * Start `count - 1` processes of `scripts/render-changed.ts` in `root`, each rendering its share
 * of the pages (`RenderShare`) with the bundle kept in `rendererDir`, into Astro's output folder
 * `out`. They run with this process's Node and flags (its heap ceiling, and the end it takes with
 * its parent: see `die-with-parent.mjs`), in its process group, so that a build stopped ends them too.
 * Astro's build synced the content store moments before with the same code, so they read again
 * only the collection's files changed since (none, as the build holds its lock).
 */
export function startShareRenderers({ root, rendererDir, out, count }: { root: string; rendererDir: string; out: string; count: number }): ShareRenderers {
  const children: ChildProcess[] = [];
  const ends: Promise<string | undefined>[] = [];
  let first: string | undefined;
  const failed = (why: string): string => (first ??= why);
  for (let index = 1; index < count; index++) {
    const child = spawn(process.execPath, [...process.execArgv, join(root, 'scripts', 'render-changed.ts'), '--renderer', rendererDir, '--out', out], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, [renderShareEnv]: `${index}/${count}`, [pageRecordEnv.syncChangedOnly]: '1' },
    });
    children.push(child);
    ends.push(
      new Promise((resolve) => {
        child.on('error', (error) => resolve(failed(`the renderer of share ${index + 1} of ${count} could not start (${error.message})`)));
        child.on('exit', (code, signal) => resolve(code === 0 ? undefined : failed(`the renderer of share ${index + 1} of ${count} failed (${signal ?? `exit status ${code}`})`)));
      }),
    );
  }
  return {
    done: Promise.all(ends).then(() => first),
    failure: () => first,
    stop: () => {
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
