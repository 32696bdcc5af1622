import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { distDir, siteModes } from './site.ts';

/** The frontmatter of an entity file. */
interface EntityFile {
  id: string;
  name: string;
  type: string;
  aliases: string[];
}

/** Every entity of content/entities, read the way contributors write them. */
const entities: EntityFile[] = readdirSync('content/entities')
  .filter((name) => name.endsWith('.md'))
  .map((name) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join('content/entities', name), 'utf8'))?.[1] ?? '') as EntityFile);

/**
 * @param alias An alias as written in content/.
 * @returns The entity that has it.
 */
function entityWithAlias(alias: string): EntityFile {
  const found = entities.find((entity) => (entity.aliases ?? []).includes(alias));
  if (!found) throw new Error(`no entity in content/entities has the alias ${alias}`);
  return found;
}

/**
 * @param surname A surname.
 * @returns The person entity whose name ends with it.
 */
function person(surname: string): EntityFile {
  const found = entities.find((entity) => entity.type === 'person' && entity.name.endsWith(surname));
  if (!found) throw new Error(`no person named ... ${surname} in content/entities`);
  return found;
}

/**
 * Type into the header's search box (focused with "/" once the search script has run) and wait for its results.
 * @param page The page.
 * @param text What to type.
 */
async function typeInBox(page: Page, text: string): Promise<void> {
  // A "/" pressed before the deferred script has run is an ordinary key press: wait for it, as a reader's
  // second keystroke would.
  await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'true');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-input')).toBeFocused();
  await page.keyboard.type(text, { delay: 25 });
  await expect(page.locator('#site-search-results')).toHaveAttribute('data-query', text);
}

/** The header's result list. */
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Search suggestions' });

/**
 * Open the search page for a query and wait for its results and snippets.
 * @param page The page.
 * @param home The site's home URL.
 * @param query The query.
 */
async function openSearch(page: Page, home: string, query: string): Promise<void> {
  await page.goto(`${new URL('search.html', home).href}?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', query);
}

/** The three ways the site is opened; the disk copy is made by the first test that needs it. */
const modes = [
  { name: siteModes[0].name, home: (): string => siteModes[0].home },
  { name: siteModes[1].name, home: (): string => siteModes[1].home },
  { name: 'a copy of dist opened from disk', home: (): string => diskCopyHome() },
];

let diskCopy: string | undefined;

/**
 * @returns The home page of a copy of dist/ in a temporary folder, over file://.
 */
function diskCopyHome(): string {
  if (!diskCopy) {
    diskCopy = mkdtempSync(path.join(tmpdir(), 'dossier-search-copy-'));
    cpSync(distDir, diskCopy, { recursive: true });
  }
  return pathToFileURL(path.join(diskCopy, 'index.html')).href;
}

test.afterAll(() => {
  if (diskCopy) rmSync(diskCopy, { recursive: true, force: true });
});

for (const mode of modes) {
  test.describe(mode.name, () => {
    test('"/" focuses the box; a typo finds the person; arrows and Enter open the result; Escape closes', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const mamataliev = person('Mamataliev');
      await page.goto(mode.home());
      await typeInBox(page, 'Mamatliev');
      const list = suggestions(page);
      await expect(list).toBeVisible();
      await expect(page.locator('#site-search-input')).toHaveAttribute('aria-expanded', 'true');
      const first = list.getByRole('option').first();
      await expect(first).toContainText(mamataliev.name);
      await expect(first.locator('mark').first()).toHaveText('Mamataliev');

      await page.keyboard.press('ArrowDown');
      await expect(first).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('#site-search-input')).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
      await page.keyboard.press('ArrowDown');
      await expect(first).toHaveAttribute('aria-selected', 'false');
      await page.keyboard.press('ArrowUp');
      await expect(first).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/entities/${mamataliev.id}\\.html$`));
      await expect(page.getByRole('heading', { level: 1 })).toContainText(mamataliev.name);

      await typeInBox(page, 'Medetbekof');
      await expect(suggestions(page).getByRole('option').first()).toContainText(person('Medetbekov').name);
      await page.keyboard.press('Escape');
      await expect(suggestions(page)).toBeHidden();
      await expect(page.locator('#site-search-input')).toHaveAttribute('aria-expanded', 'false');
      expect(errors).toEqual([]);
    });

    test('Enter without a chosen result opens the search page for the query', async ({ page }) => {
      await page.goto(mode.home());
      await typeInBox(page, 'Sarym');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/search\.html\?q=Sarym$/);
      await expect(page.locator('#search-page-input')).toHaveValue('Sarym');
      await expect(page.getByRole('link', { name: person('Sarym').name })).toBeVisible();
    });

    test('a name typed in Cyrillic finds its Latin spelling, with the matches marked in snippets', async ({ page }) => {
      const medetbekov = person('Medetbekov');
      await openSearch(page, mode.home(), 'Медетбеков');
      const people = page.locator('.search-group[data-kind="entity"]');
      await expect(people.getByRole('link', { name: medetbekov.name })).toBeVisible();
      const articles = page.locator('.search-group[data-kind="article"]');
      await expect(articles.getByRole('listitem').first()).toBeVisible();
      await expect(page.locator('[data-search-page]')).toHaveAttribute('data-snippets', 'ready');
      await expect(articles.locator('.search-snippet mark').first()).toHaveText('Medetbekov');
    });

    test('an alias finds its entity', async ({ page }) => {
      for (const alias of ['GKNB', 'ISIL']) {
        const entity = entityWithAlias(alias);
        await openSearch(page, mode.home(), alias);
        const group = page.locator('.search-group[data-kind="entity"]');
        const result = group.getByRole('listitem').first();
        await expect(result.getByRole('link')).toHaveText(entity.name);
        await expect(result.locator('mark', { hasText: alias }).first()).toHaveText(alias);
      }
    });

    test('results are grouped as articles, entities, figures and countries, each with marked words', async ({ page }) => {
      await openSearch(page, mode.home(), 'Kyrgyz');
      const headings = await page.locator('.search-group h2').evaluateAll((nodes) => nodes.map((node) => node.firstChild?.textContent ?? ''));
      expect(headings).toEqual(['Articles', 'People, organizations and places', 'Figures', 'Countries']);
      await expect(page.locator('[data-search-page]')).toHaveAttribute('data-snippets', 'ready');
      for (const kind of ['article', 'entity', 'figure', 'country']) {
        const first = page.locator(`.search-group[data-kind="${kind}"] .search-result`).first();
        await expect(first.locator('mark').first(), kind).toBeVisible();
        await expect(first.locator('mark').first(), kind).toContainText(/^Kyrgyz/);
      }
      await expect(page.locator('.search-group[data-kind="country"]').getByRole('link', { name: 'Kyrgyzstan' })).toBeVisible();
    });

    test('the query lives in the URL: a new search is a history entry and Back restores the previous one', async ({ page }) => {
      const sarym = person('Sarym');
      const patrushev = person('Patrushev');
      await openSearch(page, mode.home(), 'Sarym');
      await expect(page.getByRole('link', { name: sarym.name })).toBeVisible();

      const input = page.locator('#search-page-input');
      await input.fill('Patrushev');
      await input.press('Enter');
      await expect(page).toHaveURL(/search\.html\?q=Patrushev$/);
      await expect(page.getByRole('link', { name: patrushev.name })).toBeVisible();

      await page.goBack();
      await expect(page).toHaveURL(/search\.html\?q=Sarym$/);
      await expect(input).toHaveValue('Sarym');
      await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', 'Sarym');
      await expect(page.getByRole('link', { name: sarym.name })).toBeVisible();

      await page.getByRole('link', { name: sarym.name }).click();
      await expect(page).toHaveURL(new RegExp(`/entities/${sarym.id}\\.html$`));
      await page.goBack();
      await expect(page).toHaveURL(/search\.html\?q=Sarym$/);
      await expect(page.getByRole('link', { name: sarym.name })).toBeVisible();
    });
  });
}

test('every page of the build has the search box', () => {
  const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(3);
  for (const file of pages) expect(readFileSync(path.join(distDir, file), 'utf8'), file).toContain('data-search-box');
});

test('the search box and the search page pass axe with results open', async ({ page }) => {
  await page.goto(siteModes[0].home);
  await typeInBox(page, 'Kyrgyz');
  await expect(suggestions(page)).toBeVisible();
  const box = await new AxeBuilder({ page }).include('.site-search').analyze();
  expect(box.violations).toEqual([]);
  await openSearch(page, siteModes[0].home, 'Kyrgyz');
  const results = await new AxeBuilder({ page }).include('[data-search-page]').analyze();
  expect(results.violations).toEqual([]);
});

test('over http the engine runs in a worker, from disk on the page itself', async ({ page }) => {
  await page.goto(siteModes[0].home);
  await typeInBox(page, 'Kyrgyz');
  expect(page.workers().some((worker) => worker.url().endsWith('/search/engine.js'))).toBe(true);
  await page.goto(diskCopyHome());
  await typeInBox(page, 'Kyrgyz');
  expect(page.workers()).toHaveLength(0);
  expect(await page.evaluate(() => '__dossierSearchEngine' in window)).toBe(true);
});

test('a word’s first letters are answered from the answers stored at build time', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const name = /\/search\/([^/?]+)\.js/.exec(request.url())?.[1];
    if (name) requested.push(name);
  });
  await page.goto(siteModes[0].home);
  await page.evaluate(() => {
    const answered: string[] = [];
    (window as unknown as { answered: string[] }).answered = answered;
    document.addEventListener('dossier-search', (event) => {
      const detail = (event as CustomEvent<{ query: string; steps?: Record<string, number> }>).detail;
      if (detail.steps?.stored !== undefined) answered.push(detail.query);
    });
  });
  const medetbekov = person('Medetbekov');
  await expect(page.locator('html')).toHaveAttribute('data-search-ready', 'true');
  await page.keyboard.press('/');
  await page.keyboard.type('M');
  // The first letter loads its vocabulary shard, which holds the two-letter answers.
  await expect.poll(() => requested).toContain('v-m');
  for (const text of ['Me', 'Med', 'Mede']) {
    await page.keyboard.type(text.slice(-1));
    await expect(suggestions(page)).toHaveAttribute('data-query', text);
    await expect(suggestions(page).getByRole('option').first()).toContainText(medetbekov.name);
  }
  expect(await page.evaluate(() => (window as unknown as { answered: string[] }).answered)).toEqual(['Me', 'Med', 'Mede']);
  expect(requested).toEqual(expect.arrayContaining(['s-me', 's-med']));
});
