import { describe, expect, test } from 'vitest';
import { boilerplateReason, sectionReason } from '../../../src/lib/normalize/boilerplate.ts';

describe('boilerplateReason', () => {
  test.each([
    { line: 'Skip to main content', reason: 'navigation' },
    { line: 'Accessibility links', reason: 'navigation' },
    { line: 'Breaking News', reason: 'navigation' },
    { line: 'Share', reason: 'share' },
    { line: 'Share this article', reason: 'share' },
    { line: 'Facebook | Twitter | Email', reason: 'share' },
    { line: 'Advertisement', reason: 'advertisement' },
    { line: 'ADVERTISEMENT', reason: 'advertisement' },
    { line: 'Advertisement 2', reason: 'advertisement' },
    { line: 'Story continues below advertisement', reason: 'advertisement' },
    { line: 'please wait', reason: 'media player' },
    { line: 'No media source currently available', reason: 'media player' },
    { line: '0:00 0:01:47 0:00', reason: 'media player' },
    { line: 'This article has been adapted from its original source.', reason: 'boilerplate' },
    { line: 'Page not found', reason: 'error page' },
    { line: 'The content you requested does not exist or is not available anymore.', reason: 'error page' },
    { line: 'Sign up for our daily newsletter', reason: 'newsletter' },
    { line: 'Get the latest news delivered to your inbox every morning.', reason: 'newsletter' },
    { line: 'Related Articles', reason: 'related links' },
    { line: 'Most Read', reason: 'related links' },
    { line: '© 2024 The Daily Example. All rights reserved.', reason: 'copyright' },
    { line: 'We use cookies to improve your experience on our site.', reason: 'cookie notice' },
    {
      line: `This website uses cookies to improve your experience while you navigate through the website. ${'Of these, the cookies that are categorised as necessary are stored on your browser as they are essential for the basic functionality of the site. '.repeat(2)}`,
      reason: 'cookie notice',
    },
    { line: 'Already a subscriber? Log in to read on.', reason: 'subscription' },
    { line: 'Leave a comment', reason: 'comments' },
    { line: 'Need more news? Subscribe to our sister title "Example Weekly" Magazine for the latest stories.', reason: 'subscription' },
    { line: 'Join our Example Forums to keep talking about the latest stories and more!', reason: 'comments' },
    { line: 'jane_doe says:', reason: 'comments' },
    // App prompts, as the corpora's pages print them (nytimes.com, medium.com, qz.com, ladbible.com, tmz.com).
    { line: 'Read in app', reason: 'navigation' },
    { line: 'Open in app', reason: 'navigation' },
    { line: 'Download our app', reason: 'navigation' },
    { line: 'Download The App', reason: 'navigation' },
  ])('$line is $reason', ({ line, reason }) => {
    expect(boilerplateReason(line)).toBe(reason);
  });

  test.each([
    'The United States for the first time held Russia responsible for the deaths of dozens of Turkish troops.',
    'Share prices fell sharply on Tuesday after the central bank raised rates.',
    'Pompeo says Russia responsible for Turkish soldiers\' deaths',
    'The claim is misleading.',
    `The bakery sold ${'cookies and cakes to the crowd, and the cookies ran out by noon as the queue grew along the street outside. '.repeat(3)}`,
  ])('%s is text', (line) => {
    expect(boilerplateReason(line)).toBeNull();
  });
});

describe('sectionReason', () => {
  test.each([
    { line: 'Related Stories', reason: 'related links' },
    { line: 'Read next', reason: 'related links' },
    { line: 'More from Business', reason: 'related links' },
    { line: '34 responses to “A headline”', reason: 'comments' },
    { line: 'Comments', reason: 'comments' },
    { line: 'Site Index', reason: 'navigation' },
    { line: 'The related findings were published on Monday.', reason: null },
  ])('$line', ({ line, reason }) => {
    expect(sectionReason(line)).toBe(reason);
  });
});
