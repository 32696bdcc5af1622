import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, entitySchema } from './schema/article.ts';

/** Annotated articles, written by `npm run annotate` and corrected by contributors. */
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: articleSchema,
});

/** One file per entity; its body is a contributor's description. */
const entities = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/entities' }),
  schema: entitySchema,
});

export const collections = { articles, entities };
