import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { outputFiles, outputFilesInBackground } from '../../../src/lib/build-run/build-record.ts';
import { foldersOf, keptListing, parentOf, saveListing } from '../../../src/lib/build-run/kept-listing.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const files = ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'search/index/w-ab.json'];

/**
 * An output holding `files`, every folder's time set `ago` ms back (an hour: a change now is then
 * always a later time), its listing kept.
 */
function keptOutput(ago = 3_600_000): { out: string; listing: string; time: Date } {
  const dir = tempDir();
  const out = join(dir, 'dist');
  for (const file of files) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), file);
  }
  const time = new Date(Date.now() - ago);
  const folders = (folder: string): string[] => [folder, ...readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => folders(join(folder, e.name)))];
  for (const folder of folders(out)) utimesSync(folder, time, time);
  const listing = join(dir, 'listing.json');
  saveListing(listing, out, outputFiles(out) ?? []);
  return { out, listing, time };
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
    expect(keptListing(listing, out)?.files).toEqual(kept ? outputFiles(out) : undefined);
  });

  test('a folder changed in the same tick of the clock as its time was read, its time unchanged: listed, so seen', () => {
    // Times after the reading (a second ahead, so however slow the machine): too close to vouch
    // for the folders. A file added, and the folder's time put back, is what a change in the same
    // tick would leave.
    const { out, listing, time } = keptOutput(-1000);
    writeFileSync(join(out, 'articles/a/late.html'), '');
    utimesSync(join(out, 'articles/a'), time, time);
    expect(keptListing(listing, out)).toBeUndefined();
  });

  test('folders whose times were too close to their reading, unchanged: listed, and the kept list taken', () => {
    const { out, listing } = keptOutput(-1000);
    expect(keptListing(listing, out)?.files).toEqual(outputFiles(out));
  });

  test('the same, where the reading was well after the time: the time vouches for the folder', () => {
    const { out, listing, time } = keptOutput();
    writeFileSync(join(out, 'articles/a/late.html'), '');
    utimesSync(join(out, 'articles/a'), time, time);
    // Only a time set back by hand hides a change from it.
    expect(keptListing(listing, out)?.files).not.toContain('articles/a/late.html');
  });

  test.each([
    { name: 'no kept list', content: undefined },
    { name: 'a damaged one', content: '{"files": [' },
    { name: 'one of another shape', content: '{"files": "index.html"}' },
    { name: 'one missing a folder', content: '{"files": ["a/index.html"], "folders": {".": 0}, "savedAt": 0}' },
    { name: 'one missing a folder between', content: '{"files": ["a/b/index.html"], "folders": {".": 0, "a/b": 0}, "savedAt": 0}' },
    { name: 'one without its reading time', content: '{"files": [], "folders": {".": 0}}' },
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
    const taken = await outputFilesInBackground(out, listing);
    expect(taken?.files).toContain('articles/a/kept.html');
    expect(taken?.folders?.['articles/a']).toBe(statSync(join(out, 'articles/a')).mtimeMs);
    writeFileSync(join(out, 'added.html'), '');
    const listed = await outputFilesInBackground(out, listing);
    expect(listed?.files).toContain('added.html');
    expect(listed?.folders).toBeUndefined();
  });
});

describe('saveListing with the times found at the start', () => {
  test('keeps the found time of each folder not touched, and reads the touched ones', () => {
    const { out, listing } = keptOutput();
    const found = keptListing(listing, out);
    if (found === undefined) throw new Error('expected the kept list');
    // A time no folder has, for a folder not touched: kept as found, so not read again.
    const folders = { ...found.folders, 'articles/b': 1 };
    writeFileSync(join(out, 'articles/a/new.html'), '');
    saveListing(listing, out, [...found.files, 'articles/a/new.html'].sort(), { folders, touched: foldersOf(['articles/a/new.html']) });
    const text = readFileSync(listing, 'utf8');
    const saved = JSON.parse(text) as { folders: Record<string, number> };
    // The file is what JSON.stringify({ files, folders, savedAt }) writes.
    expect(Object.keys(saved)).toEqual(['files', 'folders', 'savedAt']);
    expect(JSON.stringify(saved)).toBe(text);
    expect(saved.folders['articles/b']).toBe(1);
    expect(saved.folders['articles/a']).toBe(statSync(join(out, 'articles/a')).mtimeMs);
    expect(saved.folders['.']).toBe(statSync(out).mtimeMs);
    // What it kept is trusted until a folder moves: here the touched folder's time holds, the carried one does not.
    expect(keptListing(listing, out)).toBeUndefined();
  });
});

describe('parentOf', () => {
  test.each(['index.html', 'articles/a/index.html', 'articles/a', 'search/index/w-ab.json', 'a', 'a/b'])('%s: as dirname gives it', (path) => {
    expect(parentOf(path)).toBe(dirname(path));
  });
});
