import { describe, expect, test } from 'vitest';
import { heapCeilingMb } from '../../../src/lib/build-run/index.ts';
import { astroHeapFlags } from '../../../scripts/spawn-astro.ts';

describe('astroHeapFlags', () => {
  const ceiling = `--max-old-space-size=${heapCeilingMb()}`;
  test.each([
    { name: 'no NODE_OPTIONS', given: '', flags: [ceiling, '--max-semi-space-size=64'] },
    { name: 'a heap ceiling of its own', given: '--max-old-space-size=2048', flags: ['--max-semi-space-size=64'] },
    { name: 'a semi-space of its own', given: '--enable-source-maps --max-semi-space-size=16', flags: [ceiling] },
    { name: 'both of its own', given: '--max-semi-space-size=8 --max-old-space-size=1024', flags: [] },
  ])('with $name, adds what NODE_OPTIONS does not set', ({ given, flags }) => {
    expect(astroHeapFlags(given)).toEqual(flags);
  });
});
