import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { carryPages, pageFile } from '../../../src/lib/build-run/carry-pages.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function writePage(dir: string, address: string, html: string): void {
  const file = pageFile(dir, address);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

describe('carryPages', () => {
  test('takes the pages Astro did not render from the last output, as hard links, and keeps the rendered ones', () => {
    const last = tempDir();
    const out = tempDir();
    writePage(last, '/articles/a/', 'old a');
    writePage(last, '/articles/b/', 'old b');
    writePage(out, '/articles/b/', 'new b');
    expect(carryPages(out, last, ['/articles/a/', '/articles/b/'])).toEqual(['/articles/a/']);
    expect(readFileSync(join(out, 'articles', 'a', 'index.html'), 'utf8')).toBe('old a');
    expect(statSync(join(out, 'articles', 'a', 'index.html')).ino).toBe(statSync(join(last, 'articles', 'a', 'index.html')).ino);
    expect(readFileSync(join(out, 'articles', 'b', 'index.html'), 'utf8')).toBe('new b');
  });

  test('names a page that is in neither output, and the fix', () => {
    expect(() => carryPages(tempDir(), '/nowhere', ['/articles/x/'])).toThrow(/\/articles\/x\/ was not rendered, and the last build's \/nowhere\/articles\/x\/index\.html is missing; run `npm run build -- --full`\./);
  });
});
