/**
 * The scorer: compares what the pipeline made of an article with a hand
 * annotation of the same article (`*.expected.yaml`).
 *
 * Pure functions only: parsing takes YAML text, scoring takes two values.
 * Reading files and running the pipeline is `scripts/evaluate.ts`'s job.
 *
 * Matching rules (documented in tests/fixtures/eval/README.md too):
 * - Names are compared after folding: Unicode diacritics removed, lower case,
 *   typographic quotes and dashes unified, white space collapsed, a leading
 *   "the " dropped.
 * - An actual entity matches an expected one when any of its forms (name or
 *   alias) equals any expected form; for the typed score the types must agree.
 * - A figure matches by `value`, or by `min` and `max`; every expected figure
 *   and every actual figure is used at most once.
 * - Expected entities and figures marked `optional` are never required: an
 *   actual item matching one is neither a hit nor a false positive.
 */
import { parse as parseYaml } from 'yaml';
import type { AnnotatedArticle, ArticleEntity, ArticleFigure, EntityRecord, EntityType } from './types.ts';
import { SeedError } from './types.ts';

/** One entity of the hand annotation. */
export interface ExpectedEntity {
  name: string;
  type: EntityType;
  /** Other forms the text uses; any of them may be the actual entity's name. */
  aliases: string[];
  /** Gray case: found or not, it does not count. */
  optional: boolean;
}

/** One figure of the hand annotation. */
export interface ExpectedFigure {
  value?: number;
  min?: number;
  max?: number;
  approx?: string;
  unit?: string;
  what: string;
  /**
   * Accepted claimants: entity names or the claimant's words; `null` in the
   * list accepts an unattributed figure. Never empty (`[null]` = must be unattributed).
   */
  claimant: (string | null)[];
  /** Gray case (a restatement, a vague quantity): found or not, it does not count. */
  optional: boolean;
}

/** A hand annotation of one article, normalised from its YAML form. */
export interface ExpectedArticle {
  /** The article id: the file name without `.expected.yaml`. */
  id: string;
  /** Accepted titles (usually one). */
  title: string[];
  /** Accepted outlet names, or null when the text names no outlet. */
  outlet: string[] | null;
  /** Accepted author names, or null when there is no byline. */
  author: string[] | null;
  /** Accepted publication dates, or null when the text gives none. */
  published: string[] | null;
  /** ISO alpha-2 codes that must be found. */
  countries: string[];
  /** ISO alpha-2 codes that may be found without penalty (gray cases). */
  countriesOptional: string[];
  entities: ExpectedEntity[];
  figures: ExpectedFigure[];
  /** Exact lines of the raw text that must not remain in the body. */
  furniture: string[];
  /** Text that is not furniture but is not body either: the title, date lines, bylines (also glued to a paragraph). */
  bodyMustNotContain: string[];
  /** The first characters of every real paragraph; each must survive in the body. */
  bodyMustKeep: string[];
}

/** Precision, recall and F1 with the counts behind them. */
export interface PrecisionRecall {
  /** Expected items found (true positives). */
  hits: number;
  /** Expected items that count (optional ones excluded). */
  expected: number;
  /** Actual items that count (those matching optional expectations excluded). */
  actual: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Per-field metadata verdicts for one article. */
export interface MetadataScore {
  title: boolean;
  outlet: boolean;
  author: boolean;
  published: boolean;
  /** All four right. */
  all: boolean;
}

/** A matched figure whose claimant disagrees with the annotation. */
export interface ClaimantMismatch {
  figure: string;
  expected: (string | null)[];
  actual: string | null;
}

/** The score of one article, with the particulars needed to fix what is wrong. */
export interface ArticleScore {
  id: string;
  entities: PrecisionRecall;
  /** Entities matched by name only, whatever their type. */
  entitiesAnyType: PrecisionRecall;
  figures: PrecisionRecall;
  /** Claimant right / figures matched (required figures only). */
  claimants: { right: number; judged: number };
  metadata: MetadataScore;
  countries: PrecisionRecall;
  /** Furniture lines still present in the body. */
  furnitureLeft: string[];
  /** `body_must_not_contain` text (title, date line, byline, glued fragments) still in the body. */
  strayTextLeft: string[];
  /** `body_must_keep` prefixes found in no body paragraph. */
  paragraphsLost: string[];
  details: {
    missingEntities: string[];
    extraEntities: string[];
    /** Entities found by name but with another type: "name: expected -> actual". */
    wrongTypes: string[];
    missingFigures: string[];
    extraFigures: string[];
    wrongClaimants: ClaimantMismatch[];
    missingCountries: string[];
    extraCountries: string[];
    /** The metadata the pipeline produced, to compare by eye. */
    actualMetadata: AnnotatedArticle['metadata'];
  };
}

/** Corpus totals: counts are summed over articles (micro averages). */
export interface EvaluationSummary {
  articles: number;
  entities: PrecisionRecall;
  entitiesAnyType: PrecisionRecall;
  figures: PrecisionRecall;
  /** Share of matched figures whose claimant is right (1 when none were matched). */
  claimantAccuracy: number;
  claimants: { right: number; judged: number };
  /** Share of articles with each field right. */
  metadata: { title: number; outlet: number; author: number; published: number; all: number };
  countries: PrecisionRecall;
  furnitureLeft: number;
  strayTextLeft: number;
  paragraphsLost: number;
}

/** The quality bar the annotator is held to. */
export const TARGETS = {
  entityF1: 0.9,
  figureF1: 0.9,
  claimantAccuracy: 0.85,
  metadataAllFour: 0.9,
  furnitureLeft: 0,
} as const;

/** One line of the target check. */
export interface TargetVerdict {
  name: string;
  value: number;
  target: number;
  met: boolean;
}

// ---------------------------------------------------------------------------
// Parsing the expected YAML

/**
 * Parse and validate a hand annotation.
 * @param yamlText The contents of a `*.expected.yaml` file.
 * @param id The article id (file name without `.expected.yaml`).
 * @param file The file's path, for error messages.
 * @returns The normalised annotation.
 * @throws SeedError naming the file and the offending field.
 */
export function parseExpected(yamlText: string, id: string, file: string): ExpectedArticle {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    throw new SeedError(file, `not valid YAML: ${(error as Error).message}`);
  }
  if (!isRecord(raw)) throw new SeedError(file, 'expected a YAML mapping at the top level');
  const fail = (message: string): never => {
    throw new SeedError(file, message);
  };
  const title = optionalStringList(raw.title, 'title', fail);
  if (title === null || title.length === 0) fail('`title` is required');
  const entities = listOf(raw.entities, 'entities', fail).map((item, index) => parseEntity(item, index, fail));
  const figures = listOf(raw.figures, 'figures', fail).map((item, index) => parseFigure(item, index, fail));
  return {
    id,
    title: title ?? [],
    outlet: optionalStringList(raw.outlet, 'outlet', fail),
    author: optionalStringList(raw.author, 'author', fail),
    published: optionalStringList(raw.published, 'published', fail),
    countries: stringList(raw.countries, 'countries', fail).map((code) => code.toUpperCase()),
    countriesOptional: stringList(raw.countries_optional, 'countries_optional', fail).map((code) => code.toUpperCase()),
    entities,
    figures,
    furniture: stringList(raw.furniture, 'furniture', fail),
    bodyMustNotContain: stringList(raw.body_must_not_contain, 'body_must_not_contain', fail),
    bodyMustKeep: stringList(raw.body_must_keep, 'body_must_keep', fail),
  };
}

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/**
 * Validate one item of `entities`.
 * @param item The raw YAML value.
 * @param index Its position, for error messages.
 * @param fail Throws with a message.
 * @returns The entity.
 */
function parseEntity(item: unknown, index: number, fail: (message: string) => never): ExpectedEntity {
  const where = `entities[${index}]`;
  if (!isRecord(item)) return fail(`${where} must be a mapping with name and type`);
  if (typeof item.name !== 'string' || item.name.trim() === '') return fail(`${where}.name must be a non-empty string`);
  const type = item.type;
  if (typeof type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type)) {
    return fail(`${where} (${item.name}): type must be one of ${ENTITY_TYPES.join(', ')}`);
  }
  return {
    name: item.name.trim(),
    type: type as EntityType,
    aliases: stringList(item.aliases, `${where}.aliases`, fail),
    optional: item.optional === true,
  };
}

/**
 * Validate one item of `figures`.
 * @param item The raw YAML value.
 * @param index Its position, for error messages.
 * @param fail Throws with a message.
 * @returns The figure.
 */
function parseFigure(item: unknown, index: number, fail: (message: string) => never): ExpectedFigure {
  const where = `figures[${index}]`;
  if (!isRecord(item)) return fail(`${where} must be a mapping`);
  const hasValue = typeof item.value === 'number';
  const hasRange = typeof item.min === 'number' && typeof item.max === 'number';
  if (hasValue === hasRange) return fail(`${where}: give exactly one of value or min+max (numbers)`);
  if (typeof item.what !== 'string' || item.what.trim() === '') return fail(`${where}.what must be a non-empty string`);
  if (!('claimant' in item)) return fail(`${where}.claimant is required (use null when unattributed)`);
  const figure: ExpectedFigure = {
    what: item.what.trim(),
    claimant: claimantList(item.claimant, `${where}.claimant`, fail),
    optional: item.optional === true,
  };
  if (hasValue) figure.value = item.value as number;
  else {
    figure.min = item.min as number;
    figure.max = item.max as number;
  }
  if (typeof item.approx === 'string') figure.approx = item.approx;
  if (typeof item.unit === 'string') figure.unit = item.unit;
  return figure;
}

/**
 * Read a field that may be a string, a list of strings, or null/absent.
 * @param value The raw YAML value.
 * @param field The field's name, for error messages.
 * @param fail Throws with a message.
 * @returns The accepted strings, or null.
 */
function optionalStringList(value: unknown, field: string, fail: (message: string) => never): string[] | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return [value.trim()];
  if (value instanceof Date) return [value.toISOString().slice(0, 10)];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.map((entry, index) => scalarToString(entry, `${field}[${index}]`, fail));
  return fail(`${field} must be a string, a list of strings or null`);
}

/**
 * Read a claimant: null, a string, or a list of strings and nulls.
 * @param value The raw YAML value.
 * @param field Where it sits, for error messages.
 * @param fail Throws with a message.
 * @returns The accepted claimants, `null` standing for "unattributed".
 */
function claimantList(value: unknown, field: string, fail: (message: string) => never): (string | null)[] {
  if (value === null || value === undefined) return [null];
  if (!Array.isArray(value)) return [scalarToString(value, field, fail)];
  if (value.length === 0) return fail(`${field} must not be an empty list (use null when unattributed)`);
  return value.map((entry, index) => (entry === null ? null : scalarToString(entry, `${field}[${index}]`, fail)));
}

/**
 * Read a field that must be a list of strings (absent means empty).
 * @param value The raw YAML value.
 * @param field The field's name, for error messages.
 * @param fail Throws with a message.
 * @returns The strings.
 */
function stringList(value: unknown, field: string, fail: (message: string) => never): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return fail(`${field} must be a list`);
  return value.map((entry, index) => scalarToString(entry, `${field}[${index}]`, fail));
}

/**
 * Read a field that must be a list (absent means empty).
 * @param value The raw YAML value.
 * @param field The field's name, for error messages.
 * @param fail Throws with a message.
 * @returns The raw items.
 */
function listOf(value: unknown, field: string, fail: (message: string) => never): unknown[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return fail(`${field} must be a list`);
  return value;
}

/**
 * Accept a YAML scalar as a string (YAML reads `2019-03-12` as a date, `1998` as a number).
 * @param value The raw value.
 * @param field Where it sits, for error messages.
 * @param fail Throws with a message.
 * @returns Its string form.
 */
function scalarToString(value: unknown, field: string, fail: (message: string) => never): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return fail(`${field} must be a string`);
}

/**
 * @param value Anything.
 * @returns Whether it is a plain mapping.
 */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------
// Text folding

/**
 * Fold a name for comparison: no diacritics, lower case, one kind of quote and
 * dash, single spaces, no leading "the".
 * @param text A name as written.
 * @returns The comparison key.
 */
export function foldName(text: string): string {
  return foldText(text).replace(/^the /, '').replace(/[.,;:]+$/, '');
}

/**
 * Fold running text for containment checks: no diacritics, lower case, one
 * kind of quote and dash, single spaces.
 * @param text Any text.
 * @returns The folded text.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Fold for loose equality of titles: as `foldText`, then only letters, digits and single spaces.
 * @param text A title.
 * @returns The comparison key.
 */
function foldTitle(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Fold for loose equality of outlet and author names: letters and digits only,
 * no leading "the" ("RFE/RL" = "rfe rl", "The Diplomat" = "Diplomat").
 * @param text A name.
 * @returns The comparison key.
 */
function foldLoose(text: string): string {
  return foldTitle(text).replace(/^the /, '').replace(/ /g, '');
}

// ---------------------------------------------------------------------------
// Matching

/** A pairing of actual item index -> expected item index. */
type Matching = Map<number, number>;

/**
 * Maximum bipartite matching (Kuhn's augmenting paths) restricted to the free
 * items, extending an existing matching.
 * @param actualCount Number of actual items.
 * @param expectedIndices Expected items that may be matched in this pass.
 * @param canPair Whether actual `a` may pair with expected `e`.
 * @param matching The matching so far (actual -> expected); extended in place.
 * @param usedExpected Expected items already matched in earlier passes; extended in place.
 */
function extendMatching(
  actualCount: number,
  expectedIndices: readonly number[],
  canPair: (actualIndex: number, expectedIndex: number) => boolean,
  matching: Matching,
  usedExpected: Set<number>,
): void {
  const owner = new Map<number, number>(); // expected -> actual, this pass only
  const tryAssign = (actualIndex: number, seen: Set<number>): boolean => {
    for (const expectedIndex of expectedIndices) {
      if (usedExpected.has(expectedIndex) || seen.has(expectedIndex)) continue;
      if (!canPair(actualIndex, expectedIndex)) continue;
      seen.add(expectedIndex);
      const current = owner.get(expectedIndex);
      if (current === undefined || tryAssign(current, seen)) {
        owner.set(expectedIndex, actualIndex);
        return true;
      }
    }
    return false;
  };
  for (let actualIndex = 0; actualIndex < actualCount; actualIndex++) {
    if (matching.has(actualIndex)) continue;
    tryAssign(actualIndex, new Set());
  }
  for (const [expectedIndex, actualIndex] of owner) {
    matching.set(actualIndex, expectedIndex);
    usedExpected.add(expectedIndex);
  }
}

/**
 * Match actual items to expected ones in tiers of decreasing strictness,
 * required expectations before optional ones.
 * @param actualCount Number of actual items.
 * @param optional Per expected item, whether it is optional.
 * @param tiers Pairing predicates, strictest first; each must imply the last one.
 * @returns The matching (actual -> expected).
 */
function tieredMatching(
  actualCount: number,
  optional: readonly boolean[],
  tiers: readonly ((actualIndex: number, expectedIndex: number) => boolean)[],
): Matching {
  const matching: Matching = new Map();
  const usedExpected = new Set<number>();
  const required = optional.flatMap((isOptional, index) => (isOptional ? [] : [index]));
  const optionalOnes = optional.flatMap((isOptional, index) => (isOptional ? [index] : []));
  for (const group of [required, optionalOnes]) {
    for (const tier of tiers) extendMatching(actualCount, group, tier, matching, usedExpected);
  }
  return matching;
}

/**
 * Turn counts into precision, recall and F1. With nothing expected and nothing
 * found every measure is 1; with nothing found, precision is 1 and recall 0.
 * @param hits True positives.
 * @param expected Expected items that count.
 * @param actual Actual items that count.
 * @returns The measures.
 */
export function precisionRecall(hits: number, expected: number, actual: number): PrecisionRecall {
  const precision = actual === 0 ? 1 : hits / actual;
  const recall = expected === 0 ? 1 : hits / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { hits, expected, actual, precision, recall, f1 };
}

/**
 * Score a matching: hits are actual items matched to required expectations;
 * actual items matched to optional ones are left out of the count.
 * @param matching Actual -> expected.
 * @param optional Per expected item, whether it is optional.
 * @param actualCount Number of actual items.
 * @returns The measures.
 */
function scoreMatching(matching: Matching, optional: readonly boolean[], actualCount: number): PrecisionRecall {
  let hits = 0;
  let matchedOptional = 0;
  for (const expectedIndex of matching.values()) {
    if (optional[expectedIndex]) matchedOptional++;
    else hits++;
  }
  const expected = optional.filter((isOptional) => !isOptional).length;
  return precisionRecall(hits, expected, actualCount - matchedOptional);
}

/**
 * @param entity An expected or actual entity.
 * @returns Its folded forms (name and aliases).
 */
function entityForms(entity: { name: string; aliases: readonly string[] }): Set<string> {
  return new Set([entity.name, ...entity.aliases].map(foldName).filter((form) => form !== ''));
}

/**
 * @param left A set of forms.
 * @param right Another.
 * @returns Whether they share a form.
 */
function overlaps(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  for (const form of left) if (right.has(form)) return true;
  return false;
}

/**
 * @param left A number.
 * @param right Another.
 * @returns Whether they are equal up to floating-point noise.
 */
function sameNumber(left: number | undefined, right: number | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  return Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
}

/**
 * Whether an actual figure states the expected number: same value, or same
 * range (a range whose ends coincide counts as a value).
 * @param actual The pipeline's figure.
 * @param expected The annotated figure.
 * @returns Whether the numbers agree.
 */
export function figureNumbersMatch(
  actual: Pick<ArticleFigure, 'value' | 'min' | 'max'>,
  expected: Pick<ExpectedFigure, 'value' | 'min' | 'max'>,
): boolean {
  const actualValue = actual.value ?? (sameNumber(actual.min, actual.max) ? actual.min : undefined);
  const expectedValue = expected.value ?? (sameNumber(expected.min, expected.max) ? expected.min : undefined);
  if (expectedValue !== undefined) return sameNumber(actualValue, expectedValue);
  return sameNumber(actual.min, expected.min) && sameNumber(actual.max, expected.max);
}

const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'in', 'to', 'and', 'for', 'from', 'by', 'on', 'at', 'with', 'who', 'that']);

/**
 * Whether two "what" phrases share a content word (a tie-breaker when one
 * article has the same number twice).
 * @param left A phrase.
 * @param right Another.
 * @returns Whether they share a word of three letters or more.
 */
function sharesWord(left: string, right: string): boolean {
  const words = (text: string): Set<string> =>
    new Set(
      foldTitle(text)
        .split(' ')
        .map((word) => word.replace(/s$/, ''))
        .filter((word) => word.length >= 3 && !STOP_WORDS.has(word)),
    );
  return overlaps(words(left), words(right));
}

/**
 * The accepted forms of an expected claimant: each accepted string, plus the
 * name and aliases of the expected entity it names.
 * @param claimant Accepted claimants.
 * @param entities The expected entities of the article.
 * @returns Folded forms.
 */
function expectedClaimantForms(claimant: readonly (string | null)[], entities: readonly ExpectedEntity[]): Set<string> {
  const forms = new Set<string>();
  for (const accepted of claimant) {
    if (accepted === null) continue;
    const key = foldName(accepted);
    forms.add(key);
    forms.add(withoutIndefiniteArticle(key));
    for (const entity of entities) {
      const entityKeys = entityForms(entity);
      if (entityKeys.has(key)) for (const form of entityKeys) forms.add(form);
    }
  }
  return forms;
}

/**
 * The forms of an actual claimant: an entity id resolves to that entity's name
 * and aliases; anything else stands for itself.
 * @param claimant The figure's claimant.
 * @param entitiesById The article's and the corpus's entities by id.
 * @returns Folded forms (empty for an unattributed figure).
 */
function actualClaimantForms(
  claimant: string | null,
  entitiesById: ReadonlyMap<string, { name: string; aliases: readonly string[] }>,
): Set<string> {
  if (claimant === null || claimant.trim() === '') return new Set();
  const entity = entitiesById.get(claimant);
  if (entity) return entityForms(entity);
  return new Set([withoutIndefiniteArticle(foldName(claimant))]);
}

/**
 * @param folded A folded claimant's words.
 * @returns Them without an opening article: "a senior provincial official" and "senior provincial official"
 *   name the same source, as "the ministry" and "ministry" do (`foldName`), and so do French and Spanish
 *   "les autorités" and "autorités", "l'armée" and "armée".
 */
function withoutIndefiniteArticle(folded: string): string {
  return folded.replace(/^(?:an?|les?|la|une?|des|el|los|las) |^l'/u, '');
}

/**
 * Whether the actual claimant is the annotated one.
 * @param actual The figure's claimant (entity id or words), or null.
 * @param expected The accepted claimants; `null` among them accepts an unattributed figure.
 * @param expectedEntities The article's expected entities (to accept aliases).
 * @param entitiesById The article's and the corpus's entities by id.
 * @returns Whether they agree.
 */
export function claimantMatches(
  actual: string | null,
  expected: readonly (string | null)[],
  expectedEntities: readonly ExpectedEntity[],
  entitiesById: ReadonlyMap<string, { name: string; aliases: readonly string[] }>,
): boolean {
  const actualForms = actualClaimantForms(actual, entitiesById);
  if (actualForms.size === 0) return expected.includes(null);
  return overlaps(actualForms, expectedClaimantForms(expected, expectedEntities));
}

/**
 * @param figure An expected or actual figure.
 * @returns A short label for reports, e.g. "330 (Kyrgyz citizens in Syria)".
 */
function figureLabel(figure: { value?: number; min?: number; max?: number; what: string }): string {
  const number = figure.value !== undefined ? String(figure.value) : `${figure.min}-${figure.max}`;
  return `${number} (${figure.what})`;
}

// ---------------------------------------------------------------------------
// Body checks

/**
 * Whether a line occurs in a paragraph where a sentence or the paragraph starts or ends on one of its sides:
 * glued between sentences, not inside one.
 * @param paragraph A folded paragraph.
 * @param line A folded line.
 * @returns True when some occurrence is so bounded.
 */
function holdsAtSentenceBounds(paragraph: string, line: string): boolean {
  for (let at = paragraph.indexOf(line); at >= 0; at = paragraph.indexOf(line, at + 1)) {
    const before = paragraph.slice(0, at);
    const after = paragraph.slice(at + line.length);
    const opens = before.trim() === '' || /[.!?:;"”»)\]]\s*$/u.test(before);
    const closes = after.trim() === '' || /^\s*[\p{P}\p{S}]/u.test(after) || /[.!?:;]$/u.test(line);
    if (opens || closes) return true;
  }
  return false;
}

/**
 * Whether a furniture line survives in a body paragraph: the paragraph is the
 * line; or starts or ends with it at a clear junction (punctuation, or a word
 * boundary when the line has two words or more, so that a one-word line like
 * "Asia" is not found in "... in Central Asia"); or, for lines of four words or
 * more, contains it between sentences (`holdsAtSentenceBounds`).
 * @param paragraph A folded body paragraph.
 * @param line A folded furniture line.
 * @param anywhere Whether a line of four words or more counts anywhere in the paragraph (not for an outlet's name, which running text may quote).
 * @returns Whether the line is still there.
 */
function paragraphHoldsLine(paragraph: string, line: string, anywhere = true): boolean {
  if (line === '') return false;
  if (paragraph === line) return true;
  const words = line.split(' ').length;
  // Inside a paragraph, only at a sentence's bounds: a label that is also words of the prose ("Turkey attacked North
  // and East Syria on Wednesday" under the kicker "North and East Syria") is no furniture left.
  if (anywhere && words >= 4 && holdsAtSentenceBounds(paragraph, line)) return true;
  const punctuationJunction = /^\s*[\p{P}\p{S}]|[\p{P}\p{S}]\s*$/u;
  const wordJunction = /^\s|\s$/u;
  const clearJunction = (rest: string, lineEdge: string): boolean =>
    /[\p{P}\p{S}]/u.test(lineEdge) || punctuationJunction.test(rest) || (words >= 2 && wordJunction.test(rest));
  if (paragraph.startsWith(line)) {
    const after = paragraph.slice(line.length, line.length + 2);
    if (clearJunction(after, line.charAt(line.length - 1))) return true;
  }
  if (paragraph.endsWith(line)) {
    const before = paragraph.slice(Math.max(0, paragraph.length - line.length - 2), paragraph.length - line.length);
    if (clearJunction(before, line.charAt(0))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Scoring

/**
 * Score one article.
 * @param expected The hand annotation.
 * @param actual What the pipeline produced for the same text.
 * @param corpusEntities The corpus's resolved entities, to resolve claimant ids
 *   that are not among the article's own entities.
 * @returns The article's score with the particulars of every miss.
 */
export function scoreArticle(
  expected: ExpectedArticle,
  actual: AnnotatedArticle,
  corpusEntities: readonly EntityRecord[] = [],
): ArticleScore {
  const entityScore = scoreEntities(expected.entities, actual.entities);
  const figureScore = scoreFigures(expected, actual, corpusEntities);
  const countryScore = scoreCountries(expected, actual.countries);
  const bodyScore = scoreBody(expected, actual.paragraphs);
  return {
    id: expected.id,
    entities: entityScore.typed,
    entitiesAnyType: entityScore.anyType,
    figures: figureScore.figures,
    claimants: figureScore.claimants,
    metadata: scoreMetadata(expected, actual.metadata),
    countries: countryScore.measures,
    furnitureLeft: bodyScore.furnitureLeft,
    strayTextLeft: bodyScore.strayTextLeft,
    paragraphsLost: bodyScore.paragraphsLost,
    details: {
      missingEntities: entityScore.missing,
      extraEntities: entityScore.extra,
      wrongTypes: entityScore.wrongTypes,
      missingFigures: figureScore.missing,
      extraFigures: figureScore.extra,
      wrongClaimants: figureScore.wrongClaimants,
      missingCountries: countryScore.missing,
      extraCountries: countryScore.extra,
      actualMetadata: actual.metadata,
    },
  };
}

/**
 * Score entities, typed and type-agnostic.
 * @param expected The annotated entities.
 * @param actual The pipeline's entities.
 * @returns Both measures and the names of misses and extras (typed view).
 */
function scoreEntities(expected: readonly ExpectedEntity[], actual: readonly ArticleEntity[]) {
  const expectedForms = expected.map(entityForms);
  const actualForms = actual.map(entityForms);
  const optional = expected.map((entity) => entity.optional);
  const sameName = (a: number, e: number): boolean => overlaps(actualForms[a] ?? new Set(), expectedForms[e] ?? new Set());
  const typed = tieredMatching(actual.length, optional, [(a, e) => sameName(a, e) && actual[a]?.type === expected[e]?.type]);
  const anyType = tieredMatching(actual.length, optional, [
    (a, e) => sameName(a, e) && actual[a]?.type === expected[e]?.type,
    sameName,
  ]);
  const typedMatched = new Set(typed.values());
  const missing = expected.flatMap((entity, index) => (entity.optional || typedMatched.has(index) ? [] : [`${entity.name} (${entity.type})`]));
  const extra = actual.flatMap((entity, index) => (typed.has(index) ? [] : [`${entity.name} (${entity.type})`]));
  const wrongTypes: string[] = [];
  for (const [actualIndex, expectedIndex] of anyType) {
    const actualEntity = actual[actualIndex];
    const expectedEntity = expected[expectedIndex];
    if (actualEntity && expectedEntity && actualEntity.type !== expectedEntity.type) {
      wrongTypes.push(`${expectedEntity.name}: ${expectedEntity.type} -> ${actualEntity.type}`);
    }
  }
  return {
    typed: scoreMatching(typed, optional, actual.length),
    anyType: scoreMatching(anyType, optional, actual.length),
    missing,
    extra,
    wrongTypes,
  };
}

/**
 * Score figures and their claimants.
 * @param expected The hand annotation.
 * @param actual The pipeline's article.
 * @param corpusEntities The corpus's entities, for claimant ids.
 * @returns Figure measures, claimant counts, misses, extras and claimant mismatches.
 */
function scoreFigures(expected: ExpectedArticle, actual: AnnotatedArticle, corpusEntities: readonly EntityRecord[]) {
  const entitiesById = new Map<string, { name: string; aliases: readonly string[] }>();
  for (const entity of corpusEntities) entitiesById.set(entity.id, entity);
  for (const entity of actual.entities) entitiesById.set(entity.id, entity);
  const expectedFigures = expected.figures;
  const actualFigures = actual.figures;
  const numbersMatch = (a: number, e: number): boolean => {
    const actualFigure = actualFigures[a];
    const expectedFigure = expectedFigures[e];
    return actualFigure !== undefined && expectedFigure !== undefined && figureNumbersMatch(actualFigure, expectedFigure);
  };
  const claimantOk = (a: number, e: number): boolean =>
    claimantMatches(actualFigures[a]?.claimant ?? null, expectedFigures[e]?.claimant ?? [null], expected.entities, entitiesById);
  const whatOk = (a: number, e: number): boolean => sharesWord(actualFigures[a]?.what ?? '', expectedFigures[e]?.what ?? '');
  const optional = expectedFigures.map((figure) => figure.optional);
  const matching = tieredMatching(actualFigures.length, optional, [
    (a, e) => numbersMatch(a, e) && claimantOk(a, e) && whatOk(a, e),
    (a, e) => numbersMatch(a, e) && claimantOk(a, e),
    (a, e) => numbersMatch(a, e) && whatOk(a, e),
    numbersMatch,
  ]);
  let right = 0;
  let judged = 0;
  const wrongClaimants: ClaimantMismatch[] = [];
  for (const [actualIndex, expectedIndex] of matching) {
    const expectedFigure = expectedFigures[expectedIndex];
    const actualFigure = actualFigures[actualIndex];
    if (!expectedFigure || !actualFigure || expectedFigure.optional) continue;
    judged++;
    if (claimantOk(actualIndex, expectedIndex)) right++;
    else wrongClaimants.push({ figure: figureLabel(expectedFigure), expected: expectedFigure.claimant, actual: actualFigure.claimant });
  }
  const matchedExpected = new Set(matching.values());
  return {
    figures: scoreMatching(matching, optional, actualFigures.length),
    claimants: { right, judged },
    missing: expectedFigures.flatMap((figure, index) => (figure.optional || matchedExpected.has(index) ? [] : [figureLabel(figure)])),
    extra: actualFigures.flatMap((figure, index) => (matching.has(index) ? [] : [figureLabel(figure)])),
    wrongClaimants,
  };
}

/**
 * Score metadata fields.
 * @param expected The hand annotation.
 * @param actual The pipeline's metadata.
 * @returns A verdict per field and for all four.
 */
function scoreMetadata(expected: ExpectedArticle, actual: AnnotatedArticle['metadata']): MetadataScore {
  const title = expected.title.some((accepted) => foldTitle(accepted) === foldTitle(actual.title));
  const outlet = nullableMatch(expected.outlet, actual.outlet, foldLoose);
  const author = nullableMatch(expected.author, actual.author, foldLoose);
  const published = nullableMatch(expected.published, actual.published, (text) => text.trim());
  return { title, outlet, author, published, all: title && outlet && author && published };
}

/**
 * Compare a nullable field against its accepted values.
 * @param accepted Accepted values, or null when the field must be null.
 * @param actual The pipeline's value.
 * @param key The comparison key function.
 * @returns Whether the value is accepted.
 */
function nullableMatch(accepted: readonly string[] | null, actual: string | null, key: (text: string) => string): boolean {
  if (accepted === null) return actual === null || actual.trim() === '';
  if (actual === null) return false;
  const actualKey = key(actual);
  return accepted.some((value) => key(value) === actualKey);
}

/**
 * Score the article's countries as sets.
 * @param expected The hand annotation.
 * @param actual The pipeline's country codes.
 * @returns Measures, missing and extra codes.
 */
function scoreCountries(expected: ExpectedArticle, actual: readonly string[]) {
  const required = new Set(expected.countries);
  const optional = new Set(expected.countriesOptional.filter((code) => !required.has(code)));
  const found = new Set(actual.map((code) => code.toUpperCase()).filter((code) => !optional.has(code)));
  const hits = [...found].filter((code) => required.has(code)).length;
  return {
    measures: precisionRecall(hits, required.size, found.size),
    missing: [...required].filter((code) => !found.has(code)),
    extra: [...found].filter((code) => !required.has(code)),
  };
}

/** The dash (or colon) between a dateline and its paragraph: " — ", " - ", ": ". */
const DATELINE_DASH = /^\s*(?:\([^()]{1,40}\)\s*)?[—–:-]+\s*/u;

/**
 * Check the body: furniture and glued fragments gone, real paragraphs kept.
 * @param expected The hand annotation.
 * @param paragraphs The pipeline's body paragraphs.
 * @returns What was left that should not be, and what was lost.
 */
function scoreBody(expected: ExpectedArticle, paragraphs: readonly string[]) {
  const folded = paragraphs.map(foldText);
  const keptOpenings = expected.bodyMustKeep.map(foldText);
  const outletNames = (expected.outlet ?? []).map(foldText);
  const furnitureLeft = expected.furniture.filter((line) => {
    const key = foldText(line);
    // A furniture line that is also how a real paragraph begins (a masthead
    // "Human Rights Watch" above "Human Rights Watch said ...") is left only
    // where it stands as a paragraph of its own.
    if (keptOpenings.some((opening) => opening.startsWith(key))) return folded.includes(key);
    // The masthead's name as a line of its own ("The Example Times") is furniture, but the reporter may
    // quote the outlet by name in running text ("..., speaking to The Example Times."): there it is left
    // only as a paragraph of its own or glued to a paragraph's start or end.
    if (outletNames.includes(key)) return folded.some((paragraph) => paragraphHoldsLine(paragraph, key, false));
    // A kicker that names the dateline's place ("Fort Hood" over the title, "FORT HOOD — A military jury ..."):
    // the dateline opening a kept paragraph is no furniture left.
    const isDateline = (paragraph: string): boolean =>
      paragraph.startsWith(key) && keptOpenings.some((opening) => paragraph.slice(key.length).replace(DATELINE_DASH, '').startsWith(opening));
    return folded.some((paragraph) => paragraphHoldsLine(paragraph, key) && !isDateline(paragraph));
  });
  const strayTextLeft = expected.bodyMustNotContain.filter((text) => {
    const key = foldText(text);
    return key !== '' && folded.some((paragraph) => paragraph.includes(key));
  });
  const paragraphsLost = expected.bodyMustKeep.filter((prefix) => {
    const key = foldText(prefix);
    return !folded.some((paragraph) => paragraph.includes(key));
  });
  return { furnitureLeft, strayTextLeft, paragraphsLost };
}

/**
 * An empty result for an article the pipeline could not annotate, so that it
 * still counts (everything missed) in the totals.
 * @param id The article id.
 * @param source The seed path.
 * @returns An article with nothing in it.
 */
export function emptyArticle(id: string, source: string): AnnotatedArticle {
  return {
    id,
    source,
    metadata: { title: '', outlet: null, author: null, published: null },
    countries: [],
    entities: [],
    figures: [],
    paragraphs: [],
  };
}

/**
 * Sum per-article scores into corpus totals.
 * @param scores Per-article scores.
 * @returns Micro-averaged measures and shares of articles.
 */
export function summarise(scores: readonly ArticleScore[]): EvaluationSummary {
  const total = (pick: (score: ArticleScore) => PrecisionRecall): PrecisionRecall => {
    let hits = 0;
    let expected = 0;
    let actual = 0;
    for (const score of scores) {
      const measures = pick(score);
      hits += measures.hits;
      expected += measures.expected;
      actual += measures.actual;
    }
    return precisionRecall(hits, expected, actual);
  };
  const share = (pick: (metadata: MetadataScore) => boolean): number =>
    scores.length === 0 ? 1 : scores.filter((score) => pick(score.metadata)).length / scores.length;
  const right = scores.reduce((sum, score) => sum + score.claimants.right, 0);
  const judged = scores.reduce((sum, score) => sum + score.claimants.judged, 0);
  return {
    articles: scores.length,
    entities: total((score) => score.entities),
    entitiesAnyType: total((score) => score.entitiesAnyType),
    figures: total((score) => score.figures),
    claimantAccuracy: judged === 0 ? 1 : right / judged,
    claimants: { right, judged },
    metadata: {
      title: share((metadata) => metadata.title),
      outlet: share((metadata) => metadata.outlet),
      author: share((metadata) => metadata.author),
      published: share((metadata) => metadata.published),
      all: share((metadata) => metadata.all),
    },
    countries: total((score) => score.countries),
    furnitureLeft: scores.reduce((sum, score) => sum + score.furnitureLeft.length, 0),
    strayTextLeft: scores.reduce((sum, score) => sum + score.strayTextLeft.length, 0),
    paragraphsLost: scores.reduce((sum, score) => sum + score.paragraphsLost.length, 0),
  };
}

/**
 * Check the totals against the quality bar.
 * @param summary Corpus totals.
 * @returns One verdict per target.
 */
export function checkTargets(summary: EvaluationSummary): TargetVerdict[] {
  const atLeast = (name: string, value: number, target: number): TargetVerdict => ({ name, value, target, met: value >= target });
  return [
    atLeast('entity F1', summary.entities.f1, TARGETS.entityF1),
    atLeast('figure F1', summary.figures.f1, TARGETS.figureF1),
    atLeast('claimant accuracy', summary.claimantAccuracy, TARGETS.claimantAccuracy),
    atLeast('metadata all four right', summary.metadata.all, TARGETS.metadataAllFour),
    {
      name: 'furniture lines left',
      value: summary.furnitureLeft,
      target: TARGETS.furnitureLeft,
      met: summary.furnitureLeft <= TARGETS.furnitureLeft,
    },
  ];
}
