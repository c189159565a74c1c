import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { featureNames } from '../../../src/lib/normalize/line-features.ts';
import { modelRoles, type RoleModel } from '../../../src/lib/normalize/role-model.ts';
import { fitRoles } from '../../../src/lib/train/fit-roles.ts';
import { readCorpus } from '../../../src/lib/train/read-corpus.ts';

// The labelled corpus lives beside the project (../shared/corpus), not in it: without it these skip.
const corpus = resolve(import.meta.dirname, '../../../../shared/corpus/dev-postlight');
const missing = !existsSync(corpus);
const skipped = '(skipped without ../shared/corpus, which lives beside the project, not in it)';

// Twelve pages keep a fit to a second or two.
const pages = missing ? [] : readCorpus(corpus).slice(0, 12);
let fitted: RoleModel | undefined;
const model = (): RoleModel => (fitted ??= fitRoles(pages));

describe('fitRoles on the first 12 pages of dev-postlight', () => {
  test.skipIf(missing)(`names the features it was fitted on, as featureNames lists them ${skipped}`, () => {
    expect(model().features).toEqual([...featureNames]);
  }, 30_000);

  test.skipIf(missing).each([...modelRoles])(`fits one weight per feature for the %s role ${skipped}`, (role) => {
    const weights = model().roles[role];
    expect(weights?.weights).toHaveLength(featureNames.length);
    expect(weights?.weights.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(weights?.none)).toBe(true);
  }, 30_000);

  test.skipIf(missing)(`gives the same model when fitted twice ${skipped}`, () => {
    expect(fitRoles(pages)).toEqual(model());
  }, 30_000);
});
