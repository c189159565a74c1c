import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readRendererRecord, rendererFiles, type RendererRecord, renderMessageStamps, renderStampsFile, writeRenderStamps } from '../../../src/lib/build-run/renderer-record.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const record: RendererRecord = {
  astro: '7.4.8',
  root: '/archive',
  entry: 'prerender-entry.abc.mjs',
  site: 'http://localhost:4321',
  storeDir: 'file:///archive/node_modules/.astro/data-store/',
  collectionStorage: 'chunked',
  pagesByKeys: [['/&src/pages/index.astro', { styles: [] }]],
  entrySpecifierToBundleMap: [],
  settings: { scripts: [], redirectPage: undefined },
};

/** A renderer folder holding `text` as its record, and the bundle's entry unless `entry` is false. */
function rendererDir(text: string | null, entry = true): string {
  const dir = tempDir();
  if (text !== null) writeFileSync(join(dir, rendererFiles.record), text);
  if (entry) {
    mkdirSync(join(dir, rendererFiles.bundle));
    writeFileSync(join(dir, rendererFiles.bundle, record.entry), 'export const app = {};');
  }
  return dir;
}

describe('readRendererRecord', () => {
  test('reads a whole record built by this Astro in this folder', () => {
    expect(readRendererRecord(rendererDir(JSON.stringify(record)), '7.4.8', '/archive')).toEqual(record);
  });

  test.each([
    { name: 'no record', text: null, entry: true, astro: '7.4.8', root: '/archive', unusable: /^the last build kept no renderer$/ },
    { name: 'a damaged record', text: '{"astro":', entry: true, astro: '7.4.8', root: '/archive', unusable: /renderer\.json is damaged \(/ },
    { name: 'a record without its entry', text: JSON.stringify({ ...record, entry: undefined }), entry: true, astro: '7.4.8', root: '/archive', unusable: /is incomplete \(entry\)/ },
    { name: 'a record without pages', text: JSON.stringify({ ...record, pagesByKeys: null }), entry: true, astro: '7.4.8', root: '/archive', unusable: /is incomplete \(pages, scripts or settings\)/ },
    { name: 'another Astro', text: JSON.stringify(record), entry: true, astro: '7.5.0', root: '/archive', unusable: /^it was built by Astro 7\.4\.8, and this is Astro 7\.5\.0$/ },
    { name: 'another folder', text: JSON.stringify(record), entry: true, astro: '7.4.8', root: '/moved', unusable: /^it was built in \/archive, not here$/ },
    { name: 'a bundle without its entry', text: JSON.stringify(record), entry: false, astro: '7.4.8', root: '/archive', unusable: /^its bundle's entry prerender-entry\.abc\.mjs is missing$/ },
  ])('says why it cannot use $name', ({ text, entry, astro, root, unusable }) => {
    const read = readRendererRecord(rendererDir(text, entry), astro, root);
    expect('unusable' in read ? read.unusable : read).toMatch(unusable);
  });
});

describe('renderMessageStamps', () => {
  const stampsFile = (stamps: ReadonlyMap<string, string>): string => {
    const file = join(tempDir(), renderStampsFile);
    writeRenderStamps(file, stamps);
    return file;
  };

  test.each([
    { name: 'a render message', stamps: new Map([['a.json', '1:2:3:4'], ['b.json', '5:6:7:8']]) },
    { name: 'one of an empty collection', stamps: new Map<string, string>() },
  ])('reads the stamps of $name from its file, in order', ({ stamps }) => {
    expect([...(renderMessageStamps({ render: true, stampsFile: stampsFile(stamps) }) ?? [])]).toEqual([...stamps]);
  });

  test.each([
    { name: 'the bare word', message: 'render' },
    { name: 'another message', message: { stop: true } },
    { name: 'nothing', message: null },
  ])('$name is not a render message', ({ message }) => {
    expect(renderMessageStamps(message)).toBeUndefined();
  });

  const written = (text: string): string => {
    const file = join(tempDir(), renderStampsFile);
    writeFileSync(file, text);
    return file;
  };

  test.each([
    { name: 'no file named', stampsFile: undefined, error: /names no file of stamps/ },
    { name: 'a missing file', stampsFile: '/nonexistent/render-stamps.txt', error: /^\/nonexistent\/render-stamps\.txt: expected the collection's file stamps, and it could not be read \(ENOENT\)$/ },
    { name: 'a folder', stampsFile: tempDir(), error: /: expected the collection's file stamps, and it could not be read \(EISDIR\)$/ },
    { name: 'an empty file', stampsFile: written(''), error: /render-stamps\.txt: expected the number of stamps on its first line, found an empty file$/ },
    { name: 'a first line that is not a number', stampsFile: written('\n'), error: /render-stamps\.txt: expected the number of stamps on its first line, found ""$/ },
    { name: 'fewer stamps than its first line says', stampsFile: written('2\na.json\t1:2:3:4\n'), error: /render-stamps\.txt: expected 2 stamps, as its first line says, found 1$/ },
    { name: 'a line that is not a name and a stamp', stampsFile: written('2\na.json\t1:2:3:4\nno tab here\n'), error: /render-stamps\.txt: expected a file's name, a tab and its stamp on each line, found "no tab here"$/ },
  ])('says what is wrong with $name, naming the file', ({ stampsFile, error }) => {
    expect(() => renderMessageStamps({ render: true, ...(stampsFile === undefined ? {} : { stampsFile }) })).toThrow(error);
  });
});
