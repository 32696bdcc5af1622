/**
 * Resolve stage: one id per entity across the whole corpus.
 *
 * 1. Same id, same type: the same entity (knowledge ids and name slugs are
 *    stable, so "Islamic State" is `islamic-state` in every article).
 * 2. A short form in one article that is, in exactly one other entity of the
 *    same type, its name's last word or one of its aliases ("Ormonov" alone
 *    where another article has "Bakyt Ormonov") takes that entity's id and
 *    name; the short form becomes an alias. Never when the form is also one
 *    of the entity's own forms elsewhere, when the entity is one the
 *    knowledge identified (its id is not its name's slug), or when two uses
 *    of its id would go to different entities: a form two entities share
 *    ("GKNB" for Kyrgyzstan's and Tajikistan's committees, "Karimov" for two
 *    people) merges nothing.
 * 3. One id for entities of different types (a person and a place both
 *    `georgia`): the type found in most articles keeps it (organization, then
 *    place, then person on a tie); the others get `-person`, `-organization`
 *    or `-place` appended.
 * 4. The corpus record of an entity: for a person the fullest name (most
 *    words); otherwise the name most articles use (then the longest); aliases
 *    are every other form any article uses; the country most articles give.
 * 5. Figure claimants pointing at a renamed id follow the rename.
 * 6. A form that names two entities is nobody's alias. Across the corpus, an
 *    alias that is also the name or alias of another entity of the same type
 *    (two people surnamed "Karimov") is left out of every record: the entity
 *    files never claim one alias for two entities. Within an article, an alias
 *    that another of its entities also uses (whatever the type) is dropped, so
 *    that every form the article keeps links one entity. An alias unambiguous
 *    in its article stays there: "Karimov" still links the article's own
 *    Karimov, even when the corpus knows several.
 *
 * Output is sorted (articles and records by id) so that re-runs are
 * byte-identical. Pure.
 */
import { slugify } from '../../lib/slug.ts';
import { canonicalize } from '../../markdown/typography.ts';
import type { AnnotatedArticle, ArticleEntity, EntityRecord, EntityType } from '../types.ts';

/** Tie order of types for rule 3. */
const TYPE_ORDER: readonly EntityType[] = ['organization', 'place', 'person'];

/**
 * Resolve entities across a corpus.
 * @param articles Annotated articles, in any order.
 * @returns The articles (sorted by id) with resolved entity ids, and one record per entity (sorted by id).
 */
export function resolveCorpus(articles: AnnotatedArticle[]): { articles: AnnotatedArticle[]; entities: EntityRecord[] } {
  const keys = formKeys();
  const sorted = [...articles].sort((a, b) => compare(a.id, b.id));
  const links = shortFormLinks(sorted, keys);
  const linked = sorted.map((article) => applyLinks(article, links, keys));
  const renames = typeRenames(linked);
  const resolved = linked.map(({ article, renamed, linkedIds }) => applyTypeRenames(article, renamed, linkedIds, renames));
  const records = buildRecords(resolved, keys);
  // Entities linked by short form take their record's name.
  const names = new Map(records.map((record) => [record.id, record.name]));
  const final = resolved.map(({ article, linkedIds }) => dropLocallySharedAliases(renameLinked(article, linkedIds, names, keys), keys));
  return { articles: final, entities: dropSharedRecordAliases(records, keys) };
}

/** Comparison keys of forms, memoised for one resolution: a few thousand forms recur across thousands of articles. */
interface FormKeys {
  /** `formKey`, for links and aliases. */
  plain(form: string): string;
  /** `uniqueFormKey`, for rule 6. */
  unique(form: string): string;
}

/**
 * @returns Fresh memoised key functions (one set per call of `resolveCorpus`, so that no state outlives it).
 */
function formKeys(): FormKeys {
  const memo = (compute: (form: string) => string): ((form: string) => string) => {
    const known = new Map<string, string>();
    return (form) => {
      let key = known.get(form);
      if (key === undefined) known.set(form, (key = compute(form)));
      return key;
    };
  };
  return { plain: memo(formKey), unique: memo(uniqueFormKey) };
}

/** The target of a short-form link. */
interface LinkTarget {
  id: string;
  name: string;
}

/**
 * Find short forms that stand for one fuller entity elsewhere (rule 2).
 * @param articles Articles sorted by id.
 * @param keys Form keys.
 * @returns `<type>|<id>` of a short-form entity -> the entity it stands for.
 */
function shortFormLinks(articles: readonly AnnotatedArticle[], keys: FormKeys): Map<string, LinkTarget> {
  // Every form of every entity: name, aliases and, for persons, the last word of the name.
  const formsToIds = new Map<string, Map<string, LinkTarget>>();
  const addForm = (type: EntityType, form: string, target: LinkTarget): void => {
    const key = `${type}|${keys.plain(form)}`;
    let ids = formsToIds.get(key);
    if (!ids) formsToIds.set(key, (ids = new Map()));
    if (!ids.has(target.id)) ids.set(target.id, target);
  };
  // An entity object met again (the cache's index shares one object among the articles naming
  // the same entity alike) adds nothing: its forms are in, under its id, since its first use.
  const seen = new Set<ArticleEntity>();
  for (const article of articles) {
    for (const entity of article.entities) {
      if (seen.has(entity)) continue;
      seen.add(entity);
      const target = { id: entity.id, name: entity.name };
      for (const alias of entity.aliases) addForm(entity.type, alias, target);
      const words = entity.name.split(/\s+/);
      if (entity.type === 'person' && words.length > 1) {
        const last = words[words.length - 1] as string;
        addForm('person', last, target);
        const bare = last.replace(/^(?:al|el|ad|ar|as|ash|at|az|an)-/i, '');
        if (bare !== last) addForm('person', bare, target);
      }
    }
  }
  // Per `<type>|<id>`: the one target every use of the id agrees on, or null when any use has none or another.
  const decided = new Map<string, LinkTarget | null>();
  // The target of an entity object, worked out once per object (a pure function of it, once the forms are in).
  const targets = new Map<ArticleEntity, LinkTarget | undefined>();
  for (const article of articles) {
    for (const entity of article.entities) {
      const key = `${entity.type}|${entity.id}`;
      const earlier = decided.get(key);
      if (earlier === null) continue;
      let target = targets.get(entity);
      if (target === undefined && !targets.has(entity)) {
        target = shortFormTarget(entity, formsToIds.get(`${entity.type}|${keys.plain(entity.name)}`), keys);
        targets.set(entity, target);
      }
      decided.set(key, target !== undefined && (earlier === undefined || earlier.id === target.id) ? target : null);
    }
  }
  const links = new Map<string, LinkTarget>();
  for (const [key, target] of decided) if (target) links.set(key, target);
  return links;
}

/**
 * The fuller entity one use of a short form stands for (rule 2), if exactly one.
 * @param entity The entity as one article names it.
 * @param candidates Every entity of its type that has its name as an alias or (persons) a last word.
 * @param keys Form keys.
 * @returns The target; undefined when there is none, several, or the entity's own id among them.
 */
function shortFormTarget(entity: ArticleEntity, candidates: ReadonlyMap<string, LinkTarget> | undefined, keys: FormKeys): LinkTarget | undefined {
  // An entity the knowledge identified (its id is not its name's slug: `state-committee-for-national-security-tajikistan`
  // named "State Committee for National Security") is that entity, never a short form of another.
  if (!candidates || candidates.has(entity.id) || slugify(entity.name) !== entity.id) return undefined;
  const others = [...candidates.values()].filter((target) => keys.plain(target.name) !== keys.plain(entity.name));
  if (others.length !== 1) return undefined;
  const target = others[0] as LinkTarget;
  // Only toward a fuller name: never turn a full name into someone else's.
  const words = (name: string): number => name.split(/\s+/).length;
  if (entity.type === 'person' && words(target.name) <= words(entity.name)) return undefined;
  if (entity.type !== 'person' && target.name.length <= entity.name.length) return undefined;
  return target;
}

/** An article after short-form links, with the ids it changed. */
interface LinkedArticle {
  article: AnnotatedArticle;
  /** Old id -> new id, for claimant rewriting. */
  renamed: Map<string, string>;
  /** Ids that were reached through a short-form link (they take the record's name). */
  linkedIds: Set<string>;
}

/**
 * Apply short-form links to one article.
 * @param article An article.
 * @param links Links from `shortFormLinks`.
 * @param keys Form keys.
 * @returns The article with linked entities renamed and merged (the article itself when nothing changed).
 */
function applyLinks(article: AnnotatedArticle, links: ReadonlyMap<string, LinkTarget>, keys: FormKeys): LinkedArticle {
  const renamed = new Map<string, string>();
  const linkedIds = new Set<string>();
  const entities = article.entities.map((entity) => {
    const target = links.get(`${entity.type}|${entity.id}`);
    if (!target) return entity;
    renamed.set(entity.id, target.id);
    linkedIds.add(target.id);
    const moved: ArticleEntity = { ...entity, id: target.id, name: target.name, aliases: [] };
    for (const form of [entity.name, ...entity.aliases]) addAlias(moved, form, keys);
    return moved;
  });
  const merged = mergeSameIds(entities, keys);
  if (renamed.size === 0 && merged.length === entities.length) return { article, renamed, linkedIds };
  return { article: { ...article, entities: merged }, renamed, linkedIds };
}

/**
 * Decide which ids shared by several types need a type suffix (rule 3).
 * @param linked Articles after links.
 * @returns `<type>|<id>` -> new id.
 */
function typeRenames(linked: readonly LinkedArticle[]): Map<string, string> {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const { article } of linked) {
    for (const entity of article.entities) {
      let byType = counts.get(entity.id);
      if (!byType) counts.set(entity.id, (byType = new Map()));
      byType.set(entity.type, (byType.get(entity.type) ?? 0) + 1);
    }
  }
  const renames = new Map<string, string>();
  for (const [id, byType] of counts) {
    if (byType.size < 2) continue;
    const types = [...byType.entries()].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]));
    for (const [type] of types.slice(1)) renames.set(`${type}|${id}`, id.endsWith(`-${type}`) ? `${id}-2` : `${id}-${type}`);
  }
  return renames;
}

/**
 * Apply type suffixes to one article and rewrite its figure claimants.
 * @param article The article after links.
 * @param renamed Ids the links changed.
 * @param renames Type renames.
 * @returns The article and the ids reached by links (after renames).
 */
function applyTypeRenames(
  article: AnnotatedArticle,
  renamed: Map<string, string>,
  linked: ReadonlySet<string>,
  renames: ReadonlyMap<string, string>,
): { article: AnnotatedArticle; linkedIds: Set<string> } {
  const linkedIds = new Set(linked);
  if (renamed.size === 0 && !article.entities.some((entity) => renames.has(`${entity.type}|${entity.id}`))) return { article, linkedIds };
  const entities = article.entities.map((entity) => {
    const next = renames.get(`${entity.type}|${entity.id}`);
    if (next === undefined) return entity;
    for (const [old, current] of renamed) if (current === entity.id) renamed.set(old, next);
    if (!renamed.has(entity.id)) renamed.set(entity.id, next);
    if (linkedIds.delete(entity.id)) linkedIds.add(next);
    return { ...entity, id: next };
  });
  const figures = article.figures.map((figure) => {
    if (figure.claimant === null) return figure;
    const next = renamed.get(figure.claimant);
    return next === undefined ? figure : { ...figure, claimant: next };
  });
  return { article: { ...article, entities, figures }, linkedIds };
}

/**
 * Give linked entities their record's name (the short form stays an alias).
 * @param article An article.
 * @param linkedIds Ids reached by links.
 * @param names Record names by id.
 * @param keys Form keys.
 * @returns The article.
 */
function renameLinked(article: AnnotatedArticle, linkedIds: ReadonlySet<string>, names: ReadonlyMap<string, string>, keys: FormKeys): AnnotatedArticle {
  if (linkedIds.size === 0) return article;
  const entities = article.entities.map((entity) => {
    const name = names.get(entity.id);
    if (!linkedIds.has(entity.id) || name === undefined || name === entity.name) return entity;
    const renamedEntity: ArticleEntity = { ...entity, name, aliases: [] };
    for (const form of [entity.name, ...entity.aliases]) addAlias(renamedEntity, form, keys);
    return renamedEntity;
  });
  return { ...article, entities };
}

/**
 * Build one record per id (rule 4).
 * @param resolved Articles with final ids.
 * @param keys Form keys.
 * @returns Records sorted by id.
 */
function buildRecords(resolved: ReadonlyArray<{ article: AnnotatedArticle }>, keys: FormKeys): EntityRecord[] {
  const groups = new Map<string, ArticleEntity[]>();
  for (const { article } of resolved) {
    for (const entity of article.entities) {
      const list = groups.get(entity.id);
      if (list) list.push(entity);
      else groups.set(entity.id, [entity]);
    }
  }
  const records: EntityRecord[] = [];
  for (const [id, entities] of groups) {
    const first = entities[0] as ArticleEntity;
    const name = first.type === 'person' ? fullestName(entities.map((entity) => entity.name)) : commonestName(entities.map((entity) => entity.name));
    const record: EntityRecord = { id, name, type: first.type, aliases: [] };
    // Each distinct form once, in order of first appearance (a repeat is always a no-op): an entity named in thousands of articles repeats a few forms thousands of times.
    const forms = new Set<string>();
    const countries: string[] = [];
    for (const entity of entities) {
      forms.add(entity.name);
      for (const alias of entity.aliases) forms.add(alias);
      if (entity.country !== undefined) countries.push(entity.country);
    }
    for (const form of forms) addAlias(record, form, keys);
    const country = commonest(countries);
    if (country !== undefined) record.country = country;
    records.push(record);
  }
  return records.sort((a, b) => compare(a.id, b.id));
}

/**
 * Leave out of the records every alias that another record of the same type
 * also has as its name or an alias (rule 6).
 * @param records Records sorted by id.
 * @param keys Form keys.
 * @returns The same records, those with a shared alias copied without it.
 */
function dropSharedRecordAliases(records: readonly EntityRecord[], keys: FormKeys): EntityRecord[] {
  const shared = sharedForms(
    records.map((record) => ({ id: record.id, scope: record.type, forms: [record.name, ...record.aliases] })),
    keys,
  );
  return records.map((record) => {
    const aliases = record.aliases.filter((alias) => !shared.has(`${record.type}\u0000${keys.unique(alias)}`));
    return aliases.length === record.aliases.length ? record : { ...record, aliases };
  });
}

/**
 * Drop from an article's entities every alias that another of its entities
 * (whatever the type) also has as its name or an alias (rule 6).
 * @param article A resolved article.
 * @param keys Form keys.
 * @returns The article, its entities copied where an alias was dropped.
 */
function dropLocallySharedAliases(article: AnnotatedArticle, keys: FormKeys): AnnotatedArticle {
  const shared = sharedForms(
    article.entities.map((entity) => ({ id: entity.id, scope: '', forms: [entity.name, ...entity.aliases] })),
    keys,
  );
  if (shared.size === 0) return article;
  const entities = article.entities.map((entity) => {
    const aliases = entity.aliases.filter((alias) => !shared.has(`\u0000${keys.unique(alias)}`));
    return aliases.length === entity.aliases.length ? entity : { ...entity, aliases };
  });
  return { ...article, entities };
}

/**
 * The forms that belong to more than one id within a scope.
 * @param owners Each entity's id, its scope (a type, or '' for one scope) and its forms.
 * @param keys Form keys.
 * @returns Keys `<scope>\0<form key>` of the forms two or more ids share.
 */
function sharedForms(owners: ReadonlyArray<{ id: string; scope: string; forms: readonly string[] }>, keys: FormKeys): Set<string> {
  const firstOwner = new Map<string, string>();
  const shared = new Set<string>();
  for (const owner of owners) {
    for (const form of owner.forms) {
      const key = `${owner.scope}\u0000${keys.unique(form)}`;
      const first = firstOwner.get(key);
      if (first === undefined) firstOwner.set(key, owner.id);
      else if (first !== owner.id) shared.add(key);
    }
  }
  return shared;
}

/**
 * The key under which two forms count as one name, as `npm run check` and the
 * site's mention links compare them: any apostrophe, dash or space alike, case ignored.
 * @param form A name or alias.
 * @returns Its canonical spelling in lower case.
 */
function uniqueFormKey(form: string): string {
  return canonicalize(form.trim()).text.toLowerCase();
}

/**
 * Merge entities of one article that ended up with the same id.
 * @param entities The article's entities (not changed: an entity merged into is copied first).
 * @param keys Form keys.
 * @returns Entities with unique ids, first occurrence kept in place.
 */
function mergeSameIds(entities: readonly ArticleEntity[], keys: FormKeys): ArticleEntity[] {
  const slotById = new Map<string, number>();
  const copied = new Set<number>();
  const result: ArticleEntity[] = [];
  for (const entity of entities) {
    const slot = slotById.get(entity.id);
    if (slot === undefined) {
      slotById.set(entity.id, result.length);
      result.push(entity);
      continue;
    }
    if (!copied.has(slot)) {
      const original = result[slot] as ArticleEntity;
      result[slot] = { ...original, aliases: [...original.aliases] };
      copied.add(slot);
    }
    const same = result[slot] as ArticleEntity;
    for (const form of [entity.name, ...entity.aliases]) addAlias(same, form, keys);
    if (same.country === undefined && entity.country !== undefined) same.country = entity.country;
  }
  return result;
}

/**
 * Add a form to an entity's aliases unless it is its name or already there.
 * @param entity An entity or record (changed in place).
 * @param form A form.
 * @param keys Form keys.
 */
function addAlias(entity: { name: string; aliases: string[] }, form: string, keys: FormKeys): void {
  const key = keys.plain(form);
  if (key === keys.plain(entity.name) || entity.aliases.some((alias) => keys.plain(alias) === key)) return;
  entity.aliases.push(form);
}

/**
 * The comparison key of a name.
 * @param form A name.
 * @returns Lower case, plain apostrophes, single spaces.
 */
function formKey(form: string): string {
  return form.toLowerCase().replace(/[’ʼ‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * The fullest of several personal names: most words, then longest, then first alphabetically.
 * @param names Names (non-empty).
 * @returns The fullest.
 */
function fullestName(names: readonly string[]): string {
  const words = (name: string): number => name.split(/\s+/).length;
  const distinct = [...new Set(names)].map((name) => ({ name, words: words(name) }));
  return distinct.sort((a, b) => b.words - a.words || b.name.length - a.name.length || compare(a.name, b.name))[0]?.name as string;
}

/**
 * The name used most often: then the longest, then first alphabetically.
 * @param names Names (non-empty).
 * @returns The commonest.
 */
function commonestName(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || compare(a[0], b[0]))[0]?.[0] as string;
}

/**
 * The value given most often (first alphabetically on a tie).
 * @param values Values.
 * @returns The commonest, or undefined for none.
 */
function commonest(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]?.[0];
}

/**
 * Locale-independent string order.
 * @param a A string.
 * @param b Another.
 * @returns Negative, zero or positive.
 */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
