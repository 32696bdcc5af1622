/**
 * Country context of an article: which countries it talks about most, which
 * countries each sentence names, and which country qualifies a mention
 * ("Kyrgyz Interior Ministry", "Kyrgyzstan's intelligence service",
 * "Interior Ministry of Tajikistan", "Russia's head of Security Council").
 */
import type { Knowledge, PhraseTarget } from '../knowledge.ts';
import { isCyrillicWord } from './inflection.ts';
import { ROLE_WORDS } from './lexicon.ts';
import type { PhraseMatch, ScannedParagraph } from './scan.ts';
import type { Token } from './tokens.ts';

/** Country facts of a whole article. */
export interface ArticleContext {
  /** Mentions per country code (names, demonyms, places and cities in the country). */
  countryCounts: ReadonlyMap<string, number>;
  /** The most mentioned country (first mentioned on a tie), if any. */
  mainCountry: string | undefined;
  /** Sentence number -> codes of the countries it names. */
  sentenceCountries: ReadonlyMap<number, ReadonlySet<string>>;
  /** Ids of knowledge entries named by a strong (non-weak) alias somewhere in the article. */
  stronglyNamed: ReadonlySet<string>;
}

/** A country qualifying a mention, and where its words start and end. */
export interface Qualifier {
  code: string;
  /** Token index where the qualifying words begin (before the mention) or end (after it). */
  edge: number;
  /** Whether the qualifier sits right against the mention (part of its surface). */
  adjacent: boolean;
}

/**
 * The country a phrase target stands for or lies in.
 * @param target A phrase target.
 * @returns An ISO code, or undefined (regions, international bodies).
 */
export function targetCountry(target: PhraseTarget): string | undefined {
  switch (target.kind) {
    case 'country':
    case 'demonym':
      return target.entry.code;
    case 'city':
      return target.entry.country;
    case 'place':
      return target.entry.country;
    case 'organization':
      return undefined;
  }
}

/**
 * The country a match stands for, when all its geographic targets agree or one is a
 * country or demonym; for several cities of one name, the most populous one's.
 * @param match A gazetteer match.
 * @returns An ISO code, or undefined.
 */
export function matchCountry(match: PhraseMatch): string | undefined {
  const direct = match.targets.find((target) => target.kind === 'country' || target.kind === 'demonym');
  if (direct) return targetCountry(direct);
  const place = match.targets.find((target) => target.kind === 'place' && !target.weak);
  if (place) return targetCountry(place);
  if (match.targets.some((target) => target.kind === 'organization' && !target.weak)) return undefined;
  let best: { country: string; population: number } | undefined;
  for (const target of match.targets) {
    if (target.kind !== 'city') continue;
    if (!best || target.entry.population > best.population) best = { country: target.entry.country, population: target.entry.population };
  }
  return best?.country;
}

/**
 * Gather the country context of an article.
 * @param paragraphs The scanned paragraphs.
 * @returns Counts, main country, per-sentence countries and strongly named entries.
 */
export function buildArticleContext(paragraphs: readonly ScannedParagraph[]): ArticleContext {
  if (lastContext?.paragraphs !== paragraphs) lastContext = { paragraphs, context: contextOf(paragraphs) };
  return lastContext.context;
}

/**
 * The last context, by scanned paragraph list, so that the entity and country
 * stages of one article (which share its scan, see `scanParagraphs`) build it once.
 */
let lastContext: { paragraphs: readonly ScannedParagraph[]; context: ArticleContext } | undefined;

/**
 * Gather the country context of an article without the cache.
 * @param paragraphs The scanned paragraphs.
 * @returns Counts, main country, per-sentence countries and strongly named entries.
 */
function contextOf(paragraphs: readonly ScannedParagraph[]): ArticleContext {
  const countryCounts = new Map<string, number>();
  const sentenceCountries = new Map<number, Set<string>>();
  const stronglyNamed = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matches) {
      for (const target of match.targets) {
        if ((target.kind === 'organization' || target.kind === 'place') && !target.weak && match.strictCase) stronglyNamed.add(target.entry.id);
      }
      const code = matchCountry(match);
      if (code === undefined) continue;
      countryCounts.set(code, (countryCounts.get(code) ?? 0) + 1);
      const sentence = paragraph.sentence[match.start] ?? -1;
      let set = sentenceCountries.get(sentence);
      if (!set) sentenceCountries.set(sentence, (set = new Set()));
      set.add(code);
    }
  }
  let mainCountry: string | undefined;
  let best = 0;
  for (const [code, count] of countryCounts) {
    if (count > best) {
      best = count;
      mainCountry = code;
    }
  }
  return { countryCounts, mainCountry, sentenceCountries, stronglyNamed };
}

/**
 * The country of the match covering a token, if that match is geographic.
 * @param paragraph The scanned paragraph.
 * @param index A token index.
 * @returns The match and its country, or undefined.
 */
function geographicMatchAt(paragraph: ScannedParagraph, index: number): { match: PhraseMatch; code: string } | undefined {
  const m = paragraph.cover[index] ?? -1;
  if (m < 0) return undefined;
  const match = paragraph.matches[m] as PhraseMatch;
  if (match.targets.some((target) => target.kind === 'organization' && !target.weak)) return undefined;
  const code = matchCountry(match);
  return code === undefined ? undefined : { match, code };
}

/**
 * A country written right before a mention: "Kyrgyz X", "Kyrgyzstan's X", "Bishkek X".
 * @param paragraph The scanned paragraph.
 * @param start First token of the mention.
 * @returns The qualifier (edge = its first token), or undefined.
 */
export function qualifierBefore(paragraph: ScannedParagraph, start: number): Qualifier | undefined {
  let j = start - 1;
  if (paragraph.tokens[j]?.norm === "'s") j--;
  if (j < 0) return undefined;
  const found = geographicMatchAt(paragraph, j);
  if (!found || found.match.end !== j + 1) return undefined;
  return { code: found.code, edge: found.match.start, adjacent: true };
}

/**
 * A country written right after a mention: "Ministry of Internal Affairs of
 * Tajikistan", or in the Russian genitive right after a Cyrillic name ("МВД
 * Киргизии", "МИД Казахстана").
 * @param paragraph The scanned paragraph.
 * @param end Index just past the mention.
 * @returns The qualifier (edge = index past its last token), or undefined.
 */
export function qualifierAfter(paragraph: ScannedParagraph, end: number): Qualifier | undefined {
  const next = paragraph.tokens[end];
  if (next !== undefined && end > 0 && isCyrillicWord(next.text) && isCyrillicWord(paragraph.tokens[end - 1]?.text ?? '')) {
    const found = geographicMatchAt(paragraph, end);
    if (found && found.match.start === end && found.match.targets.some((target) => target.kind === 'country')) return { code: found.code, edge: found.match.end, adjacent: true };
    return undefined;
  }
  if (next?.norm !== 'of') return undefined;
  let j = end + 1;
  if (paragraph.tokens[j]?.norm === 'the') j++;
  const found = geographicMatchAt(paragraph, j);
  if (!found || found.match.start !== j) return undefined;
  const kinds = found.match.targets.map((target) => target.kind);
  if (!kinds.includes('country')) return undefined;
  return { code: found.code, edge: found.match.end, adjacent: true };
}

/**
 * A country named earlier in the role phrase before a mention: "Russia's head of
 * Security Council", "Kyrgyzstan's intelligence service, the National Security Committee".
 * Walks back over role words, "of", "the", possessives and one comma.
 * @param paragraph The scanned paragraph.
 * @param start First token of the mention.
 * @param limit How many tokens to walk back at most.
 * @param maxCommas How many commas the walk may cross.
 * @returns The qualifier (not adjacent), or undefined.
 */
export function qualifierInRole(paragraph: ScannedParagraph, start: number, limit = 8, maxCommas = 1): Qualifier | undefined {
  let commas = 0;
  for (let j = start - 1; j >= 0 && start - j <= limit; j--) {
    const token = paragraph.tokens[j] as Token;
    const found = geographicMatchAt(paragraph, j);
    if (found) return { code: found.code, edge: found.match.start, adjacent: false };
    if (paragraph.cover[j] !== -1) {
      j = (paragraph.matches[paragraph.cover[j] ?? 0] as PhraseMatch).start; // walk over an organization's name
      continue;
    }
    if (token.text === ',') {
      if (++commas > maxCommas) return undefined;
      continue;
    }
    if (token.norm === "'s" || token.norm === 'of' || token.norm === 'the' || token.norm === 'for' || token.norm === 'from') continue;
    if (!ROLE_WORDS.has(token.norm)) return undefined;
  }
  return undefined;
}
