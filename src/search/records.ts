/**
 * The search records of the site: one per article, entity, figure and
 * country, from the corpus as plain data (no astro:content here, so that
 * tests can call it). What each kind is found by:
 *
 *   article  title, outlet, author, body text
 *   entity   name, aliases, description
 *   figure   what it counts, its quote, its claimant, its value
 *   country  name, ISO codes, official and native names, other spellings,
 *            demonyms, and the aliases of the country's own entity
 */
import worldCountries from 'world-countries';
import { countryName } from '../lib/countries.ts';
import { formatIsoDate } from '../lib/dates.ts';
import { formatFigureValue } from '../lib/figures.ts';
import type { EntityRef, FigureData } from '../lib/relations.ts';
import { articleUrl, countryUrl, entityUrl, sitePath } from '../lib/urls.ts';
import type { SearchRecord } from './types.ts';

/** The site's base path (`/` or `/dossier/`): record URLs are stored without it. */
const base = sitePath('');

/**
 * @param url A site URL under the base, from ../lib/urls.ts.
 * @returns The same path relative to the site's root (`articles/x.html`), as the client resolves it.
 */
function inSite(url: string): string {
  return url.startsWith(base) ? url.slice(base.length) : url.replace(/^\/+/, '');
}

/** An article as the search needs it. */
export interface ArticleInput {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  /** The body as plain text. */
  text: string;
  entities: EntityRef[];
  figures: FigureData[];
}

/** An entity as the search needs it. */
export interface EntityInput extends EntityRef {
  /** The entity file's description as plain text ('' when none). */
  description: string;
  /** Number of articles naming it. */
  mentions: number;
  /** Whether it is a country's own entity (its aliases go to the country). */
  isCountry: boolean;
}

/** A country with a page. */
export interface CountryInput {
  code: string;
  articles: number;
}

/** The corpus, plain. */
export interface SearchCorpus {
  articles: ArticleInput[];
  entities: EntityInput[];
  countries: CountryInput[];
}

/**
 * Every search record of the corpus.
 * @param corpus Articles, entities and countries.
 * @returns Records of the four kinds.
 */
export function searchRecords(corpus: SearchCorpus): SearchRecord[] {
  const entityNames = new Map(corpus.entities.map((entity) => [entity.id, entity.name]));
  const records: SearchRecord[] = [];
  for (const article of corpus.articles) {
    records.push(articleRecord(article));
    article.figures.forEach((figure, index) => records.push(figureRecord(article, figure, index, entityNames)));
  }
  for (const entity of corpus.entities) if (!entity.isCountry) records.push(entityRecord(entity));
  for (const country of corpus.countries) {
    const own = corpus.entities.filter((entity) => entity.isCountry && entity.country === country.code);
    records.push(countryRecord(country, own));
  }
  return records;
}

/**
 * @param published An ISO date or null.
 * @returns A number that sorts newer dates higher (0 for unknown).
 */
function recency(published: string | null): number {
  return published ? Number(published.replace(/-/g, '').padEnd(8, '0')) : 0;
}

/**
 * @param article An article.
 * @returns Its record.
 */
function articleRecord(article: ArticleInput): SearchRecord {
  const meta = [article.outlet, article.author].filter((value): value is string => Boolean(value));
  const detail = [...meta, article.published ? formatIsoDate(article.published) : null].filter(Boolean).join(' · ');
  return { kind: 'article', url: inSite(articleUrl(article.id)), title: article.title, meta, body: article.text, detail, rank: recency(article.published) };
}

/**
 * @param article The figure's article.
 * @param figure The figure.
 * @param index Its index in the article's frontmatter.
 * @param entityNames Entity names by id, to name a claimant given by id.
 * @returns Its record.
 */
function figureRecord(article: ArticleInput, figure: FigureData, index: number, entityNames: Map<string, string>): SearchRecord {
  const claimant = figure.claimant ? (entityNames.get(figure.claimant) ?? article.entities.find((entity) => entity.id === figure.claimant)?.name ?? figure.claimant) : null;
  const value = formatFigureValue(figure);
  const detail = [value, claimant ? `claimed by ${claimant}` : 'unattributed', `in “${article.title}”`].join(' · ');
  return {
    kind: 'figure',
    url: `${inSite(articleUrl(article.id))}#figure-${index}`,
    title: figure.what,
    quote: figure.quote,
    meta: [claimant ?? '', value].filter(Boolean),
    detail,
    rank: recency(article.published),
  };
}

/**
 * @param entity An entity.
 * @returns Its record.
 */
function entityRecord(entity: EntityInput): SearchRecord {
  const where = entity.country ? safeCountryName(entity.country) : null;
  const detail = [entity.type, where, `named in ${entity.mentions} ${entity.mentions === 1 ? 'article' : 'articles'}`].filter(Boolean).join(' · ');
  const record: SearchRecord = { kind: 'entity', url: inSite(entityUrl(entity.id)), title: entity.name, aliases: entity.aliases, detail, rank: entity.mentions, subtype: entity.type };
  if (entity.description.trim()) record.body = entity.description;
  return record;
}

/**
 * @param country A country with a page.
 * @param own The country's own entities (Kyrgyzstan as a place), for their aliases.
 * @returns Its record.
 */
function countryRecord(country: CountryInput, own: EntityInput[]): SearchRecord {
  const name = safeCountryName(country.code) ?? country.code;
  const data = worldCountries.find((candidate) => candidate.cca2 === country.code);
  const names = new Set<string>([country.code]);
  if (data) {
    names.add(data.cca3);
    names.add(data.name.common);
    names.add(data.name.official);
    for (const native of Object.values(data.name.native ?? {})) {
      names.add(native.common);
      names.add(native.official);
    }
    for (const spelling of data.altSpellings) names.add(spelling);
    for (const demonym of Object.values(data.demonyms ?? {})) {
      names.add(demonym.m);
      names.add(demonym.f);
    }
  }
  for (const entity of own) {
    names.add(entity.name);
    for (const alias of entity.aliases) names.add(alias);
  }
  names.delete(name);
  const detail = `${country.code} · ${country.articles} ${country.articles === 1 ? 'article' : 'articles'}`;
  return { kind: 'country', url: inSite(countryUrl(country.code)), title: name, aliases: [...names].filter(Boolean), detail, rank: country.articles };
}

/**
 * @param code A country code.
 * @returns Its name, or null for an unknown code.
 */
function safeCountryName(code: string): string | null {
  try {
    return countryName(code);
  } catch {
    return null;
  }
}
