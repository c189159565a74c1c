import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, test } from 'vitest';
import { articleLoader } from '../../../src/lib/article/article-loader.ts';
import { collectionStamps } from '../../../src/lib/article/collection-files.ts';
import { pageRecordEnv } from '../../../src/lib/build-run/page-record.ts';
import { handedStoreKey } from '../../../src/integrations/store-at-run-time.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** A data store and meta store as Astro's keep them between builds (an entry with the same digest is not replaced). */
function stores(): { store: Map<string, Entry>; meta: Map<string, string> } {
  return { store: new Map(), meta: new Map() };
}

/** Run the loader over `root`'s collection, as a build does; returns the files it parsed. */
async function sync(
  root: string,
  kept: ReturnType<typeof stores>,
  options: { changedOnly: boolean; schema?: (data: Record<string, unknown>) => Record<string, unknown>; stamps?: ReadonlyMap<string, string> },
): Promise<string[]> {
  const parsed: string[] = [];
  const { store, meta } = kept;
  const context = {
    collection: 'articles',
    config: { root: pathToFileURL(`${root}/`) },
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
    store: {
      get: (id: string) => store.get(id),
      has: (id: string) => store.has(id),
      keys: () => [...store.keys()],
      entries: () => [...store.entries()],
      delete: (id: string) => void store.delete(id),
      set: (entry: Entry) => {
        const old = store.get(entry.id);
        if (old !== undefined && old.digest === entry.digest) return false;
        store.set(entry.id, entry);
        return true;
      },
    },
    parseData: async ({ data, filePath }: { data: Record<string, unknown>; filePath?: string }) => {
      parsed.push(String(filePath).split('/').pop() ?? '');
      return (options.schema ?? ((d) => d))(data);
    },
    generateDigest: (text: string) => String(text.length) + text.slice(0, 40),
  } as unknown as LoaderContext;
  process.env[pageRecordEnv.syncChangedOnly] = options.changedOnly ? '1' : '';
  await articleLoader(options.stamps === undefined ? {} : { stamps: options.stamps }).load(context);
  return parsed.sort();
}

function collection(): { root: string; write: (slug: string, title: string) => void; remove: (slug: string) => void } {
  const root = tempDir();
  const dir = join(root, 'src', 'content', 'articles');
  mkdirSync(dir, { recursive: true });
  return {
    root,
    write: (slug, title) => writeFileSync(join(dir, `${slug}.json`), JSON.stringify({ slug, title })),
    remove: (slug) => rmSync(join(dir, `${slug}.json`)),
  };
}

afterEach(() => {
  delete process.env[pageRecordEnv.syncChangedOnly];
});

describe('articleLoader in a build', () => {
  test('reads every file in a full sync, and only the changed ones in an incremental one', async () => {
    const c = collection();
    const kept = stores();
    c.write('a', 'A');
    c.write('b', 'B');
    expect(await sync(c.root, kept, { changedOnly: false })).toEqual(['a.json', 'b.json']);
    expect(await sync(c.root, kept, { changedOnly: true })).toEqual([]);
    c.write('b', 'B, again');
    c.write('c', 'C');
    expect(await sync(c.root, kept, { changedOnly: true })).toEqual(['b.json', 'c.json']);
    c.remove('a');
    expect(await sync(c.root, kept, { changedOnly: true })).toEqual([]);
    expect([...kept.store.keys()].sort()).toEqual(['b', 'c']);
    expect(kept.store.get('b')?.data).toEqual({ slug: 'b', title: 'B, again' });
    expect(kept.store.get('b')?.filePath).toBe('src/content/articles/b.json');
  });

  test('with the stamps a build took, reads the files they say changed and drops the ones they leave out, listing nothing itself', async () => {
    const c = collection();
    const kept = stores();
    c.write('a', 'A');
    c.write('b', 'B');
    const dir = join(c.root, 'src', 'content', 'articles');
    await sync(c.root, kept, { changedOnly: false });
    const stamps = collectionStamps(dir);
    expect(await sync(c.root, kept, { changedOnly: true, stamps })).toEqual([]);
    c.write('b', 'B, again');
    // Stamps taken before the change: the file is taken as it was, so the build's stamps must be its last.
    expect(await sync(c.root, kept, { changedOnly: true, stamps })).toEqual([]);
    c.write('c', 'C');
    expect(await sync(c.root, kept, { changedOnly: true, stamps: collectionStamps(dir) })).toEqual(['b.json', 'c.json']);
    expect(await sync(c.root, kept, { changedOnly: true, stamps: new Map([...collectionStamps(dir)].filter(([name]) => name !== 'a.json')) })).toEqual([]);
    expect([...kept.store.keys()].sort()).toEqual(['b', 'c']);
  });

  test('a full sync replaces an entry the schema now reads otherwise, though its file is the same', async () => {
    const c = collection();
    const kept = stores();
    c.write('a', 'A');
    await sync(c.root, kept, { changedOnly: false });
    await sync(c.root, kept, { changedOnly: false, schema: (data) => ({ ...data, extra: true }) });
    expect(isDeepStrictEqual(kept.store.get('a')?.data, { slug: 'a', title: 'A', extra: true })).toBe(true);
  });

  test('hands the synced entries, the very objects of the store, to the bundle the build loads next', async () => {
    const c = collection();
    const kept = stores();
    c.write('a', 'A');
    c.write('b', 'B');
    const key = Symbol.for(handedStoreKey);
    try {
      await sync(c.root, kept, { changedOnly: false });
      const handed = (globalThis as Record<symbol, unknown>)[key] as Map<string, Map<string, Entry>>;
      expect([...handed.keys()]).toEqual(['articles']);
      expect([...(handed.get('articles')?.entries() ?? [])]).toEqual([...kept.store.entries()]);
      expect(handed.get('articles')?.get('a')).toBe(kept.store.get('a'));
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
    }
  });

  test('names a file that is not an article as JSON, and the fix', async () => {
    const c = collection();
    writeFileSync(join(c.root, 'src', 'content', 'articles', 'broken.json'), '{"slug": ');
    await expect(sync(c.root, stores(), { changedOnly: false })).rejects.toThrow(/^src\/content\/articles\/broken\.json: expected an article as JSON, found .*Fix: run `npm run ingest`/u);
  });
});
