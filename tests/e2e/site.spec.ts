import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { articleIds, siteModes } from './site.ts';

/**
 * Whether the site's stylesheet is applied: Chromium's default body font is a serif.
 * @param page The page.
 */
async function expectStyled(page: Page): Promise<void> {
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).toContain('system-ui');
}

for (const mode of siteModes) {
  test.describe(mode.name, () => {
    test('home page lists every article, newest first, styled and filterable', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(mode.home);
      await expectStyled(page);
      const list = page.getByRole('list', { name: 'Articles, newest first' });
      const items = list.getByRole('listitem');
      await expect(items).toHaveCount(articleIds().length);

      const dates = await list.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
      expect(dates).toEqual([...dates].sort().reverse());

      const firstTitle = (await items.first().getByRole('link').textContent()) ?? '';
      const word = firstTitle.split(/\s+/).find((candidate) => candidate.length > 6) ?? firstTitle;
      await page.getByRole('searchbox', { name: 'Filter these articles' }).fill(word.toLowerCase());
      await expect(page.getByText(/of \d+ articles/)).toBeVisible();
      await expect(items.filter({ visible: true }).first()).toContainText(word);
      expect(errors).toEqual([]);
    });

    test('every article page opens with its title, body and source', async ({ page }) => {
      await page.goto(mode.home);
      const hrefs = await page
        .getByRole('list', { name: 'Articles, newest first' })
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      expect(hrefs).toHaveLength(articleIds().length);
      for (const href of hrefs) {
        const response = await page.goto(href);
        if (!href.startsWith('file:')) expect(response?.status()).toBe(200);
        await expectStyled(page);
        await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
        expect(await page.locator('.article-body p').count()).toBeGreaterThan(0);
        const source = await page.getByRole('link', { name: /^seeds\// }).getAttribute('href');
        const sourceUrl = new URL(source ?? '', page.url()).href;
        if (sourceUrl.startsWith('file:')) expect(existsSync(fileURLToPath(sourceUrl))).toBe(true);
        else expect((await page.request.get(sourceUrl)).status()).toBe(200);
        await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Articles' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier');
      }
    });
  });
}
