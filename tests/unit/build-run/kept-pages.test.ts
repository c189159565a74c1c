import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keptPages, pageFile } from '../../../src/lib/build-run/kept-pages.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function writePage(dir: string, address: string, html: string): void {
  const file = pageFile(dir, address);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

describe('keptPages', () => {
  test('lists the pages Astro did not render, which the last output has, and not the rendered ones', () => {
    const last = tempDir();
    writePage(last, '/articles/a/', 'old a');
    writePage(last, '/articles/b/', 'old b');
    expect(keptPages(new Set(['/articles/b/', '/articles/c/']), last, ['/articles/a/', '/articles/b/', '/articles/c/'])).toEqual(['/articles/a/']);
  });

  test('names a page that is in neither output, and the fix', () => {
    expect(() => keptPages(new Set(), '/nowhere', ['/articles/x/'])).toThrow(/\/articles\/x\/ was not rendered, and the last build's \/nowhere\/articles\/x\/index\.html is missing; run `npm run build -- --full`\./);
  });
});
