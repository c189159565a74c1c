import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { workerAnswer } from '../../../src/lib/build-run/worker-answer.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function workerModule(source: string): URL {
  const file = join(tempDir(), 'worker.mjs');
  writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';\n${source}\n`);
  return pathToFileURL(file);
}

describe('workerAnswer', () => {
  test('resolves with the first message the worker posts', async () => {
    const module = workerModule('parentPort.postMessage(workerData * 2); parentPort.postMessage(0);');
    await expect(workerAnswer(module, { workerData: 21 }, 'the doubler')).resolves.toBe(42);
  });

  test.each([
    { name: 'throws', source: 'throw new Error("no room on the disk");', message: /no room on the disk/ },
    { name: 'exits with an error status', source: 'process.exit(3);', message: /the worker stopped with exit status 3 before it answered/ },
    { name: 'ends without answering', source: '', message: /the worker stopped with exit status 0 before it answered/ },
  ])('rejects when the worker $name', async ({ source, message }) => {
    await expect(workerAnswer(workerModule(source), {}, 'the worker')).rejects.toThrow(message);
  });

  test('stops a worker that has not answered, which then rejects', async () => {
    const run = workerAnswer(workerModule('setInterval(() => undefined, 1000);'), {}, 'the endless worker');
    run.catch(() => undefined);
    await run.stop();
    await expect(run).rejects.toThrow(/the endless worker was stopped before it answered/);
  });
});
