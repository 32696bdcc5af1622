/**
 * References between files: each entity an article names has its own file,
 * and each claimant written as an id names a known entity.
 *
 * A claimant is either an entity id or the claimant's own words ("analysts",
 * "local media"). It is taken for an id when it is written like one and has a
 * hyphen (`aibek-tursunov`, `islamic-state`): a single lower-case word
 * cannot be told from a common noun, so it is accepted as words.
 */
import { entityId } from '../schema/article.ts';
import { recordItems, stringField } from './raw.ts';
import { fieldError, type CheckError, type ParsedFile } from './types.ts';

/** An id of two or more words joined by hyphens: unmistakably an id, not words. */
const compoundId = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/**
 * Whether a claimant is written as an entity id rather than as words.
 * @param claimant The claimant as written.
 * @returns True for a hyphenated slug.
 */
export function looksLikeEntityId(claimant: string): boolean {
  return compoundId.test(claimant);
}

/**
 * Check the entity references of an article.
 * @param file A parsed file (only articles are checked).
 * @param entityFileIds File names (without `.md`) of every entity file.
 * @param entitiesFolder The entities folder as paths spell it (`content/entities`), for messages.
 * @returns An error for each entity without a file and each unknown claimant id.
 */
export function referenceErrors(file: ParsedFile, entityFileIds: ReadonlySet<string>, entitiesFolder: string): CheckError[] {
  if (file.kind !== 'article') return [];
  const errors: CheckError[] = [];
  const articleIds = new Set<string>();
  for (const { item, index } of recordItems(file.data, 'entities')) {
    const id = stringField(item, 'id');
    if (id === undefined || !entityId.safeParse(id).success) continue;
    articleIds.add(id);
    if (!entityFileIds.has(id)) {
      errors.push(fieldError(file, ['entities', index, 'id'], `unknown entity ${JSON.stringify(id)}, expected a file ${entitiesFolder}/${id}.md describing it`));
    }
  }
  for (const { item, index } of recordItems(file.data, 'figures')) {
    const claimant = stringField(item, 'claimant');
    if (claimant === undefined || !looksLikeEntityId(claimant) || articleIds.has(claimant) || entityFileIds.has(claimant)) continue;
    errors.push(
      fieldError(file, ['figures', index, 'claimant'], `unknown entity ${JSON.stringify(claimant)}, expected an id from entities or ${entitiesFolder}`),
    );
  }
  return errors;
}
