import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { changedPages, pageRecordEnv, propsHash, readPageRecord, readRouteNote, routeAddress, writeRouteNote } from '../../../src/lib/build-run/page-record.ts';
import { renderShareEnv } from '../../../src/lib/build-run/render-share.ts';
import { projectRoot } from '../../helpers/run-script.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('routeAddress', () => {
  test.each([
    ['/articles/[slug]/', { slug: 'harbour-plan' }, '/articles/harbour-plan/'],
    ['/articles/[slug]/part/[n]/', { slug: 'harbour-plan', n: '2' }, '/articles/harbour-plan/part/2/'],
    ['/[kind]/[name]/[...page]/', { kind: 'people', name: 'mike-pompeo', page: undefined }, '/people/mike-pompeo/'],
    ['/[kind]/[name]/[...page]/', { kind: 'people', name: 'mike-pompeo', page: 'page/2' }, '/people/mike-pompeo/page/2/'],
    ['/timeline/[year]/[month]/[...page]/', { year: '2020', month: '03', page: undefined }, '/timeline/2020/03/'],
  ])('%s with %o is %s', (route, params, address) => {
    expect(routeAddress(route, params)).toBe(address);
  });

  test('names the parameter a route needs and the page did not give', () => {
    expect(() => routeAddress('/articles/[slug]/', {})).toThrow('page-record: the route /articles/[slug]/ needs the parameter "slug", and the page gave none.');
  });
});

describe('propsHash', () => {
  test.each([
    ['the same props', { a: 1, b: ['x'] }, { a: 1, b: ['x'] }, true],
    ['a changed value', { a: 1 }, { a: 2 }, false],
    ['a changed map', { m: new Map([['k', 1]]) }, { m: new Map([['k', 2]]) }, false],
    ['an equal set', { s: new Set(['a', 'b']) }, { s: new Set(['a', 'b']) }, true],
    ['a changed set', { s: new Set(['a', 'b']) }, { s: new Set(['a']) }, false],
    ['a map and its entries as a list', { m: new Map([['k', 1]]) }, { m: [['k', 1]] }, true],
    ['a set deep in a list and its values', { l: [{ s: new Set(['a']) }] }, { l: [{ s: ['a'] }] }, true],
    ['an empty map and an empty object', { m: new Map() }, { m: {} }, false],
    ['an empty object beside a map, and beside its entries', { e: {}, m: new Map([['k', 1]]) }, { e: {}, m: [['k', 1]] }, true],
  ])('%s: equal hashes is %s', (_, a, b, same) => {
    expect(propsHash(a) === propsHash(b)).toBe(same);
  });
});

describe('changedPages', () => {
  const paths = (titles: readonly string[]) => titles.map((title, i) => ({ params: { slug: `a${i}` }, props: { title } }));

  test('outside a build, returns every page and records nothing', () => {
    expect(changedPages('/articles/[slug]/', paths(['One', 'Two']), { env: {} })).toHaveLength(2);
  });

  test('in a full build, returns every page and records each address with its props hash', () => {
    const dir = tempDir();
    expect(changedPages('/articles/[slug]/', paths(['One', 'Two']), { env: { [pageRecordEnv.write]: dir } })).toHaveLength(2);
    expect([...readPageRecord(dir)]).toEqual([
      ['/articles/a0/', propsHash({ title: 'One' })],
      ['/articles/a1/', propsHash({ title: 'Two' })],
    ]);
  });

  test.each([
    ['0/2', 2],
    ['1/2', 0],
    ['2/3', 0],
  ])('in a full build rendered in shares, as share %s, returns every page and records %i', (share, recorded) => {
    const dir = tempDir();
    expect(changedPages('/articles/[slug]/', paths(['One', 'Two']), { env: { [pageRecordEnv.write]: dir, [renderShareEnv]: share } })).toHaveLength(2);
    expect(readPageRecord(dir).size).toBe(recorded);
  });

  test('in an incremental build, returns only the pages that are new or whose props changed', () => {
    const last = tempDir();
    changedPages('/articles/[slug]/', paths(['One', 'Two']), { env: { [pageRecordEnv.write]: last } });
    const env = { [pageRecordEnv.write]: tempDir(), [pageRecordEnv.previous]: last };
    expect(changedPages('/articles/[slug]/', paths(['One', 'Two, corrected', 'Three']), { env }).map((p) => p.props.title)).toEqual(['Two, corrected', 'Three']);
  });

  test('hashes what `hashed` gives of the props: a page whose stand-in is unchanged is kept', () => {
    const last = tempDir();
    const hashed = (props: { title: string }) => ({ initial: props.title[0] });
    changedPages('/articles/[slug]/', paths(['One', 'Two']), { hashed, env: { [pageRecordEnv.write]: last } });
    expect([...readPageRecord(last)][0]).toEqual(['/articles/a0/', propsHash({ initial: 'O' })]);
    const env = { [pageRecordEnv.write]: tempDir(), [pageRecordEnv.previous]: last };
    expect(changedPages('/articles/[slug]/', paths(['Once', 'Four']), { hashed, env }).map((p) => p.props.title)).toEqual(['Four']);
  });

  test('keeps the last hash of a page `unchanged` vouches for, without hashing its props', () => {
    const last = tempDir();
    changedPages('/articles/[slug]/', paths(['One', 'Two']), { env: { [pageRecordEnv.write]: last } });
    const next = tempDir();
    const env = { [pageRecordEnv.write]: next, [pageRecordEnv.previous]: last };
    const hashed = (props: { title: string }): object => {
      if (props.title === 'One, vouched for') throw new Error('hashed a page taken as unchanged');
      return props;
    };
    const unchanged = (props: { title: string }): boolean => props.title.endsWith('vouched for');
    const rendered = changedPages('/articles/[slug]/', paths(['One, vouched for', 'Two', 'Three, vouched for']), { hashed, unchanged, env });
    // A page the last build had not is new, whatever `unchanged` says.
    expect(rendered.map((p) => p.props.title)).toEqual(['Three, vouched for']);
    expect(readPageRecord(next).get('/articles/a0/')).toBe(propsHash({ title: 'One' }));
  });

  test('when asked to check, fails naming a page `unchanged` vouched for whose props changed', () => {
    const last = tempDir();
    changedPages('/articles/[slug]/', paths(['One', 'Two']), { env: { [pageRecordEnv.write]: last } });
    const env = { [pageRecordEnv.write]: tempDir(), [pageRecordEnv.previous]: last, [pageRecordEnv.checkKept]: '1' };
    const unchanged = (): boolean => true;
    expect(changedPages('/articles/[slug]/', paths(['One', 'Two']), { unchanged, env })).toEqual([]);
    expect(() => changedPages('/articles/[slug]/', paths(['One', 'Two, corrected']), { unchanged, env })).toThrow(
      'page-record: /articles/a1/ (route /articles/[slug]/) was taken as unchanged since the last build, but its props changed',
    );
  });
});

describe('route notes', () => {
  test('a note written in one build is read in the next, and in no other kind of run', () => {
    const last = tempDir();
    writeRouteNote('article-dependencies', () => '{"kept":1}', { [pageRecordEnv.write]: last });
    expect(readRouteNote('article-dependencies', { [pageRecordEnv.write]: tempDir(), [pageRecordEnv.previous]: last })).toBe('{"kept":1}');
    expect(readRouteNote('article-dependencies', {})).toBeUndefined();
    expect(readRouteNote('other-note', { [pageRecordEnv.previous]: last })).toBeUndefined();
    // Not by a renderer sharing a full build, nor outside a build.
    const share = tempDir();
    writeRouteNote('article-dependencies', () => '{}', { [pageRecordEnv.write]: share, [renderShareEnv]: '1/2' });
    expect(readRouteNote('article-dependencies', { [pageRecordEnv.previous]: share })).toBeUndefined();
  });

  test('names its file from a plain name only', () => {
    expect(() => readRouteNote('../x', { [pageRecordEnv.previous]: tempDir() })).toThrow('page-record: a route note\'s name is lowercase letters and hyphens; found "../x".');
  });
});

/** Every page file that records its pages, with the route it names. */
function recordedRoutes(): [string, string][] {
  const pages = join(projectRoot, 'src', 'pages');
  return readdirSync(pages, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .flatMap((file) => {
      const named = /changedPages\(\s*'([^']+)'/.exec(readFileSync(join(pages, file), 'utf8'));
      return named ? [[file, named[1]!] as [string, string]] : [];
    });
}

describe('the routes pages record', () => {
  test.each(recordedRoutes())('%s names its own route, %s', (file, route) => {
    const fromPath = `/${relative('.', file).split(sep).join('/').replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');
    expect(route).toBe(fromPath);
  });

  test('every route with getStaticPaths records its pages, but the one that reads the archive in its frontmatter (rendered in every build)', () => {
    const pages = join(projectRoot, 'src', 'pages');
    const unrecorded = readdirSync(pages, { recursive: true, encoding: 'utf8' }).filter((file) => {
      const text = file.endsWith('.astro') ? readFileSync(join(pages, file), 'utf8') : '';
      return text.includes('getStaticPaths') && !text.includes('changedPages(');
    });
    expect(unrecorded.map((file) => file.split(sep).join('/'))).toEqual(['[kind]/index.astro']);
  });
});
