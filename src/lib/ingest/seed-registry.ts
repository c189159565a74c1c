import { diagnostic, type Diagnostic } from '../article/diagnostic.ts';
import type { Article } from '../article/schema.ts';
import { fingerprintArticle, versionKey } from './fingerprint-article.ts';

/** What finds an article again: its page address, and the keys of its copies and versions. */
export interface ArticleKeys {
  readonly slug: Article['slug'];
  /** `fingerprintArticle`: the same title and body. */
  readonly fingerprint: string;
  /** `versionKey`: the same headline and opening. */
  readonly version: string;
}

/** Whether a seed may publish its article, and if not, why. */
export type Claim =
  | { readonly ok: true; readonly keys: ArticleKeys }
  /** A copy or another version of an article already published: a warning naming both seeds. */
  | { readonly ok: false; readonly duplicate: true; readonly warning: Diagnostic }
  /** A page address already taken by another article: an error naming both seeds. */
  | { readonly ok: false; readonly duplicate: false; readonly error: Diagnostic };

export interface SeedRegistry {
  /**
   * Claim the page of `article` for `file`. The first seed to claim an article or an address
   * keeps it: a later copy or version is a duplicate, a later article at the same address a
   * clash. Registers the article's keys only when the claim succeeds.
   */
  claim(file: string, article: Pick<Article, 'slug' | 'title' | 'body'>): Claim;
  /** Claim keys the manifest recorded for `file`: true and registered when none is taken, else false and nothing registered. */
  claimKnown(file: string, keys: ArticleKeys): boolean;
}

/**
 * The articles of one ingest run, by page address and by the keys that find copies and
 * versions of them. Seeds claim in file-name order, so the earliest seed wins on every machine.
 */
export function createSeedRegistry(): SeedRegistry {
  const byFingerprint = new Map<string, string>();
  const byVersion = new Map<string, string>();
  const bySlug = new Map<string, string>();
  const register = (file: string, keys: ArticleKeys): void => {
    byFingerprint.set(keys.fingerprint, file);
    byVersion.set(keys.version, file);
    bySlug.set(keys.slug, file);
  };
  return {
    claim(file, article) {
      const keys = { slug: article.slug, fingerprint: fingerprintArticle(article), version: versionKey(article) };
      const original = byFingerprint.get(keys.fingerprint);
      if (original !== undefined) {
        const message = `same article as ${original} (identical title and body); only ${original} is published. Delete one of the two files.`;
        return { ok: false, duplicate: true, warning: diagnostic('warning', file, 'duplicate-seed', message) };
      }
      const first = byVersion.get(keys.version);
      if (first !== undefined) {
        const message = `another version of ${first} (the same headline and opening); only ${first} is published. Keep the version you prefer first in file-name order, or delete one of the two files.`;
        return { ok: false, duplicate: true, warning: diagnostic('warning', file, 'duplicate-version', message) };
      }
      const holder = bySlug.get(keys.slug);
      if (holder !== undefined) {
        const message = `its page address /articles/${keys.slug}/ is already taken by ${holder}. Give one of the two a different \`slug:\` in its front matter (or remove a duplicated one), or rename one of the files.`;
        return { ok: false, duplicate: false, error: diagnostic('error', file, 'slug-taken', message) };
      }
      register(file, keys);
      return { ok: true, keys };
    },
    claimKnown(file, keys) {
      if (byFingerprint.has(keys.fingerprint) || byVersion.has(keys.version) || bySlug.has(keys.slug)) return false;
      register(file, keys);
      return true;
    },
  };
}
