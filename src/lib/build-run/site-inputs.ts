import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What the pages are made from besides the articles: the site's code, assets, config and dependencies. */
const inputPaths = ['src', 'public', 'astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Generated from the seeds, so not code: the articles, which the page record follows page by page. */
const excluded = [join('src', 'content')];
/** Settings read while building that change pages. */
const inputEnv = ['SITE_URL'];

function hashFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('base64url').slice(0, 22);
}

/**
 * A hash of each input of the site's pages other than the articles, by path relative to `root`,
 * plus the Node version and the settings in `inputEnv`. A build compares them with the last
 * build's: any difference means every page may have changed.
 */
export function siteInputs(root: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const inputs: Record<string, string> = { 'node:version': process.version };
  for (const name of inputEnv) inputs[`env:${name}`] = env[name] ?? '';
  const walk = (path: string): void => {
    const rel = relative(root, path);
    if (excluded.some((skip) => rel === skip || rel.startsWith(skip + sep))) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else inputs[rel.split(sep).join('/')] = hashFile(path);
  };
  for (const path of inputPaths) if (existsSync(join(root, path))) walk(join(root, path));
  return inputs;
}
