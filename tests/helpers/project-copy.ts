import { join } from 'node:path';
import { copyProject as copyInto } from '../../scripts/copy-project.ts';
import { projectRoot } from './run-script.ts';
import { tempDir } from './temp-dir.ts';

/**
 * A copy of the project in a temp folder, with its own `node_modules` caches, so a test can run
 * real builds (with their own dist/, lock and collection) without touching the working tree.
 */
export function copyProject(): string {
  const dir = join(tempDir('archive-project-'), 'project');
  copyInto(projectRoot, dir);
  return dir;
}
