import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { outputFiles, outputFilesInBackground } from '../../../src/lib/build-run/build-record.ts';
import { keptListing, saveListing } from '../../../src/lib/build-run/kept-listing.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const files = ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'search/index/w-ab.json'];

/** An output holding `files`, every folder's time set an hour back (a change now is then always a later time), its listing kept. */
function keptOutput(): { out: string; listing: string } {
  const dir = tempDir();
  const out = join(dir, 'dist');
  for (const file of files) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), file);
  }
  const hourAgo = new Date(Date.now() - 3_600_000);
  const folders = (folder: string): string[] => [folder, ...readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => folders(join(folder, e.name)))];
  for (const folder of folders(out)) utimesSync(folder, hourAgo, hourAgo);
  const listing = join(dir, 'listing.json');
  saveListing(listing, out, outputFiles(out) ?? []);
  return { out, listing };
}

describe('keptListing', () => {
  test.each([
    { name: 'nothing changed', change: () => undefined, kept: true },
    { name: "a file's content changed", change: (out: string) => writeFileSync(join(out, 'articles/a/index.html'), 'new'), kept: true },
    { name: 'a page added', change: (out: string) => writeFileSync(join(out, 'articles/b/other.html'), ''), kept: false },
    { name: 'a page removed', change: (out: string) => rmSync(join(out, 'articles/a/index.html')), kept: false },
    { name: 'a page renamed', change: (out: string) => renameSync(join(out, 'search/index/w-ab.json'), join(out, 'search/index/w-ac.json')), kept: false },
    { name: 'an empty folder made at the top', change: (out: string) => mkdirSync(join(out, 'new')), kept: false },
    { name: 'a folder removed', change: (out: string) => rmSync(join(out, 'articles/b'), { recursive: true }), kept: false },
    { name: 'the output removed', change: (out: string) => rmSync(out, { recursive: true }), kept: false },
  ])('$name: the kept list is taken: $kept', ({ change, kept }) => {
    const { out, listing } = keptOutput();
    change(out);
    expect(keptListing(listing, out)).toEqual(kept ? outputFiles(out) : undefined);
  });

  test.each([
    { name: 'no kept list', content: undefined },
    { name: 'a damaged one', content: '{"files": [' },
    { name: 'one of another shape', content: '{"files": "index.html"}' },
    { name: 'one missing a folder', content: '{"files": ["a/index.html"], "folders": {".": 0}}' },
  ])('$name: undefined', ({ content }) => {
    const { out, listing } = keptOutput();
    rmSync(listing);
    if (content !== undefined) writeFileSync(listing, content);
    expect(keptListing(listing, out)).toBeUndefined();
  });

  test('the worker takes the kept list when it holds, and lists the output when it does not', async () => {
    const { out, listing } = keptOutput();
    // A kept list naming a file no folder holds, in a folder it lists: taken, so trusted.
    const kept = JSON.parse(readFileSync(listing, 'utf8')) as { files: string[] };
    writeFileSync(listing, JSON.stringify({ ...kept, files: [...kept.files, 'articles/a/kept.html'].sort() }));
    await expect(outputFilesInBackground(out, listing)).resolves.toContain('articles/a/kept.html');
    writeFileSync(join(out, 'added.html'), '');
    await expect(outputFilesInBackground(out, listing)).resolves.toContain('added.html');
  });
});
