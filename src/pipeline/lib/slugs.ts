/**
 * `slugify` memoised for the annotator: the same names (gazetteer entries,
 * head nouns) are slugged again and again, within an article and across them.
 */
import { slugify } from '../../lib/slug.ts';
import { memoizeText } from './memo.ts';

/**
 * The slug of a name, as `slugify` makes it (remembered; a string, so callers cannot change it).
 * @param text A name in any script and case.
 * @returns The slug.
 */
export const slugOf: (text: string) => string = memoizeText(slugify);
