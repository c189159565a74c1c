import { describe, expect, test } from 'vitest';
import { fingerprintArticle, versionKey } from '../../../src/lib/ingest/fingerprint-article.ts';
import { createSeedRegistry } from '../../../src/lib/ingest/seed-registry.ts';

const lead = 'The council voted on Tuesday to close the old bridge for a year of repairs';
const first = { slug: 'bridge-closes', title: 'Bridge closes', body: [`${lead}.`] };
const keysOf = (article: typeof first) => ({ slug: article.slug, fingerprint: fingerprintArticle(article), version: versionKey(article) });

describe('createSeedRegistry', () => {
  test.each([
    { name: 'another article at another address', later: { slug: 'tram-opens', title: 'Tram opens', body: ['The tram line opened.'] }, expected: { ok: true } },
    {
      name: 'the same article',
      later: { ...first, slug: 'bridge-closes-2' },
      expected: {
        ok: false,
        duplicate: true,
        warning: {
          file: 'b.txt',
          rule: 'duplicate-seed',
          message: 'same article as a.txt (identical title and body); only a.txt is published. Delete one of the two files.',
          severity: 'warning',
        },
      },
    },
    {
      name: 'another version of it',
      later: { ...first, slug: 'bridge-closes-2', body: [`${lead}, officials said.`] },
      expected: {
        ok: false,
        duplicate: true,
        warning: {
          file: 'b.txt',
          rule: 'duplicate-version',
          message:
            'another version of a.txt (the same headline and opening); only a.txt is published. Keep the version you prefer first in file-name order, or delete one of the two files.',
          severity: 'warning',
        },
      },
    },
    {
      name: 'another article at the same address',
      later: { slug: 'bridge-closes', title: 'Tram opens', body: ['The tram line opened.'] },
      expected: {
        ok: false,
        duplicate: false,
        error: {
          file: 'b.txt',
          rule: 'slug-taken',
          message:
            'its page address /articles/bridge-closes/ is already taken by a.txt. Give one of the two a different `slug:` in its front matter (or remove a duplicated one), or rename one of the files.',
          severity: 'error',
        },
      },
    },
  ])('a later seed with $name: $expected.ok', ({ later, expected }) => {
    const registry = createSeedRegistry();
    expect(registry.claim('a.txt', first)).toEqual({ ok: true, keys: keysOf(first) });
    expect(registry.claim('b.txt', later)).toStrictEqual(expected.ok ? { ok: true, keys: keysOf(later) } : expected);
  });

  test('a refused claim registers nothing', () => {
    const registry = createSeedRegistry();
    registry.claim('a.txt', first);
    const clash = { slug: 'bridge-closes', title: 'Tram opens', body: ['The tram line opened.'] };
    expect(registry.claim('b.txt', clash).ok).toBe(false);
    expect(registry.claim('c.txt', { ...clash, slug: 'tram-opens' }).ok).toBe(true);
  });

  test.each([
    { name: 'none of its keys is taken', taken: null, expected: true },
    { name: 'its address is taken', taken: { ...first, title: 'Other', body: ['Other text entirely.'] }, expected: false },
    { name: 'its article is taken', taken: { ...first, slug: 'other-slug' }, expected: false },
  ])('claimKnown is $expected when $name', ({ taken, expected }) => {
    const registry = createSeedRegistry();
    if (taken !== null) registry.claim('0.txt', taken);
    expect(registry.claimKnown('a.txt', keysOf(first))).toBe(expected);
    // Registered only when claimed: a second claim of the same keys is refused either way.
    expect(registry.claimKnown('b.txt', keysOf(first))).toBe(false);
  });
});
