/**
 * Relations derived at build time from the articles' frontmatter, never stored
 * twice: which articles name an entity (with the sentence), which entities are
 * named beside it, which figures it claims or is the subject of, and what each
 * country gathers. Pure: plain data in, plain data out.
 */
import type { FigureFrontmatter } from '../schema/article.ts';

export interface EntityRef {
  id: string;
  name: string;
  type: 'person' | 'organization' | 'place';
  aliases: string[];
  country?: string | undefined;
}

/** A figure as the frontmatter holds it (the schema's type: one definition). */
export type FigureData = FigureFrontmatter;

export interface ArticleData {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  countries: string[];
  entities: EntityRef[];
  figures: FigureData[];
  /** The body as plain text, paragraphs separated by blank lines. */
  text: string;
}

/** A figure with the article it comes from and its index there. */
export interface FigureInArticle {
  article: ArticleData;
  index: number;
  figure: FigureData;
}

/** An article naming an entity, with the first sentence that names it. */
export interface Mention {
  article: ArticleData;
  sentence: string | null;
}

export interface CountryStats {
  code: string;
  articles: ArticleData[];
  /** Entities whose country is this one (the country itself excluded). */
  entities: EntityRef[];
  figures: FigureInArticle[];
}

export interface Relations {
  /** Corpus entities by id: the entity files' data wins over article frontmatter. */
  entities: Map<string, EntityRef>;
  mentions: Map<string, Mention[]>;
  /** Entities named in the same articles, most shared articles first. */
  neighbours: Map<string, { entity: EntityRef; count: number }[]>;
  claimedBy: Map<string, FigureInArticle[]>;
  about: Map<string, FigureInArticle[]>;
  countries: Map<string, CountryStats>;
}

/**
 * Derive every relation of the corpus.
 * @param articles Articles, any order.
 * @param entityFiles Entities from content/entities (authoritative names and aliases).
 * @param options `isCountry` tells a country's own entity (Kyrgyzstan) from a place in it (Bishkek).
 * @returns Relations; lists of articles are newest first.
 */
export function buildRelations(
  articles: readonly ArticleData[],
  entityFiles: readonly EntityRef[],
  options: { isCountry: (entity: EntityRef) => boolean },
): Relations {
  const sorted = [...articles].sort(newestFirst);
  const entities = new Map<string, EntityRef>();
  for (const article of sorted) for (const entity of article.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
  for (const entity of entityFiles) entities.set(entity.id, entity);

  const mentions = new Map<string, Mention[]>();
  const claimedBy = new Map<string, FigureInArticle[]>();
  const about = new Map<string, FigureInArticle[]>();
  const pairs = pairCounter();
  const countries = new Map<string, CountryStats>();
  const countryOf = (code: string): CountryStats => {
    let stats = countries.get(code);
    if (!stats) countries.set(code, (stats = { code, articles: [], entities: [], figures: [] }));
    return stats;
  };

  for (const article of sorted) {
    const sentences = splitSentences(article.text);
    const ids = [...new Set(article.entities.map((entity) => entity.id))];
    // One name list per entity of the article (its corpus view and this article's), shared by every test below.
    const names = article.entities.map((entity) => nameList(entities.get(entity.id) ?? entity, entity));
    article.entities.forEach((entity, at) => {
      const list = names[at] as string[];
      // A sentence can name the entity only when the whole text does.
      const sentence = containsName(article.text, list) ? sentences.find((text) => containsName(text, list)) : undefined;
      push(mentions, entity.id, { article, sentence: sentence ?? null });
    });
    pairs.add(ids);
    for (const code of article.countries) countryOf(code).articles.push(article);
    article.figures.forEach((figure, index) => {
      const entry = { article, index, figure };
      const text = `${figure.quote} ${figure.what}`;
      const named = names.map((list) => containsName(text, list));
      if (figure.claimant && entities.has(figure.claimant)) push(claimedBy, figure.claimant, entry);
      article.entities.forEach((entity, at) => {
        if (entity.id !== figure.claimant && named[at]) push(about, entity.id, entry);
      });
      for (const code of article.countries) {
        if (article.entities.some((entity, at) => entity.country === code && named[at])) countryOf(code).figures.push(entry);
      }
    });
  }
  for (const entity of entities.values()) {
    if (entity.country && !options.isCountry(entity)) countryOf(entity.country).entities.push(entity);
  }
  for (const stats of countries.values()) stats.entities.sort((a, b) => a.name.localeCompare(b.name));

  const neighbours = new Map<string, { entity: EntityRef; count: number }[]>();
  for (const [id, row] of pairs.rows()) {
    neighbours.set(
      id,
      row
        .map(([other, count]) => ({ entity: entities.get(other) as EntityRef, count }))
        .filter((item) => item.entity)
        .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name)),
    );
  }
  return { entities, mentions, neighbours, claimedBy, about, countries };
}

/**
 * Whether a text names an entity by its name or one of its aliases, as whole words.
 * @param text Text to search.
 * @param entities One or more views of the entity (corpus file and article frontmatter).
 * @returns True when named.
 */
export function namesEntity(text: string, ...entities: EntityRef[]): boolean {
  return containsName(text, nameList(...entities));
}

/**
 * @param entities One or more views of an entity.
 * @returns Their names and aliases, each once, empty ones left out.
 */
function nameList(...entities: EntityRef[]): string[] {
  const names = new Set<string>();
  for (const entity of entities) {
    names.add(entity.name);
    for (const alias of entity.aliases) names.add(alias);
  }
  names.delete('');
  return [...names];
}

/**
 * @param text Text to search.
 * @param names Names ({@link nameList}).
 * @returns Whether the text holds one of them as whole words.
 */
function containsName(text: string, names: readonly string[]): boolean {
  for (const name of names) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(name, from);
      if (at < 0) break;
      const before = text[at - 1];
      const after = text[at + name.length];
      if (!isWordChar(before) && !isWordChar(after)) return true;
      from = at + 1;
    }
  }
  return false;
}

/**
 * Split plain text into sentences: at . ! ? followed by space and a capital or quote,
 * not after a lone capital (initials) or common abbreviations.
 * @param text Plain text.
 * @returns Sentences, trimmed.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    let start = 0;
    const pattern = /[.!?][”"’)\]]?\s+(?=[\p{Lu}“"«‘(\d])/gu;
    for (const match of paragraph.matchAll(pattern)) {
      const end = (match.index ?? 0) + match[0].trimEnd().length;
      const candidate = paragraph.slice(start, end);
      if (/(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|No|U\.S|U\.N|Jan|Feb|Aug|Sept?|Oct|Nov|Dec))\.$/u.test(candidate)) continue;
      sentences.push(candidate.trim());
      start = (match.index ?? 0) + match[0].length;
    }
    const rest = paragraph.slice(start).trim();
    if (rest) sentences.push(rest);
  }
  return sentences.filter(Boolean);
}

/**
 * @param char One character or undefined.
 * @returns Whether it is part of a word.
 */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_]/u.test(char);
}

/**
 * Newest first, unknown dates last, then by title.
 * @returns Comparison result.
 */
function newestFirst(a: ArticleData, b: ArticleData): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.title.localeCompare(b.title);
}

/**
 * Append to a list in a map.
 * @param map The map.
 * @param key Key.
 * @param value Value to append.
 */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * How many articles name each pair of entities, counted in arrays rather than
 * a map per entity (a third of the time at 10,000 articles, with about 15
 * entities an article), in the order a map would give: entities as they are
 * first met, and each one's partners as they are first met beside it.
 * @returns `add` (the distinct entity ids of one article) and `rows` (each entity id with its partners and how many articles name both).
 */
function pairCounter(): { add(ids: readonly string[]): void; rows(): Generator<[string, Array<[string, number]>]> } {
  const index = new Map<string, number>();
  const ids: string[] = [];
  // For each entity, its partner in every article naming both, in turn.
  const partners: number[][] = [];
  const numberOf = (id: string): number => {
    let number = index.get(id);
    if (number === undefined) {
      number = ids.length;
      index.set(id, number);
      ids.push(id);
      partners.push([]);
    }
    return number;
  };
  return {
    add(articleIds) {
      const numbers = articleIds.map(numberOf);
      for (const a of numbers) {
        const list = partners[a]!;
        for (const b of numbers) if (a !== b) list.push(b);
      }
    },
    *rows() {
      const counts = new Int32Array(ids.length);
      for (let a = 0; a < ids.length; a++) {
        const order: number[] = [];
        for (const b of partners[a]!) {
          const seen = counts[b]!;
          counts[b] = seen + 1;
          if (seen === 0) order.push(b);
        }
        yield [
          ids[a]!,
          order.map((b): [string, number] => {
            const count = counts[b]!;
            counts[b] = 0;
            return [ids[b]!, count];
          }),
        ];
      }
    },
  };
}
