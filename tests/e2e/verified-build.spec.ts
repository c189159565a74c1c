import { expect, test } from '@playwright/test';
import { checkLinks, validateHtml } from '../../scripts/verify-dist';
import { testDist, testOrigin } from './support/test-site';

test('no internal link or anchor of the built site is broken', () => {
  const report = checkLinks(testDist(), testOrigin);
  expect(report.problems).toEqual([]);
  expect(report.checked).toBeGreaterThan(0);
});

test('every page of the built site is valid HTML', async () => {
  test.setTimeout(60_000);
  const report = await validateHtml(testDist());
  expect(report.problems).toEqual([]);
  expect(report.files).toBeGreaterThan(0);
});
