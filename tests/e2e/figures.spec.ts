import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { siteModes } from './site.ts';

interface Figure {
  value?: number;
  min?: number;
  max?: number;
  what: string;
  measure?: string;
  claimant: string | null;
  asOf: string | null;
  quote: string;
}

interface Frontmatter {
  id: string;
  title: string;
  published: string | null;
  figures: Figure[];
}

/** Frontmatter of every article in content/. */
const articles: Frontmatter[] = readdirSync('content/articles')
  .filter((name) => name.endsWith('.md'))
  .map((name) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join('content/articles', name), 'utf8'))?.[1] ?? '') as Frontmatter);

const figureCount = articles.reduce((sum, article) => sum + article.figures.length, 0);
const home = siteModes[1].home;

/**
 * @param page A page on a chart-bearing page.
 * @returns For each chart: its marks, the figures it says it plots and the rows of its text alternative.
 */
async function chartCounts(page: Page): Promise<Array<{ marks: number; declared: number; rows: number }>> {
  return page.locator('.figure-chart').evaluateAll((figures) =>
    figures.map((figure) => ({
      marks: figure.querySelectorAll('svg g.figure-point > *, svg g.figure-range > *').length,
      declared: Number((figure as HTMLElement).dataset.chartFigures),
      rows: figure.querySelectorAll('details tbody tr').length,
    })),
  );
}

test('data/figures.csv parses as CSV and holds one row per figure of content/', async ({ request }) => {
  const response = await request.get(new URL('data/figures.csv', home).href);
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text).toContain('\r\n');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(figureCount);
  expect(parsed.meta.fields).toEqual(expect.arrayContaining(['article_id', 'figure_index', 'value', 'what', 'measure', 'claimant', 'as_of', 'quote', 'figure_url']));
  for (const article of articles) {
    article.figures.forEach((figure, index) => {
      const row = parsed.data.find((candidate) => candidate.article_id === article.id && candidate.figure_index === String(index));
      expect(row, `${article.id} figure ${index}`).toBeDefined();
      expect(row?.quote).toBe(figure.quote);
      expect(row?.value).toBe(figure.value === undefined ? '' : String(figure.value));
      expect(row?.measure).toBe(figure.measure ?? '');
      expect(row?.figure_url).toMatch(new RegExp(`/articles/${article.id}\\.html#figure-${index}$`));
    });
  }
  for (const file of ['figures.json', 'entities.json', 'articles.json']) {
    const json = await request.get(new URL(`data/${file}`, home).href);
    expect(json.ok(), file).toBe(true);
    expect(Array.isArray(await json.json()), file).toBe(true);
  }
});

test('each chart holds one mark per figure it plots', async ({ page }) => {
  await page.goto(new URL('claims.html', home).href);
  const counts = await chartCounts(page);
  expect(counts.length).toBeGreaterThan(0);
  for (const count of counts) {
    expect(count.marks).toBe(count.declared);
    expect(count.rows).toBe(count.declared);
  }
  // The by-claimant chart of a measure plots every figure of that measure in content/.
  const measures = [...new Set(articles.flatMap((article) => article.figures.flatMap((figure) => (figure.measure ? [figure.measure] : []))))];
  for (const measure of measures) {
    const section = page.locator(`section.measure-group[data-measure="${measure}"]`);
    if ((await section.count()) === 0) continue;
    const expected = articles.flatMap((article) => article.figures).filter((figure) => figure.measure === measure).length;
    await expect(section.locator('.figure-chart').first().locator('svg g.figure-point > *, svg g.figure-range > *')).toHaveCount(expected);
  }

  // A country timeline: one mark per dated figure.
  await page.goto(new URL('countries/kz.html', home).href);
  for (const count of await chartCounts(page)) {
    expect(count.marks).toBe(count.declared);
    expect(count.rows).toBe(count.declared);
  }
  await expect(page.locator('.figure-chart svg[role="img"] title').first()).toHaveText(/Kazakhstan/);
});

test('the Kyrgyz claims of the seeds land in one comparison group', async ({ page }) => {
  const seed = articles.find((article) => article.id.startsWith('000_')) as Frontmatter;
  const kyrgyz = seed.figures.filter((figure) => [330, 339, 500].includes(figure.value ?? -1));
  expect(kyrgyz).toHaveLength(4);
  const measure = kyrgyz[0]?.measure;
  expect(measure).toBeTruthy();
  expect(new Set(kyrgyz.map((figure) => figure.measure))).toEqual(new Set([measure]));
  // Deaths and women are other measures.
  expect(seed.figures.find((figure) => figure.value === 40)?.measure).not.toBe(measure);
  expect(seed.figures.find((figure) => figure.what === 'women')?.measure).not.toBe(measure);

  await page.goto(new URL(`claims.html#measure-${measure}`, home).href);
  const group = page.locator(`section.measure-group[data-measure="${measure}"]`);
  await expect(group).toBeVisible();
  const rows = group.locator('table.claims-table tbody tr');
  await expect(rows).toHaveCount(4);
  for (const [value, claimant] of [
    ['more than 330', 'Abdyrakhman Mamataliev'],
    ['339', 'Rafik Mambetaliev'],
    ['somewhere around 330', 'Kyrgyz government'],
    ['as many as 500', 'Artur Medetbekov'],
  ] as const) {
    const row = rows.filter({ has: page.getByRole('cell', { name: value, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(1)).toHaveText(claimant);
  }
  await expect(group.locator('.measure-stats')).toContainText('330–500');
});

for (const mode of siteModes) {
  test(`${mode.name}: each measure with several claims has its own page, linked from the claims overview and the figures table`, async ({ page }) => {
    const figuresOf = new Map<string, number>();
    for (const figure of articles.flatMap((article) => article.figures)) if (figure.measure) figuresOf.set(figure.measure, (figuresOf.get(figure.measure) ?? 0) + 1);
    await page.goto(new URL('claims.html', mode.home).href);
    const toc = page.locator('ul.measure-toc a');
    const hrefs = await toc.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(1);
    const measures = hrefs.map((href) => /claims\/([a-z0-9-]+)\.html#measure-\1$/.exec(href)?.[1]);
    expect(measures.every(Boolean), hrefs.join(' ')).toBe(true);
    // Every other measure of content/ is a row of the overview's table of single claims.
    for (const measure of figuresOf.keys()) {
      if (measures.includes(measure)) continue;
      await expect(page.locator(`tr#measure-${measure}[data-measure="${measure}"]`)).toHaveCount(1);
    }
    for (const [index, measure] of measures.entries()) {
      await page.goto(new URL('claims.html', mode.home).href);
      await toc.nth(index).click();
      await expect(page).toHaveURL(new RegExp(`/claims/${measure}\\.html#measure-${measure}$`));
      const section = page.locator(`section.measure-group[data-measure="${measure}"]`);
      await expect(section).toHaveCount(1);
      await expect(page.locator('section.measure-group')).toHaveCount(1);
      // Its chart by claimant plots every figure of the measure in content/, with one row per figure in its text alternative.
      await expect(section.locator('.figure-chart').first().locator('svg g.figure-point > *, svg g.figure-range > *')).toHaveCount(figuresOf.get(measure!) ?? -1);
      for (const count of await chartCounts(page)) {
        expect(count.marks).toBe(count.declared);
        expect(count.rows).toBe(count.declared);
      }
    }
    // A row of a figures table links to its measure's page.
    await page.goto(new URL('figures.html', mode.home).href);
    const measureLink = page.locator('table[data-figures-table] tbody tr td:nth-child(3) a').first();
    const measure = await measureLink.evaluate((link) => link.closest('tr')?.dataset.measure ?? '');
    await measureLink.click();
    await expect(page.locator(`[data-measure="${measure}"]`).first()).toBeVisible();
    expect(page.url()).toMatch(measures.includes(measure) ? new RegExp(`/claims/${measure}\\.html#measure-${measure}$`) : new RegExp(`/claims\\.html#measure-${measure}$`));
  });
}

test('a figures-table link lands on its article with the quoted sentence highlighted', async ({ page }) => {
  const seed = articles.find((article) => article.id.startsWith('000_')) as Frontmatter;
  const index = seed.figures.findIndex((figure) => figure.value === 339);
  const figure = seed.figures[index] as Figure;
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(new URL('figures.html', home).href);
  const link = page.locator(`a[data-figure-link][href$="articles/${seed.id}.html#figure-${index}"]`);
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${seed.id}\\.html#figure-${index}$`));
  const mark = page.locator(`mark#figure-${index}`);
  await expect(mark).toHaveClass(/\bis-target\b/);
  await expect(mark).toBeInViewport();
  const background = await mark.evaluate((element) => getComputedStyle(element).backgroundColor);
  const plain = await page.locator('mark.figure:not(.is-target)').first().evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe(plain);
  await expect(mark.locator('xpath=ancestor::p[1]')).toHaveClass(/\bfigure-target-block\b/);
  // The whole quoted sentence is the highlighted range (the number's note left out).
  const highlighted = await page.evaluate(() => {
    const highlight = CSS.highlights.get('figure-quote');
    const range = highlight ? [...highlight][0] : undefined;
    if (!(range instanceof Range)) return null;
    const fragment = range.cloneContents();
    for (const note of fragment.querySelectorAll('.figure-note')) note.remove();
    return fragment.textContent;
  });
  expect(highlighted?.replace(/\s+/g, ' ')).toBe(figure.quote);

  // Another figure's link moves the highlight.
  await page.evaluate(() => {
    location.hash = '#figure-0';
  });
  await expect(page.locator('mark#figure-0')).toHaveClass(/\bis-target\b/);
  await expect(mark).not.toHaveClass(/\bis-target\b/);
});

test('filtering the figures table by a country hides the rows of other countries', async ({ page }) => {
  await page.goto(new URL('figures.html', home).href);
  const rows = page.locator('table[data-figures-table] tbody tr');
  const total = await rows.count();
  expect(total).toBeGreaterThan(1);
  await page.getByLabel('Country').selectOption({ label: 'Kazakhstan' });
  const visible = rows.locator('visible=true');
  await expect(visible).not.toHaveCount(total);
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  for (const codes of await visible.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.countries ?? ''))) {
    expect(codes.split(' ')).toContain('KZ');
  }
  await expect(page.getByRole('status')).toHaveText(`Showing ${shown} of ${total} claims.`);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(rows.locator('visible=true')).toHaveCount(total);

  // Sorting by value puts the largest first on the second press.
  await page.getByRole('button', { name: 'Value' }).click();
  await page.getByRole('button', { name: 'Value' }).click();
  const first = await rows.first().locator('td').first().getAttribute('data-sort');
  const values = await rows.evaluateAll((elements) => elements.map((element) => Number(element.querySelector('td')?.dataset.sort)));
  expect(Number(first)).toBe(Math.max(...values));
});

test('on a corpus that fits one page, the figures table, a country and the claims have no page navigation', async ({ page, request }) => {
  // The seeds hold a few dozen claims: far fewer than FIGURE_ROWS_PER_PAGE (src/lib/paginate.ts), so figures.html holds the whole table too.
  await page.goto(new URL('figures.html', home).href);
  await expect(page.locator('table[data-figures-table] tbody tr')).not.toHaveCount(0);
  await expect(page.locator('nav.page-nav')).toHaveCount(0);
  // The table's old pages in the order of first report are gone: a year's pages replace them.
  expect((await request.get(new URL('figures/page-2.html', home).href)).status()).toBe(404);
  expect((await request.get(new URL('figures/2014/page-2.html', home).href)).status()).toBe(404);
  await page.goto(new URL('figures/2014.html', home).href);
  await expect(page.locator('table[data-figures-table] tbody tr')).not.toHaveCount(0);
  await expect(page.locator('nav.page-nav')).toHaveCount(0);
  await page.goto(new URL('countries/kz.html', home).href);
  await expect(page.locator('#country-articles + ol li')).not.toHaveCount(0);
  await expect(page.locator('nav.page-nav')).toHaveCount(0);
  expect((await request.get(new URL('countries/kz/page-2.html', home).href)).status()).toBe(404);
  await page.goto(new URL('claims.html', home).href);
  await expect(page.locator('nav.page-nav')).toHaveCount(0);
  await expect(page.locator('[data-measure-capped]')).toHaveCount(0);
  // The claims' old pages, packed most claims first, are gone: each measure has its page.
  expect((await request.get(new URL('claims/page-2.html', home).href)).status()).toBe(404);
});

/** Years in which the articles of content/ were published ('undated' for those with no date). */
const publishedYears = articles.map((article) => (article.published ? String(article.published).slice(0, 4) : 'undated'));

for (const mode of siteModes) {
  test(`${mode.name}: the figures overview lists each year of first report, and each year's page holds exactly its claims`, async ({ page }) => {
    await page.goto(new URL('figures.html', mode.home).href);
    const whole = await page.locator('table[data-figures-table] tbody tr').count();
    const years = page.getByRole('table', { name: 'By year of first report' }).locator('tbody tr');
    const listed = await years.evaluateAll((rows) => rows.map((row) => ({ year: row.querySelector('th')?.textContent?.trim() ?? '', claims: Number(row.querySelector('td')?.textContent?.replace(/,/g, '')) })));
    // The seeds: an article of 2013, one of 2014 and two with no date; every year with a figure is listed, oldest first, the undated last.
    expect(listed.map((entry) => entry.year)).toEqual(['2013', '2014', 'No date']);
    expect(new Set(publishedYears)).toEqual(new Set(['2013', '2014', 'undated']));
    expect(listed.reduce((sum, entry) => sum + entry.claims, 0)).toBe(whole);

    for (const [index, entry] of listed.entries()) {
      await page.goto(new URL('figures.html', mode.home).href);
      await years.nth(index).getByRole('link').click();
      const slug = entry.year === 'No date' ? 'undated' : entry.year;
      await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\.html$`));
      const rows = page.locator('table[data-figures-table] tbody tr');
      await expect(rows).toHaveCount(entry.claims);
      // The last cell sorts by the publication of the claim's first report: its year is the page's (9999 when undated).
      const firstReports = await rows.evaluateAll((elements) => elements.map((row) => row.querySelector('td:last-child')?.getAttribute('data-sort') ?? ''));
      for (const published of firstReports) expect(published.slice(0, 4)).toBe(slug === 'undated' ? '9999' : slug);
      // The list of years links every year, this one marked as the current page; it prints no count.
      const nav = page.getByRole('navigation', { name: 'Figures by year of first report' });
      await expect(nav.getByRole('link')).toHaveText(['2013', '2014', 'no date']);
      await expect(nav.locator('[aria-current="page"]')).toHaveText(entry.year === 'No date' ? 'no date' : entry.year);
      // The page counts its own claims only; the year's total is on the overview.
      await expect(page.locator('[data-figures-range]')).toContainText(entry.claims === 1 ? 'One claim' : `${entry.claims} claims`);
    }

    // From one year to the next through the list of years, and back to the overview through the breadcrumbs.
    await page.getByRole('navigation', { name: 'Figures by year of first report' }).getByRole('link', { name: '2013' }).click();
    await expect(page).toHaveURL(/\/figures\/2013\.html$/);
    await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Figures' }).click();
    await expect(page).toHaveURL(/\/figures\.html$/);
  });
}

test("a year's figures page filters and sorts its own rows", async ({ page }) => {
  await page.goto(new URL('figures/undated.html', home).href);
  const rows = page.locator('table[data-figures-table] tbody tr');
  const total = await rows.count();
  expect(total).toBeGreaterThan(2);
  // Each choice of the claimant filter lists a claimant of this page's rows only.
  const claimants = await rows.evaluateAll((elements) => [...new Set(elements.map((element) => (element as HTMLElement).dataset.claimant ?? ''))]);
  const options = await page.getByLabel('Claimed by').locator('option').evaluateAll((elements) => elements.map((element) => (element as HTMLOptionElement).value).filter(Boolean));
  expect(options.sort()).toEqual([...claimants].sort());
  const claimant = options.find((value) => value !== 'unattributed') ?? options[0]!;
  await page.getByLabel('Claimed by').selectOption(claimant);
  const visible = rows.locator('visible=true');
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  for (const value of await visible.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.claimant))) expect(value).toBe(claimant);
  await expect(page.getByRole('status')).toHaveText(`Showing ${shown} of ${total} claims.`);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(rows.locator('visible=true')).toHaveCount(total);
  // Sorting by value puts the smallest first on the first press.
  await page.getByRole('button', { name: 'Value' }).click();
  const values = await rows.evaluateAll((elements) => elements.map((element) => Number(element.querySelector('td')?.dataset.sort)));
  expect(values[0]).toBe(Math.min(...values));
});

test('the cite box copies the BibTeX citation to the clipboard', async ({ page, context }) => {
  const article = articles.find((candidate) => candidate.id.startsWith('000_')) as Frontmatter;
  const url = new URL(`articles/${article.id}.html`, home);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.origin });
  await page.goto(url.href);
  const box = page.getByRole('region', { name: 'Cite this article' });
  const bibtex = box.locator('pre#cite-bibtex');
  await expect(bibtex).toContainText('@article{');
  await expect(bibtex).toContainText(`/articles/${article.id}.html}`);
  await box.getByRole('button', { name: 'Copy' }).first().click();
  await expect(box.getByRole('status')).toHaveText('Copied the BibTeX citation.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await bibtex.textContent());
  const csl = JSON.parse((await box.locator('pre#cite-csl').textContent()) ?? '[]') as Array<{ type: string; title: string }>;
  expect(csl[0]).toMatchObject({ type: 'article-newspaper', title: article.title });
});
