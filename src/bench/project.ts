/**
 * Throw-away projects for the benchmark: a copy of this project's site with
 * its own content and caches, and a plain Astro site of the same pages
 * without annotations. Both use this project's installed packages (the same
 * astro binary) through a node_modules folder of symbolic links, so that each
 * has its own Astro and Vite caches (node_modules/.astro, node_modules/.vite).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { plainMarkdown, type SyntheticArticle } from './corpus.ts';

/** What of the project a site copy needs. */
const projectEntries = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts', 'public', 'data'] as const;

/** Caches that must not be shared between projects. */
const privateCaches = new Set(['.astro', '.vite', '.vite-temp', '.cache', '.vitest-cache']);

/**
 * Copy the site's sources into a new folder (no content, no seeds, no dist).
 * @param projectRoot This project's root.
 * @param target A folder that does not exist yet.
 */
export function copySiteProject(projectRoot: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of projectEntries) {
    const from = path.join(projectRoot, entry);
    if (existsSync(from)) cpSync(from, path.join(target, entry), { recursive: true });
  }
  linkNodeModules(projectRoot, target);
}

/**
 * Write a plain Astro site: one glob content collection of the articles as
 * Markdown, an index page, and one page route rendering each article.
 * @param projectRoot This project's root (for its node_modules).
 * @param target A folder that does not exist yet.
 * @param articles The pages.
 */
export function writePlainAstroProject(projectRoot: string, target: string, articles: readonly SyntheticArticle[]): void {
  mkdirSync(path.join(target, 'src/pages/articles'), { recursive: true });
  mkdirSync(path.join(target, 'pages'), { recursive: true });
  writeFileSync(path.join(target, 'package.json'), `${JSON.stringify({ name: 'plain-astro-baseline', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(path.join(target, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n");
  writeFileSync(
    path.join(target, 'src/content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      '',
      'const articles = defineCollection({',
      "  loader: glob({ pattern: '*.md', base: './pages' }),",
      '  schema: z.object({ title: z.string(), published: z.coerce.string() }),',
      '});',
      '',
      'export const collections = { articles };',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(target, 'src/pages/articles/[id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      '',
      'export async function getStaticPaths() {',
      "  const articles = await getCollection('articles');",
      '  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));',
      '}',
      '',
      'const { article } = Astro.props;',
      'const { Content } = await render(article);',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{article.data.title}</title></head>',
      '<body><main><h1>{article.data.title}</h1><p>{article.data.published}</p><Content /></main></body></html>',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(target, 'src/pages/index.astro'),
    [
      '---',
      "import { getCollection } from 'astro:content';",
      "const articles = await getCollection('articles');",
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>Articles</title></head>',
      '<body><main><h1>{articles.length} articles</h1></main></body></html>',
      '',
    ].join('\n'),
  );
  for (const article of articles) writeFileSync(path.join(target, 'pages', `${article.id}.md`), plainMarkdown(article));
  linkNodeModules(projectRoot, target);
}

/**
 * Give a project a node_modules folder of links to this project's packages,
 * without the caches, so that the copy's caches are its own.
 * @param projectRoot This project's root.
 * @param target The copy.
 */
function linkNodeModules(projectRoot: string, target: string): void {
  const source = path.join(projectRoot, 'node_modules');
  const modules = path.join(target, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(source)) {
    if (privateCaches.has(name)) continue;
    symlinkSync(path.join(source, name), path.join(modules, name));
  }
}
