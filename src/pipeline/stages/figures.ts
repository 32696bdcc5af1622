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
 * - A source named in a paragraph carries to the later sentences of the same
 *   paragraph that name none ("According to the GKNB, ... Three of the detainees
 *   are women."), until another source is named. Other narration is unattributed
 *   (null), even with a body as its subject ("The authorities detained 44 ...").
 * - asOf is the date phrase nearest the figure in its sentence (not a "since"/"from"
 *   period start, nor a date attached to another figure), resolved against the
 *   publication date; else, for a carried figure, the date of the statement that named
 *   the source; else, for a person's figure, the date of the occasion they last spoke
 *   at ("X told reporters on Monday ..."); else the publication date.
 */
import type { ArticleEntity, ArticleFigure, ArticleText, IsoDate } from '../types.ts';
import { splitSentences, findQuotations, type QuotationSpan, type SentenceSpan } from '../lib/sentences.ts';
import { findQuantities, isDistanceUnit, type Quantity } from '../lib/quantities.ts';
import { describeCounted, isCountableNoun, isCountedClaim } from '../lib/counted-phrase.ts';
import { findDatePhrases, type DatePhrase } from '../lib/relative-dates.ts';
import {
  backReferenceSource,
  buildEntityIndex,
  chooseFrame,
  findEntityMentions,
  findFrames,
  isPersonDescription,
  quotationSpeaker,
  quoteIndexAt,
  rememberMentions,
  type Attribution,
  type Discourse,
  type EntityIndex,
  type EntityMention,
  type Frame,
  type SentenceScope,
} from '../lib/claimants.ts';
import { CarriedSource, sourceNamed } from '../lib/carried-source.ts';
import { languageVocabulary } from '../lib/language-vocabulary.ts';

/** Date-phrase leads that mark the start or end of a period, not the date of a count. */
const PERIOD_LEADS = new Set(['since', 'from', 'until', 'till', 'between', 'for', 'after', 'before', 'to', 'through', 'throughout']);

/** A participle that dates another thing than the figure: "a law adopted in 2015", "founded in 2014". */
const DATES_ANOTHER_THING =
  /(?:^|[^\p{L}])(?:[\p{L}]+)\s+(?:adopted|founded|established|created|formed|born|signed|passed|enacted|approved|introduced|set up|proclaimed|designated|banned|built|opened|held|published|released)\s+$/u;

/** A cue that a number restates an earlier figure: "the figure of 40", "this number of". */
const RESTATEMENT_CUE = /\b(?:the|this|that|a|an)\s+(?:["“][^"”]{1,20}["”]\s+|\w+\s+)?(?:figure|number|estimate|total|toll|tally|count)\s+of\s+$/i;

/** A speech verb confirming a figure given before, with no number of its own: "confirmed the toll", "confirmed the figure". */
const CONFIRMS_FIGURE = /^(?:confirmed|confirms|verified|corroborated)\s+(?:the|this|that)\s+(?:death\s+)?(?:toll|figure|figures|number|count|tally)\b(?!\s+(?:of|at|to)\b)/iu;

/** What one paragraph hands to the next. */
interface ArticleMemory {
  /** The speaker of the last quotation, for a quotation continued in the next paragraph. */
  previousSpeaker: Attribution | null;
  /** The head of the last figure's noun phrase, for "Of them, ..." in a later sentence. */
  antecedent: string | null;
  /**
   * Sentences begun since the last one with a figure (0 inside it): "6,000 of them" two sentences after the last
   * figure counts what the sentence between named ("The devices ..."), so it takes no claimant from that figure.
   */
  sentencesSinceFigure: number;
  /** The source of a paragraph that ended with a colon ("X gave these figures:"), for the next paragraph. */
  introduced?: Attribution | null;
  /** When each person last spoke (by entity id): the occasion's date, and where in the article. */
  spoke: Map<string, { date: IsoDate | null; position: number }>;
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
  const discourse: Discourse = { persons: [], organizations: [], lastSpeaker: null, sources: [], namedBodies: [], documents: [] };
  const figures: ArticleFigure[] = [];
  const memory: ArticleMemory = { previousSpeaker: null, antecedent: null, sentencesSinceFigure: Infinity, spoke: new Map() };
  const datesOf = sentenceDates(published);
  text.paragraphs.forEach((paragraph, paragraphIndex) => {
    const prepared = prepareParagraph(paragraph, paragraphIndex, index);
    figures.push(...paragraphFigures(prepared, index, discourse, published, datesOf, figures, memory));
  });
  const reported = reportedDocument(text.metadata.title, discourse);
  if (reported) for (const figure of figures) figure.claimant ??= reported;
  nameLedeSpeakers(figures, text.paragraphs, discourse, new Set(entities.map((entity) => entity.id)));
  // A number with nothing said about what it counts (one inside stray markup, say) is no claim.
  return figures.filter((figure) => figure.what.trim() !== '');
}

/**
 * Name the speaker a lede describes without naming: "84 people were killed, the prosecutor in charge of
 * the investigation said", then "Francois Molins, the Paris prosecutor who leads ..., told reporters".
 * A figure of the first two paragraphs claimed by a description takes the one person the article later
 * describes with the description's head noun; one claimed by "a new study" takes the publisher of the
 * document the first two paragraphs name with it.
 * @param figures The article's figures (claimants changed in place).
 * @param paragraphs The article's paragraphs.
 * @param discourse What the attributions found: persons with the words around them.
 * @param entityIds The ids of the article's entities (a claimant that is one is named already).
 */
function nameLedeSpeakers(figures: ArticleFigure[], paragraphs: readonly string[], discourse: Discourse, entityIds: ReadonlySet<string>): void {
  // "... rose by 61 percent, a new study says", then "The index, compiled by the institute, counted ...": the document's publisher.
  const ledeDocument = (discourse.documents ?? []).find((document) => document.isEntity && document.position < 2_000_000 && LEDE_DOCUMENT_NOUNS.has(document.noun));
  for (const figure of figures) {
    const claimant = figure.claimant;
    if (claimant === null || entityIds.has(claimant)) continue;
    const paragraph = paragraphs.findIndex((text) => text.includes(figure.quote));
    if (paragraph < 0 || paragraph > 1) continue;
    if (ledeDocument !== undefined && LEDE_DOCUMENT_NOUNS.has(claimant)) {
      figure.claimant = ledeDocument.claimant;
      continue;
    }
    // "an officer ..." is someone new; "the spokesman for the health department" is a body's voice, not the spokesman named later.
    // (The article may have been left out of the claimant's words: "a senior provincial official said" is someone new too.)
    if (!isPersonDescription(claimant) || /^(?:a|an|one)\s/iu.test(claimant) || indefiniteIn(figure.quote, claimant) || BODY_QUALIFIER.test(claimant)) continue;
    // Every word of the description's first phrase describes the person ("the Paris prosecutor"; "district police
    // chief" is no "Chief Minister").
    const words = (claimant.split(/\s+(?:of|for|in|at|with|who)\s/u)[0] ?? '').toLowerCase().split(/\s+/u).filter((word) => word !== '' && !['the', 'a', 'an'].includes(word));
    if (words.length === 0) continue;
    const described = new Set(discourse.persons.filter((person) => person.position >= paragraph * 1_000_000 && words.every((word) => person.context.has(word))).map((person) => person.entity.id));
    if (described.size === 1) figure.claimant = [...described][0] as string;
  }
}

/**
 * Whether a quote writes a description with an indefinite article before it ("a senior provincial official").
 * @param quote The figure's quote.
 * @param description The claimant's words.
 */
function indefiniteIn(quote: string, description: string): boolean {
  const at = quote.toLowerCase().indexOf(description.toLowerCase());
  return at > 0 && /(?:^|[^\p{L}])(?:a|an|one)\s+$/iu.test(quote.slice(Math.max(0, at - 5), at));
}

/** Names of a published document that a lede may cite before naming its publisher ("a new study says"). */
const LEDE_DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['study', 'report', 'index', 'survey', 'analysis', 'review', 'assessment']);

/** A body a description names its speaker by: "... for the regional health department", "... of the border service". */
const BODY_QUALIFIER = /\b(?:of|for|at|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:department|service|ministry|committee|office|agency|police|council|court|government|army|forces?|guard|commission|directorate|bureau)\b/iu;

/** A published document's name in a headline: "Global Terrorism Index 2023: ...", "UN report: ...". */
const TITLE_DOCUMENT = /\b(Index|Report|Survey|Study|Census|Assessment|Review|index|report|survey|study|census|assessment)\b/u;

/**
 * The publisher of the document an article is about: its headline names a document
 * ("Global Terrorism Index 2023: Deaths Fall") that its first two paragraphs cite with its
 * publisher ("according to the Global Terrorism Index, released by the IEP"). The
 * figures of such an article that no one else is said to give are the document's.
 * @param title The article's title.
 * @param discourse What the figures' attributions found, documents included.
 * @returns The publisher's entity id, or null.
 */
function reportedDocument(title: string | null, discourse: Discourse): string | null {
  const noun = title ? TITLE_DOCUMENT.exec(title)?.[1]?.toLowerCase() : undefined;
  if (!title || !noun) return null;
  const document = (discourse.documents ?? []).find((d) => d.noun === noun && d.isEntity && d.position < 2_000_000);
  if (document) return document.claimant;
  // The document itself cited as a source, under the name the headline gives it.
  const cited = (discourse.sources ?? []).find(({ entity, position }) => position < 2_000_000 && TITLE_DOCUMENT.test(entity.name) && title.includes(entity.name));
  return cited?.entity.id ?? null;
}

/** The date phrases of a sentence, resolved against the article's publication date. */
type SentenceDates = (sentence: string) => DatePhrase[];

/**
 * The date phrases of an article's sentences, each sentence scanned once (a sentence's
 * dates serve its figures, its speakers and the figures carried from it).
 * @param published The publication date, or null.
 * @returns A lookup of a sentence's date phrases (callers must not change them).
 */
function sentenceDates(published: IsoDate | null): SentenceDates {
  const known = new Map<string, DatePhrase[]>();
  return (sentence) => {
    let phrases = known.get(sentence);
    if (phrases === undefined) {
      phrases = findDatePhrases(sentence, published);
      known.set(sentence, phrases);
    }
    return phrases;
  };
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
  // Only a paragraph whose quotation a pronoun speaks ("...," he said) needs the speakers described before it.
  let described = PRONOUN_SPEAKER.test(paragraph.text) ? 0 : paragraph.sentences.length;
  paragraph.speechQuotes.forEach((quote, k) => {
    // "A security official who asked not to be named said ... . "...," he said.": the one described before the quotation.
    for (; described < paragraph.sentences.length && (paragraph.sentences[described]?.end ?? Infinity) <= quote.start; described++) {
      const sentence = paragraph.sentences[described] as SentenceSpan;
      const scope = scopeOf(paragraph, sentence.start, sentence.end, index, discourse);
      rememberDescribedSpeaker(findFrames(scope), scope.position, discourse);
    }
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
 * A person known only by a given name: "would give only his first name, Rustam",
 * "asked to be identified only by her first name, Dilnoza", "identified only as Rustam".
 * The name is group 1.
 */
const GIVEN_NAME_ONLY =
  /\b(?:(?:gave|give|gives|giving|offered|provided|shared|used|uses)\s+only\s+(?:his|her)\s+(?:first|given)\s+name|(?:identified|named|known)\s+only\s+(?:by\s+(?:his|her)\s+(?:first|given)\s+name|as))\s*,?\s+(\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/**
 * Remember a person known only by a given name ("would give only his first name,
 * Rustam") as the described speaker a later "he said" refers to.
 * @param scope The sentence scope.
 * @param discourse The discourse memory; its `lastDescribedSpeaker` is updated.
 */
function rememberGivenName(scope: SentenceScope, discourse: Discourse): void {
  const givenName = GIVEN_NAME_ONLY.exec(scope.sentence);
  if (!givenName) return;
  const at = givenName.index + givenName[0].length - (givenName[1] as string).length;
  if (scope.mentions.some((m) => m.start <= at && m.end > at)) return;
  discourse.lastDescribedSpeaker = { claimant: givenName[1] as string, position: scope.position + at };
}

/** A pronoun speaking a quotation: `," he said`, `" she told`. */
const PRONOUN_SPEAKER = /[,.!?]?["”»]\s*,?\s*(?:he|she)\s+\p{Ll}/u;

/**
 * Remember an unnamed speaker described in a sentence ("a security official who
 * asked not to be named said"), for a later "he said" (see `describedSpeakerFor`).
 * @param frames The sentence's frames.
 * @param position The sentence's position in the article.
 * @param discourse The discourse memory; its `lastDescribedSpeaker` is updated.
 */
function rememberDescribedSpeaker(frames: ReturnType<typeof findFrames>, position: number, discourse: Discourse): void {
  for (const frame of frames) {
    if (!frame.attribution.isEntity && (frame.attribution.kind === 'pre' || frame.attribution.kind === 'post') && isPersonDescription(frame.attribution.claimant)) {
      discourse.lastDescribedSpeaker = { claimant: frame.attribution.claimant, position: position + frame.anchor };
    }
  }
}

/**
 * Extracts the figures of one paragraph.
 * @param paragraph The prepared paragraph.
 * @param index The entity index.
 * @param discourse The discourse memory (updated with people and speakers).
 * @param published The publication date, or null.
 * @param datesOf The date phrases of a sentence.
 * @param earlier Figures of earlier paragraphs, for restatements.
 * @param memory What earlier paragraphs left (last speaker, last counted noun); updated.
 */
function paragraphFigures(
  paragraph: PreparedParagraph,
  index: EntityIndex,
  discourse: Discourse,
  published: IsoDate | null,
  datesOf: SentenceDates,
  earlier: ArticleFigure[],
  memory: ArticleMemory,
): ArticleFigure[] {
  const out: ArticleFigure[] = [];
  // People of the whole paragraph are remembered first: resolution only looks backwards.
  const scopes = paragraph.sentences.map((s) => scopeOf(paragraph, s.start, s.end, index, discourse));
  for (const scope of scopes) rememberMentions(discourse, scope.sentence, scope.mentions, scope.position);
  for (const scope of scopes) rememberGivenName(scope, discourse);
  const speakers = quotationSpeakers(paragraph, index, discourse, memory);
  // The head of the previous figure, for "Of them, 600 are children" and "of whom 50 ...".
  let antecedent: string | null = memory.antecedent;
  let previousQuantity: { quantity: Quantity; sentence: string } | null = null;
  // The last source named in the paragraph speaks for the sentences after it (see carried-source.ts).
  const carry = new CarriedSource();
  if (memory.introduced) carry.introduce(memory.introduced);
  let lastFrames: ReturnType<typeof findFrames> = [];
  // The date of the last figure a source gave in its own sentence.
  let sourceDate: IsoDate | null = null;
  // The figures of the sentence before, which a later "Об этом заявил X" gives to X.
  let previousSentenceFigures: ArticleFigure[] = [];
  paragraph.sentences.forEach((sentence, k) => {
    const scope = scopes[k] as SentenceScope;
    memory.sentencesSinceFigure++;
    const frames = findFrames(scope);
    lastFrames = frames;
    // "The number of people killed rose to 128. Home Minister X confirmed the toll, ...": a source confirming the
    // figure of the sentence before, which had none, is its source.
    const confirming = memory.sentencesSinceFigure === 1 ? frames.find((frame) => frame.attribution.kind !== 'weak' && CONFIRMS_FIGURE.test(sentence.text.slice(frame.anchor))) : undefined;
    const unconfirmed = out[out.length - 1] ?? earlier[earlier.length - 1];
    if (confirming && unconfirmed && unconfirmed.claimant === null) unconfirmed.claimant = confirming.attribution.claimant;
    // "Более 30 граждан ... . Об этом заявил посол ... Даурен Абаев": the source of the sentence before, named after it.
    const backSource = backReferenceSource(scope);
    if (backSource !== null && memory.sentencesSinceFigure === 1) for (const figure of previousSentenceFigures) figure.claimant ??= backSource;
    // (The person so named speaks last: "По словам дипломата" after it is theirs.)
    const backPerson = backSource === null ? undefined : index.entities.find((entity) => entity.id === backSource && entity.type === 'person');
    if (backPerson !== undefined) discourse.lastSpeaker = { entity: backPerson, position: scope.position };
    const sentenceFigures: ArticleFigure[] = [];
    const found = findQuantities(sentence.text);
    const quantities = found.filter((q) => isFigure(sentence.text, q, found));
    const dates = quantities.length > 0 ? datesOf(sentence.text) : [];
    // "Police later detained 30 returnees": a new actor's deed is narration; no source named
    // before carries into it (a closing "..., he said" may still claim the paragraph).
    // "In March 2021, 79 children were brought home": background dated years before the
    // article is the narrator's, not more of the account of the source named before.
    // "Le 20 janvier, 36 civils ..., selon le gouvernement. Le 24 décembre, 35 civils avaient perdu la vie.": a sentence
    // opening with a date before the one its predecessor's source spoke of tells an earlier event, in the narrator's voice.
    const newActor = quantities.length > 0 && (opensWithActor(scope) || opensWithEarlierYear(sentence.text, published) || opensWithDateBefore(sentence.text, dates, sourceDate));
    // "X has said that ... . The way he handled it led to a vote, 98 to 61.": a sentence
    // about the source is the narrator's, not the source's account.
    carry.startSentence(newActor || (quantities.length > 0 && speaksAboutSource(scope, frames, carry.source, index)));
    for (const quantity of quantities) {
      const quote = quoteIndexAt(scope, quantity.numberStart);
      const own = deniedReportsAttribution(sentence.text, quantity) ?? attribute(frames, quantity, quote, speakers);
      // "the Paris attacks of November 2015, in which 130 people were killed": an earlier event's toll is background, nobody's claim.
      // "... the attack on the USS Cole in 2000, which killed 17 sailors": in a sentence that names no source, nor does the one before.
      const background = isEarlierEventToll(sentence.text, quantity.start, published) || (own === null && isEarlierEventRunOn(sentence.text, quantity.start, published));
      const attribution = background ? null : carry.attributionFor(own, quote);
      const previous = out[out.length - 1] ?? earlier[earlier.length - 1];
      const partOfPrevious = previous !== undefined && memory.sentencesSinceFigure <= 1 && refersToPreviousFigure(sentence.text, quantity, previousQuantity?.sentence === sentence.text);
      const ownDate = figureDate(sentence.text, dates, quantity, quantities);
      const previousEnd = previousQuantity?.sentence === sentence.text ? previousQuantity.quantity.end : undefined;
      const counted = describeCounted(sentence.text, quantity, { antecedent, ...(previousEnd === undefined ? {} : { previousEnd }) });
      // Without a date of its own, a carried figure is as of the statement that named its
      // source, and a person's figure as of the occasion they spoke at.
      // "In the interview, X added ...": the occasion named before, not the one X spoke at last.
      const statementDate = ownDate !== null || OCCASION_BACK_REFERENCE.test(sentence.text) ? null : carry.isCarried(attribution)
        ? carry.statementDate((text, anchor) => statementDateOf(text, datesOf(text), anchor))
        : spokenDate(attribution, memory, scope.position);
      // "two more", "three others": more of what the figure before counted.
      const more = antecedent !== null && /^\s+(?:more|others|further|additional)\b/i.test(sentence.text.slice(quantity.end)) && /^(?:and|or|but|to|the|more)?$/i.test(counted.what.trim());
      // "rose from 120 to 180": the second count is of what the first one counted.
      // "eight ... last year, up from two in 2016": the earlier count of the same thing.
      const changedFrom = previousEnd !== undefined && CHANGE_FROM_BEFORE.test(sentence.text.slice(previousEnd, quantity.start))
        && (counted.what.trim() === '' || CHANGE_FROM_BEFORE.test(`${counted.what.trim()} `));
      const sameThing = (counted.what.trim() === '' && previousEnd !== undefined && /^\s+to\s+$/i.test(sentence.text.slice(previousEnd, quantity.start))) || changedFrom
        ? out[out.length - 1]?.what ?? '' : '';
      const figure = buildFigure(quantity, more ? `more ${antecedent}` : sameThing || counted.what, attribution, ownDate ?? statementDate ?? published, sentence.text);
      if (partOfPrevious && previous) {
        // "Of them, 600 are children": the part comes from the same source, as of the same date.
        // (A new actor's deed, "Police later freed 5 of them", stays narration.)
        // (Carried or not, within one sentence: "224 people, 12 of them Americans" is as much background as the 224.)
        const sameSentence = previousQuantity?.sentence === sentence.text;
        if ((attribution === null || (own === null && sameSentence)) && !newActor) figure.claimant = previous.claimant;
        if (ownDate === null) figure.asOf = previous.asOf;
      }
      const conversion = isConversion(sentence.text, quantity, previousQuantity);
      antecedent = counted.head || antecedent;
      memory.antecedent = antecedent;
      previousQuantity = { quantity, sentence: sentence.text };
      memory.sentencesSinceFigure = 0;
      if (conversion || isRestatement(sentence.text, quantity, attribution, earlier, out)) continue;
      carry.remember(figure, own !== null, quote, newActor);
      if (own !== null) sourceDate = figure.asOf ?? null;
      out.push(figure);
      sentenceFigures.push(figure);
    }
    previousSentenceFigures = sentenceFigures;
    // The last person credited with speech carries "he"/"the expert" forward.
    for (const frame of frames) {
      const entity = frame.attribution.isEntity ? index.entities.find((e) => e.id === frame.attribution.claimant) : undefined;
      if (entity?.type === 'person' && frame.attribution.kind !== 'body') {
        discourse.lastSpeaker = { entity, position: scope.position + frame.anchor };
      }
      // "..., a former employee of the prison service told the site. He estimated ...": the one described.
      if (!frame.attribution.isEntity && (frame.attribution.kind === 'pre' || frame.attribution.kind === 'post') && isPersonDescription(frame.attribution.claimant)) {
        discourse.lastDescribedSpeaker = { claimant: frame.attribution.claimant, position: scope.position + frame.anchor };
      }
      if (entity && frame.quote < 0 && !frame.local) discourse.sources?.push({ entity, position: scope.position + frame.anchor });
      // When a person spoke ("spoke to journalists on Thursday"): the date of their later
      // figures; a later "he said" without a date keeps the occasion's date.
      if (entity?.type === 'person' && frame.quote < 0) {
        const date = statementDateOf(sentence.text, datesOf(sentence.text), frame.anchor);
        const before = memory.spoke.get(entity.id);
        const recent = before !== undefined && scope.position - before.position <= 2_000_000;
        memory.spoke.set(entity.id, { date: date ?? (recent ? before.date : null), position: scope.position });
      }
    }
    carry.endSentence(sourceNamed(frames), frames, sentence.text, quantities.length > 0, index, k === 0);
  });
  // "X said in a statement:" or "The ministry issued a statement." closing a paragraph
  // without quotations: a quotation opening the next paragraph is theirs.
  const introducer = sourceNamed(lastFrames);
  if (paragraph.speechQuotes.length === 0) {
    memory.previousSpeaker = introducer ? { ...introducer.attribution, kind: 'quote' } : null;
  }
  // "The spokesman gave the figures:" then a paragraph of figures: the spokesman's.
  memory.introduced = introducer && /:\s*$/.test(paragraph.text) ? introducer.attribution : null;
  return out;
}

/** A sentence opening with a definite occasion named before: "In the interview, ...", "At the same briefing, ...". */
const OCCASION_BACK_REFERENCE = /^(?:in|at|during)\s+(?:the|that|this|the same)\s+(?:interview|briefing|press conference|news conference|meeting|speech|statement|session|address|hearing)\b/i;

/** A third-person pronoun that may stand for a person source outside a speech frame. */
const THIRD_PERSON = /(?<![\p{L}])(?:he|him|his|she|her)(?![\p{L}])/iu;

/**
 * Whether a sentence talks about the source carried from an earlier sentence: it names
 * the source again, or (for a person) refers to them as "he", "his", "her". Such a
 * sentence is narration about the source, not more of its account (its own frames,
 * "he said", still attribute its figures).
 * @param scope The sentence scope.
 * @param frames The sentence's frames (a frame of the source itself is no talk about it).
 * @param source The carried source, or null.
 * @param index The entity index (for the source's type).
 * @returns True when the sentence is about the source.
 */
function speaksAboutSource(scope: SentenceScope, frames: readonly Frame[], source: Attribution | null, index: EntityIndex): boolean {
  // "..., Kasymov said.": the source named again as the speaker is more of its account.
  if (!source?.isEntity || frames.some((frame) => frame.attribution.claimant === source.claimant)) return false;
  if (scope.mentions.some((m) => m.entity.id === source.claimant)) return true;
  const person = index.entities.find((e) => e.id === source.claimant)?.type === 'person';
  return person && THIRD_PERSON.test(scope.sentence);
}

/**
 * A body, armed group or attacker opening a sentence as the doer of an active verb: "Police later detained ...", "a gunman who ... shot dead".
 * (Not what befell them: "Seven attackers died" goes on with the source's account.)
 */
const ACTOR_SUBJECT =
  /^(?:[^,]{0,40},\s+)?(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:police(?:men)?|authorities|officials|security\s+(?:forces|services)|forces|troops|soldiers|officers|government|courts?|judges?|prosecutors|investigators|army|military|border\s+guards|guards|militants?|rebels?|gunm[ae]n|attackers?|assailants?|bombers?|insurgents?|jihadists?)(?:\s+who\s+[^,;]{1,80}?)?\s+(?:(?:\w+ly|later|also|then|soon|again|on\s+\w+day)\s+)*(?:have\s+|has\s+|had\s+)?(?!been\b|said\b|told\b|reported\b|stated\b|added\b|noted\b|announced\b|claimed\b|estimated\b|believed\b|died\b|perished\b|survived\b)(?:\p{Ll}+ed|shot|struck|hit|blew|drove|took|fled|fought|stole|threw|held|seized|broke|beat|stabbed|set)\b/u;

/**
 * Whether a sentence opens with a new actor doing something ("Police later detained
 * 30 returnees", "The GKNB seized 400 leaflets"): narration, into which no source
 * named before carries.
 * @param scope The sentence scope (for an organisation named at its start).
 */
function opensWithActor(scope: SentenceScope): boolean {
  const { sentence } = scope;
  if (ACTOR_SUBJECT.test(sentence.charAt(0).toLowerCase() + sentence.slice(1))) return true;
  // "Footage posted last week showed 40 men": what a picture shows is nobody's claim.
  if (PICTURE_SHOWS.test(sentence)) return true;
  // "It was reported in May that ...": an impersonal report names no source, and none carries into it.
  if (IMPERSONAL_REPORT.test(sentence)) return true;
  const lead = /^(?:[^,]{0,40},\s+)?(?:the\s+)?/i.exec(sentence)?.[0].length ?? 0;
  // "The GKNB seized ...", "Uzbekistan brought home 500 people", "Jane Doe flew 12 children home": a body, a country or a person doing something.
  const actor = scope.mentions.find((m) => m.start === lead);
  if (actor !== undefined && ACTOR_DEED.test(sentence.slice(actor.end))) return true;
  // "..., and Tajikistan has flown back more than 300 women": a clause of its own, opened by a new actor.
  return scope.mentions.some((m) => /,\s+and\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.start - 12), m.start)) && ACTOR_DEED.test(sentence.slice(m.end)));
}

/** A sentence opening with a past year as its time frame: "In March 2021,", "Back in 2016,", "In late 2019,". */
const EARLIER_YEAR_OPENER =
  /^(?:back\s+)?in\s+(?:(?:early|late|mid-?|the\s+(?:spring|summer|autumn|fall|winter)\s+of)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d),\s/i;

/**
 * An earlier year, then the clause that gives its event's toll, right before a number: "of November 2015, in which",
 * "the 2021 bombing that killed". (Not ", killing" nor ", which killed": a source's account often runs on in them,
 * "The authorities say his men attacked ... in 2015, killing 26".)
 */
const EARLIER_EVENT_TOLL =
  /\b((?:19|20)\d\d)\b[^.;:]{0,60}?(?:,\s*in which|\bthat killed)\s+(?:(?:more than|at least|about|around|nearly|almost|some|over|up to)\s+)?$/iu;

/**
 * @param sentence The sentence.
 * @param start Where the number starts in it.
 * @param published The publication date, or null.
 * @returns Whether the number is the toll of an event of an earlier year, told in a clause about that event.
 */
function isEarlierEventToll(sentence: string, start: number, published: IsoDate | null): boolean {
  return isBeforePublication(EARLIER_EVENT_TOLL.exec(sentence.slice(Math.max(0, start - 140), start))?.[1], published);
}

/**
 * An earlier year, then a clause that runs on into its event's toll: ", which killed", ", killing". A source's
 * own account may run on so, but a source carried from the sentence before does not speak for it.
 */
const EARLIER_EVENT_RUN_ON =
  /\b((?:19|20)\d\d)\b[^.;:]{0,60}?,\s*(?:which|that)\s+(?:killed|left|claimed)\s+(?:(?:more than|at least|about|around|nearly|almost|some|over|up to)\s+)?$/iu;

/**
 * @param sentence The sentence.
 * @param start Where the number starts in it.
 * @param published The publication date, or null.
 * @returns Whether the number is the toll of an event of an earlier year, in a clause run on from it.
 */
function isEarlierEventRunOn(sentence: string, start: number, published: IsoDate | null): boolean {
  return isBeforePublication(EARLIER_EVENT_RUN_ON.exec(sentence.slice(Math.max(0, start - 140), start))?.[1], published);
}

/**
 * @param year A year as written, or undefined.
 * @param published The publication date, or null.
 * @returns Whether the year is before the article's own.
 */
function isBeforePublication(year: string | undefined, published: IsoDate | null): boolean {
  return published !== null && year !== undefined && Number(year) < Number(published.slice(0, 4));
}

/**
 * Whether a sentence opens with a year before the article's own as its time frame, or
 * compares with an event of such a year whose figures it gives.
 * @param sentence The sentence text.
 * @param published The publication date, or null (then no sentence qualifies).
 * @returns True for "In March 2021, ..." in an article of 2023.
 */
function opensWithEarlierYear(sentence: string, published: IsoDate | null): boolean {
  if (LAST_YEAR_OPENER.test(sentence)) return true;
  return isBeforePublication((EARLIER_YEAR_OPENER.exec(sentence) ?? RUSSIAN_EARLIER_YEAR_OPENER.exec(sentence) ?? EARLIER_EVENT_COMPARISON.exec(sentence))?.[1], published);
}

/** A sentence opening in the year before the article's: "Last year, ...", "In February last year", "В феврале прошлого года", "В прошлом году". */
const LAST_YEAR_OPENER = /^(?:(?:in\s+(?:\p{L}+\s+)?)?last\s+year|в\s+(?:\p{L}+\s+)?прошлого\s+года|в\s+прошлом\s+году)(?![\p{L}])/iu;

/** The Russian of `EARLIER_YEAR_OPENER`: "В 2019 году", "В марте 2021 года", "В конце 2018 года". */
const RUSSIAN_EARLIER_YEAR_OPENER = /^(?:ещё\s+|еще\s+)?в\s+(?:(?:начале|конце|середине)\s+)?(?:\p{Ll}+\s+)?((?:19|20)\d\d)\s+(?:году|года)(?![\p{L}])/u;

/** What may stand before a date that opens a sentence: "On", French "Le", Spanish "El", German "Am". */
const DATE_OPENER = /^(?:on|le|el|am)?\s*$/iu;

/**
 * Whether a sentence opens with a date earlier than the one a source named before it spoke of.
 * @param sentence The sentence text.
 * @param dates The sentence's date phrases.
 * @param sourceDate The date of the last figure a source gave in its own sentence, or null.
 * @returns True for "On December 24, ..." after a source's figures of January 20.
 */
function opensWithDateBefore(sentence: string, dates: readonly DatePhrase[], sourceDate: IsoDate | null): boolean {
  const first = dates[0];
  if (sourceDate === null || first === undefined || first.date === null || first.start > 4 || !DATE_OPENER.test(sentence.slice(0, first.start))) return false;
  return first.date < sourceDate && !sourceDate.startsWith(first.date);
}

/**
 * A comparison with an event of an earlier year, the sentence's figures being that event's: "It is the
 * deadliest attack since the Beslan school siege of 2004, in which more than 330 people died."
 */
const EARLIER_EVENT_COMPARISON = /^[^.;:]{0,80}\b(?:since|than)\s+(?:the\s+)?[^.;:,]{0,60}?\b((?:19|20)\d\d)\b,?\s+(?:in|during|when|which|that)\s/iu;

/** A picture opening a sentence as the subject of "showed": "A video posted last year showed ...", "Footage from the camp shows ...". */
const PICTURE_SHOWS =
  /^(?:(?:a|an|the|one|another)\s+)?(?:[\p{L}-]+\s+)?(?:videos?|footage|photos?|photographs?|images?|pictures?|clips?|recordings?)(?![\p{L}])[^.;:]{0,120}?\s(?:showed|shows|show|depicted|depicts|captured)(?![\p{L}])/iu;

/** An impersonal report opening a sentence, without an agent: "It was reported in May that", "It is believed that". */
const IMPERSONAL_REPORT =
  /^(?:[^,]{0,40},\s+)?It\s+(?:was|has\s+been|had\s+been|is)\s+(?:widely\s+)?(?:reported|announced|claimed|alleged|believed|said|rumou?red)(?!\s+by\b)(?![\p{L}])/u;

/** An active past verb right after a sentence's opening body or country (not a speech verb, not a passive). */
const ACTOR_DEED =
  /^\s+(?:(?:\w+ly|later|also|then|again)\s+)*(?:have\s+|has\s+|had\s+)?(?!said\b|reported\b|stated\b|added\b|noted\b|announced\b|claimed\b|estimated\b|believed\b|counted\b|recorded\b|registered\b)(?:\p{Ll}+ed|brought|sent|took|caught|held|gave|made|sought|fought|won|lost|built|began|struck|shot|seized|freed|let|put|kept|bought|sold|paid|spent|flew|drove|went|came|ran|led|met|left|fled|threw|broke|became|hit|cut|set|withdrew|overran|stole)\b/u;

/**
 * The date of the occasion a person spoke at, for a figure they claim whose sentence
 * gives no date ("X spoke to journalists on Thursday." then "... 863 ...," he said):
 * the date next to the verb of the sentence where they last spoke, within two paragraphs.
 * @param attribution The figure's attribution.
 * @param memory The article memory (when each person spoke).
 * @param position The figure's sentence position in the article.
 * @returns The date, or null.
 */
function spokenDate(attribution: Attribution | null, memory: ArticleMemory, position: number): IsoDate | null {
  if (!attribution?.isEntity) return null;
  const spoke = memory.spoke.get(attribution.claimant);
  if (!spoke || position - spoke.position > 2_000_000) return null;
  return spoke.date;
}

/**
 * The date of a statement: a resolved date phrase just after its verb ("the ministry
 * said on Sunday", "said in a statement on Sunday") or in the sentence's opening phrase
 * ("In a statement on Monday, ..."); null when the sentence gives none. A date inside
 * the content ("the toll rose to 14 on Tuesday, the ministry said") is the figure's own.
 * @param sentence The sentence.
 * @param dates The sentence's date phrases.
 * @param anchor Offset of the frame's verb or "according to".
 */
function statementDateOf(sentence: string, dates: DatePhrase[], anchor: number): IsoDate | null {
  const comma = sentence.indexOf(',');
  const openingEnd = comma >= 0 && /^(?:in|on|at|late|early|earlier|later|last|this|speaking)\b/i.test(sentence) ? Math.min(anchor, comma) : 0;
  for (const phrase of dates) {
    if (phrase.date === null || PERIOD_LEADS.has(phrase.lead)) continue;
    // Right after the verb, before any "that" or figure: "said on Monday", "told RFE/RL on November 28".
    const afterVerb = phrase.start >= anchor && phrase.start - anchor <= 40 && !/\bthat\b|\d/.test(sentence.slice(anchor, phrase.start));
    if (afterVerb || phrase.end <= openingEnd) return phrase.date;
  }
  return null;
}

/**
 * The reports a subject denies, for a figure inside them: "The minister dismissed reports that the girls had
 * been exchanged for four commanders" is the reports' claim, not the minister's.
 */
const DENIED_REPORTS = /\b(?:denied|dismissed|rejected|refuted|disputed|denies|dismisses|rejects|refutes|disputes|deny|dismiss|reject|refute|dispute)\s+(?:the\s+)?((?:(?:media|press|news|local|earlier|unconfirmed|initial|online|social\s+media)\s+)*(?:reports?|claims?|allegations?|rumou?rs?|suggestions?))\s+that\b/giu;

/** A stem every DENIED_REPORTS match holds: a quick test. */
const DENIAL_CUE = /\b(?:den[iy]|dismiss|reject|refut|disput)/iu;

/**
 * The attribution of a figure that stands inside denied reports, or null.
 * @param sentence The sentence.
 * @param quantity The figure's quantity.
 * @returns The reports' words as the claimant.
 */
function deniedReportsAttribution(sentence: string, quantity: Quantity): Attribution | null {
  if (!DENIAL_CUE.test(sentence)) return null;
  let found: Attribution | null = null;
  for (const match of sentence.matchAll(DENIED_REPORTS)) {
    // (Only within the clause the reports open: "..., and said three officers were hurt" is the speaker's own.)
    if (match.index + match[0].length <= quantity.start && !/;|,\s+(?:and|but|while|adding|saying)\b/u.test(sentence.slice(match.index, quantity.start))) found = { claimant: (match[1] as string).toLowerCase(), kind: 'according', isEntity: false };
  }
  return found;
}

/**
 * Whether a figure is a part of the previous one: "Of them, 600 are children",
 * "Among them, 30 women", "300, of whom 50 ...", "50 of them". A relative "800,000 of
 * whom" points to the noun before it, so it is a part only of a figure of the same sentence.
 * @param sentence The sentence.
 * @param quantity The quantity.
 * @param previousInSentence Whether the previous figure is in the same sentence.
 */
function refersToPreviousFigure(sentence: string, quantity: Quantity, previousInSentence: boolean): boolean {
  const before = sentence.slice(0, quantity.start);
  if (/^\s*(?:of|among)\s+(?:them|these|those|whom)\s*,?\s*$/i.test(before)) return true;
  const after = sentence.slice(quantity.end);
  if (FRENCH_PARTITIVE_AFTER.test(after)) return true;
  if (/^\s+of\s+(?:whom|which)\b/i.test(after)) return previousInSentence;
  // "five of those killed", "two of those who left": a new group, not the previous figure's.
  return /^\s+of\s+(?:them|these|those)\b(?!\s+(?:who|whom|that|in|from|on|at|with|\w+ed)\b)/i.test(after);
}

/**
 * Whether a quantity is a numeric claim: small numbers in words need a countable
 * noun or a claim verb ("two foreign nationals", "eight have been convicted"), a
 * count they state ("gave the number of dead as five") or a breakdown of a figure
 * before them ("six were killed, four in Derbent and two in Makhachkala").
 * @param sentence The sentence.
 * @param quantity The quantity.
 * @param all Every quantity of the sentence (for a breakdown).
 */
function isFigure(sentence: string, quantity: Quantity, all: Quantity[]): boolean {
  // "five years in prison": a prison term needs no counted noun.
  if (!quantity.smallWord) return true;
  // "about four kilograms of TNT", "two percent": a measure needs no counted noun either.
  if (quantity.unit !== undefined || isCountedClaim(sentence, quantity)) return true;
  // "Четверо обвиняемых ...", "пятеро — из Оша": a collective numeral counts people by itself.
  if (languageVocabulary().peopleNumberWords.has(sentence.slice(quantity.numberStart, quantity.numberEnd).toLowerCase())) return true;
  const before = sentence.slice(Math.max(0, quantity.start - 90), quantity.start);
  if (STATED_COUNT.test(before)) return true;
  // "Из них семь были совершены, одно не удалось ...": the parts of the count before, its noun left out.
  if (isRussianPartitivePart(sentence, quantity, all)) return true;
  // "Trois d'entre elles n'ont pas ...": a French part of a group named before.
  if (FRENCH_PARTITIVE_AFTER.test(sentence.slice(quantity.end))) return true;
  // "Eight Taliban and six Daesh fighters died": a side named by its name, then "and" and a count of the same noun.
  const sides = NAMED_SIDE_AND_COUNT.exec(sentence.slice(quantity.end));
  if (sides && isCountableNoun((sides[2] as string).toLowerCase())) {
    const secondStart = quantity.end + (sides.index ?? 0) + sides[0].indexOf(sides[1] as string);
    if (all.some((q) => q.start === secondStart && q !== quantity)) return true;
  }
  // "at least three were under 18", "two were minors": a count of people by their age.
  if (/^\s+(?:of\s+them\s+)?(?:were|are|was)\s+(?:(?:still|all)\s+)?(?:minors|children|teenagers|juveniles|under(?:\s+the\s+age\s+of)?\s+\d{1,2}|under\s+age|underage)\b/i.test(sentence.slice(quantity.end))) return true;
  // "two were Romanian, four were South Korean": a count of people by their nationality.
  if (/^\s+(?:of\s+them\s+)?(?:were|are)\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic|ch|ek|ak|k)\b(?!\s+\p{Lu})/u.test(sentence.slice(quantity.end))) return true;
  // "eight foreign nationals last year, up from two in 2016": an earlier count of the same thing.
  if (CHANGE_FROM_BEFORE.test(before) && all.some((q) => q.end <= quantity.start && q.unit === undefined && (q.value ?? q.max ?? 0) > 1)) return true;
  // "eight consecutive life terms ... and two more": more of what a figure before counted.
  // ("et trois autres n'ont même pas ...": French "autres".)
  if (/^\s+(?:more|others|further|additional|autres)\b/i.test(sentence.slice(quantity.end)) && all.some((q) => q.end <= quantity.start && (q.value ?? q.max ?? 0) > 1)) return true;
  // "drove into shoppers, killing five.": the people a deed harmed, the noun left out at the clause's end.
  if (HARM_BEFORE.test(before) && CLAUSE_END_AFTER.test(sentence.slice(quantity.end, quantity.end + 6))) return true;
  return isBreakdown(sentence, quantity, all) || isElidedCount(sentence, quantity, all) || isParallelObject(sentence, quantity, all) || isListedCount(sentence, quantity, all);
}

/** After a number: one or two capitalised words, "and", the next number, up to two capitalised words and a noun ("Eight Taliban and six Daesh fighters"). */
const NAMED_SIDE_AND_COUNT = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,2}and\s+(\S+)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(\p{Ll}+)/u;

/** French "of them" after a number: "trois d'entre eux", "deux d'entre elles". */
const FRENCH_PARTITIVE_AFTER = /^\s+d['’]\s?entre\s+(?:eux|elles)(?!\p{L})/iu;

/** A Russian sentence opening with a part of what the sentence before counted: "Из них", "Среди них", "Из этого числа". */
const RUSSIAN_PARTITIVE_OPENING = /^\s*(?:из|среди)\s+(?:них|которых|этого\s+числа)(?!\p{L})\s*,?\s*/iu;

/** A list's joint before its next item: a comma, "и", "а", "но". */
const RUSSIAN_LIST_JOINT = /(?:,|\s(?:и|а|но))\s*$/u;

/**
 * Whether a number in words is one of the parts listed right after a Russian
 * partitive opening ("Из них семь были совершены, одно не удалось, а 16 ..."):
 * the first number after the opening, or the next after a comma or "и"/"а"
 * following such a part within a few words.
 * @param sentence The sentence.
 * @param quantity The number.
 * @param all Every quantity of the sentence.
 * @returns True for such a part.
 */
function isRussianPartitivePart(sentence: string, quantity: Quantity, all: Quantity[]): boolean {
  const opening = RUSSIAN_PARTITIVE_OPENING.exec(sentence);
  if (opening === null) return false;
  let from = opening[0].length;
  for (const q of all.filter((item) => item.start >= from).sort((a, b) => a.start - b.start)) {
    const between = sentence.slice(from, q.start);
    if (from > opening[0].length && (!RUSSIAN_LIST_JOINT.test(between) || between.trim().split(/\s+/u).length > 6)) return false;
    if (from === opening[0].length && between.trim() !== '') return false;
    if (q === quantity) return true;
    from = q.end;
  }
  return false;
}

/** A harming verb right before a number: "killing ", "wounding at least ". */
const HARM_BEFORE = /\b(?:killing|wounding|injuring|killed|wounded|injured)\s+(?:(?:at least|about|some|another|a further)\s+)?$/i;

/** The end of a clause right after a number: a stop, a comma, "and". */
const CLAUSE_END_AFTER = /^\s*(?:[,.;:)]|and\b|$)/;

/** One item of a list of counts by name, its noun left out: ", Germany " or " and the Netherlands " before the number. */
const NAMED_ITEM_BEFORE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+$/u;

/**
 * Whether a number in words is an item of a list of counts by name with the
 * noun and the verb left out: "Greece recorded six, Germany five, Belgium four
 * and the Netherlands one." The number after a name follows another number
 * of the sentence; the first of the list is followed by such an item.
 * @param sentence The sentence.
 * @param quantity The number in words.
 * @param all Every quantity of the sentence.
 * @returns True for such a listed count.
 */
function isListedCount(sentence: string, quantity: Quantity, all: Quantity[]): boolean {
  if (!CLAUSE_END_AFTER.test(sentence.slice(quantity.end, quantity.end + 6))) return false;
  const previous = all.filter((q) => q.end <= quantity.start && q !== quantity).at(-1);
  if (previous !== undefined && previous.unit === undefined && NAMED_ITEM_BEFORE.test(sentence.slice(previous.end, quantity.start))) return true;
  const next = all.find((q) => q.start >= quantity.end && q !== quantity);
  return next !== undefined && next.unit === undefined && NAMED_ITEM_BEFORE.test(sentence.slice(quantity.end, next.start)) && CLAUSE_END_AFTER.test(sentence.slice(next.end, next.end + 6));
}

/**
 * Whether a number in words is the object of a second verb after a count, its noun left
 * out: "the tribunal convicted 31 and acquitted four", "freed 120 and detained three.".
 * @param sentence The sentence.
 * @param quantity The number in words.
 * @param all Every quantity of the sentence.
 * @returns True for such a parallel count.
 */
function isParallelObject(sentence: string, quantity: Quantity, all: Quantity[]): boolean {
  if (!/^\s*(?:[,.;:)]|$)/.test(sentence.slice(quantity.end, quantity.end + 3))) return false;
  const previous = all.filter((q) => q.end <= quantity.start && q !== quantity).at(-1);
  if (previous === undefined || previous.unit !== undefined) return false;
  // "killed 18 of the attackers and detained nine": the first count may name its noun.
  return /^(?:\s+of\s+(?:the|them|these|those)(?:\s+[\p{Ll}-]+)?)?\s*(?:,\s*)?(?:and|but|while)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\s+$/u.test(sentence.slice(previous.end, quantity.start))
    && /\p{Ll}{3,}ed\s+(?:(?:about|around|some|at least|nearly|almost|over|more than)\s+)?$/u.test(sentence.slice(Math.max(0, previous.start - 40), previous.start));
}

/**
 * Whether a number in words repeats the counted noun of the figure before it,
 * left out: "two citizens of Uzbekistan and two of Tajikistan", "three women
 * from Osh and one from Jalal-Abad". The earlier figure is a plural noun and
 * "of"/"from" a name (capitalised words only up to the "and"/","); this one
 * is "and"/"," then "of"/"from" a name.
 * @param sentence The sentence.
 * @param quantity The number in words.
 * @param all Every quantity of the sentence.
 * @returns True for such an elided count.
 */
function isElidedCount(sentence: string, quantity: Quantity, all: Quantity[]): boolean {
  if (!/^\s+(?:of|from)\s+\p{Lu}/u.test(sentence.slice(quantity.end))) return false;
  const previous = all.filter((q) => q.end <= quantity.start && q !== quantity).at(-1);
  if (previous === undefined) return false;
  const between = sentence.slice(previous.end, quantity.start);
  return /^\s+(?:[a-z-]+\s+)?[a-z]{3,}s\s+(?:of|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:,\s*|\s+and\s+|,\s+and\s+)$/u.test(between);
}

/** A change from an earlier count right before a number: "up from", "down from", "compared with". */
const CHANGE_FROM_BEFORE = /(?:\b(?:up|down|rising|falling|rose|fell|increased|decreased|climbing|dropping)\s+from|\bcompared\s+(?:with|to))\s+$/i;

/** A count stated for a number word: "gave the number of dead attackers as five", "put the toll at three". */
const STATED_COUNT = /\b(?:number|toll|count|figure|total|tally)\b[^.;:,]{0,60}?\s(?:as|at|to|was|is|stands at|stood at)\s+(?:(?:about|around|some|only|just|at least)\s+)?$/i;

/**
 * Whether a number in words breaks down a figure given just before it in the sentence:
 * "six gunmen had been killed, four in Derbent and two in Makhachkala".
 * @param sentence The sentence.
 * @param quantity The number in words.
 * @param all Every quantity of the sentence.
 */
function isBreakdown(sentence: string, quantity: Quantity, all: Quantity[]): boolean {
  const total = all.find((q) => q.end <= quantity.start && q.value !== undefined && !q.unit && q !== quantity);
  if (!total || (quantity.value ?? 0) >= (total.value ?? 0)) return false;
  const between = sentence.slice(total.end, quantity.start);
  // The parts follow the total after a comma, a colon or "and"/"of whom": ", four in Derbent and two in ...".
  if (!/^[^.;]{0,80}(?:[,:(—–]|\band)\s*$/.test(between)) return false;
  const after = sentence.slice(quantity.end, quantity.end + 40);
  // "three Swedes, one of them a girl": one of a group is a person singled out, not a count.
  if (quantity.value === 1 && /^\s+of\b/i.test(after)) return false;
  return BREAKDOWN_PART_AFTER.test(after);
}

/**
 * What follows a part of a total given before it: a named place (", four in Derbent"),
 * an ordinal one ("and two in the second"), "of them" (", nine of them critically"),
 * or a passive verb ("48 were convicted and nine were acquitted").
 */
const BREAKDOWN_PART_AFTER =
  /^\s+(?:(?:in|from|at|on|near|inside)\s+(?:(?:the\s+)?\p{Lu}|the\s+(?:first|second|third|fourth|fifth|other|latter|former|next|same|rest)\b)|of\s+(?:them|whom|those)\b|(?:were|was|are|have been|had been|remain|remained)\s+(?:also\s+)?\p{Ll}+(?:ed|en)\b)/u;

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
 * @param earlier Figures of the paragraphs before.
 * @param paragraph Figures of this paragraph so far.
 */
function isRestatement(sentence: string, quantity: Quantity, attribution: Attribution | null, earlier: readonly ArticleFigure[], paragraph: readonly ArticleFigure[]): boolean {
  if (!earlier.some((f) => countsSame(f, quantity)) && !paragraph.some((f) => countsSame(f, quantity))) return false;
  const prefix = sentence.slice(0, quantity.start);
  // ("145 out of 155": the whole after "out of" is the count given before.)
  const cue = RESTATEMENT_CUE.test(prefix) || /\b(?:the|out\s+of)\s+$/i.test(prefix);
  if (!cue) return false;
  const sameValue = [...earlier.filter((f) => countsSame(f, quantity)), ...paragraph.filter((f) => countsSame(f, quantity))];
  const freshlyAttributed = attribution !== null && attribution.kind === 'pre' && sameValue.every((f) => f.claimant !== attribution.claimant);
  return !freshlyAttributed;
}

/**
 * Whether a figure gives the same count as a quantity: value, range and unit alike.
 * @param figure An earlier figure.
 * @param quantity The quantity.
 */
function countsSame(figure: ArticleFigure, quantity: Quantity): boolean {
  return figure.value === quantity.value && figure.min === quantity.min && figure.max === quantity.max && figure.unit === quantity.unit;
}

/**
 * Whether an amount is the conversion of the amount just before it, in brackets:
 * "500 million tenge (about $1.1 million)", "about 120 miles (190 km)". It restates the same claim.
 * @param sentence The sentence.
 * @param quantity The amount.
 * @param previous The previous quantity of the paragraph and its sentence.
 */
function isConversion(sentence: string, quantity: Quantity, previous: { quantity: Quantity; sentence: string } | null): boolean {
  if (!previous || previous.sentence !== sentence) return false;
  const bothMoney = isCurrency(quantity.unit) && isCurrency(previous.quantity.unit);
  const bothDistances = isDistanceUnit(quantity.unit) && isDistanceUnit(previous.quantity.unit);
  if (!bothMoney && !bothDistances) return false;
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
  // Built field by field in the output order (value or range first), with named stores:
  // a loop over keys, or a reordering copy, made every store a slow keyed one.
  const figure: Partial<ArticleFigure> = {};
  if (quantity.value !== undefined) figure.value = quantity.value;
  else {
    if (quantity.min !== undefined) figure.min = quantity.min;
    if (quantity.max !== undefined) figure.max = quantity.max;
  }
  if (quantity.approx !== undefined) figure.approx = quantity.approx;
  if (quantity.unit !== undefined) figure.unit = quantity.unit;
  figure.what = what;
  figure.claimant = attribution?.claimant ?? null;
  figure.asOf = asOf;
  figure.quote = sentence;
  return figure as ArticleFigure;
}

/**
 * The date a figure refers to: the resolved date phrase nearest the figure in its
 * sentence (period starts like "since 2014" are skipped), else null (the caller then
 * falls back to the publication date).
 * Dates that say when something else happened ("a law adopted in 2015") are skipped.
 * A later date right after another figure dates that figure ("1,500 fighters, down
 * from a peak of 4,000 in 2018": 2018 is the peak's).
 * @param sentence The sentence.
 * @param dates The sentence's date phrases, resolved against the publication date.
 * @param quantity The figure's quantity.
 * @param others The sentence's figures (this one included).
 */
function figureDate(sentence: string, dates: DatePhrase[], quantity: Quantity, others: Quantity[]): IsoDate | null {
  let best: { date: IsoDate; distance: number } | null = null;
  for (const phrase of dates) {
    if (phrase.date === null || PERIOD_LEADS.has(phrase.lead)) continue;
    if (DATES_ANOTHER_THING.test(sentence.slice(Math.max(0, phrase.start - 40), phrase.start))) continue;
    if (phrase.start < quantity.end && phrase.end > quantity.start) continue;
    // A later date attached to another figure in between ("a peak of 4,000 in 2018") is that figure's.
    if (phrase.start >= quantity.end && others.some((other) => isDateOfOther(sentence, phrase, other, quantity))) continue;
    const distance = phrase.end <= quantity.start ? quantity.start - phrase.end : phrase.start - quantity.end;
    if (!best || distance < best.distance) best = { date: phrase.date, distance };
  }
  return best?.date ?? null;
}

/**
 * Whether a date phrase after a figure belongs to another figure between them: that
 * figure ends at most two words before the date ("a peak of 4,000 in 2018"), and is no
 * conversion in brackets ("(about $1.1 million)").
 * @param sentence The sentence.
 * @param phrase The date phrase.
 * @param other Another quantity of the sentence.
 * @param quantity The figure being dated.
 */
function isDateOfOther(sentence: string, phrase: DatePhrase, other: Quantity, quantity: Quantity): boolean {
  return other !== quantity && other.start >= quantity.end && other.end <= phrase.start
    && sentence.slice(other.end, phrase.start).trim().split(/\s+/).filter((w) => w.length > 0).length <= 2
    && !/[(\[]\s*(?:about|around|some|roughly|approximately|or)?\s*$/i.test(sentence.slice(Math.max(0, other.start - 16), other.start));
}
