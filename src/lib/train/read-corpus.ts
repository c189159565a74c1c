import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled page of a corpus: its text, and the ground truth the training reads. */
export interface CorpusPage {
  /** `<corpus folder name>/<NNN>`, unique across corpora. */
  readonly id: string;
  /** The folder the page is in. */
  readonly corpus: string;
  /** The site it was taken from: cross-validation never splits a site between training and test. */
  readonly site: string;
  /** The page's file name as the normalizer is given it (`dev/199.txt`, `dev/199.html`): it says the format. */
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly title: string | null;
  /** `YYYY-MM-DD` of the labelled date, or null. */
  readonly date: string | null;
  readonly authors: readonly string[] | null;
  /** The labelled body (paragraphs joined by blank lines), or null. */
  readonly body: string | null;
  /** The article's first words, when the body is not labelled. */
  readonly bodyFirstWords: string | null;
}

interface Gold {
  site?: string;
  url?: string;
  title?: string | null;
  title_in_text?: boolean;
  date?: string | null;
  authors?: string[] | null;
  author_in_text?: boolean;
  body?: string | null;
  body_first_words?: string | null;
  body_start_scored?: boolean;
}

/** The form of the corpus pages read: the page's text, or its saved HTML. */
export type CorpusFormat = 'txt' | 'html';

/** Every `NNN.txt` page of a corpus folder (or its `NNN.html` with `format`) with its `NNN.json` ground truth, in file-name order. */
export function readCorpus(folder: string, format: CorpusFormat = 'txt'): CorpusPage[] {
  const name = folder.replace(/[\\/]+$/u, '').split(/[\\/]/u).pop() ?? folder;
  const pages = readdirSync(folder).filter((f) => /^\d+\.txt$/u.test(f)).sort();
  if (pages.length === 0) throw new Error(`train: no NNN.txt pages in ${folder}: pass a corpus folder such as ../shared/corpus/dev`);
  return pages.map((file) => {
    const n = file.replace(/\.txt$/u, '');
    const gold = readGold(join(folder, `${n}.json`));
    return {
      id: `${name}/${n}`,
      corpus: name,
      site: gold.site ?? hostOf(gold.url) ?? `${name}/${n}`,
      file: `${name}/${n}.${format}`,
      bytes: readFileSync(join(folder, `${n}.${format}`)),
      title: gold.title && gold.title_in_text !== false ? gold.title : null,
      date: gold.date ? gold.date.slice(0, 10) : null,
      authors: gold.authors?.length && gold.author_in_text !== false ? gold.authors : null,
      body: gold.body ?? null,
      bodyFirstWords: gold.body_first_words && gold.body_start_scored !== false ? gold.body_first_words : null,
    };
  });
}

function readGold(file: string): Gold {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`train: no labels at ${file}: every NNN.txt page needs its NNN.json beside it`);
  }
  try {
    return JSON.parse(text) as Gold;
  } catch (cause) {
    throw new Error(`train: ${file} is not valid JSON (${(cause as Error).message}): fix or remove the page`);
  }
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return null;
  }
}
