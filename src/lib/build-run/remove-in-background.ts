import { spawn } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';

/**
 * The remover's code, run by `node -e` with the prefix of the folder's name: it waits (up to 10 s)
 * for the folder named by the prefix and its own pid, which the build renames it to, then removes
 * it. Plain JavaScript: it runs without the project's modules. It first takes the lowest priority,
 * as a process and, on Linux, as the session it leads (an autogroup, among which Linux shares the
 * processors first): a rebuild right after a full build ran beside the removal of the last
 * output, 36 s at 100,000 articles, and took 17.8 s where the next ones took 14.
 */
const removerSource = `
const { existsSync, rmSync, writeFileSync } = require('node:fs');
try { require('node:os').setPriority(19); } catch {}
try { writeFileSync('/proc/self/autogroup', '19'); } catch {}
const target = process.argv[1] + process.pid;
const end = Date.now() + 10000;
(function wait() {
  if (existsSync(target)) rmSync(target, { recursive: true, force: true, maxRetries: 3 });
  else if (Date.now() < end) setTimeout(wait, 20);
})();
`;

/** The name a folder being removed takes: `<out>.removing-<pid of its remover>` (see `removeStaleBuilds`). */
function removingPrefix(out: string): string {
  return `${out}.removing-`;
}

/**
 * Remove the folder `path` in a process of its own that outlives this one, so that the build
 * ends without waiting for it: deleting the last output's files took 4.5 s at 10,000 articles
 * and 36 s at 100,000. The folder is renamed here (while the build holds its lock) to
 * `removingPrefix(out)` and the remover's pid, a name `removeStaleBuilds` never puts back and
 * leaves to its remover while that runs. When the remover cannot be started, or the rename
 * fails, the folder is removed here.
 */
export function removeInBackground(path: string, out: string): void {
  const prefix = removingPrefix(out);
  let pid: number | undefined;
  try {
    const child = spawn(process.execPath, ['-e', removerSource, prefix], { detached: true, stdio: 'ignore', windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
    pid = child.pid;
    if (pid === undefined) throw new Error('the remover did not start');
    renameSync(path, `${prefix}${pid}`);
  } catch {
    rmSync(path, { recursive: true, force: true });
  }
}
