/**
 * URLs of the figures pages and downloads, absolute under the base like every
 * helper of ./urls.ts (the post-build pass of integrations/csp.ts makes them relative after
 * the build).
 */
import { articleUrl, sitePath } from './urls.ts';

/** @returns The table of every figure. */
export const figuresUrl = (): string => sitePath('figures.html');

/** @returns The page comparing the claims of each measure. */
export const claimsUrl = (): string => sitePath('claims.html');

/**
 * @param measure A measure key.
 * @returns The id of the measure's section on the claims page.
 */
export const measureAnchor = (measure: string): string => `measure-${measure}`;

/**
 * @param articleId The article.
 * @param index The figure's index in its frontmatter.
 * @returns The article page, scrolled to the figure's mark (`#figure-N`).
 */
export const figureUrl = (articleId: string, index: number): string => `${articleUrl(articleId)}#figure-${index}`;

/** The downloads, by file name. */
export type DataFile = 'figures.csv' | 'figures.json' | 'entities.json' | 'articles.json';

/**
 * @param file A download.
 * @returns Its stable URL, `data/<file>`.
 */
export const dataUrl = (file: DataFile): string => sitePath(`data/${file}`);
