import { describe, expect, test } from 'vitest';
import { propsHash } from '../../../src/lib/build-run/page-record.ts';
import type { ArticlePageProps } from '../../../src/lib/site/article-page-props.ts';
import { hashedArticleProps } from '../../../src/lib/site/hashed-article-props.ts';

/** An article page's props with its entry as the collection gives it (only what the stand-in reads matters here). */
function page(entry: { digest?: string; date: string | null; dateSource: string | null; title: string }, related: string[] = []): ArticlePageProps {
  const { digest, ...data } = entry;
  return {
    entry: { id: 'a', collection: 'articles', filePath: 'src/content/articles/a.json', ...(digest === undefined ? {} : { digest }), data: { id: 'a', ...data } },
    previous: null,
    next: null,
    story: { versions: [], dateFrom: null },
    related: related.map((id) => ({ id, slug: id, title: id, date: null, dateEstimate: null, source: null })),
    links: [],
    names: [],
    more: null,
  } as unknown as ArticlePageProps;
}

const hashOf = (props: ArticlePageProps): string => propsHash(hashedArticleProps(props));

describe('hashedArticleProps', () => {
  const base = { digest: 'd1', date: '2020-03-19', dateSource: 'explicit', title: 'A' };

  test.each([
    { name: 'the same file and carried date, whatever the data says', other: page({ ...base, title: 'parsed otherwise' }), same: true },
    { name: 'another file', other: page({ ...base, digest: 'd2' }), same: false },
    { name: 'a date carried from the story', other: page({ ...base, date: '2020-03-18', dateSource: 'story' }), same: false },
    { name: 'another related article', other: page(base, ['b']), same: false },
  ])('$name: same hash is $same', ({ other, same }) => {
    expect(hashOf(page(base)) === hashOf(other)).toBe(same);
  });

  test('an entry without a digest is hashed whole', () => {
    const { digest: _, ...undigested } = base;
    expect(hashOf(page({ ...undigested, title: 'A' })) === hashOf(page({ ...undigested, title: 'B' }))).toBe(false);
  });

  test('a link to another article is hashed by what it says, not by which object holds it', () => {
    const link = (title: string) => ({ id: 'b', slug: 'b', title, date: null, dateEstimate: null, source: null });
    const withLinks = (title: string): ArticlePageProps => {
      const props = page(base);
      return { ...props, previous: { link: link(title), label: 'Newer' }, related: [link(title)], more: { label: 'March 2020', href: '/timeline/2020/#2020-03', articles: [link(title)] } };
    };
    expect(hashOf(withLinks('B'))).toBe(hashOf(withLinks('B')));
    expect(hashOf(withLinks('B'))).not.toBe(hashOf(withLinks('B, corrected')));
    const step = (label: string): ArticlePageProps => ({ ...page(base), next: { link: link('B'), label } });
    expect(hashOf(step('Older'))).not.toBe(hashOf(step('Next by title')));
  });

  test('keeps the props beside the entry, and a later part its number', () => {
    const hashed = hashedArticleProps({ ...page(base), part: 2 }) as Record<string, unknown>;
    // The names' rail follows from the links (see article-names.test.ts).
    expect(Object.keys(hashed).sort()).toEqual(['entry', 'links', 'more', 'next', 'part', 'previous', 'related', 'story']);
    expect(hashed['part']).toBe(2);
  });
});
