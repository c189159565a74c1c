import { slugFor } from '../article/slug';
import type { NormalizeResult, SeedInput } from './types';

/**
 * Turn one seed file into an article record. Never throws on any input: problems in the
 * data come back as a rejected result whose `error` names the file and the fix.
 *
 * PLACEHOLDER: first line is the title, the rest is the body. The real rules replace this.
 */
export function normalize(input: SeedInput): NormalizeResult {
  const text = new TextDecoder('utf-8').decode(input.bytes);
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const id = input.file.replace(/\.txt$/i, '');
  const [title, ...body] = lines;
  if (!title || body.length === 0) {
    return { ok: false, file: input.file, error: `${input.file}: no article body`, warnings: [] };
  }
  return {
    ok: true,
    file: input.file,
    article: {
      id,
      slug: slugFor(title, id),
      title,
      titleSource: 'headline',
      date: null,
      dateSource: null,
      byline: null,
      source: null,
      body,
      removed: [],
      warnings: [],
    },
    lines: [{ text: title, role: 'title' }, ...body.map((text) => ({ text, role: 'body' as const }))],
  };
}
