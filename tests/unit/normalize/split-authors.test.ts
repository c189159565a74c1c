import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitAuthors } from '../../../src/lib/normalize/split-authors.ts';

describe('splitAuthors', () => {
  test.each([
    // Leading labels.
    { byline: 'By Jennifer Calfas and Alana Abramson', authors: ['Jennifer Calfas', 'Alana Abramson'] },
    { byline: 'BY JANE DOE', authors: ['JANE DOE'] },
    { byline: 'by Jane Doe', authors: ['Jane Doe'] },
    { byline: 'By: Jane Doe', authors: ['Jane Doe'] },
    { byline: 'Written by Jane Doe', authors: ['Jane Doe'] },
    { byline: 'Words by Jane Doe', authors: ['Jane Doe'] },
    { byline: 'Story by Jane Doe', authors: ['Jane Doe'] },
    { byline: 'Text by Jane Doe', authors: ['Jane Doe'] },
    { byline: 'Author: Jane Doe', authors: ['Jane Doe'] },
    { byline: 'Authors: Jane Doe, John Roe', authors: ['Jane Doe', 'John Roe'] },
    { byline: 'Reporter: Jane Doe', authors: ['Jane Doe'] },
    { byline: 'Sam Byford', authors: ['Sam Byford'] },
    { byline: 'Byron Tau', authors: ['Byron Tau'] },
    // Separators.
    { byline: 'Nicole Hong, Ben Weiser and Jan Ransom', authors: ['Nicole Hong', 'Ben Weiser', 'Jan Ransom'] },
    { byline: 'Jane Doe, John Roe, and Ann Lee', authors: ['Jane Doe', 'John Roe', 'Ann Lee'] },
    { byline: 'Jane Doe & John Roe', authors: ['Jane Doe', 'John Roe'] },
    { byline: 'Jane Doe; John Roe', authors: ['Jane Doe', 'John Roe'] },
    { byline: 'By Jane Doe with John Roe', authors: ['Jane Doe', 'John Roe'] },
    { byline: 'Max Müller und Anna Schmidt', authors: ['Max Müller', 'Anna Schmidt'] },
    { byline: 'María López y Juan Pérez', authors: ['María López', 'Juan Pérez'] },
    { byline: 'José Ortega y Gasset', authors: ['José Ortega y Gasset'] },
    { byline: 'Jean Dupont et Marie Curie', authors: ['Jean Dupont', 'Marie Curie'] },
    { byline: 'Jane Doe et al.', authors: ['Jane Doe'] },
    { byline: 'Ana Maria e Silva', authors: ['Ana Maria e Silva'] },
    { byline: 'Ana Silva e João Souza', authors: ['Ana Silva', 'João Souza'] },
    { byline: 'Por María López', authors: ['María López'] },
    { byline: 'Jane Doe/John Roe', authors: ['Jane Doe', 'John Roe'] },
    // Roles and desks.
    { byline: 'Jane Doe, News Reporter', authors: ['Jane Doe'] },
    { byline: 'Sam Byford, Games Editor', authors: ['Sam Byford'] },
    { byline: 'Jane Doe, Staff Writer', authors: ['Jane Doe'] },
    { byline: 'By Jane Doe, Senior Correspondent', authors: ['Jane Doe'] },
    { byline: 'Jane Doe, Associated Press', authors: ['Jane Doe'] },
    { byline: 'Jane Doe, Contributor', authors: ['Jane Doe'] },
    { byline: 'By Jane Doe, Special to The Post', authors: ['Jane Doe'] },
    { byline: 'By Jane Doe Staff Writer', authors: ['Jane Doe'] },
    { byline: 'By Jane Doe for The Times', authors: ['Jane Doe'] },
    { byline: 'By Jane Doe For The Times', authors: ['Jane Doe'] },
    { byline: 'By Jane Doe, Guardian staff reporter', authors: ['Jane Doe'] },
    { byline: 'By Jane Doe, Health Reporter, and John Roe', authors: ['Jane Doe', 'John Roe'] },
    { byline: 'Jane Doe is a reporter at Vox', authors: ['Jane Doe'] },
    { byline: 'JANE DOE, STAFF WRITER', authors: ['JANE DOE'] },
    // Wires and desks alone, told by their shape: an initialism, or words that say it is a wire.
    { byline: 'By The Associated Press', authors: [] },
    { byline: 'Associated Press', authors: [] },
    { byline: 'Agence France-Presse', authors: [] },
    { byline: 'ASSOCIATED PRESS', authors: [] },
    // One word may be a person's name or an outlet's ("By Banksy", "By Euronews"): the shape cannot
    // tell them apart, and the corpora's labels give "Euronews" as the author. So it stays.
    { byline: 'By Reuters', authors: ['Reuters'] },
    { byline: 'AP', authors: [] },
    { byline: 'AFP', authors: [] },
    { byline: 'Staff', authors: [] },
    { byline: 'Staff and wire reports', authors: [] },
    { byline: 'Jane Doe and Agencies', authors: ['Jane Doe'] },
    { byline: 'By Jane Doe, Reuters', authors: ['Jane Doe'] },
    { byline: 'Jane Doe (Reuters)', authors: ['Jane Doe'] },
    { byline: 'Jane Doe/Reuters', authors: ['Jane Doe'] },
    { byline: 'BY JANE DOE AND JOHN ROE, ASSOCIATED PRESS', authors: ['JANE DOE', 'JOHN ROE'] },
    { byline: 'By BBC News', authors: [] },
    { byline: 'The Editorial Board', authors: [] },
    // One-word names: kept alone, dropped beside a full name (an outlet or a credential there).
    { byline: 'By Banksy', authors: ['Banksy'] },
    { byline: 'Madonna and Prince', authors: ['Madonna', 'Prince'] },
    { byline: 'Jane Doe, Vox', authors: ['Jane Doe'] },
    { byline: 'Jane Doe, Ph.D.', authors: ['Jane Doe'] },
    { byline: 'By Jane and John Doe', authors: ['John Doe'] },
    // Other credits.
    { byline: 'By Jane Doe. Photographs by John Roe', authors: ['Jane Doe'] },
    { byline: 'Story by Jane Doe Photographs by John Roe', authors: ['Jane Doe'] },
    { byline: 'Reporting by Ann Lee; Editing by Bob Kerr', authors: ['Ann Lee'] },
    {
      byline: 'Reporting by Maya Gebeily in Beirut and Anthony Deutsch in The Hague; Editing by Daniel Flynn',
      authors: ['Maya Gebeily', 'Anthony Deutsch'],
    },
    { byline: 'By Jane Doe; additional reporting by John Roe', authors: ['Jane Doe', 'John Roe'] },
    // Stamps after the names.
    { byline: 'By T.C. Sottek Nov 29, 2016', authors: ['T.C. Sottek'] },
    { byline: 'Jane Doe | 5 hours ago', authors: ['Jane Doe'] },
    { byline: 'Jane Doe Updated 3:04 PM', authors: ['Jane Doe'] },
    { byline: 'By JANE DOE | Published March 3, 2024', authors: ['JANE DOE'] },
    { byline: 'By Tom Davies - Associated Press - Friday, April 28, 2023', authors: ['Tom Davies'] },
    { byline: 'Jane Doe · 4 min read', authors: ['Jane Doe'] },
    { byline: 'Jane Marcus 12 March 2024', authors: ['Jane Marcus'] },
    { byline: 'Theresa May 5 hours ago', authors: ['Theresa May'] },
    { byline: 'By Jane Doe and John Roe Published 7:00 AM ET', authors: ['Jane Doe', 'John Roe'] },
    { byline: 'Posted by Jane Doe', authors: ['Jane Doe'] },
    // Contact details.
    { byline: 'Emily Stewart emily.stewart@vox.com', authors: ['Emily Stewart'] },
    { byline: '@handle', authors: [] },
    { byline: 'Jane Doe (@janedoe)', authors: ['Jane Doe'] },
    { byline: 'Jane Doe @janedoe https://example.com/jane', authors: ['Jane Doe'] },
    // Name shapes kept as printed.
    { byline: 'By Jane Q. Public', authors: ['Jane Q. Public'] },
    { byline: 'J.R.R. Tolkien', authors: ['J.R.R. Tolkien'] },
    { byline: 'Ludwig van Beethoven', authors: ['Ludwig van Beethoven'] },
    { byline: 'Gabriel García Márquez', authors: ['Gabriel García Márquez'] },
    { byline: 'Mary-Kate O’Neil', authors: ['Mary-Kate O’Neil'] },
    { byline: 'Valéry Giscard d’Estaing', authors: ['Valéry Giscard d’Estaing'] },
    { byline: 'JANE DOE and JOHN ROE', authors: ['JANE DOE', 'JOHN ROE'] },
    { byline: 'JANE DOE AND JOHN ROE', authors: ['JANE DOE', 'JOHN ROE'] },
    { byline: 'Martin Luther King Jr.', authors: ['Martin Luther King Jr.'] },
    { byline: 'By John Smith, Jr.', authors: ['John Smith, Jr.'] },
    { byline: 'By John Smith, Jr. and Ann Lee', authors: ['John Smith, Jr.', 'Ann Lee'] },
    { byline: 'Thurston Howell III', authors: ['Thurston Howell III'] },
    { byline: 'By Jane Doe.', authors: ['Jane Doe'] },
    { byline: 'By Dr. Jane Doe', authors: ['Dr. Jane Doe'] },
    { byline: 'By Sarah Al-Amin and Omar al-Masri', authors: ['Sarah Al-Amin', 'Omar al-Masri'] },
    // Duplicates, spacing, nothing.
    { byline: 'Jane Doe and Jane Doe', authors: ['Jane Doe'] },
    { byline: 'Jane Doe and JANE DOE', authors: ['Jane Doe'] },
    { byline: 'By\u00a0Jane   Doe', authors: ['Jane Doe'] },
    { byline: '', authors: [] },
    { byline: '   ', authors: [] },
    { byline: 'By', authors: [] },
    { byline: 'By continuing to use this site you agree to our terms.', authors: [] },
    { byline: '5 hours ago', authors: [] },
  ])('$byline', ({ byline, authors }) => {
    expect(splitAuthors(byline)).toEqual(authors);
  });

  test('every word of every name is printed in the byline, and no name comes twice', () => {
    const word = fc.constantFrom('By', 'Jane', 'Doe', 'JOHN', 'and', ',', 'Staff', 'Writer', 'y', 'van', 'Jr.', '|', 'Nov', '29', 'for', 'The');
    const byline = fc.oneof(fc.string({ maxLength: 120 }), fc.array(word, { maxLength: 16 }).map((ws) => ws.join(' ')));
    fc.assert(
      fc.property(byline, (text) => {
        const names = splitAuthors(text);
        for (const name of names) for (const w of name.split(' ')) expect(text).toContain(w);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      }),
      { numRuns: 1000 },
    );
  });
});
