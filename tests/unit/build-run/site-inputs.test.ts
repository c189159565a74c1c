import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteInputs } from '../../../src/lib/build-run/site-inputs.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function site(): string {
  const root = tempDir();
  for (const [path, text] of Object.entries({ 'src/pages/index.astro': 'home', 'src/content/articles/a.json': '{}', 'public/favicon.svg': '<svg/>', 'astro.config.ts': 'config', 'README.md': 'docs' })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('siteInputs', () => {
  test('hashes the code, assets and config, the Node version and SITE_URL, never the generated articles or the docs', () => {
    const inputs = siteInputs(site(), { SITE_URL: 'https://news.example.org/' });
    expect(Object.keys(inputs).sort()).toEqual(['astro.config.ts', 'env:SITE_URL', 'node:version', 'public/favicon.svg', 'src/pages/index.astro']);
    expect(inputs['env:SITE_URL']).toBe('https://news.example.org/');
  });

  test('changes with a page, not with an article', () => {
    const root = site();
    const before = siteInputs(root, {});
    writeFileSync(join(root, 'src/content/articles/a.json'), '{"changed":true}');
    expect(siteInputs(root, {})).toEqual(before);
    writeFileSync(join(root, 'src/pages/index.astro'), 'home, changed');
    expect(siteInputs(root, {})['src/pages/index.astro']).not.toBe(before['src/pages/index.astro']);
  });
});
