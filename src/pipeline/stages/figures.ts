/**
 * Figures stage: every numeric claim of an article's body, with what it counts,
 * who claims it and the date it refers to.
 *
 * Per paragraph: split sentences, find quotations and entity mentions once; per
 * sentence: find quantities (regular expressions), keep the ones that are claims,
 * describe what they count, attribute them, date them. No NLP parser runs: the
 * work is linear in the text, for hundreds of articles a second.
 *
 * Decisions:
 * - A figure inside a quotation belongs to the quotation's speaker, even when the
 *   speaker cites others inside it ("Experts say, between 30 and 50 thousand ...,"
 *   he said -> the speaker).
 * - A restatement ("The figure of 40 dead ...", "the 22" when 22 was already given)
 *   is emitted again only when its own clause attributes it anew ("the government
 *   has given the figure of 330"): then it is a distinct claim by another claimant.
 * - Unattributed narration takes the body named as the sentence's subject
 *   ("The Kyrgyz authorities have detained 44 ..."), else null.
 * - asOf is the date phrase nearest the figure in its sentence (not a "since"/"from"
 *   period start), resolved against the publication date; else the publication date.
 */
import type { ArticleEntity, ArticleFigure, ArticleText, IsoDate } from '../types.ts';
import { splitSentences, findQuotations, type QuotationSpan, type SentenceSpan } from '../lib/sentences.ts';
import { findQuantities, type Quantity } from '../lib/quantities.ts';
import { describeCounted, isCountedClaim } from '../lib/counted-phrase.ts';
import { findDatePhrases, type DatePhrase } from '../lib/relative-dates.ts';
import {
  buildEntityIndex,
  chooseFrame,
  findEntityMentions,
  findFrames,
  quotationSpeaker,
  quoteIndexAt,
  rememberMentions,
  type Attribution,
  type Discourse,
  type EntityIndex,
  type EntityMention,
  type SentenceScope,
} from '../lib/claimants.ts';

/** Date-phrase leads that mark the start or end of a period, not the date of a count. */
const PERIOD_LEADS = new Set(['since', 'from', 'until', 'till', 'between', 'for', 'after', 'before', 'to', 'through', 'throughout']);

/** A participle that dates another thing than the figure: "a law adopted in 2015", "founded in 2014". */
const DATES_ANOTHER_THING =
  /(?:^|[^\p{L}])(?:[\p{L}]+)\s+(?:adopted|founded|established|created|formed|born|signed|passed|enacted|approved|introduced|set up|proclaimed|designated|banned|built|opened|held|published|released)\s+$/u;

/** A cue that a number restates an earlier figure: "the figure of 40", "this number of". */
const RESTATEMENT_CUE = /\b(?:the|this|that|a|an)\s+(?:["“][^"”]{1,20}["”]\s+|\w+\s+)?(?:figure|number|estimate|total|toll|tally|count)\s+of\s+$/i;

/** What one paragraph hands to the next. */
interface ArticleMemory {
  /** The speaker of the last quotation, for a quotation continued in the next paragraph. */
  previousSpeaker: Attribution | null;
  /** The head of the last figure's noun phrase, for "Of them, ..." in a later sentence. */
  antecedent: string | null;
}

/** One paragraph, prepared once. */
interface PreparedParagraph {
  text: string;
  index: number;
  sentences: SentenceSpan[];
  quotations: QuotationSpan[];
  /** The quotations that look like reported speech. */
  speechQuotes: QuotationSpan[];
  mentions: EntityMention[];
}

/**
 * Extracts the figures of an article.
 * @param text The article's clean body and metadata (for the publication date).
 * @param entities The article's entities, for claimants.
 * @returns Figures in text order.
 */
export function extractFigures(text: ArticleText, entities: ArticleEntity[]): ArticleFigure[] {
  const index = buildEntityIndex(entities);
  const published = text.metadata.published;
  const discourse: Discourse = { persons: [], organizations: [], lastSpeaker: null };
  const figures: ArticleFigure[] = [];
  const memory: ArticleMemory = { previousSpeaker: null, antecedent: null };
  text.paragraphs.forEach((paragraph, paragraphIndex) => {
    const prepared = prepareParagraph(paragraph, paragraphIndex, index);
    figures.push(...paragraphFigures(prepared, index, discourse, published, figures, memory));
  });
  return figures;
}

/**
 * Splits a paragraph and finds its quotations and entity mentions.
 * @param paragraph The paragraph text.
 * @param paragraphIndex Its index in the body.
 * @param index The entity index.
 */
function prepareParagraph(paragraph: string, paragraphIndex: number, index: EntityIndex): PreparedParagraph {
  const quotations = findQuotations(paragraph);
  return {
    text: paragraph,
    index: paragraphIndex,
    sentences: splitSentences(paragraph),
    quotations,
    speechQuotes: quotations.filter((q) => q.speech),
    mentions: findEntityMentions(paragraph, index),
  };
}

/**
 * Builds the scope of a slice of a paragraph (a sentence, or part of one).
 * @param paragraph The prepared paragraph.
 * @param from Start offset in the paragraph.
 * @param to End offset in the paragraph.
 * @param index The entity index.
 * @param discourse The discourse memory.
 */
function scopeOf(paragraph: PreparedParagraph, from: number, to: number, index: EntityIndex, discourse: Discourse): SentenceScope {
  return {
    sentence: paragraph.text.slice(from, to),
    mentions: paragraph.mentions
      .filter((m) => m.start >= from && m.end <= to)
      .map((m) => ({ entity: m.entity, start: m.start - from, end: m.end - from })),
    position: paragraph.index * 1_000_000 + from,
    quotes: paragraph.speechQuotes.map((q, k) => ({ index: k, start: q.start - from, end: q.end - from })),
    index,
    discourse,
  };
}

/**
 * Finds who speaks each speech quotation of a paragraph; a quotation without its own
 * attribution continues the previous speaker (within the paragraph, or from the
 * paragraph before when it opens the paragraph).
 * @param paragraph The prepared paragraph.
 * @param index The entity index.
 * @param discourse The discourse memory.
 * @param memory What earlier paragraphs left: the last quotation speaker (updated here).
 */
function quotationSpeakers(
  paragraph: PreparedParagraph,
  index: EntityIndex,
  discourse: Discourse,
  memory: ArticleMemory,
): (Attribution | null)[] {
  const speakers: (Attribution | null)[] = [];
  paragraph.speechQuotes.forEach((quote, k) => {
    const closing = paragraph.sentences.find((s) => quote.end > s.start && quote.end <= s.end) ?? null;
    const opening = paragraph.sentences.find((s) => quote.start >= s.start && quote.start < s.end) ?? null;
    const after = closing && quote.end < closing.end ? scopeOf(paragraph, quote.end, closing.end, index, discourse) : null;
    const before = opening && quote.start > opening.start ? scopeOf(paragraph, opening.start, quote.start, index, discourse) : null;
    let speaker = quotationSpeaker(before, after);
    if (!speaker) {
      const previous = k > 0 ? speakers[k - 1] : quote.start === 0 ? memory.previousSpeaker : null;
      speaker = previous ?? null;
    }
    speakers.push(speaker);
  });
  const last = speakers[speakers.length - 1];
  if (last) memory.previousSpeaker = last;
  else if (paragraph.speechQuotes.length === 0) memory.previousSpeaker = null;
  return speakers;
}

/**
 * Extracts the figures of one paragraph.
 * @param paragraph The prepared paragraph.
 * @param index The entity index.
 * @param discourse The discourse memory (updated with people and speakers).
 * @param published The publication date, or null.
 * @param earlier Figures of earlier paragraphs, for restatements.
 * @param memory What earlier paragraphs left (last speaker, last counted noun); updated.
 */
function paragraphFigures(
  paragraph: PreparedParagraph,
  index: EntityIndex,
  discourse: Discourse,
  published: IsoDate | null,
  earlier: ArticleFigure[],
  memory: ArticleMemory,
): ArticleFigure[] {
  const out: ArticleFigure[] = [];
  // People of the whole paragraph are remembered first: resolution only looks backwards.
  const scopes = paragraph.sentences.map((s) => scopeOf(paragraph, s.start, s.end, index, discourse));
  for (const scope of scopes) rememberMentions(discourse, scope.sentence, scope.mentions, scope.position);
  const speakers = quotationSpeakers(paragraph, index, discourse, memory);
  // The head of the previous figure, for "Of them, 600 are children" and "of whom 50 ...".
  let antecedent: string | null = memory.antecedent;
  let previousQuantity: { quantity: Quantity; sentence: string } | null = null;
  paragraph.sentences.forEach((sentence, k) => {
    const scope = scopes[k] as SentenceScope;
    const frames = findFrames(scope);
    const quantities = findQuantities(sentence.text).filter((q) => isFigure(sentence.text, q));
    const dates = quantities.length > 0 ? findDatePhrases(sentence.text, published) : [];
    for (const quantity of quantities) {
      const quote = quoteIndexAt(scope, quantity.numberStart);
      const attribution = attribute(frames, quantity, quote, speakers);
      const previous = out[out.length - 1] ?? earlier[earlier.length - 1];
      const partOfPrevious = previous !== undefined && refersToPreviousFigure(sentence.text, quantity);
      const ownDate = figureDate(sentence.text, dates, quantity);
      const previousEnd = previousQuantity?.sentence === sentence.text ? previousQuantity.quantity.end : undefined;
      const counted = describeCounted(sentence.text, quantity, { antecedent, ...(previousEnd === undefined ? {} : { previousEnd }) });
      const figure = buildFigure(quantity, counted.what, attribution, ownDate ?? published, sentence.text);
      if (partOfPrevious && previous) {
        // "Of them, 600 are children": the part comes from the same source, as of the same date.
        if (attribution === null) figure.claimant = previous.claimant;
        if (ownDate === null) figure.asOf = previous.asOf;
      }
      const conversion = isConversion(sentence.text, quantity, previousQuantity);
      antecedent = counted.head || antecedent;
      memory.antecedent = antecedent;
      previousQuantity = { quantity, sentence: sentence.text };
      if (conversion || isRestatement(sentence.text, quantity, attribution, [...earlier, ...out])) continue;
      out.push(figure);
    }
    // The last person credited with speech carries "he"/"the expert" forward.
    for (const frame of frames) {
      const entity = frame.attribution.isEntity ? index.entities.find((e) => e.id === frame.attribution.claimant) : undefined;
      if (entity?.type === 'person' && frame.attribution.kind !== 'body') {
        discourse.lastSpeaker = { entity, position: scope.position + frame.anchor };
      }
    }
  });
  return out;
}

/**
 * Whether a figure is a part of the previous one: "Of them, 600 are children",
 * "Among them, 30 women", "300, of whom 50 ...".
 * @param sentence The sentence.
 * @param quantity The quantity.
 */
function refersToPreviousFigure(sentence: string, quantity: Quantity): boolean {
  const before = sentence.slice(0, quantity.start);
  if (/^\s*(?:of|among)\s+(?:them|these|those|whom)\s*,?\s*$/i.test(before)) return true;
  return /^\s+of\s+(?:them|these|those|whom)\b/i.test(sentence.slice(quantity.end));
}

/**
 * Whether a quantity is a numeric claim: small numbers in words need a countable
 * noun or a claim verb ("two foreign nationals", "eight have been convicted").
 * @param sentence The sentence.
 * @param quantity The quantity.
 */
function isFigure(sentence: string, quantity: Quantity): boolean {
  if (quantity.smallWord) return isCountedClaim(sentence, quantity);
  return true;
}

/**
 * Attributes a figure: the quotation's speaker when the figure is quoted and the
 * speaker is an entity; else the best frame of the sentence; else the speaker's words.
 * @param frames The sentence's frames.
 * @param quantity The figure's quantity.
 * @param quote The figure's speech quotation index in the paragraph, or -1.
 * @param speakers Speakers of the paragraph's speech quotations.
 */
function attribute(
  frames: ReturnType<typeof findFrames>,
  quantity: Quantity,
  quote: number,
  speakers: (Attribution | null)[],
): Attribution | null {
  const speaker = quote >= 0 ? (speakers[quote] ?? null) : null;
  if (speaker?.isEntity) return speaker;
  return chooseFrame(frames, quantity.numberStart, quote) ?? speaker;
}

/**
 * Whether a figure restates an earlier one without a new attribution of its own:
 * "The figure of 40 dead ...", or "the 22" when 22 was already given.
 * @param sentence The sentence.
 * @param quantity The quantity.
 * @param attribution Its attribution.
 * @param earlier Figures emitted so far.
 */
function isRestatement(sentence: string, quantity: Quantity, attribution: Attribution | null, earlier: ArticleFigure[]): boolean {
  const prefix = sentence.slice(0, quantity.start);
  const sameValue = earlier.filter((f) => f.value === quantity.value && f.min === quantity.min && f.max === quantity.max && f.unit === quantity.unit);
  if (sameValue.length === 0) return false;
  const cue = RESTATEMENT_CUE.test(prefix) || /\bthe\s+$/i.test(prefix);
  if (!cue) return false;
  const freshlyAttributed = attribution !== null && attribution.kind === 'pre' && sameValue.every((f) => f.claimant !== attribution.claimant);
  return !freshlyAttributed;
}

/**
 * Whether an amount is the conversion of the amount just before it, in brackets:
 * "500 million tenge (about $1.1 million)". It restates the same claim.
 * @param sentence The sentence.
 * @param quantity The amount.
 * @param previous The previous quantity of the paragraph and its sentence.
 */
function isConversion(sentence: string, quantity: Quantity, previous: { quantity: Quantity; sentence: string } | null): boolean {
  if (!previous || previous.sentence !== sentence) return false;
  if (!isCurrency(quantity.unit) || !isCurrency(previous.quantity.unit)) return false;
  return /^\s*[(\[]\s*(?:or\s+)?$/.test(sentence.slice(previous.quantity.end, quantity.start));
}

/**
 * Whether a unit is a currency code.
 * @param unit The unit, or undefined.
 */
function isCurrency(unit: string | undefined): boolean {
  return unit !== undefined && /^[A-Z]{3}$/.test(unit);
}

/**
 * Builds the figure record of a quantity.
 * @param quantity The quantity.
 * @param what What it counts.
 * @param attribution Who claims it, or null.
 * @param asOf The date the figure refers to, or null.
 * @param sentence The sentence (becomes the quote).
 */
function buildFigure(
  quantity: Quantity,
  what: string,
  attribution: Attribution | null,
  asOf: IsoDate | null,
  sentence: string,
): ArticleFigure {
  const figure: ArticleFigure = {
    what,
    claimant: attribution?.claimant ?? null,
    asOf,
    quote: sentence,
  };
  if (quantity.value !== undefined) figure.value = quantity.value;
  else {
    figure.min = quantity.min as number;
    figure.max = quantity.max as number;
  }
  if (quantity.approx !== undefined) figure.approx = quantity.approx;
  if (quantity.unit !== undefined) figure.unit = quantity.unit;
  return orderFields(figure);
}

/**
 * Puts a figure's fields in a stable, readable order (value or range first).
 * @param figure The figure.
 */
function orderFields(figure: ArticleFigure): ArticleFigure {
  const ordered: ArticleFigure = {} as ArticleFigure;
  for (const key of ['value', 'min', 'max', 'approx', 'unit', 'what', 'claimant', 'asOf', 'quote'] as const) {
    if (figure[key] !== undefined) (ordered as unknown as Record<string, unknown>)[key] = figure[key];
  }
  return ordered;
}

/**
 * The date a figure refers to: the resolved date phrase nearest the figure in its
 * sentence (period starts like "since 2014" are skipped), else null (the caller then
 * falls back to the publication date).
 * Dates that say when something else happened ("a law adopted in 2015") are skipped.
 * @param sentence The sentence.
 * @param dates The sentence's date phrases, resolved against the publication date.
 * @param quantity The figure's quantity.
 */
function figureDate(sentence: string, dates: DatePhrase[], quantity: Quantity): IsoDate | null {
  let best: { date: IsoDate; distance: number } | null = null;
  for (const phrase of dates) {
    if (phrase.date === null || PERIOD_LEADS.has(phrase.lead)) continue;
    if (DATES_ANOTHER_THING.test(sentence.slice(Math.max(0, phrase.start - 40), phrase.start))) continue;
    if (phrase.start < quantity.end && phrase.end > quantity.start) continue;
    const distance = phrase.end <= quantity.start ? quantity.start - phrase.end : phrase.start - quantity.end;
    if (!best || distance < best.distance) best = { date: phrase.date, distance };
  }
  return best?.date ?? null;
}
