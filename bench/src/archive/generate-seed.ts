import type { Cast } from './cast.ts';
import { formatDate, isoDay, type Day } from './format-date.ts';
import { createRandom, hashSeed, type Random } from '../../../src/lib/train/random.ts';
import type { SiteProfile } from './sites.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Everything that articles share: vocabulary, people, places, sites. Built once per archive. */
export interface World {
  readonly seed: number;
  readonly vocabulary: Vocabulary;
  readonly cast: Cast;
  readonly sites: readonly SiteProfile[];
  /** First year of the archive; dates run over twenty years from here. */
  readonly firstYear: number;
}

/** What the generator knows about a seed it wrote: the truth a normalizer should recover. */
export interface SeedTruth {
  readonly title: string;
  /** `YYYY-MM-DD`, `YYYY-MM`, or null for an undated article. */
  readonly date: string | null;
  readonly byline: string | null;
  readonly site: string;
  /** The body paragraphs as written, without any chrome. */
  readonly body: readonly string[];
  /** Number of words in the body paragraphs. */
  readonly words: number;
  readonly people: readonly string[];
  readonly places: readonly string[];
}

/** One generated seed file. */
export interface GeneratedSeed {
  /** `000123_9f2c…​.txt`, like the real seeds' names. */
  readonly file: string;
  readonly text: string;
  readonly truth: SeedTruth;
}

const archiveYears = 20;
const minWords = 200;
const maxWords = 1_500;

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Body length: 200–1,500 words, skewed so the mean is about 810. */
function bodyLength(random: Random): number {
  const u = (random.next() + random.next() + random.next()) / 3;
  return Math.round(minWords + (maxWords - minWords) * u ** 1.12);
}

function contentWord(world: World, random: Random): string {
  const { words, zipf, commonCount } = world.vocabulary;
  for (;;) {
    const rank = zipf.sample(random);
    if (rank >= commonCount / 3) return words[rank] as string;
  }
}

function sentence(world: World, random: Random, people: readonly string[], places: readonly string[]): { text: string; count: number } {
  const { words, zipf } = world.vocabulary;
  const length = random.between(8, 30);
  const out: string[] = [];
  for (let i = 0; i < length; i += 1) {
    const roll = random.next();
    if (roll < 0.01 && people.length > 0) out.push(random.pick(people));
    else if (roll < 0.016 && places.length > 0) out.push(random.pick(places));
    else if (roll < 0.02) out.push(String(random.between(2, 2_000)));
    else out.push(words[zipf.sample(random)] as string);
    if (i > 2 && i < length - 2 && random.chance(0.06)) out[out.length - 1] += ',';
  }
  const count = out.reduce((sum, part) => sum + part.split(' ').length, 0);
  return { text: `${capitalize(out.join(' '))}.`, count };
}

function paragraphs(world: World, random: Random, target: number, people: readonly string[], places: readonly string[]): { paragraphs: string[]; words: number } {
  const out: string[] = [];
  let total = 0;
  for (let guard = 0; total < target && guard < 1_000; guard += 1) {
    const sentences: string[] = [];
    const wanted = Math.min(target - total, random.between(25, 90));
    let inParagraph = 0;
    while (inParagraph < wanted) {
      const next = sentence(world, random, people, places);
      sentences.push(next.text);
      inParagraph += next.count;
    }
    let text = sentences.join(' ');
    if (random.chance(0.18) && people.length > 0) {
      const speaker = random.pick(people);
      text = `"${text.slice(0, -1)}," ${speaker.split(' ')[1] ?? speaker} said.`;
      inParagraph += 2;
    }
    out.push(text);
    total += inParagraph;
  }
  return { paragraphs: out, words: total };
}

function headline(world: World, random: Random, people: readonly string[], places: readonly string[]): string {
  const parts: string[] = [];
  if (random.chance(0.6) && people.length > 0) parts.push((random.pick(people).split(' ')[1] as string) ?? '');
  const count = random.between(3, 8);
  for (let i = 0; i < count; i += 1) parts.push(contentWord(world, random));
  if (random.chance(0.5) && places.length > 0) parts.push('in', random.pick(places));
  const titled = random.chance(0.4);
  return parts.map((word, i) => (i === 0 || titled ? capitalize(word) : word)).join(' ');
}

function pickDate(world: World, random: Random): Day {
  // Later years hold more articles, as archives grow.
  const year = world.firstYear + Math.min(archiveYears - 1, Math.floor(archiveYears * Math.sqrt(random.next())));
  const month = random.between(1, 12);
  const day = random.between(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return { year, month, day };
}

function formatByline(style: number, reporters: readonly string[], agency: string | null): string {
  const [first, second] = reporters;
  switch (style) {
    case 0:
      return `By ${first}`;
    case 1:
      return `${first}, ${agency ?? 'Staff writer'}`;
    case 2:
      return `By ${first} and ${second}`;
    case 3:
      return `${first} | ${agency ?? 'Correspondent'}`;
    case 4:
      return `by ${first}`;
    case 5:
      return `By ${(first as string).toUpperCase()}`;
    default:
      return `Written by ${first}`;
  }
}

/**
 * Seed number `index` of the archive: a plain-text scrape of a news page, chrome included.
 * Depends only on the world and the index, so seed 41 is the same whether 100 or 100,000
 * seeds are generated, and adding seed N never changes seeds 0 … N-1.
 */
export function generateSeed(world: World, index: number, fileWidth = 6): GeneratedSeed {
  const random = createRandom(hashSeed(world.seed, index));
  const site = world.sites[random.int(world.sites.length)] as SiteProfile;
  const { cast } = world;
  const people = Array.from({ length: random.between(1, 4) }, () => cast.people[cast.peopleZipf.sample(random)] as string);
  const places = Array.from({ length: random.between(1, 3) }, () => cast.places[cast.placesZipf.sample(random)] as string);
  const title = headline(world, random, people, places);
  const undated = site.dateStyle < 0 || random.chance(0.06);
  const day = pickDate(world, random);
  const dateLine = undated ? null : formatDate(day, site.dateStyle, { hour: random.int(24), minute: random.int(60) });
  const reporters = [random.pick(cast.reporters), random.pick(cast.reporters)];
  const hasByline = random.chance(0.75);
  const byline = hasByline ? formatByline(site.bylineStyle, reporters, site.agency) : null;
  const body = paragraphs(world, random, bodyLength(random), people, places);

  const lines: string[] = [...site.header];
  if (site.repeatsTitle) lines.push(title);
  lines.push(title);
  if (random.chance(0.3)) lines.push(`${capitalize(contentWord(world, random))} ${contentWord(world, random)} ${contentWord(world, random)} as ${people[0] ?? 'officials'} ${contentWord(world, random)} ${contentWord(world, random)}`);
  if (byline !== null) lines.push(byline);
  if (dateLine !== null) lines.push(dateLine);
  if (site.shareBar !== null) lines.push(...site.shareBar);
  if (site.captions && random.chance(0.7)) {
    const photographer = random.pick(cast.reporters);
    lines.push(
      `${capitalize(contentWord(world, random))} ${contentWord(world, random)} in ${places[0] ?? 'the capital'} on ${dateLine ?? 'Tuesday'}. (Photo: ${photographer}/${site.agency ?? 'Getty Images'})`,
    );
  }
  body.paragraphs.forEach((paragraph, i) => {
    lines.push(paragraph);
    if (i > 0 && random.chance(site.adRate)) lines.push('Advertisement');
    if (i === 2 && site.newsletter !== null && random.chance(0.5)) lines.push(...site.newsletter);
  });
  if (site.agency !== null && random.chance(0.3)) lines.push(`(${site.agency})`);
  if (site.related) {
    lines.push(random.pick(['Related', 'Read more', 'More from World', 'You may also like']));
    for (let i = 0, n = random.between(2, 4); i < n; i += 1) lines.push(headline(world, random, [], []));
  }
  if (site.shareBar !== null && random.chance(0.5)) lines.push(...site.shareBar);
  lines.push(...site.footer);
  if (random.chance(site.notFoundRate)) lines.push('Page not found', "Sorry, the page you were looking for doesn't exist or has been moved.", 'Go to the home page');

  const frontMatter = random.chance(0.02);
  const dateTruth = undated ? null : isoDay(day);
  const head = frontMatter ? `---\ntitle: ${JSON.stringify(title)}\n${dateTruth === null ? '' : `date: ${dateTruth}\n`}---\n` : '';
  const hash = hashSeed(world.seed, 'file', index).toString(16).padStart(8, '0') + hashSeed(index, 'file', world.seed).toString(16).padStart(8, '0');
  return {
    file: `${String(index).padStart(fileWidth, '0')}_${hash}.txt`,
    text: `${head}${lines.join('\n\n')}\n`,
    truth: {
      title,
      date: dateTruth,
      byline,
      site: site.name,
      body: body.paragraphs,
      words: body.words,
      people: [...new Set(people)],
      places: [...new Set(places)],
    },
  };
}
