import type { Random } from '../../../src/lib/train/random.ts';
import { createZipf, type ZipfSampler } from './zipf.ts';

/**
 * The most frequent English words in news text, most frequent first. They head the
 * vocabulary so generated prose has the shape of real prose: function words everywhere,
 * content words in a long tail.
 */
const commonWords: readonly string[] = Object.freeze(
  (
    'the of to and a in that for is on said with was he it as at by from his be have has ' +
    'are not but an they will this its who were been their had would which about after more ' +
    'she her or one new also year we there than up all two when other last people out can ' +
    'over government into i our if some first what could time state years them no told ' +
    'because just like so most officials only against president country week percent while ' +
    'during police three minister between since back before under many make according ' +
    'where security military any those made city now him public former even including still ' +
    'national group united next local report world war day months political national million ' +
    'support house forces party told law court foreign says news election leader both health ' +
    'same officials region team company early plan several called second official told such ' +
    'much part well around council power being attack members statement decision deal ' +
    'economic campaign minister without whether killed program month expected likely across ' +
    'workers market today until however another troops border vote talks oil prices crisis ' +
    'water children women family school help early officials says case billion service ' +
    'agency director members rights federal general spokesman media later budget announced ' +
    'weeks town area life rules leaders control open hospital energy international prime ' +
    'capital policy bank trade efforts peace former victims change issue system opposition ' +
    'chief black white high long small major large recent half four five central northern ' +
    'southern eastern western key final top online data climate investigation protest'
  )
    .split(' ')
    .filter((word, index, all) => all.indexOf(word) === index),
);

const onsets: readonly string[] = Object.freeze(
  'b c d f g h j k l m n p r s t v w z br cr dr fl gr pl pr sk st tr ch sh th'.split(' '),
);
const vowels: readonly string[] = Object.freeze('a e i o u a e i o ea ou ai io'.split(' '));
const codas: readonly string[] = Object.freeze(['', '', '', 'n', 'r', 's', 'l', 't', 'nd', 'st', 'rt', 'm', 'x', 'ck']);

/** A vocabulary: words by frequency rank and a sampler over the ranks. */
export interface Vocabulary {
  /** Words, most frequent first; all lowercase ASCII letters, all distinct. */
  readonly words: readonly string[];
  /** Ranks drawn with a Zipf distribution. */
  readonly zipf: ZipfSampler;
  /** Number of leading words that are function and very common words. */
  readonly commonCount: number;
}

function inventWord(random: Random, rank: number): string {
  // Frequent words are short; the long tail holds longer words, as in real text.
  const syllables = rank < 2_000 ? random.between(1, 2) : random.between(2, 3);
  let word = '';
  for (let i = 0; i < syllables; i += 1) {
    word += random.pick(onsets) + random.pick(vowels) + (i === syllables - 1 || random.chance(0.2) ? random.pick(codas) : '');
  }
  return word;
}

/** `size` distinct words: the common English words, then invented ones, in Zipf order. */
export function createVocabulary(random: Random, size = 60_000): Vocabulary {
  const words: string[] = [...commonWords];
  const seen = new Set(words);
  let attempts = 0;
  while (words.length < size) {
    attempts += 1;
    if (attempts > size * 50) throw new Error(`createVocabulary: could not invent ${size} distinct words.`);
    const word = inventWord(random, words.length);
    if (word.length < 3 || seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return { words, zipf: createZipf(words.length, 1.05), commonCount: commonWords.length };
}
