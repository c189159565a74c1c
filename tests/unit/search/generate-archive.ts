import type { SearchArticle } from '../../../src/lib/search/build-index.ts';

/**
 * A deterministic synthetic archive for search tests: Zipf-distributed vocabulary, recurring
 * names and places (some with accents), words one edit apart that start differently
 * (night/light/right), dates over twenty years with some undated, a few sources, and bylines
 * (two articles in three) whose reporters' names are in no article's text. The entities are the
 * names and places of the first paragraph, and an organization for some articles.
 */
export function generateArchive(count: number, seed = 1): SearchArticle[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const zipf = (list: readonly string[]) => list[Math.min(list.length - 1, Math.floor(list.length * random() ** 3))] as string;
  const articles: SearchArticle[] = [];
  for (let i = 0; i < count; i++) {
    const words = 80 + Math.floor(random() * 320);
    const sentence = () => {
      const n = 8 + Math.floor(random() * 14);
      const out: string[] = [];
      for (let w = 0; w < n; w++) {
        const r = random();
        out.push(r < 0.12 ? pick(names) : r < 0.2 ? pick(places) : r < 0.35 ? pick(stop) : zipf(vocabulary));
      }
      const text = out.join(' ');
      return text.charAt(0).toUpperCase() + text.slice(1) + '.';
    };
    const body: string[] = [];
    let total = 0;
    while (total < words) {
      const paragraph = [sentence(), sentence(), sentence()].join(' ');
      total += paragraph.split(' ').length;
      body.push(paragraph);
    }
    const title = [pick(names), zipf(vocabulary), pick(stop), pick(places), zipf(vocabulary)].join(' ');
    const year = 2004 + Math.floor(random() * 20);
    const date = random() < 0.1 ? null : random() < 0.7 ? `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` : `${year}`;
    articles.push({
      slug: `article-${String(i).padStart(5, '0')}`,
      title: title.charAt(0).toUpperCase() + title.slice(1),
      date,
      source: random() < 0.2 ? null : pick(sources),
      // Not from the random stream, so the rest of the archive does not depend on bylines.
      byline: i % 3 === 0 ? null : `By ${reporters[i % reporters.length] ?? ''}`,
      authors: i % 3 === 0 ? [] : [reporters[i % reporters.length] ?? ''],
      body,
      // From the text and the number, not the random stream, so the rest of the archive is as it was before entities.
      entities: entitiesOf(body[0] ?? '', i),
    });
  }
  return articles;
}

/** The names and places a paragraph gives, each once in order; NATO in every fifth article, the United Nations in every seventh. */
function entitiesOf(paragraph: string, i: number): SearchArticle['entities'] {
  const words = paragraph.split(/[\s.]+/u);
  const given = (list: readonly string[]) => [...new Set(words.filter((w) => list.includes(w)))];
  return { people: given(names), places: given(places), organizations: [...(i % 5 === 0 ? ['NATO'] : []), ...(i % 7 === 0 ? ['United Nations'] : [])] };
}

const reporters = ['Jane Holloway', 'Mehmet Yıldız', 'Anna Kowalska', 'Tom Okafor'];
const stop = ['the', 'a', 'of', 'and', 'to', 'in', 'that', 'with', 'on', 'for'];
const sources = ['AFP', 'Reuters', 'AP', 'VOA', 'BBC News'];
const names = [
  'Pompeo', 'Erdoğan', 'Erdogan', 'Putin', 'Assad', 'Ayoub', 'Lavrov', 'Çavuşoğlu', 'Merkel', 'Macron',
  'Guterres', 'Khamenei', 'Rouhani', 'Netanyahu', 'Zelensky', 'Biden', 'Trump', 'Obama', 'Xi', 'Modi',
];
const places = [
  'Syria', 'Idlib', 'Ankara', 'Moscow', 'Damascus', 'Aleppo', 'Turkey', 'Russia', 'Washington', 'Tehran',
  'Geneva', 'Brussels', 'Kyiv', 'Beirut', 'Baghdad', 'Sochi', 'Hatay', 'Istanbul', 'Raqqa', 'Homs',
];
const common = (
  'government said people president minister country forces military security war troops officials ' +
  'ceasefire attack killed soldiers sanctions talks agreement report statement police election vote ' +
  'economy market prices oil gas bank trade deal crisis refugees border city region north south east ' +
  'west night light right might fight sight tight house mouse water later market marker parker ' +
  'strike strikes striking struck airstrike airstrikes regime rebels offensive humanitarian aid ' +
  'council nations united states secretary ambassador embassy accused denied blamed warned ' +
  'announced imposed frozen assets transactions prosecute deliberate actions prevented'
).split(' ');
const syllables = ['ka', 'lo', 'mi', 'ter', 'sun', 'ba', 'ro', 'vel', 'an', 'dor', 'pe', 'qui', 'zen', 'tra', 'mo'];
const vocabulary = [...common];
{
  const random = mulberry32(7);
  while (vocabulary.length < 3000) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syllables[Math.floor(random() * syllables.length)];
    vocabulary.push(w);
  }
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
