import { describe, expect, test } from 'vitest';
import { isCaption } from '../../../src/lib/normalize/find-caption.ts';

describe('isCaption', () => {
  test.each([
    'Mike Pompeo AFP',
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
  ])('%s is a caption or credit', (line) => {
    expect(isCaption(line)).toBe(true);
  });

  test.each([
    'Aleksei Erkhov',
    'Russian Ambassador to Turkey',
    'Pompeo says Russia responsible for Turkish soldiers\' deaths',
    'The AFP news agency reported that the strike killed 34 soldiers on Thursday.',
    'Reporters saw the video and the photos before they were removed.',
  ])('%s is not', (line) => {
    expect(isCaption(line)).toBe(false);
  });
});
