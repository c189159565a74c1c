// `npm run test:verify` fails a page that is over the budget gzipped, naming it and its size.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPageSizes } from '../../scripts/verify-dist.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** A page whose text does not compress: `bytes` random bytes written as base64. */
const page = (bytes: number): string => `<!doctype html><title>x</title><p>${randomBytes(bytes).toString('base64')}</p>`;

describe('checkPageSizes', () => {
  test.each([
    { name: 'a small page', bytes: 1_000, over: false },
    { name: 'a page of about 150 kB gzipped', bytes: 150_000, over: false },
    { name: 'a page of about 250 kB gzipped', bytes: 250_000, over: true },
  ])('$name: over the 200 kB budget: $over', ({ bytes, over }) => {
    const dist = tempDir('verify-size-');
    mkdirSync(join(dist, 'articles', 'long'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), page(100));
    writeFileSync(join(dist, 'articles', 'long', 'index.html'), page(bytes));
    const report = checkPageSizes(dist);
    expect(report.files).toBe(2);
    if (!over) expect(report.problems).toEqual([]);
    else expect(report.problems).toEqual([expect.stringMatching(/^articles\/long\/index\.html: 2\d\d kB gzipped, over the budget of 200 kB a page; /u)]);
  });
});
