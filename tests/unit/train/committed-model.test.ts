import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { featureNames } from '../../../src/lib/normalize/line-features.ts';
import { defaultCorpora, modelFile } from '../../../src/lib/train/corpora.ts';
import { fitRoles } from '../../../src/lib/train/fit-roles.ts';
import { readCorpus } from '../../../src/lib/train/read-corpus.ts';

// The corpora live beside the project (../shared/corpus), not in it: without them this skips.
const root = resolve(import.meta.dirname, '../../..');
const folders = defaultCorpora.map((f) => resolve(root, f));
const missing = folders.some((f) => !existsSync(f));

describe('the committed role model', () => {
  test('is fitted on the features the normalizer measures, in their order', () => {
    const committed = JSON.parse(readFileSync(resolve(root, modelFile), 'utf8')) as { features: string[] };
    expect(committed.features).toEqual([...featureNames]);
  });

  test.skipIf(missing)('is what npm run train writes from both corpora (run it after changing a feature)', () => {
    const committed: unknown = JSON.parse(readFileSync(resolve(root, modelFile), 'utf8'));
    const refitted: unknown = JSON.parse(JSON.stringify(fitRoles(folders.flatMap((f) => readCorpus(f)))));
    expect(refitted).toEqual(committed);
  }, 120_000);
});
