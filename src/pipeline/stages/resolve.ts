/**
 * Resolve stage: one id per entity across the whole corpus.
 *
 * 1. Same id, same type: the same entity (knowledge ids and name slugs are
 *    stable, so "Islamic State" is `islamic-state` in every article).
 * 2. A short form in one article that is, in exactly one other entity of the
 *    same type, its name's last word or one of its aliases ("Ormonov" alone
 *    where another article has "Bakyt Ormonov") takes that entity's id and
 *    name; the short form becomes an alias.
 * 3. One id for entities of different types (a person and a place both
 *    `georgia`): the type found in most articles keeps it (organization, then
 *    place, then person on a tie); the others get `-person`, `-organization`
 *    or `-place` appended.
 * 4. The corpus record of an entity: for a person the fullest name (most
 *    words); otherwise the name most articles use (then the longest); aliases
 *    are every other form any article uses; the country most articles give.
 * 5. Figure claimants pointing at a renamed id follow the rename.
 *
 * Output is sorted (articles and records by id) so that re-runs are
 * byte-identical. Pure.
 */
import type { AnnotatedArticle, ArticleEntity, EntityRecord, EntityType } from '../types.ts';

/** Tie order of types for rule 3. */
const TYPE_ORDER: readonly EntityType[] = ['organization', 'place', 'person'];

/**
 * Resolve entities across a corpus.
 * @param articles Annotated articles, in any order.
 * @returns The articles (sorted by id) with resolved entity ids, and one record per entity (sorted by id).
 */
export function resolveCorpus(articles: AnnotatedArticle[]): { articles: AnnotatedArticle[]; entities: EntityRecord[] } {
  const sorted = [...articles].sort((a, b) => compare(a.id, b.id));
  const links = shortFormLinks(sorted);
  const linked = sorted.map((article) => applyLinks(article, links));
  const renames = typeRenames(linked);
  const resolved = linked.map(({ article, renamed, linkedIds }) => applyTypeRenames(article, renamed, linkedIds, renames));
  const records = buildRecords(resolved);
  // Entities linked by short form take their record's name.
  const names = new Map(records.map((record) => [record.id, record.name]));
  const final = resolved.map(({ article, linkedIds }) => renameLinked(article, linkedIds, names));
  return { articles: final, entities: records };
}

/** The target of a short-form link. */
interface LinkTarget {
  id: string;
  name: string;
}

/**
 * Find short forms that stand for one fuller entity elsewhere (rule 2).
 * @param articles Articles sorted by id.
 * @returns `<type>|<id>` of a short-form entity -> the entity it stands for.
 */
function shortFormLinks(articles: readonly AnnotatedArticle[]): Map<string, LinkTarget> {
  // Every form of every entity: name, aliases and, for persons, the last word of the name.
  const formsToIds = new Map<string, Map<string, LinkTarget>>();
  const addForm = (type: EntityType, form: string, target: LinkTarget): void => {
    const key = `${type}|${formKey(form)}`;
    let ids = formsToIds.get(key);
    if (!ids) formsToIds.set(key, (ids = new Map()));
    if (!ids.has(target.id)) ids.set(target.id, target);
  };
  for (const article of articles) {
    for (const entity of article.entities) {
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
  const links = new Map<string, LinkTarget>();
  for (const article of articles) {
    for (const entity of article.entities) {
      const candidates = formsToIds.get(`${entity.type}|${formKey(entity.name)}`);
      if (!candidates) continue;
      const others = [...candidates.values()].filter((target) => target.id !== entity.id && formKey(target.name) !== formKey(entity.name));
      const distinct = new Map(others.map((target) => [target.id, target]));
      if (distinct.size !== 1) continue;
      const target = [...distinct.values()][0] as LinkTarget;
      // Only toward a fuller name: never turn a full name into someone else's.
      const words = (name: string): number => name.split(/\s+/).length;
      if (entity.type === 'person' && words(target.name) <= words(entity.name)) continue;
      if (entity.type !== 'person' && target.name.length <= entity.name.length) continue;
      links.set(`${entity.type}|${entity.id}`, target);
    }
  }
  return links;
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
 * @returns The article with linked entities renamed and merged.
 */
function applyLinks(article: AnnotatedArticle, links: ReadonlyMap<string, LinkTarget>): LinkedArticle {
  const renamed = new Map<string, string>();
  const linkedIds = new Set<string>();
  const entities = article.entities.map((entity) => {
    const target = links.get(`${entity.type}|${entity.id}`);
    if (!target) return { ...entity, aliases: [...entity.aliases] };
    renamed.set(entity.id, target.id);
    linkedIds.add(target.id);
    const moved: ArticleEntity = { ...entity, id: target.id, name: target.name, aliases: [] };
    for (const form of [entity.name, ...entity.aliases]) addAlias(moved, form);
    return moved;
  });
  return { article: { ...article, entities: mergeSameIds(entities) }, renamed, linkedIds };
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
 * @returns The article.
 */
function renameLinked(article: AnnotatedArticle, linkedIds: ReadonlySet<string>, names: ReadonlyMap<string, string>): AnnotatedArticle {
  const entities = article.entities.map((entity) => {
    const name = names.get(entity.id);
    if (!linkedIds.has(entity.id) || name === undefined || name === entity.name) return entity;
    const renamedEntity: ArticleEntity = { ...entity, name, aliases: [] };
    for (const form of [entity.name, ...entity.aliases]) addAlias(renamedEntity, form);
    return renamedEntity;
  });
  return { ...article, entities };
}

/**
 * Build one record per id (rule 4).
 * @param resolved Articles with final ids.
 * @returns Records sorted by id.
 */
function buildRecords(resolved: ReadonlyArray<{ article: AnnotatedArticle }>): EntityRecord[] {
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
    for (const entity of entities) for (const form of [entity.name, ...entity.aliases]) forms.add(form);
    for (const form of forms) addAlias(record, form);
    const country = commonest(entities.flatMap((entity) => (entity.country === undefined ? [] : [entity.country])));
    if (country !== undefined) record.country = country;
    records.push(record);
  }
  return records.sort((a, b) => compare(a.id, b.id));
}

/**
 * Merge entities of one article that ended up with the same id.
 * @param entities The article's entities.
 * @returns Entities with unique ids, first occurrence kept in place.
 */
function mergeSameIds(entities: ArticleEntity[]): ArticleEntity[] {
  const byId = new Map<string, ArticleEntity>();
  const result: ArticleEntity[] = [];
  for (const entity of entities) {
    const same = byId.get(entity.id);
    if (!same) {
      byId.set(entity.id, entity);
      result.push(entity);
      continue;
    }
    for (const form of [entity.name, ...entity.aliases]) addAlias(same, form);
    if (same.country === undefined && entity.country !== undefined) same.country = entity.country;
  }
  return result;
}

/**
 * Add a form to an entity's aliases unless it is its name or already there.
 * @param entity An entity or record (changed in place).
 * @param form A form.
 */
function addAlias(entity: { name: string; aliases: string[] }, form: string): void {
  const key = formKey(form);
  if (key === formKey(entity.name) || entity.aliases.some((alias) => formKey(alias) === key)) return;
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
  return [...names].sort((a, b) => words(b) - words(a) || b.length - a.length || compare(a, b))[0] as string;
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
