import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { refuseEmptySite } from '../../../src/lib/build-run/refuse-empty-site.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('refuseEmptySite', () => {
  test.each([
    { out: 'a site', articles: 0, allowEmpty: false, refused: true },
    { out: 'a site', articles: 0, allowEmpty: true, refused: false },
    { out: 'a site', articles: 1, allowEmpty: false, refused: false },
    { out: 'an empty folder', articles: 0, allowEmpty: false, refused: false },
    { out: 'no folder', articles: 0, allowEmpty: false, refused: false },
  ])('$articles articles over $out (allowEmpty: $allowEmpty) refused: $refused', ({ out, articles, allowEmpty, refused }) => {
    const dist = join(tempDir(), 'dist');
    if (out !== 'no folder') mkdirSync(dist);
    if (out === 'a site') writeFileSync(join(dist, 'index.html'), '<!doctype html>');
    const refusal = refuseEmptySite(articles, dist, allowEmpty);
    if (refused) {
      expect(refusal).toBe(
        `no article to publish, and ${dist} holds a site: building would replace it with an empty archive, so ${dist} was left as it was. ` +
          'Add seeds to the seeds folder (or name the right one with --seeds DIR), or pass --allow-empty to publish an empty archive.',
      );
    } else expect(refusal).toBeUndefined();
  });
});
