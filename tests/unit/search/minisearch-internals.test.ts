import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { orderArticles, toSearchDocument } from '../../../src/lib/search/build-index.ts';
import { addPostings, createEngine, invertDocuments, miniSearchVersion, serializationVersion } from '../../../src/lib/search/minisearch-internals.ts';
import { fields, miniSearchOptions } from '../../../src/lib/search/options.ts';
import { generateArchive } from './generate-archive.ts';

const installed = (JSON.parse(readFileSync(new URL('../../../node_modules/minisearch/package.json', import.meta.url), 'utf8')) as { version: string }).version;
const pinned = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> }).dependencies['minisearch'];

const docs = orderArticles(generateArchive(60, 5)).map(toSearchDocument);

/** A real MiniSearch that added the documents, and one made the way the sharded search makes it. */
function engines() {
  const real = new MiniSearch(miniSearchOptions);
  real.addAll(docs);
  const { postings, fieldLength, averageFieldLength } = invertDocuments(docs);
  const ours = createEngine({ documentCount: docs.length, fieldLength, averageFieldLength });
  addPostings(ours, [...postings.keys()].map((term) => [term, ...(postings.get(term) ?? [])] as const));
  return { real, ours };
}

/** A serialized index with its terms in order and no stored fields (the sharded search stores none). */
function comparable(engine: MiniSearch) {
  const { index, storedFields: _stored, ...rest } = engine.toJSON();
  return { ...rest, index: [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}

describe(`MiniSearch's internals, as src/lib/search/minisearch-internals.ts uses them`, () => {
  test('the installed MiniSearch is the one they were checked against, pinned exactly', () => {
    const advice = `MiniSearch ${installed} is installed and package.json asks for ${pinned}; the internals were checked against ${miniSearchVersion}. Read src/lib/search/minisearch-internals.ts against the new version (add, loadJS, toJSON, _index), then update miniSearchVersion and the pin together.`;
    expect(installed, advice).toBe(miniSearchVersion);
    expect(pinned, advice).toBe(miniSearchVersion);
  });

  test('toJSON writes the serialization version and the fields createEngine gives loadJS', () => {
    const serialized = new MiniSearch(miniSearchOptions).toJSON();
    expect(serialized.serializationVersion).toBe(serializationVersion);
    const made = createEngine({ documentCount: 0, fieldLength: [], averageFieldLength: fields.map(() => 0) }).toJSON();
    expect(Object.keys(made).sort()).toEqual(Object.keys(serialized).sort());
  });

  test('an engine made from the statistics and postings is the index MiniSearch builds by adding the documents', () => {
    const { real, ours } = engines();
    expect(comparable(ours)).toEqual(comparable(real));
  });

  test('it ranks as MiniSearch does', () => {
    const { real, ours } = engines();
    for (const query of ['government', 'Pompeo sanctions', 'Erdo', 'Holloway']) {
      expect(ours.search(query), query).toEqual(real.search(query));
    }
  });

  test('an engine without the private term index is refused, naming the version and the module', () => {
    const engine = createEngine({ documentCount: 0, fieldLength: [], averageFieldLength: fields.map(() => 0) });
    Object.defineProperty(engine, '_index', { value: undefined });
    expect(() => addPostings(engine, [['word', [0, 1]]])).toThrow(/MiniSearch: no private term index .*7\.2\.0.*minisearch-internals\.ts/);
  });
});
