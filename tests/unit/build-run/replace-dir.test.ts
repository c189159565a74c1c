import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { replaceDir } from '../../../src/lib/build-run/replace-dir.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function folder(root: string, name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('replaceDir', () => {
  test('puts the fresh folder in place of the old one and leaves nothing else behind', () => {
    const root = tempDir();
    const target = folder(root, 'dist', { 'old.html': 'old' });
    const fresh = folder(root, 'fresh', { 'new.html': 'new' });
    replaceDir(fresh, target);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(target)).toEqual(['new.html']);
    expect(readFileSync(join(target, 'new.html'), 'utf8')).toBe('new');
  });

  test('hands the old folder, set aside, to the remover it is given', () => {
    const root = tempDir();
    const target = folder(root, 'dist', { 'old.html': 'old' });
    const handed: string[] = [];
    replaceDir(folder(root, 'fresh', { 'new.html': 'new' }), target, (aside) => handed.push(aside));
    expect(handed).toEqual([`${target}.old-${process.pid}`]);
    expect(readdirSync(handed[0]!)).toEqual(['old.html']);
    expect(readdirSync(target)).toEqual(['new.html']);
  });

  test('creates the target when there was none', () => {
    const root = tempDir();
    replaceDir(folder(root, 'fresh', { 'a.html': 'a' }), join(root, 'dist'));
    expect(readdirSync(join(root, 'dist'))).toEqual(['a.html']);
  });

  test('keeps the old folder when the fresh one is missing', () => {
    const root = tempDir();
    const target = folder(root, 'dist', { 'old.html': 'old' });
    expect(() => replaceDir(join(root, 'missing'), target)).toThrow();
    expect(readdirSync(target)).toEqual(['old.html']);
  });
});
