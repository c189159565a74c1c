import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readRendererRecord, rendererFiles, type RendererRecord, renderMessageStamps } from '../../../src/lib/build-run/renderer-record.ts';
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
  test.each([
    { name: 'a render message', message: { render: true, stamps: [['a.json', '1:2:3:4']] }, expected: new Map([['a.json', '1:2:3:4']]) },
    { name: 'one of an empty collection', message: { render: true, stamps: [] }, expected: new Map() },
    { name: 'the bare word', message: 'render', expected: undefined },
    { name: 'another message', message: { stop: true }, expected: undefined },
    { name: 'nothing', message: null, expected: undefined },
  ])('$name', ({ message, expected }) => {
    expect(renderMessageStamps(message)).toEqual(expected);
  });
});
