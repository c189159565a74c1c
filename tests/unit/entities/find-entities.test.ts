import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../src/lib/entities/find-entities.ts';
import { normalize } from '../../../src/lib/normalize/index.ts';

const seeds = join(import.meta.dirname, '../../../seeds');
const records = readdirSync(seeds)
  .sort()
  .flatMap((file) => {
    const result = normalize({ file, bytes: readFileSync(join(seeds, file)) });
    return result.ok ? [{ id: file.slice(0, 3), article: result.article }] : [];
  });

describe('findEntities on the seeds', () => {
  test('names the people of 000: Pompeo, Assad, Erdogan, Putin and Ayoub', () => {
    const people = findEntities(records.find((r) => r.id === '000')?.article.body ?? []).people;
    expect(people).toEqual(expect.arrayContaining(['Mike Pompeo', 'Bashar al-Assad', 'Recep Tayyip Erdogan', 'Vladimir Putin', 'Ali Ayoub']));
  });

  test.each(records.map((r) => [r.id, r.article] as const))('%s: no place is a person, and no caption credit is a person', (_, article) => {
    const { people, places } = findEntities(article.body);
    expect(people.filter((p) => places.includes(p))).toEqual([]);
    const credits = article.removed.filter((r) => r.reason === 'caption or credit').map((r) => r.text);
    expect(people.filter((p) => credits.some((c) => c.includes(p)) && !article.body.some((b) => b.includes(p)))).toEqual([]);
  });
});

describe('findEntities', () => {
  test.each([
    { name: 'a title before a name is left out', text: 'Secretary of State Mike Pompeo said so.', people: ['Mike Pompeo'] },
    { name: 'a demonym and title before a name are left out', text: 'Syrian Defense Minister Ali Ayoub arrived.', people: ['Ali Ayoub'] },
    { name: 'a surname alone is the person named in full', text: 'Vladimir Putin spoke. Later Putin left.', people: ['Vladimir Putin'] },
    { name: 'a surname alone with no full name is left out', text: 'Then Putin left.', people: [] },
    { name: 'particles stay inside a name', text: 'He met President Bashar al-Assad in Damascus.', people: ['Bashar al-Assad'], places: ['Damascus'] },
    { name: 'a month is no place', text: 'It happened in May.', places: [] },
    { name: 'a place before a name is split from it', text: 'The ambassador to Turkey Aleksei Erkhov spoke.', people: ['Aleksei Erkhov'], places: ['Turkey'] },
    { name: 'abbreviations of countries and bodies are one name', text: 'The US told the UN that the United States would stay.', places: ['United States'], organizations: ['United Nations'] },
    { name: 'an unknown word after "in" is a place', text: 'Fighting went on in Idlib.', places: ['Idlib'] },
    { name: 'a body of several capitalised words', text: 'The Russian Defense Ministry denied it.', organizations: ['Russian Defense Ministry'] },
    { name: 'a sentence that opens with a common word names nothing', text: 'However the talks failed.', people: [], places: [], organizations: [] },
    { name: 'a word that is also an object property is just a word', text: 'Constructor Mike Pompeo spoke. Hasownproperty, Valueof and Tostring too. The Constructor title went to Vladimir Putin.', people: ['Mike Pompeo', 'Vladimir Putin'] },
  ])('$name', ({ name: _name, text, ...expected }) => {
    const found = findEntities([text]);
    for (const [kind, names] of Object.entries(expected)) expect(found[kind as keyof typeof found]).toEqual(names);
  });
});

describe('findEntities reads a paragraph only where a name can start', () => {
  test.each([
    { name: 'a name opens the paragraph', body: ['Vladimir Putin spoke.'], people: ['Vladimir Putin'], places: [] },
    { name: 'a name after an opening quote', body: ['“Vladimir Putin spoke,” he said.'], people: ['Vladimir Putin'], places: [] },
    { name: 'a capital inside a word starts no name', body: ['The iPhone and McDonald rose in Idlib.'], people: [], places: ['Idlib'] },
    { name: 'a capital after a joiner is inside its word', body: ['Forces of Bashar al-Assad and Austro-Hungarian troops met Ali Ayoub.'], people: ['Ali Ayoub'], places: [] },
    { name: 'a curly possessive is left off the name', body: ['Recep Tayyip Erdoğan’s envoy met Mike Pompeo’s aide.'], people: ['Recep Tayyip Erdoğan', 'Mike Pompeo'], places: [] },
    { name: 'a title, then “of” or “for”, then a name', body: ['Secretary of State Mike Pompeo and Minister for Health Ali Ayoub met.'], people: ['Mike Pompeo', 'Ali Ayoub'], places: [] },
    { name: 'a name runs across no paragraph break', body: ['He met Vladimir', 'Putin later.'], people: [], places: [] },
    { name: 'marks outside ASCII end a name', body: ['Talks—Vladimir Putin—ended; «Mike Pompeo» left… in Idlib.'], people: ['Vladimir Putin', 'Mike Pompeo'], places: ['Idlib'] },
    { name: 'letters beyond the Basic Multilingual Plane are words', body: ['𐐀𐐨 Vladimir Putin 😀 Mike Pompeo.'], people: ['Vladimir Putin', 'Mike Pompeo'], places: [] },
    { name: 'lowercase particles stay inside a name', body: ['He met Charles de Gaulle and Osama bin Laden, then Ludwig van Beethoven.'], people: ['Charles de Gaulle', 'Osama bin Laden', 'Ludwig van Beethoven'], places: [] },
    { name: 'a particle joined by a hyphen stays inside a name', body: ['Forces loyal to President Bashar al-Assad and to Ali bin-Talal left.'], people: ['Bashar al-Assad', 'Ali bin-Talal'], places: [] },
  ])('$name', ({ body, people, places }) => {
    const found = findEntities(body);
    expect(found.people).toEqual(people);
    expect(found.places).toEqual(places);
  });
});
