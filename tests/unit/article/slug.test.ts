import { describe, expect, test } from 'vitest';
import { articleSchema, maxSlugLength } from '../../../src/lib/article/schema.ts';
import { slugFor } from '../../../src/lib/article/slug.ts';

describe('slugFor', () => {
  test.each([
    { name: 'a short title', title: 'Harbour plan approved', readable: 'harbour-plan-approved' },
    { name: 'a long title, cut between words', title: 'word '.repeat(60), readable: Array.from({ length: 12 }, () => 'word').join('-') },
    { name: 'one very long word, cut inside it', title: 'x'.repeat(245), readable: 'x'.repeat(60) },
    { name: 'a title with no letters or digits', title: '— … —', readable: 'article' },
  ])('$name', ({ title, readable }) => {
    const slug = slugFor(title, 'seed');
    expect(slug).toMatch(/^.+-[0-9a-f]{6}$/u);
    expect(slug.slice(0, -7)).toBe(readable);
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
  });
});

describe('slugFor keeps the slug of a title in Latin letters', () => {
  test.each([
    // The example seeds' titles and ids, with the slugs they have always had.
    { title: 'Disputing Turkey, Russian Ambassador Dodges Blame Over Deadly Airstrikes in Northwest Syria', id: '002_1eacc7e9d99fa703', slug: 'disputing-turkey-russian-ambassador-dodges-blame-over-deadly-999ec1' },
    { title: 'Ferry returns to Carrick Sound after pier rebuild', id: '006_clipping.md', slug: 'ferry-returns-to-carrick-sound-after-pier-rebuild-143834' },
    { title: "Pompeo says Russia responsible for Turkish soldiers' deaths", id: '000_acfb1cd06d9362a9', slug: 'pompeo-says-russia-responsible-for-turkish-soldiers-deaths-501efc' },
    { title: 'Russia accused of bombing US-backed militants in Syria', id: '004_59af26005722e3de', slug: 'russia-accused-of-bombing-us-backed-militants-in-syria-b55d62' },
    { title: 'Russia: US-led strike killed 62 Syrian troops', id: '003_29f21851f9a14e70', slug: 'russia-us-led-strike-killed-62-syrian-troops-fba0d0' },
    {
      title: 'The United States for the first time held Russia responsible for the deaths of dozens of Turkish troops in Syria',
      id: '001_5bd94d3de42f0080',
      slug: 'the-united-states-for-the-first-time-held-russia-responsible-62b34d',
    },
    { title: 'Volunteers put a century of valley weather diaries online', id: '005_saved-page.html', slug: 'volunteers-put-a-century-of-valley-weather-diaries-online-19f46a' },
    // Accents are dropped, never spelled out (ü is u, not ue).
    { title: 'Zürich voters back Müller’s plan', id: 'seed', slug: 'zurich-voters-back-mullers-plan-19b258' },
    { title: 'São Paulo: Lula’s return', id: 'seed', slug: 'sao-paulo-lulas-return-19b258' },
    { title: 'Crème brûlée at the Café Noël', id: 'seed', slug: 'creme-brulee-at-the-cafe-noel-19b258' },
    // Punctuation and symbols are word breaks; apostrophes close up; case breaks nothing.
    { title: 'Fish & Chips: 50% off?!', id: 'seed', slug: 'fish-chips-50-off-19b258' },
    { title: 'Rock ’n’ roll — the “best” of 2020…', id: 'seed', slug: 'rock-n-roll-the-best-of-2020-19b258' },
    { title: 'iPhone 12 vs. Galaxy S21', id: 'seed', slug: 'iphone-12-vs-galaxy-s21-19b258' },
    { title: 'Q&A: What ½ of voters said', id: 'seed', slug: 'q-a-what-1-2-of-voters-said-19b258' },
    { title: 'Hawaiʻi’s new governor', id: 'seed', slug: 'hawai-is-new-governor-19b258' },
  ])('$title', ({ title, id, slug }) => {
    expect(slugFor(title, id)).toBe(slug);
  });
});

describe('slugFor transliterates the letters that have no accent to drop', () => {
  test.each([
    { script: 'Cyrillic', title: 'Путин встретился с Макроном', readable: 'putin-vstretilsya-s-makronom' },
    { script: 'Cyrillic (Ukrainian)', title: 'Київ: нова лінія метро', readable: 'kiiv-nova-liniya-metro' },
    { script: 'Greek', title: 'Η Ελλάδα ψηφίζει', readable: 'i-ellada-psifizei' },
    { script: 'Latin ß', title: 'Straße gesperrt', readable: 'strasse-gesperrt' },
    { script: 'Latin ø, æ and œ', title: 'Søren and the Æsir Œuvre', readable: 'soren-and-the-aesir-oeuvre' },
    { script: 'Latin ł, đ and ı', title: 'Łódź greets Đoković in İstanbul ılık', readable: 'lodz-greets-dokovic-in-istanbul-ilik' },
    { script: 'Latin and Han, which has no transliteration', title: '東京 Olympics', readable: 'olympics' },
  ])('$script: $title', ({ title, readable }) => {
    expect(slugFor(title, 'seed')).toBe(`${readable}-19b258`);
  });

  test('a long title in another script is cut between words like any other', () => {
    const slug = slugFor('Москва '.repeat(30), 'seed');
    expect(slug).toBe(`${Array.from({ length: 8 }, () => 'moskva').join('-')}-19b258`);
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
  });
});

describe('the schema caps a slug', () => {
  test.each([
    { length: maxSlugLength, ok: true },
    { length: maxSlugLength + 1, ok: false },
    { length: 245, ok: false },
  ])('$length characters: $ok', ({ length, ok }) => {
    expect(articleSchema.shape.slug.safeParse('a'.repeat(length)).success).toBe(ok);
  });
});
