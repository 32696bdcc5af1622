import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, entitySchema } from './schema/article.ts';
import { skipUnchangedFiles } from './lib/unchanged-files.ts';
import { withoutRenderedFrontmatter } from './lib/lean-entries.ts';

/** The content folder: `content/`, or DOSSIER_CONTENT (set by `npm run build -- --content DIR`). */
const contentDir = (process.env.DOSSIER_CONTENT ?? './content').replace(/\/+$/, '');

/** Annotated articles, written by `npm run annotate` and corrected by contributors. */
const articles = defineCollection({
  // An unchanged file's frontmatter is not parsed again (src/lib/unchanged-files.ts), and the
  // store keeps no second copy of it with the rendered HTML (src/lib/lean-entries.ts).
  loader: withoutRenderedFrontmatter(skipUnchangedFiles(glob({ pattern: '*.md', base: `${contentDir}/articles` }))),
  schema: articleSchema,
});

/** One file per entity; its body is a contributor's description. */
const entities = defineCollection({
  loader: withoutRenderedFrontmatter(skipUnchangedFiles(glob({ pattern: '*.md', base: `${contentDir}/entities` }))),
  schema: entitySchema,
});

export const collections = { articles, entities };
