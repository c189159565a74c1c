import { describe, expect, test } from 'vitest';
import { isCaption, isCreditOnly, isNamedCredit, isPersonCredit } from '../../../src/lib/normalize/find-caption.ts';

describe('isCaption', () => {
  test.each([
    'Paul Gypteau, AFP | A Russian Sukhoi Su-30SM fighter jet lands at the Russian Hmeimim military base in Latakia province, on December 16, 2015.',
    'Disputing Turkey, Russian Ambassador Dodges Blame Over Deadly Airstrikes in Northwest Syria video by Nik Yarst.',
    'The gutted remains of the two buildings. Photograph: Eva Manez/Reuters',
    'Natalie Naccache | Bloomberg | Getty Images',
    '(Robert F. Bukaty / AP)',
    '(Jane Example / Daily Example Times)',
    'The house where he was born in Braunau am Inn, Austria. Leonhard Foeger / Reuters file',
    'The new lobby offers panoramic views upon arrival. Supplied',
    '[1/5] A journalist takes a selfie in Maras, Turkey. REUTERS/Issam Abdallah',
    'Image: Phando Jikelo/Independent Newspapers',
    'Illustration by Arina Kokoreva',
    // Outlets told by their shape, not by a list: any initialism, a picture library's words.
    'Photo: Jane Doe / Example Images',
    'Jane Doe, Example Images',
    'A crowd gathers outside the court. NEWSWIRE/Jane Doe',
    'A crowd gathers outside the court. Jane Doe/Newsfield',
  ])('%s is a caption or credit', (line) => {
    expect(isCaption(line)).toBe(true);
  });

  test.each([
    'Aleksei Erkhov',
    'Russian Ambassador to Turkey',
    'Pompeo says Russia responsible for Turkish soldiers\' deaths',
    'The AFP news agency reported that the strike killed 34 soldiers on Thursday.',
    'Reporters saw the video and the photos before they were removed.',
    // Shapes that read like credits and are not: a byline naming the paper, a dateline of two
    // cities, a headline with a slash, a link, a menu.
    'Jane Doe, XTV',
    'BEIRUT/THE HAGUE, March 7 (Newswire) - A tank crew fired two shells.',
    'Review: AC/DC Rocks Wembley',
    'More From XTV',
    'Home | News | Sport',
  ])('%s is not', (line) => {
    expect(isCaption(line)).toBe(false);
  });
});

describe('isPersonCredit', () => {
  test.each([
    { line: 'Mike Pompeo AFP', expected: true },
    { line: 'Jane Doe WNA', expected: true }, // any initialism: the shape, not a list
    { line: 'Robert F. Doe XP', expected: true },
    { line: 'Apple Sues FBI', expected: true }, // the shape alone cannot tell: the caller asks for a line above
    { line: 'More From XTV', expected: false }, // a stopword: a link
    { line: 'Jane Doe', expected: false },
    { line: 'JANE DOE WNA', expected: false },
  ])('is $expected for $line', ({ line, expected }) => {
    expect(isPersonCredit(line)).toBe(expected);
  });
});

describe('isCreditOnly', () => {
  test.each([
    { line: 'Getty Images', expected: true },
    { line: '(Robert F. Bukaty / AP)', expected: true },
    { line: 'Evan Vucci/AP Photo', expected: true },
    { line: 'Jane Example/Reuters Pictures', expected: true },
    { line: 'Scott Heins/Gothamist', expected: false }, // an outlet the list does not know: see isNamedCredit
    { line: 'The AP photo desk said the picture was genuine.', expected: false },
    { line: 'Jane Doe,XTV', expected: false }, // a byline: the headline above it is no caption
  ])('is $expected for $line', ({ line, expected }) => {
    expect(isCreditOnly(line)).toBe(expected);
  });
});

describe('isNamedCredit', () => {
  test.each([
    { line: 'Scott Heins/Gothamist', expected: true },
    { line: 'Amy K. Dragoo/AIMMEDIA', expected: true },
    { line: 'Ruth Fremson/The New York Times', expected: true },
    { line: 'Photograph by Tyrone Turner, National Geographic Creative', expected: true },
    { line: 'Illustration by Claire Lordon', expected: true },
    { line: 'Find/Post Jobs', expected: false }, // one word before the slash: a menu
    { line: 'Firm Chop / Crud', expected: false }, // spaces about the slash
    { line: 'Photographs by the dozen were taken that day.', expected: false },
  ])('is $expected for $line', ({ line, expected }) => {
    expect(isNamedCredit(line)).toBe(expected);
  });
});
