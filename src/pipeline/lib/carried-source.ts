/**
 * A source named in a paragraph speaking for the figures of the sentences after it.
 *
 * News prose names a source once and goes on: "According to the GKNB, 11 people
 * were detained. Three of them are women. The leader ..., the committee said." The
 * rules, per paragraph (a new paragraph starts with no source):
 * - a source that gave figures in its own sentence carries into the sentences right
 *   after it that name none, as long as each of them holds figures (a sentence
 *   without figures breaks the chain: "A second device was found. All 67 stations
 *   were closed." -> the stations are the narrator's);
 * - after the chain breaks, or when the source gave no figure of its own, later
 *   unattributed figures take it only when a later sentence names the same source
 *   again ("..., the committee said");
 * - a sentence that opens with a new actor doing something ("Police later detained
 *   30 ...") is narration: nothing carries into it;
 * - unattributed figures opening a paragraph that a person then closes ("The rest
 *   surrendered, he said.") are that person's account.
 */
import type { ArticleFigure, IsoDate } from '../types.ts';
import type { Attribution, EntityIndex, Frame } from './claimants.ts';

/** The carried-source state of one paragraph. */
export class CarriedSource {
  /** The source last named, marked "carried", or null. */
  private carried: Attribution | null = null;
  /** Whether the carried source speaks for the current sentence without being named again. */
  private chainOpen = false;
  /** Unattributed figures after the chain broke, for a source named again. */
  private pending: ArticleFigure[] = [];
  /** Unattributed figures from the paragraph's start, for a closing "..., he said". */
  private opening: ArticleFigure[] = [];
  /** Whether the paragraph opened with its source's speech verb ("Prosecutors say ..."): the whole paragraph is its account. */
  private account = false;
  /** The sentence that named the carried source and its frame's anchor (for its date). */
  private statement: { sentence: string; anchor: number; date?: IsoDate | null } | null = null;

  /**
   * Opens the paragraph with a source that the paragraph before introduced it with
   * ("The spokesman gave these figures:"): it speaks for the whole paragraph.
   * @param source The introducing source.
   */
  introduce(source: Attribution): void {
    this.carried = { ...source, kind: 'carried' };
    this.chainOpen = true;
    this.account = true;
  }

  /**
   * Starts a sentence: a sentence opening with a new actor closes the chain.
   * @param newActor Whether the sentence opens with a new actor doing something.
   */
  startSentence(newActor: boolean): void {
    if (!newActor) return;
    this.chainOpen = false;
    this.account = false;
    this.pending = [];
  }

  /**
   * The attribution of a figure: its own, else the carried source while the chain is open.
   * @param own The figure's own attribution, or null.
   * @param quote The figure's quotation index, or -1 (a quoted figure is its speaker's only).
   */
  attributionFor(own: Attribution | null, quote: number): Attribution | null {
    return own ?? (quote < 0 && this.chainOpen ? this.carried : null);
  }

  /**
   * The source carried into the sentences after the one that named it, or null.
   * @returns The carried attribution.
   */
  get source(): Attribution | null {
    return this.carried;
  }

  /**
   * Whether an attribution is the carried source (not the figure's own).
   * @param attribution The figure's attribution.
   */
  isCarried(attribution: Attribution | null): boolean {
    return attribution !== null && attribution === this.carried;
  }

  /**
   * The date of the statement that named the carried source, read once when needed.
   * @param read Reads a statement's date from its sentence and frame anchor.
   */
  statementDate(read: (sentence: string, anchor: number) => IsoDate | null): IsoDate | null {
    if (!this.statement) return null;
    if (this.statement.date === undefined) this.statement.date = read(this.statement.sentence, this.statement.anchor);
    return this.statement.date;
  }

  /**
   * Keeps an emitted, unattributed figure for a source named later in the paragraph.
   * @param figure The figure (its claimant may be filled in later).
   * @param own Whether the figure had an attribution of its own.
   * @param quote The figure's quotation index, or -1.
   * @param newActor Whether its sentence opens with a new actor.
   */
  remember(figure: ArticleFigure, own: boolean, quote: number, newActor: boolean): void {
    if (own || quote >= 0 || figure.claimant !== null) return;
    if (this.carried && !this.chainOpen && !newActor) this.pending.push(figure);
    if (!this.carried) this.opening.push(figure);
  }

  /**
   * Ends a sentence: the source it names (if any) becomes the carried one, back-filling
   * the figures it was waiting for; a sentence without figures or source breaks the chain.
   * @param named The frame of the source the sentence names, or null.
   * @param frames The sentence's frames.
   * @param sentence The sentence.
   * @param hasFigures Whether the sentence held figures.
   * @param index The entity index (for a person closing a paragraph).
   * @param first Whether this is the paragraph's first sentence.
   */
  endSentence(named: Frame | null, frames: Frame[], sentence: string, hasFigures: boolean, index: EntityIndex, first = false): void {
    if (named) {
      const source: Attribution = { ...named.attribution, kind: 'carried' };
      // Named again: the figures in between were the same source's.
      if (this.carried && source.claimant === this.carried.claimant) for (const figure of this.pending) figure.claimant = source.claimant;
      // "The rest surrendered, he said." closing a run of figures: the speaker's too.
      // "Roughly half of them, some 425, came back, the study said.": a sentence about the figures before,
      // closed by its source, is that source's account of them too.
      if (!this.carried && (closesRun(frames, source, index, sentence) || closesPartOfRun(frames, source, sentence))) for (const figure of this.opening) figure.claimant = source.claimant;
      // "This was reported by the ministry's press service.": the figures before are the ministry's,
      // and so are those after it in the paragraph.
      const reportsThis = (named.attribution.kind === 'according' && REPORTS_THIS.test(sentence)) || REPORTED_THIS_RU.test(sentence);
      if (reportsThis) for (const figure of [...this.opening, ...this.pending]) figure.claimant = source.claimant;
      this.pending = [];
      this.opening = [];
      this.carried = source;
      this.statement = { sentence, anchor: named.anchor };
      // A source that speaks for no figure of its own sentence ("X argued for a fixed term")
      // carries on only if named again, unless the paragraph opens with its speech verb
      // ("Prosecutors say the cell was formed in June. ... Six of the seven are also accused ...").
      this.account = (first && opensAccount(named, sentence)) || reportsThis;
      // "According to the SSG, the group opened fire." or "The suspects refused to surrender,
      // the GKNB said in a statement.": a source giving an account of events (not an opinion)
      // speaks for the figures of the next sentence too.
      // "Mrs May gave the nationalities of the injured. Twelve were British, ...": a source announcing figures speaks for those that follow.
      this.chainOpen = hasFigures || this.account || recountsEvents(named, frames, sentence) || ANNOUNCES_FIGURES.test(sentence);
    } else if (!hasFigures && !this.account) {
      this.chainOpen = false;
      this.opening = [];
    }
  }
}

/** A sentence that credits what was just said to a source: "This was reported by ...", "That was announced by ...". */
/** A statement that announces the figures the next sentences give: "X gave the nationalities of the injured", "the ministry released these figures". */
const ANNOUNCES_FIGURES =
  /\b(?:gave|gives|provided|provides|offered|released|published|shared|presented|listed|detailed)\s+(?:the|these|a|an|its|his|her|their|new|fresh|further)\s+(?:[\w-]+\s+){0,2}(?:figures|numbers|details|nationalities|breakdown|tally|statistics)\b/i;

const REPORTS_THIS = /^\s*(?:this|that|it|these (?:figures|data|numbers))\s+(?:information\s+)?(?:was|were|has been|had been|is)\s+\p{Ll}+\s+(?:to\s+[\w.-]+\s+)?by\b/iu;

/** Russian "Об этом сообщила (сообщает) пресс-служба ...", "Об этом говорится в докладе ..." ("This was reported by ...", "So says the report of ..."): credits the figures around it to the source named after the verb. */
const REPORTED_THIS_RU = /^\s*об\s+этом\s+(?:сообщил|заявил|рассказал|информировал|говорится|сообщается|сообща[ею]т|заявля[ею]т|информиру[ею]т|переда[ёе]т|передают|пиш[еу]т)\p{Ll}*\s/iu;

/**
 * Whether a paragraph's first sentence opens with its source and a speech verb in the
 * present or past ("Prosecutors say the group ...", "The ministry said that ..."): the
 * paragraph that follows is that source's account.
 * @param named The sentence's source frame.
 * @param sentence The sentence.
 */
function opensAccount(named: Frame, sentence: string): boolean {
  if (named.attribution.kind !== 'pre' || named.quote >= 0 || named.anchor > 60) return false;
  const subject = sentence.slice(0, named.anchor);
  return !/[,;:“”"]/.test(subject) && /^\s*(?:say|says|said|believe|believes|allege|alleges|alleged|contend|contends|argue|argues)\b/i.test(sentence.slice(named.anchor));
}

/**
 * Whether a sentence credits an account of events to its source: "According to X, ..."
 * or a closing "..., X said (in a statement)" after a clause of its own, outside quotations.
 * @param named The sentence's source frame.
 * @param frames The sentence's frames (a closing verb gives a "post" frame at the same anchor).
 * @param sentence The sentence.
 */
function recountsEvents(named: Frame, frames: Frame[], sentence: string): boolean {
  if (named.quote >= 0) return false;
  if (named.attribution.kind === 'according') return true;
  const closing = frames.some((f) => f.anchor === named.anchor && f.attribution.kind === 'post' && f.quote < 0);
  return closing && /^\s*(?:said|says|reported|reports|stated|announced|added|told)\b/i.test(sentence.slice(named.anchor));
}

/**
 * Whether a sentence's source is a person closing it ("..., he said", "..., the
 * minister added"): a paragraph of figures ending so is that person's account. (A
 * body closing a sentence, "..., the ministry said", speaks only for that sentence.)
 * @param frames The sentence's frames.
 * @param named The source the sentence names.
 * @param index The entity index, for the claimant's type.
 * @param sentence The sentence.
 */
function closesRun(frames: Frame[], named: Attribution, index: EntityIndex, sentence: string): boolean {
  if (!named.isEntity || index.entities.find((e) => e.id === named.claimant)?.type !== 'person') return false;
  // ("One of them, X, testified that ... so she could tell the story": no closing verb.)
  return frames.some((f) => f.attribution.kind === 'post' && f.attribution.claimant === named.claimant && f.quote < 0 && isClosingVerb(sentence, f.anchor));
}

/**
 * Whether a speech verb closes its clause as "..., he said (on Monday)." does:
 * a few words after it at most before the next comma or the end, and only its
 * subject between it and the comma before ("so she could tell the story"
 * closes nothing).
 * @param sentence A sentence.
 * @param anchor The verb's offset.
 * @returns True for a closing verb.
 */
function isClosingVerb(sentence: string, anchor: number): boolean {
  // (Up to the next comma: "..., the study said, though only two were women.")
  if ((sentence.slice(anchor).split(/[,;]/u)[0]?.match(/[\p{L}\p{N}]+/gu) ?? []).length > 8) return false;
  const subject = /[,;:—–]\s*([^,;:—–]*)$/u.exec(sentence.slice(0, anchor))?.[1];
  return subject !== undefined && (subject.match(/[\p{L}\p{N}'’.-]+/gu) ?? []).length <= 6 && !/\b(?:so|that|could|would|can|will|to|and|but|because|if|when|who|which)\b/iu.test(subject);
}

/** A sentence opening with a part of what the sentence before counted: "Roughly half of them", "Most of those", "Of these, 40". */
const PART_OF_BEFORE =
  /^\s*(?:(?:of|among)\s+(?:them|those|these|whom)\b|(?:(?:roughly|about|around|nearly|almost|some|more than|fewer than|less than|over|under|only)\s+)?(?:half|a third|a quarter|two thirds|most|many|some|all|none|few|several|\d[\d,.]*(?:\s*(?:per ?cent|%))?)\s+of\s+(?:them|those|these)\b)/iu;

/**
 * Whether a sentence about a part of the figures before it ("Roughly half of them ...")
 * is closed by its source ("..., the study said"), outside quotations.
 * @param frames The sentence's frames.
 * @param named The source the sentence names.
 * @param sentence The sentence.
 */
function closesPartOfRun(frames: Frame[], named: Attribution, sentence: string): boolean {
  if (!PART_OF_BEFORE.test(sentence)) return false;
  return frames.some((f) => f.attribution.kind === 'post' && f.attribution.claimant === named.claimant && f.quote < 0 && isClosingVerb(sentence, f.anchor));
}

/**
 * The source a sentence names for what follows it: its last frame outside quotations
 * that speaks for the whole clause (not only for a relative clause).
 * @param frames The sentence's frames.
 * @returns The frame, or null when the sentence names no source.
 */
export function sourceNamed(frames: Frame[]): Frame | null {
  let last: Frame | null = null;
  for (const frame of frames) {
    if (frame.quote >= 0 || frame.local) continue;
    // "According to the committee, officers found ...": a weak verb's subject (a doer, or
    // data) does not replace a source named outright.
    if (last && frame.attribution.kind === 'weak' && last.attribution.kind !== 'weak') continue;
    // The last verb's frame; of its two readings, the entity, then the subject before it.
    const better = !last || (last.attribution.kind === 'weak' && frame.attribution.kind !== 'weak') || frame.anchor > last.anchor
      || (frame.anchor === last.anchor && frame.attribution.isEntity && !last.attribution.isEntity);
    if (better) last = frame;
  }
  return last;
}
