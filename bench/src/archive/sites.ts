import type { Random } from '../../../src/lib/train/random.ts';

/** How one synthetic news site wraps its articles: the chrome a scraper keeps around the text. */
export interface SiteProfile {
  readonly name: string;
  /** Lines before the headline: skip links, menus, section names. */
  readonly header: readonly string[];
  /** Lines after the body: footer menus, copyright. */
  readonly footer: readonly string[];
  /** Index into the date formats; -1 for a site that prints no dates. */
  readonly dateStyle: number;
  readonly bylineStyle: number;
  /** Probability of an "Advertisement" line between two paragraphs. */
  readonly adRate: number;
  readonly shareBar: readonly string[] | null;
  readonly captions: boolean;
  readonly newsletter: readonly string[] | null;
  readonly related: boolean;
  /** Probability that the text ends with a "Page not found" tail (a scrape of an error page). */
  readonly notFoundRate: number;
  /** Headline printed twice, as in a page with a social title and a visible one. */
  readonly repeatsTitle: boolean;
  /** Wire agency credited on some articles. */
  readonly agency: string | null;
}

const menuItems: readonly string[] = Object.freeze(
  ('Home News World Politics Business Markets Tech Science Health Sport Football Culture Arts ' +
    'Opinion Video Podcasts Travel Climate Lifestyle Weather Local Obituaries Live Newsletters')
    .split(' '),
);
const headerExtras: readonly string[] = Object.freeze([
  'Skip to main content',
  'Skip to content',
  'Accessibility links',
  'Sections',
  'SEARCH',
  'Log In',
  'Subscribe',
  'Breaking News',
  "Today's Paper",
  'Menu',
  'LIVE TV',
]);
const shareBars: readonly (readonly string[])[] = Object.freeze([
  ['Share'],
  ['Share on Facebook', 'Share on Twitter', 'Share via Email'],
  ['Facebook', 'Twitter', 'WhatsApp', 'Email', 'Print'],
  ['Share this article', 'Copy link'],
]);
const newsletters: readonly (readonly string[])[] = Object.freeze([
  ['Sign up for our newsletter', 'Get the top stories in your inbox every morning.', 'Subscribe'],
  ['Newsletter', 'Enter your email address', 'By signing up you agree to our Terms of Use and Privacy Policy.'],
  ['Get our daily briefing', 'Sign up'],
]);
const agencies: readonly string[] = Object.freeze(['AFP', 'Reuters', 'AP', 'dpa', 'EFE', 'ANSA']);
const nameParts: readonly string[] = Object.freeze('Daily Evening Morning Global Northern Coastal Metro National Free Independent'.split(' '));
const nameNouns: readonly string[] = Object.freeze('Herald Times Post Chronicle Observer Ledger Gazette Tribune Courier Monitor'.split(' '));

function some(random: Random, items: readonly string[], min: number, max: number): string[] {
  const count = random.between(min, max);
  const start = random.int(items.length);
  return Array.from({ length: count }, (_, i) => items[(start + i * 3) % items.length] as string);
}

/** `count` site profiles, from bare text (no chrome at all) to heavy portals. */
export function createSites(random: Random, count = 24): SiteProfile[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `The ${random.pick(nameParts)} ${random.pick(nameNouns)}`;
    const bare = index % 6 === 0;
    const year = 2010 + random.int(16);
    return {
      name,
      header: bare ? [] : [...some(random, headerExtras, 0, 3), ...some(random, menuItems, 0, 14)],
      footer: bare
        ? []
        : [
            ...some(random, ['About us', 'Contact', 'Privacy Policy', 'Terms of Service', 'Cookie settings', 'Advertise', 'Careers', 'Site Map', 'Help', 'RSS'], 0, 7),
            `© ${year} ${name}. All rights reserved.`,
          ],
      dateStyle: index % 11 === 5 ? -1 : random.int(9),
      bylineStyle: random.int(7),
      adRate: bare ? 0 : random.pick([0, 0.05, 0.12, 0.2]),
      shareBar: bare || random.chance(0.4) ? null : random.pick(shareBars),
      captions: !bare && random.chance(0.6),
      newsletter: bare || random.chance(0.5) ? null : random.pick(newsletters),
      related: !bare && random.chance(0.5),
      notFoundRate: random.pick([0, 0, 0, 0.03, 0.1]),
      repeatsTitle: random.chance(0.15),
      agency: random.chance(0.5) ? random.pick(agencies) : null,
    };
  });
}
