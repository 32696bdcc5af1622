/**
 * Every page of the built site (dist/) is valid HTML and has no accessibility
 * violation that axe can find, and none breaks its own Content-Security-Policy.
 * The link crawl is in crawl.spec.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { distDir, ports } from './site.ts';

/**
 * html-validate's recommended rules, with these relaxations:
 * - doctype-style: the relative-URL and CSP rewrites serialise pages with
 *   rehype, which writes `<!doctype html>` in lower case; both spellings are
 *   valid HTML.
 * - prefer-native-element for `listbox`: the search box is an ARIA 1.2
 *   combobox whose popup is a `<ul role="listbox">` of live suggestions,
 *   which a native `<select>` cannot be.
 * - wcag/h32: the search form has a single search field and is submitted with
 *   Enter (implicit submission); WCAG H32 is an advisory technique, not a
 *   requirement.
 * - long-title: page titles are the sources' own headlines; the 70-character
 *   limit is search-engine advice, not validity.
 */
const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'doctype-style': 'off',
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    'wcag/h32': 'off',
    'long-title': 'off',
  },
};

/** Every HTML page of dist/, relative to it, with forward slashes. */
const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.split(path.sep).join('/'))
  .sort();

test('dist/ holds the built site', () => {
  expect(pages).toContain('index.html');
  expect(pages.length).toBeGreaterThan(5);
});

test('every page is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate(config);
  const problems: string[] = [];
  for (const name of pages) {
    const report = await validator.validateString(readFileSync(path.join(distDir, name), 'utf8'), name);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${name}:${message.line}:${message.column}: [${message.ruleId}] ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test.describe('every page', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const name of pages) {
    test(`${name}: no axe violation, no CSP violation`, async ({ page }) => {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(`http://127.0.0.1:${ports.root}/${name}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    });
  }
});
