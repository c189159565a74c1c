/**
 * Write the entity finder's lexicon (`src/lib/entities/lexicon.json`) from compromise's, which the
 * finder reads from that file rather than loading compromise. Run after upgrading compromise; a
 * unit test says when the file no longer matches.
 *
 *   npm run lexicon
 */
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { lexiconGroups } from '../src/lib/entities/lexicon.ts';

const file = new URL('../src/lib/entities/lexicon.json', import.meta.url);
const source = (nlp.model() as { one: { lexicon: Record<string, string | readonly string[]> } }).one.lexicon;
const groups = lexiconGroups(source);
writeFileSync(file, `${JSON.stringify(groups)}\n`);
console.log(`lexicon: wrote ${Object.values(groups).reduce((n, words) => n + words.length, 0)} words in ${Object.keys(groups).length} groups to ${file.pathname}`);
