import { readFileSync } from 'node:fs';

/**
 * When the process `pid` started, as the kernel counts it (clock ticks since boot, field 22 of
 * `/proc/<pid>/stat`), or undefined where there is no `/proc` or no such process. A pid and its
 * start time name one process: a pid the system has since given to another process has
 * another start time.
 */
export function processStartTime(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may itself hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const start = fields[22 - 3];
  return start !== undefined && /^\d+$/u.test(start) ? start : undefined;
}
