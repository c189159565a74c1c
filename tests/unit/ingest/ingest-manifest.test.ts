import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestChanged, readManifest, writeManifest, type ManifestEntry } from '../../../src/lib/ingest/ingest-manifest.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const entry = (slug: string): ManifestEntry => ({ key: `key-${slug}`, slug, fingerprint: `fp-${slug}`, version: `v-${slug}`, warnings: [], size: 10, mtimeMs: 1, ctimeMs: 2 });
const a = entry('a');
const b = entry('b');

describe('manifestChanged', () => {
  test.each<[string, [string, ManifestEntry][], [string, ManifestEntry][], boolean]>([
    ['the very same entries, in order', [['a.txt', a], ['b.txt', b]], [['a.txt', a], ['b.txt', b]], false],
    ['both empty', [], [], false],
    ['an equal but new entry (it may carry a new stamp)', [['a.txt', a]], [['a.txt', { ...a }]], true],
    ['an entry added', [['a.txt', a]], [['a.txt', a], ['b.txt', b]], true],
    ['an entry gone', [['a.txt', a], ['b.txt', b]], [['a.txt', a]], true],
    ['an entry under another file', [['a.txt', a]], [['c.txt', a]], true],
    ['the same entries in another order', [['a.txt', a], ['b.txt', b]], [['b.txt', b], ['a.txt', a]], true],
  ])('%s', (_, before, after, changed) => {
    expect(manifestChanged(new Map(before), new Map(after))).toBe(changed);
  });
});

describe('readManifest and writeManifest', () => {
  test('read back what was written, stamps included; a missing or damaged file reads as empty', () => {
    const path = join(tempDir(), 'v1', 'manifest-x.json');
    expect(readManifest(path)).toEqual(new Map());
    const entries = new Map([['a.txt', { ...a, seed: { ino: 3, size: 40, mtimeMs: 5.5, ctimeMs: 6.25 } }], ['b.txt', b]]);
    writeManifest(path, entries);
    expect(readManifest(path)).toEqual(entries);
    writeFileSync(path, '{"a.txt": {');
    expect(readManifest(path)).toEqual(new Map());
  });

  test.each<[string, unknown]>([
    ['not an object', 'a.txt'],
    ['no key', { ...a, key: undefined }],
    ['warnings that are not a list of texts', { ...a, warnings: 'none' }],
    ['a size that is not a number', { ...a, size: '10' }],
    ['a collection file stamp missing its change time', { ...a, ctimeMs: undefined }],
    ['a seed stamp missing its change time', { ...a, seed: { ino: 3, size: 40, mtimeMs: 5.5 } }],
    ['a seed stamp that is null', { ...a, seed: null }],
  ])('leaves out an entry with %s, keeping the others', (_, damaged) => {
    const path = join(tempDir(), 'manifest-x.json');
    writeFileSync(path, JSON.stringify({ 'a.txt': damaged, 'b.txt': b }));
    expect(readManifest(path)).toEqual(new Map([['b.txt', b]]));
  });
});
