import { describe, expect, test } from 'vitest';
import { changedInputs, planBuild, type PlanInput } from '../../../src/lib/build-run/build-plan.ts';

const record = { inputs: { 'src/pages/index.astro': 'h1', 'node:version': 'v24' }, home: 'home', listing: 'files', collection: 'articles' };
const base: PlanInput = { full: false, record, inputs: record.inputs, home: 'home', listing: 'files', collection: 'articles, one changed', outName: 'dist/' };

describe('planBuild', () => {
  test.each<[string, Partial<PlanInput>, ReturnType<typeof planBuild>]>([
    ['one article changed', {}, { mode: 'incremental' }],
    ['no article changed', { collection: 'articles' }, { mode: 'unchanged' }],
    ['--full', { full: true }, { mode: 'full', reason: '--full was given' }],
    ['no record', { record: undefined }, { mode: 'full', reason: 'there is no record of a build into dist/' }],
    [
      'a page changed',
      { inputs: { ...record.inputs, 'src/pages/index.astro': 'h2' } },
      { mode: 'full', reason: "the site's code, config or dependencies changed since the last build (src/pages/index.astro)" },
    ],
    ['no home page', { home: undefined }, { mode: 'full', reason: 'dist/ has no home page' }],
    ['another home page', { home: 'other' }, { mode: 'full', reason: "dist/ is not the last build's output (its home page differs)" }],
    ['a file removed from the output', { listing: 'fewer files' }, { mode: 'full', reason: 'files were added to or removed from dist/ since the last build' }],
  ])('%s', (_, change, plan) => {
    expect(planBuild({ ...base, ...change })).toEqual(plan);
  });
});

describe('changedInputs', () => {
  test.each([
    [{ a: '1', b: '2' }, { a: '1', b: '2' }, []],
    [{ a: '1' }, { a: '2' }, ['a']],
    [{ a: '1' }, { a: '1', c: '3' }, ['c']],
    [{ b: '1', a: '1' }, {}, ['a', 'b']],
  ])('%o to %o changed %o', (before, now, changed) => {
    expect(changedInputs(before, now)).toEqual(changed);
  });
});
