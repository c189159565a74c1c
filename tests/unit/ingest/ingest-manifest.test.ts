import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../../src/lib/article/diagnostic.ts';
import { manifestChanged, readManifest, writeManifest, type ManifestEntry } from '../../../src/lib/ingest/ingest-manifest.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const entry = (slug: string): ManifestEntry => ({ key: `key-${slug}`, slug, fingerprint: `fp-${slug}`, version: `v-${slug}`, warnings: [], size: 10, mtimeMs: 1, ctimeMs: 2 });
const a = entry('a');
const warning: Diagnostic = { file: 'a.txt', rule: 'not-utf8', message: 'not valid UTF-8', severity: 'warning' };
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
    const path = join(tempDir(), 'v1', 'manifest-x.jsonl');
    expect(readManifest(path)).toEqual(new Map());
    const warned: ManifestEntry = { ...a, warnings: [warning, { ...warning, line: 7 }] };
    const entries = new Map([['a.txt', { ...warned, seed: { ino: 3, size: 40, mtimeMs: 5.5, ctimeMs: 6.25 } }], ['b.txt', b]]);
    writeManifest(path, entries);
    expect(readManifest(path)).toEqual(entries);
    writeFileSync(path, '["a.txt", {');
    expect(readManifest(path)).toEqual(new Map());
  });

  test('keeps the whole lines of a manifest whose last line is cut short', () => {
    const path = join(tempDir(), 'manifest-x.jsonl');
    writeFileSync(path, `${JSON.stringify(['b.txt', b])}\n["a.txt", {"key": "k`);
    expect(readManifest(path)).toEqual(new Map([['b.txt', b]]));
  });

  test.each<[string, string]>([
    ['an entry without its file', JSON.stringify(a)],
    ['a pair whose file is not a text', JSON.stringify([7, a])],
    ['three items', JSON.stringify(['a.txt', a, 'x'])],
    ['not JSON', 'a.txt'],
  ])('leaves out a line that is %s, keeping the others', (_, bad) => {
    const path = join(tempDir(), 'manifest-x.jsonl');
    writeFileSync(path, `${bad}\n${JSON.stringify(['b.txt', b])}\n`);
    expect(readManifest(path)).toEqual(new Map([['b.txt', b]]));
  });

  test('writes one line a seed, and reads them all back', () => {
    const path = join(tempDir(), 'manifest-x.jsonl');
    const many = new Map(Array.from({ length: 5000 }, (_, i) => [`s${i}.txt`, entry(`s${i}`)] as const));
    writeManifest(path, many);
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(5001);
    expect(readManifest(path)).toEqual(many);
  });

  test.each<[string, unknown]>([
    ['not an object', 'a.txt'],
    ['no key', { ...a, key: undefined }],
    ['warnings that are not a list', { ...a, warnings: 'none' }],
    ['a warning that is a text', { ...a, warnings: ['a.txt: not valid UTF-8'] }],
    ['a warning without a rule', { ...a, warnings: [{ ...warning, rule: undefined }] }],
    ['a warning with a rule no one reports', { ...a, warnings: [{ ...warning, rule: 'no-such-rule' }] }],
    ['a warning with a line that is not a number', { ...a, warnings: [{ ...warning, line: '7' }] }],
    ['a warning of no known severity', { ...a, warnings: [{ ...warning, severity: 'note' }] }],
    ['a size that is not a number', { ...a, size: '10' }],
    ['a collection file stamp missing its change time', { ...a, ctimeMs: undefined }],
    ['a seed stamp missing its change time', { ...a, seed: { ino: 3, size: 40, mtimeMs: 5.5 } }],
    ['a seed stamp that is null', { ...a, seed: null }],
  ])('leaves out an entry with %s, keeping the others', (_, damaged) => {
    const path = join(tempDir(), 'manifest-x.jsonl');
    const line = (pair: unknown): string => `${JSON.stringify(pair)}\n`;
    writeFileSync(path, line(['a.txt', damaged]) + line(['b.txt', b]));
    expect(readManifest(path)).toEqual(new Map([['b.txt', b]]));
  });
});
