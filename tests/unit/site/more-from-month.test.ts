import { describe, expect, test } from 'vitest';
import { moreFromMonth } from '../../../src/lib/site/more-from-month.ts';
import type { Stories, Story } from '../../../src/lib/stories/group-stories.ts';

const articles = [
  { id: 'm1', title: 'March first', date: '2020-03-01' },
  { id: 'm19', title: 'March nineteenth', date: '2020-03-19' },
  { id: 'm19b', title: 'Another of the nineteenth', date: '2020-03-19' },
  { id: 'm', title: 'March, no day', date: '2020-03' },
  { id: 'm25', title: 'March twenty-fifth', date: '2020-03-25' },
  { id: 'v1', title: 'A story, first version', date: '2020-03-10' },
  { id: 'v2', title: 'A story, second version', date: '2020-03-12' },
  { id: 'v3', title: 'A story, undated version', date: '2020-03-10' },
  { id: 'a1', title: 'April', date: '2020-04-02' },
  { id: 'y1', title: 'Only the year', date: '2020' },
  { id: 'y2', title: 'Only the year too', date: '2020' },
  { id: 'd19', title: 'Another year', date: '2019-03-19' },
  { id: 'u', title: 'Undated', date: null },
];
// v1 leads its story (the oldest stated date); v3 carries the story's date.
const story: Story = { members: ['v1', 'v2', 'v3'], stated: { date: '2020-03-10', id: 'v1' } };
const stories: Stories = new Map(story.members.map((id) => [id, story]));

describe('moreFromMonth', () => {
  const more = moreFromMonth(articles, stories, new Set(), 4);
  test.each([
    { id: 'm19', label: 'March 2020', href: '/timeline/2020/#2020-03', expected: ['m25', 'm19b', 'v1', 'm1'] },
    { id: 'm25', label: 'March 2020', href: '/timeline/2020/#2020-03', expected: ['m19b', 'm19', 'v1', 'm1'] },
    { id: 'm', label: 'March 2020', href: '/timeline/2020/#2020-03', expected: ['m25', 'm19b', 'm19', 'v1'] },
    { id: 'v2', label: 'March 2020', href: '/timeline/2020/#2020-03', expected: ['m25', 'm19b', 'm19', 'm1'] },
    { id: 'v3', label: 'March 2020', href: '/timeline/2020/#2020-03', expected: ['m25', 'm19b', 'm19', 'm1'] },
    { id: 'a1', label: 'April 2020', href: '/timeline/2020/#2020-04', expected: [] },
    { id: 'y1', label: '2020', href: '/timeline/2020/', expected: ['y2'] },
    { id: 'd19', label: 'March 2019', href: '/timeline/2019/#2019-03', expected: [] },
  ])('$id: more from $label is $expected', ({ id, label, href, expected }) => {
    const found = more.get(id);
    expect(found?.label).toBe(label);
    expect(found?.href).toBe(href);
    expect(found?.articles.map((a) => a.id)).toEqual(expected);
  });

  test.each([
    { id: 'm19', href: '/timeline/2020/03/' },
    { id: 'y1', href: '/timeline/2020/' },
    { id: 'd19', href: '/timeline/2019/#2019-03' },
  ])('$id links to $href when 2020 gives each month a page of its own', ({ id, href }) => {
    expect(moreFromMonth(articles, stories, new Set(['2020'])).get(id)?.href).toBe(href);
  });

  test('an undated article has no month to share', () => {
    expect(more.has('u')).toBe(false);
  });

  test('lists at most five by default, newest first', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `d${i + 1}`, title: `Day ${i + 1}`, date: `2021-05-0${i + 1}` }));
    expect(moreFromMonth(many, new Map()).get('d1')?.articles.map((a) => a.id)).toEqual(['d9', 'd8', 'd7', 'd6', 'd5']);
  });

  test('the input is not reordered', () => {
    const copy = [...articles];
    moreFromMonth(copy, stories);
    expect(copy).toEqual(articles);
  });
});
