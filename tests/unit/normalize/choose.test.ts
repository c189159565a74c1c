import { describe, expect, test } from 'vitest';
import { chooseLine, fitChoice, scoreRows, type ChoiceExample, type ChoiceWeights } from '../../../src/lib/normalize/model/choose.ts';

// Two features: [marks the line, noise]. On a "marked" page one row has the mark and plays the role;
// on a "plain" page no row has it and the right answer is none. Noise takes the same values on
// positive and negative rows, so it says nothing about the answer.
const noise = (page: number, row: number): number => ((page * 7 + row * 3) % 5) / 4;

function markedPage(page: number): ChoiceExample {
  const at = page % 3;
  return { rows: [0, 1, 2].map((row) => [row === at ? 1 : 0, noise(page, row)]), positives: [at] };
}

function plainPage(page: number): ChoiceExample {
  return { rows: [0, 1, 2].map((row) => [0, noise(page, row)]), positives: [] };
}

const marked = Array.from({ length: 12 }, (_, page) => markedPage(page));
const mixed = [...marked, ...Array.from({ length: 12 }, (_, page) => plainPage(page + 12))];

describe('scoreRows', () => {
  test.each([
    { weights: [2, -1], rows: [[1, 0], [0, 1], [1, 1]], expected: [2, -1, 1] },
    { weights: [0.5, 0.25], rows: [[4, 4]], expected: [3] },
    { weights: [1, 1], rows: [[3]], expected: [3] }, // a short row counts its missing features as 0
    { weights: [1], rows: [[3, 100]], expected: [3] }, // features without a weight count for nothing
    { weights: [1, 1], rows: [], expected: [] },
  ])('scores rows $rows under weights $weights as $expected', ({ weights, rows, expected }) => {
    expect(scoreRows({ weights, none: 0 }, rows)).toEqual(expected);
  });
});

describe('chooseLine', () => {
  const model: ChoiceWeights = { weights: [3, 0], none: 1 };

  test.each([
    { rows: [[0, 0], [1, 0], [0, 0]], must: false, expected: 1 },
    { rows: [[0, 0], [0, 0]], must: false, expected: null },
    { rows: [[0, 0], [0, 0]], must: true, expected: 0 },
    { rows: [[1, 0], [1, 0]], must: false, expected: 0 }, // equal scores: the first row wins
  ])('on rows $rows with must $must picks row $expected', ({ rows, must, expected }) => {
    expect(chooseLine(model, rows, must)?.index ?? null).toBe(expected);
  });

  test.each([false, true])('gives null for no candidates (must: %s)', (must) => {
    expect(chooseLine(model, [], must)).toBeNull();
  });

  test('gives the chosen row its softmax probability over the rows and none', () => {
    const chosen = chooseLine({ weights: [Math.log(2)], none: 0 }, [[1], [0]]);
    expect(chosen?.index).toBe(0);
    expect(chosen?.probability).toBeCloseTo(2 / 4);
  });

  test('chooses none when none is exactly as likely as the best row', () => {
    expect(chooseLine({ weights: [0], none: 0 }, [[1]])).toBeNull();
  });
});

describe('fitChoice', () => {
  const fittedOnMarked = fitChoice(marked, 2);

  test('learns a positive weight on the feature that marks the line, larger than the noise weight', () => {
    const [mark = 0, noisy = 0] = fittedOnMarked.weights;
    expect(mark).toBeGreaterThan(0);
    expect(mark).toBeGreaterThan(Math.abs(noisy));
  });

  test.each(marked.map((example, page) => ({ page, example })))('then picks the marked row of page $page', ({ example }) => {
    expect(chooseLine(fittedOnMarked, example.rows)?.index).toBe(example.positives[0]);
  });

  describe('with pages whose answer is none', () => {
    const model = fitChoice(mixed, 2);

    test.each([0, 1, 2])('still picks the marked row when it is row %i', (at) => {
      const rows = [0, 1, 2].map((row) => [row === at ? 1 : 0, noise(5, row)]);
      expect(chooseLine(model, rows)?.index).toBe(at);
    });

    test.each([30, 31, 32])('chooses none on an unmarked page like those (page %i)', (page) => {
      expect(chooseLine(model, plainPage(page).rows)).toBeNull();
    });

    test.each([30, 31, 32])('with must: true picks a row of an unmarked page anyway (page %i)', (page) => {
      const chosen = chooseLine(model, plainPage(page).rows, true);
      expect(chosen?.index).toBeGreaterThanOrEqual(0);
      expect(chosen?.index).toBeLessThan(3);
    });
  });

  test('gives identical weights when fitted twice on the same examples', () => {
    expect(fitChoice(mixed, 2)).toEqual(fitChoice(mixed, 2));
  });

  test('gives one weight per feature and a none score', () => {
    const model = fitChoice(marked, 5, { iterations: 10 });
    expect(model.weights).toHaveLength(5);
    expect(Number.isFinite(model.none)).toBe(true);
  });
});
