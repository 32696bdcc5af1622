/**
 * Zod schemas of the Markdown in content/: shared by the annotator (which
 * validates what it writes), `npm run check` and the site's content collections.
 * Coercion of YAML's loose scalars (a bare 2015-04-21 may arrive as a Date, a
 * bare 2015 as a number) happens here, never in components.
 */
import { z } from 'zod';

const isoDatePattern = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Whether `value` is a real calendar date in one of the ISO 8601 forms
 * YYYY, YYYY-MM or YYYY-MM-DD.
 * @param value Candidate string.
 * @returns True for a valid date.
 */
export function isIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  if (day === undefined || month === undefined || year === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO 8601 date as precise as the text allows: YYYY, YYYY-MM or YYYY-MM-DD. */
export const isoDate = z.preprocess(
  (input) => {
    if (input instanceof Date) return input.toISOString().slice(0, 10);
    if (typeof input === 'number') return String(input);
    return input;
  },
  z.string().refine(isIsoDate, { message: 'expected an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD' }),
);

/** ISO 3166-1 alpha-2 code in upper case; whether it is assigned is checked by `npm run check`. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as KG');

/** A lower-case ASCII slug: also the file name of the entity. */
export const entityId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug such as aida-karimova');

export const entityType = z.enum(['person', 'organization', 'place']);

/** An entity as an article names it. */
export const articleEntitySchema = z.object({
  /** Stable slug; `content/entities/<id>.md` describes it. */
  id: entityId,
  /** The fullest form of the name. */
  name: z.string().min(1),
  type: entityType,
  /** Every other form the article uses. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Where one applies. */
  country: countryCode.optional(),
});

/** A numeric claim: a single value or a range. */
export const figureSchema = z
  .object({
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** The qualifier as written: about, more than, up to... */
    approx: z.string().optional(),
    /** Unit when not a plain count: percent, USD... */
    unit: z.string().optional(),
    /** What is counted. */
    what: z.string().min(1),
    /**
     * What the figure measures, shared by every figure that counts the same
     * thing (`kg-fighters-syria-iraq`): the site compares their claims.
     */
    measure: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug such as kg-fighters-syria-iraq').optional(),
    /** An entity id, or the claimant's words, or null when unattributed. */
    claimant: z.string().nullable().default(null),
    /** The date the claim refers to. */
    asOf: isoDate.nullable().default(null),
    /** The exact words of the body that hold the figure. */
    quote: z.string().min(1),
    /** The words just before the quote in its paragraph (about 32 characters), to find it again after edits. */
    prefix: z.string().optional(),
    /** The words just after the quote in its paragraph. */
    suffix: z.string().optional(),
  })
  .refine((f) => (f.value !== undefined) !== (f.min !== undefined && f.max !== undefined), {
    message: 'expected either value, or min and max',
  });

/** The frontmatter of `content/articles/<id>.md`. */
export const articleSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** The publisher, or null when the text does not say. */
  outlet: z.string().nullable().default(null),
  author: z.string().nullable().default(null),
  published: isoDate.nullable().default(null),
  /** Path of the seed the article was annotated from. */
  source: z.string().min(1),
  countries: z.array(countryCode).default([]),
  entities: z.array(articleEntitySchema).default([]),
  figures: z.array(figureSchema).default([]),
  /**
   * Set to true by a contributor who corrected the file by hand: the annotator
   * then never rewrites it. Hand edits are also detected without the flag (see
   * `annotator.hash`).
   */
  reviewed: z.boolean().default(false),
  /** Bookkeeping of the annotator, see src/pipeline/stages/write.ts. */
  annotator: z
    .object({
      /** Hash of the seed's bytes the file was generated from. */
      seed: z.string(),
      /** Hash of the file as generated; a different hash now means a hand edit. */
      hash: z.string(),
    })
    .optional(),
});

/** The frontmatter of `content/entities/<id>.md`; the body is a contributor's description. */
export const entitySchema = z.object({
  id: entityId,
  name: z.string().min(1),
  type: entityType,
  aliases: z.array(z.string().min(1)).default([]),
  country: countryCode.optional(),
  reviewed: z.boolean().default(false),
  annotator: z.object({ hash: z.string() }).optional(),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
export type EntityFrontmatter = z.infer<typeof entitySchema>;
export type FigureFrontmatter = z.infer<typeof figureSchema>;
