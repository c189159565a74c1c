import { describe, expect, test } from 'vitest';
import { carryStoryDate, groupStories, type StoryMember } from '../../../src/lib/stories/group-stories.ts';
import { chooseThreshold, noiseFloor } from '../../../src/lib/train/fit-story-threshold.ts';
import { storySignature } from '../../../src/lib/stories/story-signature.ts';

const story = ['The harbour wall at Carrick Sound was rebuilt over the winter by a team of twelve.', 'The ferry returned on Monday, three months late.'];
const other = ['Volunteers have typed up a century of weather diaries kept by a valley farm.', 'The diaries start in 1911 and stop in 2011.'];
const member = (id: string, date: string | null, body: readonly string[], dateSource: StoryMember['dateSource'] = date ? 'explicit' : null): StoryMember => ({
  id,
  title: id,
  date,
  dateSource,
  signature: storySignature(body),
});

describe('groupStories', () => {
  test('orders a story oldest stated date first, undated versions last, and names the date it states', () => {
    const stories = groupStories([member('c', null, story), member('b', '2020-03-19', story), member('x', '2019-01-01', other), member('a', '2020-03-20', story)]);
    expect(stories.get('a')?.members).toEqual(['b', 'a', 'c']);
    expect(stories.get('c')?.stated).toEqual({ date: '2020-03-19', id: 'b' });
    expect(stories.has('x')).toBe(false);
  });

  test('a story where no version states a date carries none', () => {
    const stories = groupStories([member('a', null, story), member('b', null, story)]);
    expect(stories.get('a')?.stated).toBeNull();
  });
});

describe('carryStoryDate', () => {
  const stories = groupStories([member('a', '2020-03-19', story), member('b', null, story), member('c', null, other)]);
  test.each([
    { id: 'b', date: null, expected: { date: '2020-03-19', dateSource: 'story' } },
    { id: 'a', date: '2020-03-19', expected: { date: '2020-03-19', dateSource: 'explicit' } },
    { id: 'c', date: null, expected: { date: null, dateSource: null } },
  ])('$id', ({ id, date, expected }) => {
    const carried = carryStoryDate({ id, date, dateSource: date ? ('explicit' as const) : null }, stories);
    expect({ date: carried.date, dateSource: carried.dateSource }).toEqual(expected);
  });

  test('changes no field but the date and its source (an article page is hashed by its file and those two)', () => {
    const article = { id: 'b', date: null, dateSource: null, title: 'B', lead: 'The lead.', terms: ['b'] };
    const carried = carryStoryDate(article, stories);
    const changed = Object.keys({ ...article, ...carried }).filter((key) => !Object.is(article[key as keyof typeof article], carried[key as keyof typeof carried]));
    expect(changed.sort()).toEqual(['date', 'dateSource']);
  });
});

describe('chooseThreshold', () => {
  test.each([
    { name: 'separated: the middle of the gap', versions: [0.5, 0.6, 0.9], distinct: [0.01, 0.1], expected: 0.3 },
    { name: 'overlapping: of the cuts with fewest mistakes, the widest gap', versions: [0.2, 0.5, 0.6, 0.7], distinct: [0.01, 0.02, 0.03, 0.3], expected: 0.4 },
    { name: 'a rare distinct pair is outweighed by many versions', versions: [0.2, 0.25, 0.5, 0.6], distinct: [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.3], expected: 0.145 },
  ])('$name', ({ versions, distinct, expected }) => {
    expect(chooseThreshold(versions, distinct)).toBeCloseTo(expected, 3);
  });
});

describe('noiseFloor', () => {
  test.each([
    { name: 'distinct pairs that share nothing', p: 0, atLeast: 0.05, atMost: 0.1 },
    { name: 'distinct pairs around 0.02', p: 0.02, atLeast: 0.1, atMost: 0.15 },
    { name: 'distinct pairs around 0.1', p: 0.1, atLeast: 0.25, atMost: 0.35 },
  ])('$name: the floor is between $atLeast and $atMost', ({ p, atLeast, atMost }) => {
    const floor = noiseFloor(Array.from({ length: 1000 }, () => p));
    expect(floor).toBeGreaterThanOrEqual(atLeast);
    expect(floor).toBeLessThanOrEqual(atMost);
  });
});
