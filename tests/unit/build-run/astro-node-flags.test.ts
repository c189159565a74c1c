import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { once } from 'node:events';
import { astroHeapFlags, collectorFlags, heapGrowthFlags, spawnNode } from '../../../scripts/spawn-astro.ts';

describe('the flags Astro is started with', () => {
  test('this Node starts with all of them', () => {
    const run = spawnSync(process.execPath, [...astroHeapFlags(), ...heapGrowthFlags(), ...collectorFlags(), '-e', 'process.stdout.write("started")'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('started');
  });

  test('the heap ceiling, which the bench hands a bare Astro in NODE_OPTIONS, is allowed there', () => {
    const run = spawnSync(process.execPath, ['-e', 'process.stdout.write("started")'], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: astroHeapFlags().join(' ') } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('started');
  });

  test('outside memory is counted within the heap limit on the project Node (24), whose V8 knows the flag', () => {
    const major = Number(process.versions.node.split('.')[0]);
    if (major === 24) expect(collectorFlags()).toEqual(['--external-memory-accounted-in-global-limit']);
    else expect(collectorFlags().length).toBeLessThanOrEqual(1);
  });

  test.each([
    ['by default', undefined, true],
    ['unless told not to (the kept renderer)', false, false],
  ])('a Node process started like Astro grows its heap slowly %s', async (_, slowHeapGrowth, slow) => {
    const child = spawnNode(['-e', ''], { ownGroup: false, ...(slowHeapGrowth === undefined ? {} : { slowHeapGrowth }) });
    await once(child, 'exit');
    expect(child.spawnargs.includes(heapGrowthFlags()[0] ?? '')).toBe(slow);
    expect(child.spawnargs).toEqual(expect.arrayContaining([...astroHeapFlags(), ...collectorFlags()]));
  });
});
