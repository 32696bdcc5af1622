/**
 * Types at each boundary of the annotation pipeline.
 *
 * Data flows one way: seed bytes -> normalised text -> lines without furniture
 * -> metadata + body paragraphs -> entities -> figures -> resolved across the
 * corpus -> Markdown. Each stage is a pure function of its input; only
 * `resolve` sees every article at once.
 */

/** One line of a seed, with its 1-based line number in the normalised text. */
export interface SourceLine {
  /** 1-based line number in the normalised seed text. */
  line: number;
  /** The line's text, trimmed of surrounding white space. */
  text: string;
}

/** What the furniture stage hands forward. */
export interface StrippedSeed {
  /** Lines that look like real content (title, standfirst, paragraphs, bylines). */
  kept: SourceLine[];
  /** Lines removed as page furniture (menus, ads, "Source link", ...), for reports. */
  removed: SourceLine[];
}

/**
 * An ISO 8601 date as precise as the text allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export type IsoDate = string;

/** Article metadata, as written to the frontmatter. */
export interface ArticleMetadata {
  title: string;
  /** The publisher, from the text's own cues; null when nothing names it. */
  outlet: string | null;
  /** The author from a byline, or null. */
  author: string | null;
  /** Publication date, or null when the text gives none. */
  published: IsoDate | null;
}

/** What the metadata stage hands forward. */
export interface ArticleText {
  metadata: ArticleMetadata;
  /** Clean body paragraphs: no title, byline, date line or furniture. */
  paragraphs: string[];
}

export type EntityType = 'person' | 'organization' | 'place';

/** An entity as named by one article. */
export interface ArticleEntity {
  /** Stable slug, e.g. `aida-karimova`; also the entity file's name. */
  id: string;
  /** The fullest form of the name. */
  name: string;
  type: EntityType;
  /** Every other form the text uses (surname alone, acronym, ...), name excluded. */
  aliases: string[];
  /** ISO 3166-1 alpha-2 code where one applies (a person's or body's country, a place's country). */
  country?: string;
}

/** A numeric claim reported by an article. */
export interface ArticleFigure {
  /** The value, for a single number. Exactly one of `value` or `min`+`max` is set. */
  value?: number;
  /** Lower bound of a range. */
  min?: number;
  /** Upper bound of a range. */
  max?: number;
  /** The qualifier as written: "about", "more than", "up to", "at least"...; omitted when none. */
  approx?: string;
  /** Unit when it is not a count of things: "percent", "USD", ... ; omitted for plain counts. */
  unit?: string;
  /** What is counted, in a short noun phrase. */
  what: string;
  /** An entity id where the claimant is an entity, else the claimant's words; null when unattributed. */
  claimant: string | null;
  /** The date the claim refers to, resolved against the published date; null when unknown. */
  asOf: IsoDate | null;
  /** The exact sentence (or clause) of the body that holds the figure. */
  quote: string;
  /**
   * What the figure measures, as a key shared by every figure that counts the
   * same thing (`kg-fighters-syria-iraq`: who is counted, what kind of count,
   * where), so that claims can be compared. Proposed by the measures stage;
   * omitted when it proposes none.
   */
  measure?: string;
  /**
   * Up to ~32 characters of body text just before the quote (whole words, white
   * space collapsed, running into the previous paragraph when the quote opens
   * its own), like a W3C TextQuoteSelector's prefix: it helps find the sentence
   * again after the body is edited. Omitted when the quote opens the body.
   */
  prefix?: string;
  /** Up to ~32 characters of body text just after the quote; omitted when the quote ends the body. */
  suffix?: string;
}

/** One article after every per-article stage, before cross-article resolution. */
export interface AnnotatedArticle {
  /** The seed's file name without `.txt`. */
  id: string;
  /** Path of the seed relative to the project, e.g. `seeds/<id>.txt`. */
  source: string;
  metadata: ArticleMetadata;
  /** ISO 3166-1 alpha-2 codes of every country named or implied, in first-mention order. */
  countries: string[];
  entities: ArticleEntity[];
  figures: ArticleFigure[];
  paragraphs: string[];
}

/** An entity of the whole corpus, as written to `content/entities/<id>.md`. */
export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  country?: string;
}

/** A problem with one input file: the message names the file (and line where known). */
export class SeedError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  /**
   * @param file Path of the offending file, as the user typed or the tool found it.
   * @param message What is wrong, phrased so a contributor knows what to change.
   * @param line 1-based line number, where one applies.
   */
  constructor(file: string, message: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'SeedError';
    this.file = file;
    this.line = line;
  }
}
