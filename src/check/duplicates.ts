/**
 * Names that must be unique. Across the entity files: ids, and the name of
 * each entity against the names and aliases of the other entities of its type
 * (a file named "Karimov" beside another whose alias is "Karimov" leaves a
 * reader unable to tell whether they are one person), unless the two give
 * different countries, which tells them apart. Two entities may share
 * an alias that neither is named by (two people surnamed "Karimov", each
 * "also written Karimov"): the site links mentions through each article's own
 * entities, never through the entity files, so such an alias is ambiguous
 * nowhere. Within one article: the ids of its entities, and their names and
 * aliases whatever the type, since the site links no mention of a form two of
 * the article's entities share.
 * Forms are compared case-insensitively, through the site's typographic
 * canonical form (curly or straight apostrophes, any dash, any space).
 */
import { canonicalize } from '../markdown/typography.ts';
import { recordItems, stringField, stringItems } from './raw.ts';
import { fieldError, formatField, type CheckError, type FieldPath, type ParsedFile } from './types.ts';

/** One name or alias of one entity, where it is written. */
interface FormSite {
  file: ParsedFile;
  /** Path of the entity in its file: `[]` for an entity file, `['entities', i]` in an article. */
  entity: FieldPath;
  /** Path of the name or alias. */
  field: FieldPath;
  id: string;
  type: string;
  /** The form as written. */
  form: string;
  /** The entity's country code, if it gives one. */
  country: string | undefined;
}

/**
 * Check ids, names and aliases across the entity files.
 * @param entityFiles The parsed entity files.
 * @returns Errors on every file involved in a clash.
 */
export function entityFileDuplicateErrors(entityFiles: readonly ParsedFile[]): CheckError[] {
  const idSites = entityFiles.flatMap((file) => {
    const id = stringField(file.data, 'id');
    return id === undefined ? [] : [{ file, field: ['id'] as FieldPath, id }];
  });
  const forms = entityFiles.flatMap((file) => formSites(file, [], file.data));
  return [...duplicateIdErrors(idSites), ...sharedFormErrors(forms, 'entity-files')];
}

/**
 * Check the ids, names and aliases of one article's entities.
 * @param article A parsed article.
 * @returns Errors on the clashing entries.
 */
export function articleDuplicateErrors(article: ParsedFile): CheckError[] {
  if (article.kind !== 'article') return [];
  const entities = recordItems(article.data, 'entities');
  const idSites = entities.flatMap(({ item, index }) => {
    const id = stringField(item, 'id');
    return id === undefined ? [] : [{ file: article, field: ['entities', index, 'id'] as FieldPath, id }];
  });
  const forms = entities.flatMap(({ item, index }) => formSites(article, ['entities', index], item));
  return [...duplicateIdErrors(idSites), ...sharedFormErrors(forms, 'article')];
}

/**
 * Every name and alias of an entity.
 * @param file The file it is written in.
 * @param entity Path of the entity in the file.
 * @param value The entity's mapping.
 * @returns Its forms; none when it has no id or type.
 */
function formSites(file: ParsedFile, entity: FieldPath, value: unknown): FormSite[] {
  const id = stringField(value, 'id');
  const type = stringField(value, 'type');
  if (id === undefined || type === undefined) return [];
  const name = stringField(value, 'name');
  const country = stringField(value, 'country');
  const sites: FormSite[] = name === undefined ? [] : [{ file, entity, field: [...entity, 'name'], id, type, form: name, country }];
  for (const { text, index } of stringItems(value, 'aliases')) sites.push({ file, entity, field: [...entity, 'aliases', index], id, type, form: text, country });
  return sites;
}

/**
 * Report every id declared more than once.
 * @param sites Where each id is declared.
 * @returns An error at each declaration of a repeated id, naming the others.
 */
function duplicateIdErrors(sites: ReadonlyArray<{ file: ParsedFile; field: FieldPath; id: string }>): CheckError[] {
  const byId = groupBy(sites, (site) => site.id);
  return [...byId.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((site) => {
        const others = group.filter((other) => other !== site).map((other) => where(other.file, other.field, site.file));
        return fieldError(site.file, site.field, `unexpected duplicate id ${JSON.stringify(site.id)}, also at ${others.join(', ')}, expected each entity once`);
      }),
    );
}

/**
 * Report forms given to two or more entities.
 * @param sites Every name and alias.
 * @param scope `article`: any two of one article's entities clash, whatever their types and
 *   whether the form is a name or an alias. `entity-files`: two entity files of one type clash
 *   when the form is the name of at least one of them and their countries do not tell them apart.
 * @returns An error at each clashing form, naming the other entities.
 */
function sharedFormErrors(sites: readonly FormSite[], scope: 'article' | 'entity-files'): CheckError[] {
  const sameTypeOnly = scope === 'entity-files';
  const groups = groupBy(sites, (site) => `${sameTypeOnly ? site.type : ''}\u0000${formKey(site.form)}`);
  const errors: CheckError[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((site) => site.id)).size < 2) continue;
    const reported = new Set<string>();
    for (const site of group) {
      const once = `${site.file.path}\u0000${formatField(site.entity)}`;
      if (reported.has(once)) continue;
      const clashing = group.filter((other) => other.id !== site.id && (!sameTypeOnly || entityFilesClash(site, other)));
      if (clashing.length === 0) continue;
      reported.add(once);
      const others = uniqueBy(clashing, (other) => `${other.file.path}\u0000${formatField(other.entity)}`).map(
        (other) => `${other.type} ${JSON.stringify(other.id)} (${where(other.file, other.field, site.file)})`,
      );
      const kind = isName(site) ? 'name' : 'alias';
      const expected = sameTypeOnly ? `expected the name of one ${site.type} to be no other ${site.type}'s name or alias` : 'expected each name and alias to belong to one entity';
      errors.push(fieldError(site.file, site.field, `unexpected ${kind} ${JSON.stringify(site.form)} shared with ${others.join(', ')}, ${expected}`));
    }
  }
  return errors;
}

/**
 * Whether one form of two entity files (of one type, different ids) leaves a
 * reader unable to tell them apart: it is the name of one of them, and their
 * countries do not tell them apart (Kyrgyzstan's and Tajikistan's "State
 * Committee for National Security" are two bodies, each page saying whose).
 * @param a A name or alias.
 * @param b The same form in another entity file.
 * @returns True for a clash.
 */
function entityFilesClash(a: FormSite, b: FormSite): boolean {
  if (!isName(a) && !isName(b)) return false;
  return a.country === undefined || b.country === undefined || a.country === b.country;
}

/**
 * @param site A name or alias.
 * @returns Whether it is the entity's name.
 */
function isName(site: FormSite): boolean {
  return site.field.at(-1) === 'name';
}

/**
 * Comparison key of a name or alias.
 * @param form The form as written.
 * @returns Its canonical spelling in lower case.
 */
function formKey(form: string): string {
  return canonicalize(form.trim()).text.toLowerCase();
}

/**
 * Where a field is, for a message read in the context of another file.
 * @param file The field's file.
 * @param field Path of the field.
 * @param from The file the message is about.
 * @returns The field path (`entities[2].aliases[0]`) within the same file, else `path:line`.
 */
function where(file: ParsedFile, field: FieldPath, from: ParsedFile): string {
  return file === from ? formatField(field) : `${file.path}:${file.lineOf(field)}`;
}

/**
 * @param items Anything.
 * @param key Grouping key of an item.
 * @returns Items by key, in first-seen order.
 */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

/**
 * @param items Anything.
 * @param key Identity of an item.
 * @returns The first item of each identity.
 */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...groupBy(items, key).values()].flatMap((group) => group.slice(0, 1));
}
