/**
 * Measures stage: proposes for each figure a `measure` key, shared by every
 * figure that counts the same thing, so that the site can compare claims:
 *
 *   <who>-<kind>-<where>      kg-fighters-syria-iraq, kg-dead-syria-iraq, groups-kyrgyzstan
 *
 * - who: the nationality or origin of the people counted, as lower-case ISO
 *   codes: a demonym or country written before the head noun ("Kyrgyz
 *   citizens", "Kazakhstan citizens"), "citizens of X", or "from X" ("gone to
 *   Syria from Kyrgyzstan"; but "returned from Syria" is where, see below).
 * - kind: the first kind of data/knowledge/measures.yaml whose words occur in
 *   `what` (or whose unit the figure has), else in the three words before the
 *   number ("for recruiting 11 people"); else a slug of the head noun.
 * - where: the countries named after in/to/into/among/... ("in Syria and
 *   Iraq", "among the Syrian rebels"), folded into theatres (Syria and Iraq
 *   are one), without the who country.
 *
 * When `what` leaves a part out, the part comes, in order, from:
 * 1. an earlier figure of the article: for a subgroup (women, children) the
 *    group counted just before, in the same sentence first ("339 individuals
 *    had gone to Syria from Kyrgyzstan, of whom 50 were women"); for other
 *    kinds the nearest earlier figure of the same kind that agrees on the parts
 *    given ("the 22 said to have been killed in Syria" after "40 Kyrgyz
 *    nationals had died fighting ... in Syria"); and where only, for a figure
 *    whose who is known, the nearest earlier figure about the same people
 *    (the story the article tells about them so far);
 *    "foreign women", "foreigners" take no nationality from elsewhere;
 * 2. who only, for acts of a state (detained, convicted, repatriated...) and
 *    for "citizens" without a nationality: the claimant's country, else a
 *    country named as the agent of the number's clause ("The Kyrgyz
 *    authorities have detained 44 people"), else the who of a figure of the
 *    same sentence;
 * 3. where only: the country named after in/to/... nearest the number in the
 *    clause of the quote that holds it ("In Kyrgyzstan there are up to 20 groups");
 * 4. where only, for armed men: the theatre of an armed group named in the
 *    figure's clause (measures.yaml `theatres`).
 *
 * Pure: the vocabulary and country names come in as arguments.
 */
import type { ArticleEntity, ArticleFigure } from '../types.ts';
import { patternAt, type MeasureKind, type MeasureVocabulary, type Theatre, type WordPattern } from '../measure-vocabulary.ts';
import { slugOf as slugify } from '../lib/slugs.ts';

/** The names of one country, as the knowledge gives them. */
export interface CountryNames {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Slug of the common English name: `kyrgyzstan`. */
  id: string;
  /** Every spelling of the name. */
  names: readonly string[];
  /** Demonyms and adjectives. */
  demonyms: readonly string[];
}

/** What the stage needs besides the figures. */
export interface MeasureContext {
  /** The article's entities: places give countries, armed groups give theatres, claimants give countries. */
  entities: readonly ArticleEntity[];
  /** Every country's names and demonyms. */
  countries: readonly CountryNames[];
  vocabulary: MeasureVocabulary;
}

/** The three parts of a measure key. */
export interface MeasureParts {
  /** Lower-case ISO codes of the people counted. */
  who: string[];
  /** Kind slug. */
  kind: string;
  /** Theatre or country slugs. */
  where: string[];
}

/** A word of a text with what is known of it. */
interface Token {
  text: string;
  lower: string;
  start: number;
}

/** A country (or place in one) named in a text. */
interface PlaceMatch {
  code: string;
  /** Index of its first token. */
  first: number;
  /** Index after its last token. */
  end: number;
}

/** How a place mention relates to what is counted. */
type PlaceRole = 'who' | 'where' | 'none';

/** One name to look for: its tokens and the country it stands for. */
interface PlaceName {
  tokens: string[];
  written: string[];
  code: string;
}

/** Names indexed by their first lower-case token (only `get` is used). */
type PlaceLexicon = Pick<ReadonlyMap<string, readonly PlaceName[]>, 'get'>;

/** Prepositions after which a country is where the counted thing happens. */
const WHERE_PREPOSITIONS = new Set(['in', 'into', 'to', 'inside', 'among', 'across', 'within', 'at', 'throughout', 'toward', 'towards', 'for', 'near', 'via']);

/** Prepositions after which a country is neither who nor where (an agent, an ally, an enemy). */
const OTHER_PREPOSITIONS = new Set(['by', 'with', 'alongside', 'against', 'according', 'than', 'like', 'on', 'over', 'about', 'between', 'beside', 'behind']);

/** Words skipped when looking back from a country for its preposition. */
const SKIPPED = new Set([
  'the', 'a', 'an', 'and', 'or', 'both', 'either', 'neighbouring', 'neighboring', 'northern', 'southern', 'eastern', 'western',
  'north', 'south', 'east', 'west', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'war-torn', 'rebel-held',
]);

/** Nouns after which "of X" gives the people's country ("citizens of Kyrgyzstan"). */
const PEOPLE_BEFORE_OF = /^(?:people|persons|individuals|men|women|children|citizens?|nationals?|residents?|natives?|fighters|militants|members|families|migrants|emigrants|immigrants|refugees|returnees|wives|widows|orphans|minors|youths?|teenagers|natives|subjects|compatriots|population)$/;

/** Head nouns that say only that people are counted: the clause's verb then tells the kind. */
const GENERIC_PEOPLE = /^(?:people|persons|individuals|figures|others|those)$/;

/** Words that end the head noun phrase of `what`, for the fallback kind. */
const HEAD_STOP = new Set([
  'of', 'in', 'from', 'to', 'who', 'that', 'which', 'whom', 'with', 'by', 'for', 'on', 'at', 'among', 'into', 'since', 'during',
  'across', 'as', 'after', 'before', 'over', 'under', 'per', 'than', 'and', 'or', 'were', 'was', 'are', 'is', 'had', 'have', 'has',
]);

/** Characters that bound the clause holding a number within its quote. */
const CLAUSE_BOUNDARY = /[;:“”"«»()[\]]|[.!?](?=\s|$)/gu;

/** Numbers written as words, to find a figure's number in its quote. */
const NUMBER_WORDS: ReadonlyMap<number, string> = new Map([
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'].map(
    (word, index): [number, string] => [index + 1, word],
  ),
  ...['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, index): [number, string] => [30 + 10 * index, word]),
  [100, 'hundred'],
  [1000, 'thousand'],
]);

/**
 * Propose a measure for each figure of an article.
 * @param figures The article's figures, in text order.
 * @param context Entities, country names and the vocabulary.
 * @returns The figures, each with `measure` set (a figure that already has one keeps it).
 */
export function proposeMeasures(figures: readonly ArticleFigure[], context: MeasureContext): ArticleFigure[] {
  const lexicon = buildPlaceLexicon(context.countries, context.entities);
  const slugOf = countrySlugs(context.countries);
  const history: Array<{ parts: MeasureParts; kind: MeasureKind | undefined; quote: string }> = [];
  return figures.map((figure) => {
    const { parts, kind } = resolveParts(figure, history, context, lexicon, slugOf);
    history.push({ parts, kind, quote: figure.quote });
    return figure.measure ? figure : { ...figure, measure: measureKey(parts) };
  });
}

/**
 * Join the parts of a measure into its key.
 * @param parts Who, kind and where.
 * @returns A slug such as `kg-fighters-syria-iraq`.
 */
export function measureKey(parts: MeasureParts): string {
  return [...parts.who.map((code) => code.toLowerCase()), parts.kind, ...parts.where].join('-');
}

/**
 * The parts of one figure's measure, from its own words, then the fallbacks.
 * @param figure The figure.
 * @param history Earlier figures of the article with their resolved parts.
 * @param context The stage's context.
 * @param lexicon Country and place names.
 * @param slugOf Country slug by code.
 * @returns The parts and the vocabulary kind (undefined for a head-noun kind).
 */
function resolveParts(
  figure: ArticleFigure,
  history: ReadonlyArray<{ parts: MeasureParts; kind: MeasureKind | undefined; quote: string }>,
  context: MeasureContext,
  lexicon: PlaceLexicon,
  slugOf: ReadonlyMap<string, string>,
): { parts: MeasureParts; kind: MeasureKind | undefined } {
  const vocabulary = context.vocabulary;
  const whatTokens = tokenize(figure.what);
  const { clause, at } = locateClause(figure);
  const clauseTokens = tokenize(clause);
  const before = clauseTokens.filter((token) => at >= 0 && token.start < at);
  // What names no kind ("11 people"): a verb of the clause may, the one just before
  // the number first ("for recruiting 11 people", "59 citizens were evacuated").
  const verbs = (tokens: readonly Token[]): Token[] => tokens.filter((token) => /(?:ed|ing)$/.test(token.lower));
  const headKind = headNounKind(whatTokens, lexicon);
  const countsPeople = GENERIC_PEOPLE.test(headKind) || vocabulary.citizenNouns.has(headKind);
  const kind =
    matchKind(figure, whatTokens, vocabulary) ??
    matchKind({}, verbs(before.slice(-3)), vocabulary) ??
    (countsPeople ? matchKind({}, verbs(clauseTokens), vocabulary) : undefined);
  // "Kyrgyzstan flew 79 children home from Iraq": a verb of coming back before the number makes "from" where.
  const cameBackBefore = before.slice(-4).some((token) => vocabulary.fromIsWhereAfter.some((pattern) => patternAt(pattern, [token.lower], 0)));
  const places = placesOf(whatTokens, lexicon, vocabulary, cameBackBefore);
  const whatLower = whatTokens.map((token) => token.lower);
  const foreign = whatTokens.some((_, index) => vocabulary.foreignWords.some((pattern) => patternAt(pattern, whatLower, index)));
  let who = places.who;
  let where = whereSlugs(places.where, who, vocabulary, slugOf);

  if ((who.length === 0 && !foreign) || where.length === 0) {
    const home = (parts: MeasureParts): MeasureParts =>
      parts.where.length > 0 || parts.who.length === 0 ? parts : { ...parts, where: whereSlugs(parts.who, [], vocabulary, slugOf) };
    const antecedent = findAntecedent(history, { who, kind: kind?.kind ?? '', where }, kind, figure.quote, home);
    if (antecedent) {
      if (who.length === 0 && !foreign) who = [...antecedent.who];
      if (where.length === 0) where = [...antecedent.where];
    }
  }
  if (where.length === 0 && who.length > 0) {
    // The article's story about these people so far: where its nearest figure about them happens.
    const sameWho = [...history].reverse().find((item) => item.parts.where.length > 0 && item.parts.who.length === who.length && item.parts.who.every((code) => who.includes(code)));
    if (sameWho) where = [...sameWho.parts.where];
  }
  if (who.length === 0 && !foreign && (kind?.stateAct || whatTokens.some((token) => vocabulary.citizenNouns.has(token.lower)))) {
    // The state that acts: the claimant's, else one named as the clause's agent
    // ("The Kyrgyz authorities have detained 44 people"), else that of a figure of the same sentence.
    who = claimantCountry(figure.claimant, context, lexicon);
    if (who.length === 0) who = placesOf(clauseTokens, lexicon, vocabulary).who.slice(0, 1);
    if (who.length === 0) who = [...(history.findLast((item) => item.quote === figure.quote && item.parts.who.length > 0)?.parts.who ?? [])];
  }
  if (where.length === 0) {
    where = whereSlugs(nearestWhere(clauseTokens, at, lexicon, vocabulary), who, vocabulary, slugOf);
  }
  if (where.length === 0 && kind?.groupTheatre) {
    const theatre = groupTheatre(`${figure.what} ${clause}`, context.entities, vocabulary);
    if (theatre && !theatre.countries.some((code) => who.includes(code))) where = [theatre.theatre];
  }
  return { parts: { who, kind: kind?.kind ?? headKind, where }, kind };
}

/**
 * The first kind of the vocabulary that matches a figure: by unit, then by words of `what`.
 * @param figure The figure.
 * @param tokens The tokens of its `what`.
 * @param vocabulary The vocabulary.
 * @returns The kind, or undefined.
 */
export function matchKind(figure: Partial<Pick<ArticleFigure, 'unit'>>, tokens: readonly Token[] | readonly string[], vocabulary: MeasureVocabulary): MeasureKind | undefined {
  const unit = figure.unit;
  if (unit !== undefined) {
    const unitClass = unit === 'percent' || unit === 'percentage points' ? unit : /^[A-Z]{3}$/.test(unit) ? 'currency' : unit;
    const byUnit = vocabulary.kinds.find((kind) => kind.units.includes(unitClass));
    if (byUnit) return byUnit;
  }
  const lower = tokens.map((token) => (typeof token === 'string' ? token.toLowerCase() : token.lower));
  // A pattern's first word must be one of the words (unless it is a lone prefix): most patterns are ruled out at once.
  const present = new Set(lower);
  const occurs = (pattern: WordPattern): boolean => {
    const first = pattern.tokens[0];
    const lonePrefix = pattern.prefix && pattern.tokens.length === 1;
    if (first !== undefined && !lonePrefix && !present.has(first)) return false;
    return lower.some((_, at) => patternAt(pattern, lower, at));
  };
  return vocabulary.kinds.find((kind) => kind.words.some(occurs));
}

/**
 * A kind for a figure no vocabulary kind fits: its head noun phrase, as a slug.
 * @param tokens Tokens of `what`.
 * @param lexicon Place names (left out of the slug).
 * @returns `prison-term`, `flights`; `people` for a bare nationality; `figures` when nothing is left.
 */
function headNounKind(tokens: readonly Token[], lexicon: PlaceLexicon): string {
  const stop = tokens.findIndex((token) => HEAD_STOP.has(token.lower));
  const head = tokens.slice(0, stop < 0 ? tokens.length : stop);
  const placeTokens = new Set(findPlaces(head, lexicon).flatMap((match) => range(match.first, match.end)));
  const words = head.filter((_, index) => !placeTokens.has(index)).slice(-3);
  // Nothing but a nationality ("Kyrgyzstanis"): people.
  return slugify(words.map((token) => token.text).join(' ')) || (placeTokens.size > 0 ? 'people' : 'figures');
}

/**
 * The nearest earlier figure whose parts may fill the gaps of this one.
 * @param history Earlier figures, in text order.
 * @param parts This figure's parts so far.
 * @param kind Its vocabulary kind.
 * @param quote Its quote (a subgroup takes its group from the same sentence first).
 * @param home An earlier figure's parts with, when it names no where, its people's
 *   own country as where ("Kazakh citizens detained" happened in Kazakhstan), for comparing.
 * @returns The antecedent's parts, or undefined.
 */
function findAntecedent(
  history: ReadonlyArray<{ parts: MeasureParts; kind: MeasureKind | undefined; quote: string }>,
  parts: MeasureParts,
  kind: MeasureKind | undefined,
  quote: string,
  home: (parts: MeasureParts) => MeasureParts,
): MeasureParts | undefined {
  const earlier = [...history].reverse().filter((item) => item.parts.who.length > 0 || item.parts.where.length > 0);
  const fits = (item: { parts: MeasureParts }): boolean => agrees(home(item.parts), parts);
  if (kind?.subgroup) {
    const sameSentence = earlier.filter((item) => item.quote === quote && fits(item));
    const group = sameSentence.find((item) => !item.kind?.subgroup) ?? sameSentence[0] ?? earlier.find(fits);
    return group?.parts;
  }
  return earlier.find((item) => item.parts.kind === parts.kind && fits(item))?.parts;
}

/**
 * Whether two measures agree on every part both give.
 * @param a Parts of one figure.
 * @param b Parts of another.
 * @returns False when both name a who (or a where) and they differ.
 */
function agrees(a: MeasureParts, b: MeasureParts): boolean {
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length === 0 || y.length === 0 || (x.length === y.length && x.every((item) => y.includes(item)));
  return same(a.who, b.who) && same(a.where, b.where);
}

/**
 * The country of a figure's claimant: an entity's country, or a country named in the claimant's words.
 * @param claimant Entity id, words, or null.
 * @param context Entities.
 * @param lexicon Country names.
 * @returns [code] or [].
 */
function claimantCountry(claimant: string | null, context: MeasureContext, lexicon: PlaceLexicon): string[] {
  if (claimant === null) return [];
  const entity = context.entities.find((item) => item.id === claimant);
  if (entity) return entity.country ? [entity.country] : [];
  const first = findPlaces(tokenize(claimant), lexicon)[0];
  return first ? [first.code] : [];
}

/**
 * The clause of a figure's quote that holds its number: between the nearest
 * semicolon, colon, quotation mark, bracket or sentence end on either side.
 * @param figure The figure.
 * @returns The clause, or the whole quote when the number is not found.
 */
export function numberClause(figure: Pick<ArticleFigure, 'quote' | 'value' | 'min'>): string {
  return locateClause(figure).clause;
}

/**
 * The clause holding a figure's number, and where the number is in it.
 * @param figure The figure.
 * @returns The clause (the whole quote when the number is not found) and the
 *   number's offset in it (-1 when not found).
 */
function locateClause(figure: Pick<ArticleFigure, 'quote' | 'value' | 'min'>): { clause: string; at: number } {
  const quote = figure.quote;
  const at = numberPosition(quote, figure.value ?? figure.min);
  if (at < 0) return { clause: quote, at: -1 };
  let start = 0;
  let end = quote.length;
  for (const match of quote.matchAll(CLAUSE_BOUNDARY)) {
    if (match.index < at) start = match.index + match[0].length;
    else {
      end = match.index;
      break;
    }
  }
  return { clause: quote.slice(start, end), at: at - start };
}

/**
 * The where-countries of a clause nearest its number: the closest place named
 * after in/to/..., with the places listed beside it ("in Syria and Iraq").
 * @param tokens Tokens of the clause.
 * @param at The number's offset in the clause (-1: every where-country).
 * @param lexicon Names.
 * @param vocabulary For the verbs after which "from" is where.
 * @returns Codes in text order.
 */
function nearestWhere(tokens: readonly Token[], at: number, lexicon: PlaceLexicon, vocabulary: MeasureVocabulary): string[] {
  const matches = findPlaces(tokens, lexicon);
  const placeTokens = new Set(matches.flatMap((match) => range(match.first, match.end)));
  const wheres = matches.filter((match) => placeRole(tokens, match.first, placeTokens, vocabulary) === 'where');
  if (wheres.length === 0) return [];
  if (at < 0) return [...new Set(wheres.map((match) => match.code))];
  const distance = (match: PlaceMatch): number => Math.abs((tokens[match.first] as Token).start - at);
  const nearest = wheres.reduce((best, match) => (distance(match) < distance(best) ? match : best));
  // The places listed with it: only "and", "or", "the" and the like between them.
  const listed = (a: PlaceMatch, b: PlaceMatch): boolean => range(a.end, b.first).every((index) => SKIPPED.has((tokens[index] as Token).lower));
  const index = wheres.indexOf(nearest);
  let first = index;
  let last = index;
  while (first > 0 && listed(wheres[first - 1] as PlaceMatch, wheres[first] as PlaceMatch)) first--;
  while (last < wheres.length - 1 && listed(wheres[last] as PlaceMatch, wheres[last + 1] as PlaceMatch)) last++;
  return [...new Set(wheres.slice(first, last + 1).map((match) => match.code))];
}

/**
 * Where a number is written in a text: digits (with or without separators),
 * a scaled form ("50 thousand", "1.5 million") or a word ("eight").
 * @param text The text.
 * @param value The number.
 * @returns The offset of its first occurrence, or -1.
 */
export function numberPosition(text: string, value: number | undefined): number {
  if (value === undefined) return -1;
  if (Number.isSafeInteger(value) && value >= 0) return wholeNumberPosition(text, value);
  let pattern = numberPatterns.get(value);
  if (!pattern) {
    if (numberPatterns.size >= 10_000) numberPatterns.clear();
    pattern = numberPattern(value);
    numberPatterns.set(value, pattern);
  }
  const match = pattern.exec(text);
  return match ? match.index : -1;
}

/** The pattern of each number seen so far (building one costs far more than using it). A cache, invisible to callers. */
const numberPatterns = new Map<number, RegExp>();

/**
 * The pattern that finds a number written in a text (see `numberPosition`).
 * @param value The number.
 * @returns A non-global, non-sticky pattern (safe to share: `exec` keeps no state).
 */
function numberPattern(value: number): RegExp {
  const spellings = new Set([String(value), groupedDigits(value).replace(/,/g, '[, ]')]);
  for (const [scale, words] of [[1e9, 'billion|bn'], [1e6, 'million|mln'], [1e3, 'thousand']] as const) {
    if (value >= scale && value % (scale / 100) === 0) spellings.add(`${String(value / scale).replace('.', '\\.')}\\s*(?:${words})`);
  }
  const alternatives = [`(?<![\\d.,])(?:${[...spellings].join('|')})(?![\\d])`];
  const word = NUMBER_WORDS.get(value);
  if (word) alternatives.push(`(?<!\\p{L})${word}(?!\\p{L})`);
  return new RegExp(alternatives.join('|'), 'iu');
}

/**
 * `numberPosition` for a whole number, without a pattern of its own (building
 * one per number cost more than the rest of the stage): the same matches as
 * `numberPattern`, found by comparing the digits at each place the leading
 * digit occurs, plus the number's word (one shared pattern per word).
 * @param text The text.
 * @param value A safe, non-negative integer.
 * @returns The offset of the first occurrence, or -1.
 */
function wholeNumberPosition(text: string, value: number): number {
  const digitsAt = digitSpellingPosition(text, value);
  const word = NUMBER_WORDS.get(value);
  if (!word) return digitsAt;
  // A word before the digits ends before them (letters, then a digit), so the
  // search stops one character past the digits' start (for its look-ahead).
  const wordAt = numberWordPattern(word).exec(digitsAt < 0 ? text : text.slice(0, digitsAt + 1))?.index ?? -1;
  return wordAt >= 0 ? wordAt : digitsAt;
}

/**
 * The first place a whole number is written in digits, plain, grouped or scaled.
 * @param text The text.
 * @param value A safe, non-negative integer.
 * @returns The offset, or -1.
 */
function digitSpellingPosition(text: string, value: number): number {
  const digits = String(value);
  const scaled = scaledSpellings(value);
  const lead = digits.charAt(0);
  for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
    if (at > 0 && DIGIT_OR_MARK.has(text.charAt(at - 1))) continue;
    const end = digitsEnd(text, at, digits) ?? groupedEnd(text, at, digits);
    if (end !== undefined && !isAsciiDigit(text.charCodeAt(end))) return at;
    if (scaled.some((spelling) => scaledEnd(text, at, spelling) !== undefined)) return at;
  }
  return -1;
}

/** Characters that may not stand just before a number's digits (`(?<![\d.,])`). */
const DIGIT_OR_MARK = new Set([...'0123456789.,']);

/**
 * Whether a UTF-16 code is an ASCII digit (`\d` of a pattern).
 * @param code A char code (NaN past the end).
 * @returns True for 0-9.
 */
function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The end of `digits` written as-is at an offset.
 * @param text The text.
 * @param at The offset.
 * @param digits The number's digits.
 * @returns The end offset, or undefined.
 */
function digitsEnd(text: string, at: number, digits: string): number | undefined {
  return text.startsWith(digits, at) ? at + digits.length : undefined;
}

/**
 * The end of `digits` written with its thousands separated by a comma or a space ("12,500", "12 500").
 * @param text The text.
 * @param at The offset.
 * @param digits The number's digits (four or more to be grouped).
 * @returns The end offset, or undefined.
 */
function groupedEnd(text: string, at: number, digits: string): number | undefined {
  if (digits.length < 4) return undefined;
  const head = digits.length % 3 || 3;
  if (!text.startsWith(digits.slice(0, head), at)) return undefined;
  let end = at + head;
  for (let group = head; group < digits.length; group += 3) {
    const separator = text.charAt(end);
    if ((separator !== ',' && separator !== ' ') || !text.startsWith(digits.slice(group, group + 3), end + 1)) return undefined;
    end += 4;
  }
  return end;
}

/** A scaled spelling of a number: its digits in the scale's unit, and the pattern of the unit's words. */
interface ScaledSpelling {
  digits: string;
  unit: RegExp;
}

/** The scales a number may be written in, biggest first, each with a sticky pattern of its words (`\s*` before them). */
const SCALES: ReadonlyArray<readonly [number, RegExp]> = [
  [1e9, /\s*(?:billion|bn)(?![\d])/iuy],
  [1e6, /\s*(?:million|mln)(?![\d])/iuy],
  [1e3, /\s*(?:thousand)(?![\d])/iuy],
];

/**
 * A number's scaled spellings, as `numberPattern` builds them ("1.5 million").
 * @param value A whole number.
 * @returns The spellings (none under a thousand or when not a round hundredth of the scale).
 */
function scaledSpellings(value: number): ScaledSpelling[] {
  const out: ScaledSpelling[] = [];
  for (const [scale, unit] of SCALES) {
    if (value >= scale && value % (scale / 100) === 0) out.push({ digits: String(value / scale), unit });
  }
  return out;
}

/**
 * The end of a scaled spelling at an offset.
 * @param text The text.
 * @param at The offset.
 * @param spelling The spelling.
 * @returns The end offset, or undefined.
 */
function scaledEnd(text: string, at: number, spelling: ScaledSpelling): number | undefined {
  if (!text.startsWith(spelling.digits, at)) return undefined;
  spelling.unit.lastIndex = at + spelling.digits.length;
  const unit = spelling.unit.exec(text);
  return unit ? spelling.unit.lastIndex : undefined;
}

/**
 * The pattern of a number's word, not inside another word ("eight", not "eighty").
 * @param word The word.
 * @returns A shared, non-global pattern.
 */
function numberWordPattern(word: string): RegExp {
  let pattern = numberWordPatterns.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu');
    numberWordPatterns.set(word, pattern);
  }
  return pattern;
}

/** The pattern of each number word (few: see NUMBER_WORDS). A cache, invisible to callers. */
const numberWordPatterns = new Map<string, RegExp>();

/** A word of `tokenize`. */
const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * A number with its thousands grouped by commas, as `toLocaleString('en-US')` writes it
 * (done by hand for whole numbers, which is most of them: the locale call is slow).
 * @param value The number.
 * @returns `12,500`, `1.25`.
 */
function groupedDigits(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return String(value).replace(/\B(?=(?:\d{3})+$)/g, ',');
}

/**
 * Split a text into words: abbreviations with dots (`U.S.`), words with inner
 * apostrophes and hyphens; a possessive `'s` is dropped.
 * @param text Any text.
 * @returns The tokens.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const word = raw.length > 2 && (raw.endsWith("'s") || raw.endsWith('’s')) ? raw.slice(0, -2) : raw;
    tokens.push({ text: word, lower: word.toLowerCase(), start: match.index });
  }
  return tokens;
}

/**
 * Index every country name and demonym, and the article's places, by first token.
 * @param countries Country names.
 * @param entities The article's entities (places with a country).
 * @returns The lexicon.
 */
function buildPlaceLexicon(countries: readonly CountryNames[], entities: readonly ArticleEntity[]): PlaceLexicon {
  const base = countryLexicon(countries);
  // The article's own lists: a country list copied, with the article's places appended.
  const own = new Map<string, PlaceName[]>();
  for (const entity of entities) {
    if (entity.type !== 'place' || !entity.country) continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const place = placeName(name, entity.country);
      if (!place) continue;
      const first = place.tokens[0] as string;
      let list = own.get(first);
      if (!list) {
        list = [...(base.get(first) ?? [])];
        own.set(first, list);
      }
      list.push(place);
    }
  }
  // The country lists are sorted already; a stable sort of them with the article's names
  // appended orders them as sorting everything at once would.
  for (const list of own.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { get: (first: string) => own.get(first) ?? base.get(first) };
}

/** The country part of the place lexicon, per country list (it is the same for every article). */
const countryLexicons = new WeakMap<readonly CountryNames[], ReadonlyMap<string, readonly PlaceName[]>>();

/**
 * Every country name and demonym indexed by first token, longest names first
 * (memoised per country list: a cache, invisible to callers).
 * @param countries Country names.
 * @returns The lexicon of countries alone.
 */
function countryLexicon(countries: readonly CountryNames[]): ReadonlyMap<string, readonly PlaceName[]> {
  const cached = countryLexicons.get(countries);
  if (cached) return cached;
  const lexicon = new Map<string, PlaceName[]>();
  const add = (written: string, code: string): void => {
    const place = placeName(written, code);
    if (!place) return;
    const first = place.tokens[0] as string;
    const list = lexicon.get(first) ?? [];
    list.push(place);
    lexicon.set(first, list);
  };
  for (const country of countries) {
    for (const name of country.names) add(name, country.code);
    for (const demonym of country.demonyms) {
      add(demonym, country.code);
      if (!/(?:s|z|x|sh|ch)$/i.test(demonym)) add(`${demonym}s`, country.code);
    }
  }
  for (const list of lexicon.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  countryLexicons.set(countries, lexicon);
  return lexicon;
}

/**
 * A name to look for.
 * @param written The name as written.
 * @param code The country it stands for.
 * @returns Its tokens and country, or undefined when it has no word.
 */
function placeName(written: string, code: string): PlaceName | undefined {
  const tokens = tokenize(written);
  if (tokens.length === 0) return undefined;
  return { tokens: tokens.map((token) => token.lower), written: tokens.map((token) => token.text), code };
}

/**
 * Every country named in a token list, longest names first, left to right.
 * @param tokens The tokens.
 * @param lexicon Names.
 * @returns The matches, in text order, not overlapping.
 */
function findPlaces(tokens: readonly Token[], lexicon: PlaceLexicon): PlaceMatch[] {
  const matches: PlaceMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = lexicon.get((tokens[i] as Token).lower) ?? [];
    const found = candidates.find((name) => name.tokens.every((token, offset) => matchesWritten(tokens[i + offset], token, name.written[offset] as string)));
    if (!found) continue;
    matches.push({ code: found.code, first: i, end: i + found.tokens.length });
    i += found.tokens.length - 1;
  }
  return matches;
}

/**
 * Whether a token of the text is a token of a name, respecting the name's case:
 * an acronym (`US`) only as written, a capitalised word only with its capital.
 * @param token The text's token.
 * @param lower The name's token in lower case.
 * @param written The name's token as written in the data.
 * @returns True on a match.
 */
function matchesWritten(token: Token | undefined, lower: string, written: string): boolean {
  if (!token || token.lower !== lower) return false;
  if (!/\p{Ll}/u.test(written)) return token.text === written;
  if (/^\p{Lu}/u.test(written)) return /^\p{Lu}/u.test(token.text);
  return true;
}

/**
 * The countries a text gives as who and where.
 * @param tokens Tokens of `what` or of a clause.
 * @param lexicon Names.
 * @param vocabulary For the verbs after which "from" is where.
 * @param cameBackBefore Whether a verb of coming back precedes the text (then "from" is where).
 * @returns Codes in text order, each once.
 */
function placesOf(tokens: readonly Token[], lexicon: PlaceLexicon, vocabulary: MeasureVocabulary, cameBackBefore = false): { who: string[]; where: string[] } {
  const matches = findPlaces(tokens, lexicon);
  const placeTokens = new Set(matches.flatMap((match) => range(match.first, match.end)));
  const who: string[] = [];
  const where: string[] = [];
  for (const match of matches) {
    const role = placeRole(tokens, match.first, placeTokens, vocabulary, cameBackBefore);
    const list = role === 'who' ? who : role === 'where' ? where : undefined;
    if (list && !list.includes(match.code)) list.push(match.code);
  }
  return { who, where };
}

/**
 * How a place mention relates to what is counted, from the preposition before it.
 * @param tokens The tokens.
 * @param first Index of the mention's first token.
 * @param placeTokens Indices of tokens of any place mention (skipped: "in Syria and Iraq").
 * @param vocabulary For the verbs after which "from" is where.
 * @param cameBackBefore Whether a verb of coming back precedes the text.
 * @returns who (no preposition, "from", "citizens of"), where (in, to, among...) or none.
 */
function placeRole(tokens: readonly Token[], first: number, placeTokens: ReadonlySet<number>, vocabulary: MeasureVocabulary, cameBackBefore = false): PlaceRole {
  for (let j = first - 1, steps = 0; j >= 0 && steps < 6; j--, steps++) {
    const word = (tokens[j] as Token).lower;
    if (placeTokens.has(j) || SKIPPED.has(word)) continue;
    if (WHERE_PREPOSITIONS.has(word)) return 'where';
    if (word === 'from') return cameBackBefore || cameBack(tokens, j, vocabulary) ? 'where' : 'who';
    if (word === 'of') return PEOPLE_BEFORE_OF.test(tokens[j - 1]?.lower ?? '') ? 'who' : 'where';
    if (OTHER_PREPOSITIONS.has(word)) return 'none';
    // Any other word: the name is used as an adjective or a subject ("Kyrgyz citizens").
    return 'who';
  }
  return 'who';
}

/**
 * Whether "from" at an index follows a verb of coming back ("returned ... from Syria").
 * @param tokens The tokens.
 * @param from Index of "from".
 * @param vocabulary The verbs.
 * @returns True when one of the six words before is such a verb.
 */
function cameBack(tokens: readonly Token[], from: number, vocabulary: MeasureVocabulary): boolean {
  const lower = tokens.map((token) => token.lower);
  for (let j = Math.max(0, from - 6); j < from; j++) {
    if (vocabulary.fromIsWhereAfter.some((pattern) => patternAt(pattern, lower, j))) return true;
  }
  return false;
}

/**
 * Where-codes as slugs: theatres fold their countries, the who countries are left out.
 * @param codes Where-codes in text order.
 * @param who Who-codes.
 * @param vocabulary Theatres.
 * @param slugOf Country slugs.
 * @returns Slugs, each once.
 */
function whereSlugs(codes: readonly string[], who: readonly string[], vocabulary: MeasureVocabulary, slugOf: ReadonlyMap<string, string>): string[] {
  const slugs: string[] = [];
  for (const code of codes) {
    if (who.includes(code)) continue;
    const slug = vocabulary.theatreByCountry.get(code)?.theatre ?? slugOf.get(code) ?? code.toLowerCase();
    if (!slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}

/**
 * The theatre of the first armed group of the article named in a text.
 * @param text The figure's `what` and clause.
 * @param entities The article's entities.
 * @param vocabulary Theatres by organization.
 * @returns The theatre, or undefined.
 */
function groupTheatre(text: string, entities: readonly ArticleEntity[], vocabulary: MeasureVocabulary): Theatre | undefined {
  let best: { theatre: Theatre; at: number } | undefined;
  for (const entity of entities) {
    const theatre = vocabulary.theatreByOrganization.get(entity.id);
    if (!theatre) continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const at = wordIndex(text, name);
      if (at >= 0 && (!best || at < best.at)) best = { theatre, at };
    }
  }
  return best?.theatre;
}

/**
 * Where a name occurs in a text as whole words, case-sensitively.
 * @param text The text.
 * @param name The name.
 * @returns Its first offset, or -1.
 */
function wordIndex(text: string, name: string): number {
  if (name === '') return -1;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) return at;
  }
  return -1;
}

/**
 * @param countries Country names.
 * @returns Each code's slug (`KG` -> `kyrgyzstan`).
 */
function countrySlugs(countries: readonly CountryNames[]): ReadonlyMap<string, string> {
  let slugs = countrySlugMaps.get(countries);
  if (!slugs) {
    slugs = new Map(countries.map((country) => [country.code, country.id]));
    countrySlugMaps.set(countries, slugs);
  }
  return slugs;
}

/** Country slugs per country list, built once (a cache, invisible to callers). */
const countrySlugMaps = new WeakMap<readonly CountryNames[], ReadonlyMap<string, string>>();

/**
 * @param from First integer.
 * @param to End (exclusive).
 * @returns The integers from `from` to `to - 1`.
 */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index);
}
