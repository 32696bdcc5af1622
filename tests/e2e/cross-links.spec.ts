import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import { siteModes } from './site.ts';

interface Frontmatter {
  id: string;
  title: string;
  countries: string[];
  entities: { id: string; name: string; type: string }[];
}

/** Frontmatter of every article in content/. */
const articles: Frontmatter[] = readdirSync('content/articles')
  .filter((name) => name.endsWith('.md'))
  .map((name) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join('content/articles', name), 'utf8'))?.[1] ?? '') as Frontmatter);

const home = siteModes[1].home;

test('from an article, an entity link leads to its page and from there to another article', async ({ page }) => {
  const counts = new Map<string, number>();
  for (const article of articles) for (const entity of article.entities) counts.set(entity.id, (counts.get(entity.id) ?? 0) + 1);
  const shared = [...counts].find(([, count]) => count > 1)?.[0];
  expect(shared, 'some entity is named in two articles').toBeDefined();
  const first = articles.find((article) => article.entities.some((entity) => entity.id === shared)) as Frontmatter;
  const second = articles.find((article) => article !== first && article.entities.some((entity) => entity.id === shared)) as Frontmatter;

  await page.goto(new URL(`articles/${first.id}.html`, home).href);
  await page.locator(`.article-body a.mention[data-entity="${shared}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/entities/${shared}\\.html$`));
  await page.getByRole('list', { name: /^Named in/ }).getByRole('link', { name: second.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
});

test('the country index lists every country the articles name, with their article counts, and its map links work', async ({ page }) => {
  const expected = new Map<string, number>();
  for (const article of articles) for (const code of article.countries) expected.set(code, (expected.get(code) ?? 0) + 1);
  await page.goto(new URL('countries.html', home).href);
  const table = page.getByRole('table', { name: 'Countries by number of articles' });
  await expect(table.locator('tbody tr')).toHaveCount(expected.size);
  for (const name of ['Kyrgyzstan', 'Kazakhstan', 'Syria', 'Iraq', 'Turkey', 'Russia', 'Afghanistan']) {
    await expect(table.getByRole('link', { name, exact: true })).toBeVisible();
  }
  for (const [code, count] of expected) {
    const row = table.locator('tbody tr').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
    await expect(row.getByRole('cell').nth(2)).toHaveText(String(count));
  }

  await table.getByRole('button', { name: 'Country' }).click();
  const names = await table.locator('tbody tr td:first-child a').allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

  const mapLinks = page.locator('.map-figure svg a');
  await expect(mapLinks).toHaveCount(expected.size);
  await page.locator('.map-figure svg a[aria-label^="Kyrgyzstan"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kyrgyzstan');
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(expected.get('KG') ?? 0);
});

test('entity indexes list every entity of their type', async ({ page }) => {
  const byType = new Map<string, Set<string>>();
  for (const article of articles) for (const entity of article.entities) byType.set(entity.type, (byType.get(entity.type) ?? new Set()).add(entity.id));
  for (const [type, file] of [['person', 'people'], ['organization', 'organizations'], ['place', 'places']] as const) {
    await page.goto(new URL(`${file}.html`, home).href);
    await expect(page.locator('.entity-index > li')).toHaveCount(byType.get(type)?.size ?? 0);
  }
});

const kinds = [
  ['home', 'index.html'],
  ['article', `articles/${articles[0]?.id}.html`],
  ['entity', `entities/${articles[0]?.entities[0]?.id}.html`],
  ['people index', 'people.html'],
  ['countries index', 'countries.html'],
  ['country', `countries/${articles[0]?.countries[0]?.toLowerCase()}.html`],
] as const;

for (const [kind, file] of kinds) {
  test(`no accessibility violations on the ${kind} page`, async ({ page }) => {
    await page.goto(new URL(file, home).href);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}
