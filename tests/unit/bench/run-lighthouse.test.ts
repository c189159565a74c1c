import { describe, expect, test } from 'vitest';
import { lighthouseLines } from '../../../bench/src/report.ts';
import { lostPointsOf, medianScores, runOf, scoresOf, type LighthouseReport, type LighthouseScores } from '../../../bench/src/run-lighthouse.ts';

/** A report with the four categories; `audits` scores the ones named, the rest score 1. */
function report(categoryScores: Readonly<Record<string, number | null>>, audits: LighthouseReport['audits'] = {}, benchmarkIndex?: number): LighthouseReport {
  const refs: Readonly<Record<string, { id: string; weight: number }[]>> = {
    performance: [
      { id: 'total-blocking-time', weight: 30 },
      { id: 'largest-contentful-paint', weight: 25 },
      { id: 'unused-css-rules', weight: 0 },
    ],
    accessibility: [{ id: 'color-contrast', weight: 7 }],
    'best-practices': [{ id: 'errors-in-console', weight: 1 }],
    seo: [{ id: 'meta-description', weight: 1 }],
  };
  return {
    categories: Object.fromEntries(Object.entries(refs).map(([id, auditRefs]) => [id, { score: id in categoryScores ? (categoryScores[id] ?? null) : 1, auditRefs }])),
    audits,
    environment: benchmarkIndex === undefined ? undefined : { benchmarkIndex },
  };
}

describe('scoresOf', () => {
  test.each([
    { scores: {}, expected: { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 } },
    { scores: { performance: 0.994, seo: 0.915 }, expected: { performance: 99, accessibility: 100, bestPractices: 100, seo: 92 } },
    { scores: { accessibility: null }, expected: { performance: 100, accessibility: null, bestPractices: 100, seo: 100 } },
  ])('category scores $scores read as $expected', ({ scores, expected }) => {
    expect(scoresOf(report(scores))).toEqual(expected);
  });
});

describe('lostPointsOf', () => {
  test.each([
    { name: 'no audit below 1 loses nothing', audits: { 'total-blocking-time': { score: 1, displayValue: '0 ms' } }, expected: [] },
    {
      name: 'a weighted audit below 1 is listed with what it measured',
      audits: { 'total-blocking-time': { score: 0.26, displayValue: '1,020 ms' } },
      expected: [{ category: 'performance', audit: 'total-blocking-time', score: 0.26, value: '1,020 ms' }],
    },
    { name: 'an audit of weight 0 costs no points', audits: { 'unused-css-rules': { score: 0.5, displayValue: '3 KiB' } }, expected: [] },
    { name: 'an audit that does not apply (score null) costs no points', audits: { 'color-contrast': { score: null } }, expected: [] },
    {
      name: 'audits of several categories come in category order, without a value when none is shown',
      audits: { 'meta-description': { score: 0 }, 'color-contrast': { score: 0 } },
      expected: [
        { category: 'accessibility', audit: 'color-contrast', score: 0, value: null },
        { category: 'seo', audit: 'meta-description', score: 0, value: null },
      ],
    },
  ])('$name', ({ audits, expected }) => {
    expect(lostPointsOf(report({}, audits))).toEqual(expected);
  });
});

describe('medianScores', () => {
  const all = (score: number | null) => ({ performance: score, accessibility: score, bestPractices: score, seo: score });
  test.each([
    { runs: [all(100), all(78), all(100)], expected: all(100) },
    { runs: [all(99), all(97), all(100)], expected: all(99) },
    { runs: [all(99), all(100)], expected: all(100) },
    { runs: [all(null), all(90), all(null)], expected: all(90) },
    { runs: [], expected: all(null) },
  ])('the median of $runs.length runs is $expected.performance', ({ runs, expected }) => {
    expect(medianScores(runs)).toEqual(expected);
  });
});

test('a run keeps the CPU benchmark Lighthouse measured', () => {
  expect(runOf(report({}, {}, 673.5)).benchmarkIndex).toBe(673.5);
  expect(runOf(report({})).benchmarkIndex).toBeNull();
});

test('the table shows the medians and names the audits that cost points in each run', () => {
  const article: LighthouseScores = {
    page: 'article',
    url: 'http://127.0.0.1/articles/x/',
    ...medianScores([all100(), { ...all100(), performance: 78 }]),
    runs: [
      { ...all100(), benchmarkIndex: 1654, lostPoints: [] },
      { ...all100(), performance: 78, benchmarkIndex: 673.5, lostPoints: [{ category: 'performance', audit: 'total-blocking-time', score: 0.26, value: '1,020 ms' }] },
    ],
  };
  const lines = lighthouseLines([article], [30, 14, 28, 14]);
  expect(lines[0]).toMatch(/^Lighthouse \(median of 2\)/);
  expect(lines[1]).toMatch(/^ {2}article +89 +100 +100 \/ 100$/);
  expect(lines[2]).toBe('  article, run 2 (CPU benchmark 674): performance total-blocking-time 0.26 (1,020 ms)');
  expect(lines).toHaveLength(3);
});

function all100() {
  return { performance: 100, accessibility: 100, bestPractices: 100, seo: 100 };
}
