import { key, particles } from './entity-key.ts';
import type { ArticleEntities, EntityKind } from './entity-kinds.ts';
import { lexicon } from './lexicon.ts';
import { remember } from '../text/remember.ts';
import { isCapitalised, isJoiner, isWord, nextCapitalised, tokenBefore, tokenEnd, tokenStart } from './paragraph-tokens.ts';

// The kinds and the key live in modules of their own, which load without the lexicon (the search
// index's worker needs them); they are exported here too for the modules that find names.
export { entityKinds, type ArticleEntities, type EntityKind } from './entity-kinds.ts';
export { key } from './entity-key.ts';

/** Titles the lexicon does not mark as one. */
const titleWords = new Set(['ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'commander', 'mayor', 'governor', 'senator', 'chairman', 'chairwoman', 'leader', 'general', 'colonel', 'major', 'captain', 'sergeant']);
/** Words that are part of a title only before one ("Defense Minister", "Prime Minister", "Syrian President"). */
const titleModifiers = new Set(['foreign', 'defense', 'defence', 'prime', 'deputy', 'vice', 'interior', 'finance', 'health', 'justice']);
/** Words after which an unknown capitalised word is a place ("the Idlib region"). */
const placeAfter = new Set(['region', 'province', 'city', 'town', 'village', 'district', 'county', 'valley', 'governorate']);
/** The last word of an organization's name. */
const bodyWords = new Set(['ministry', 'council', 'party', 'army', 'forces', 'union', 'nations', 'agency', 'service', 'committee', 'commission', 'bank', 'court', 'university', 'association', 'front', 'department', 'organization', 'organisation', 'institute', 'corporation', 'company', 'police', 'parliament', 'assembly']);
/** Words after which an unknown capitalised word is a place ("in Idlib", "province of Latakia"). */
const placeBefore = new Set(['in', 'near', 'across', 'around', 'outside', 'inside']);
const months = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/u;
/** Names of one place or body written several ways, by their folded spelling (a map: "constructor" is no alias). */
const aliases: ReadonlyMap<string, readonly [EntityKind, string]> = new Map([
  ['us', ['places', 'United States']],
  ['usa', ['places', 'United States']],
  ['united states of america', ['places', 'United States']],
  ['uk', ['places', 'United Kingdom']],
  ['britain', ['places', 'United Kingdom']],
  ['un', ['organizations', 'United Nations']],
  ['eu', ['organizations', 'European Union']],
]);
const capitalised = /^\p{Lu}/u;

/** Words and names remembered by the lookups below: the same words recur across an archive's articles. */
const cacheLimit = 50_000;
const none: readonly string[] = Object.freeze([]);

/** The lexicon's tags for a word or words, lowercased; empty when it does not know them. */
const tagsOf = remember((text: string): readonly string[] => lexicon.get(withoutPossessive(text.toLowerCase())) ?? none, cacheLimit);

/** A word or name without its "'s" or "’s" at the end (what `.replace(/['’]s$/u, '')` gives, without a regular expression). */
function withoutPossessive(text: string): string {
  const n = text.length;
  return n >= 2 && text.charCodeAt(n - 1) === 0x73 && (text.charCodeAt(n - 2) === 0x27 || text.charCodeAt(n - 2) === 0x2019) ? text.slice(0, n - 2) : text;
}

const is = (tags: readonly string[], ...wanted: string[]): boolean => tags.some((t) => wanted.includes(t));
const givenName = (w: string): boolean => is(tagsOf(w), 'FirstName', 'MaleName', 'FemaleName');
const isPlace = (w: string): boolean => is(tagsOf(w), 'Country', 'City', 'Region', 'Place');

/** A run of name words, the word before it, and whether a title stood just before it. */
interface Run {
  readonly words: readonly string[];
  readonly before: string;
  readonly after: string;
  readonly titled: boolean;
}

/**
 * The people, places and organizations an article's body names. A name is a run of capitalised
 * words (with particles such as "al-" inside), titles before it left out ("Secretary of State Mike
 * Pompeo" gives "Mike Pompeo"), classed by compromise's lexicon and the words around it. A person is
 * two words or more after a title or opening with a given name; a surname alone is the person the
 * same body names in full. Precision over recall: a run that is not clearly one kind is left out.
 */
export function findEntities(body: readonly string[]): ArticleEntities {
  const found: Record<EntityKind, string[]> = { people: [], places: [], organizations: [] };
  const surnames: string[] = [];
  for (const paragraph of body) {
    for (const run of runsOf(paragraph)) {
      const named = classify(run);
      if (named === null) continue;
      if (named.kind === 'people' && run.words.length === 1) surnames.push(named.name);
      else found[named.kind].push(named.name);
    }
  }
  const people = mergeVariants(found.people, surnames);
  const places = unique(found.places);
  const placeKeys = new Set(places.map(key));
  const taken = new Set([...placeKeys, ...found.organizations.map(key)]);
  return { people: people.filter((p) => !taken.has(key(p))), places, organizations: unique(found.organizations).filter((o) => !placeKeys.has(key(o))) };
}

/**
 * The runs of name words in a paragraph; a sentence's first word counts only when the lexicon names
 * it. Outside a name, only a capitalised word can start one, so the reading jumps from one to the
 * next and reads word by word only while a name or a title goes on.
 */
function runsOf(paragraph: string): Run[] {
  const reader = new RunReader();
  for (let at = nextCapitalised(paragraph, 0); at >= 0; ) {
    let previous = tokenBefore(paragraph, at);
    do {
      const end = tokenEnd(paragraph, at);
      const token = paragraph.slice(at, end);
      at = tokenStart(paragraph, end);
      const next = at;
      reader.read(token, previous, () => (next < paragraph.length ? paragraph.slice(next, tokenEnd(paragraph, next)) : ''));
      previous = token;
    } while (at < paragraph.length && !reader.idle);
    at = at < paragraph.length ? nextCapitalised(paragraph, at) : -1;
  }
  reader.end('');
  return reader.runs;
}

/** The runs of one paragraph, read a token at a time. */
class RunReader {
  readonly runs: Run[] = [];
  #run: string[] = [];
  #titled = false;
  #before = '';

  /** Outside any name and after no title: a word that is not capitalised changes nothing. */
  get idle(): boolean {
    return this.#run.length === 0 && !this.#titled;
  }

  /** Reads a token, given the one before it ("." at the paragraph's start) and a way to the one after it ("" at its end). */
  read(t: string, previous: string, next: () => string): void {
    if (this.idle && !isCapitalised(t)) return;
    if (!isWord(t)) return this.end(t);
    const facts = factsOf(t);
    // A title, or a modifier or demonym standing before one ("Defense Minister", "Syrian President").
    const title = (facts & coreTitle) !== 0 || ((facts & titleLead) !== 0 && (factsOf(next()) & coreTitle) !== 0);
    if (title || (this.#titled && this.#run.length === 0 && (t === 'of' || t === 'for' || previous === 'of' || previous === 'for'))) {
      this.end(t);
      this.#titled = true;
    } else if ((facts & nameWordFirst) !== 0 || ((facts & nameWord) !== 0 && !/^[.!?"“”:;]$/u.test(previous)) || (this.#run.length > 0 && (facts & particleHead) !== 0)) {
      if (this.#run.length === 0) this.#before = previous.toLowerCase();
      this.#run.push(t);
    } else {
      this.end(t);
      this.#titled = false;
    }
  }

  /** Ends the run being read (particles at its end left out), at the token after it. */
  end(after: string): void {
    const run = this.#run;
    while (run.length > 0 && particles.has((run.at(-1) ?? '').toLowerCase())) run.pop();
    if (run.length > 0) this.runs.push(...splitAtPlace({ words: run, before: this.#before, after: after.toLowerCase(), titled: this.#titled }));
    this.#run = [];
    this.#titled = false;
  }
}

/** What a word is as part of a name: bits of `factsOf`. */
const coreTitle = 1;
const titleLead = 2;
const nameWord = 4;
const nameWordFirst = 8;
const particleHead = 16;

/** `findFacts`, remembered for the words read lately. */
const knownFacts = remember(findFacts, cacheLimit);

/**
 * What a token is as part of a name, found once for each spelling: a title ("President", or a
 * word the lexicon marks as one), a word that is one before a title ("Syrian", "Defense"), a name
 * word (capitalised, not a month or day) anywhere, and at a sentence's start (where the lexicon
 * must know it, and not as a determiner, pronoun, preposition, conjunction or adverb), and whether
 * its first part is a particle ("al" of "al-Assad").
 */
function factsOf(t: string): number {
  // A word without a capital can only be a particle: no need to look it up.
  return isCapitalised(t) ? knownFacts(t) : particleOf(t.toLowerCase());
}

/** `factsOf` a word not met lately: its lowercase, tags and month test found once. */
function findFacts(t: string): number {
  const lower = t.toLowerCase();
  const particle = particleOf(lower);
  if (!capitalised.test(t)) return particle;
  const tags = tagsOf(t);
  const title = is(tags, 'Actor', 'Honorific') || titleWords.has(lower) ? coreTitle : 0;
  const lead = titleModifiers.has(lower) || is(tags, 'Demonym') ? titleLead : 0;
  if (months.test(lower)) return particle | title | lead;
  const first = tags.length > 0 && !is(tags, 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb') ? nameWordFirst : 0;
  return particle | title | lead | nameWord | first;
}

const longestParticle = Math.max(...[...particles].map((p) => p.length));

/** `particleHead` when a lowercased word's first part (up to a hyphen or apostrophe) is a particle. */
function particleOf(lower: string): number {
  let end = 0;
  while (end < lower.length && end <= longestParticle && !isJoiner(lower.charCodeAt(end))) end++;
  return end <= longestParticle && particles.has(lower.slice(0, end)) ? particleHead : 0;
}

/** "Turkey Aleksei Erkhov" ("ambassador to Turkey Aleksei Erkhov") is a place, then a person. */
function splitAtPlace(run: Run): Run[] {
  const at = run.words.findIndex((w, j) => j > 0 && givenName(w) && isPlace(run.words[j - 1] ?? ''));
  if (at <= 0) return [run];
  return [
    { words: run.words.slice(0, at), before: run.before, after: run.words[at] ?? '', titled: run.titled },
    { words: run.words.slice(at), before: run.words[at - 1] ?? '', after: run.after, titled: false },
  ];
}

/** What a run names, as written, or null when it is not clear. */
function classify({ words, before, after, titled }: Run): { kind: EntityKind; name: string } | null {
  const name = withoutPossessive(words.join(' '));
  const alias = aliases.get(key(name));
  if (alias) return { kind: alias[0], name: alias[1] };
  const whole = tagsOf(name);
  if (is(whole, 'Organization') || (words.length > 1 && bodyWords.has((words.at(-1) ?? '').toLowerCase()))) return { kind: 'organizations', name };
  if (is(whole, 'Country', 'City', 'Region', 'Place')) return { kind: 'places', name };
  const last = words.at(-1) ?? '';
  if (words.length > 1 && (titled || givenName(words[0] ?? '')) && !isPlace(last)) return { kind: 'people', name };
  if (words.length === 1 && (titled || is(whole, 'LastName'))) return { kind: 'people', name };
  if (words.length === 1 && (placeBefore.has(before) || placeAfter.has(after)) && whole.length === 0) return { kind: 'places', name };
  return null;
}

/** People with their variants merged: a surname alone, or a name without its middle names, is the one full name it fits. */
function mergeVariants(people: readonly string[], surnames: readonly string[]): string[] {
  const names = unique(people);
  const nameWords = names.map((n) => key(n).split(' '));
  const fuller = (short: string): string | null => {
    const own = key(short).split(' ');
    const [first, ...rest] = own;
    const last = rest.at(-1) ?? first;
    const fits = names.filter((n, i) => {
      const k = nameWords[i] ?? [];
      return n !== short && k.length > own.length && k.at(-1) === last && (rest.length === 0 || k[0] === first);
    });
    return fits.length === 1 ? (fits[0] ?? null) : null;
  };
  return unique([...names, ...surnames].flatMap((n) => {
    const full = fuller(n);
    return full !== null ? [full] : names.includes(n) ? [n] : [];
  }));
}

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = key(n);
    return !seen.has(k) && (seen.add(k), true);
  });
}
