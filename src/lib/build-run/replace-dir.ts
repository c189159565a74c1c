import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Put the finished folder `fresh` in place of `target` by renames on the same disk: the old
 * output is moved aside (`<target>.old-<pid>`), the new one renamed in, then the old one handed
 * to `remove` (deleted here unless told otherwise). The target is never a half-written mix; if the
 * second rename fails, the old output is moved back.
 */
export function replaceDir(fresh: string, target: string, remove: (aside: string) => void = (aside) => rmSync(aside, { recursive: true, force: true })): void {
  const aside = `${target}.old-${process.pid}`;
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, aside);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (hadTarget) renameSync(aside, target);
    throw error;
  }
  if (hadTarget) remove(aside);
}
