/**
 * Reading the article's annotations where the plugins find them: in their
 * options, or in the frontmatter Astro hands to remark plugins as
 * `file.data.astro.frontmatter`. Frontmatter is content, so a malformed entry
 * is reported on the file and skipped, never thrown.
 */
import type { VFile } from 'vfile';

/** An entity as the plugins need it. */
export interface MentionEntity {
  /** Stable slug: the link target and `data-entity`. */
  id: string;
  /** The fullest form of the name. */
  name: string;
  /** Every other form the article uses. */
  aliases?: readonly string[] | undefined;
}

/** A figure as the plugins need it (the shape of the frontmatter's `figures`). */
export interface MarkedFigure {
  value?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** The qualifier as written: about, more than... */
  approx?: string | undefined;
  /** Unit when not a plain count: percent, USD... */
  unit?: string | undefined;
  /** What is counted. */
  what: string;
  /** An entity id, or the claimant's words, or null. */
  claimant?: string | null | undefined;
  /** ISO 8601 date the claim refers to, or null. */
  asOf?: string | null | undefined;
  /** The exact words of the body that hold the figure. */
  quote: string;
}

/**
 * The frontmatter Astro attached to a file, if any.
 * @param file The file being transformed.
 * @returns The frontmatter mapping, or undefined.
 */
export function astroFrontmatter(file: VFile): Record<string, unknown> | undefined {
  const astro = (file.data as { astro?: unknown }).astro;
  if (!isRecord(astro)) return undefined;
  return isRecord(astro.frontmatter) ? astro.frontmatter : undefined;
}

/**
 * Entities from the frontmatter, reporting and skipping malformed entries.
 * @param file The file being transformed; warnings are attached to it.
 * @param source The plugin's name, for messages.
 * @returns The well-formed entities (none when the frontmatter has no list).
 */
export function frontmatterEntities(file: VFile, source: string): MentionEntity[] {
  const list = astroFrontmatter(file)?.entities;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    file.message('Unexpected `entities` in frontmatter, expected a list', { ruleId: 'entities', source });
    return [];
  }
  const entities: MentionEntity[] = [];
  list.forEach((entry: unknown, index) => {
    const entity = toMentionEntity(entry);
    if (entity) entities.push(entity);
    else file.message(`Unexpected entity ${index} in frontmatter, expected \`id\`, \`name\` and a list of \`aliases\``, { ruleId: 'entities', source });
  });
  return entities;
}

/**
 * Figures from the frontmatter, keeping their indices, reporting and skipping malformed entries.
 * @param file The file being transformed; warnings are attached to it.
 * @param source The plugin's name, for messages.
 * @returns Each well-formed figure with its index in the frontmatter list.
 */
export function frontmatterFigures(file: VFile, source: string): Array<{ figure: MarkedFigure; index: number }> {
  const list = astroFrontmatter(file)?.figures;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    file.message('Unexpected `figures` in frontmatter, expected a list', { ruleId: 'figures', source });
    return [];
  }
  const figures: Array<{ figure: MarkedFigure; index: number }> = [];
  list.forEach((entry: unknown, index) => {
    const figure = toMarkedFigure(entry);
    if (figure) figures.push({ figure, index });
    else file.message(`Unexpected figure ${index} in frontmatter, expected \`what\`, \`quote\` and a number`, { ruleId: 'figures', source });
  });
  return figures;
}

/**
 * An entity from loosely typed data (YAML may read a bare `1914` as a number).
 * @param value Anything.
 * @returns The entity, or undefined when `value` does not have its shape.
 */
export function toMentionEntity(value: unknown): MentionEntity | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id === '') return undefined;
  const name = scalarText(value.name);
  if (name === undefined) return undefined;
  if (value.aliases === undefined || value.aliases === null) return { id: value.id, name, aliases: [] };
  if (!Array.isArray(value.aliases)) return undefined;
  const aliases = value.aliases.map(scalarText);
  if (aliases.some((alias) => alias === undefined)) return undefined;
  return { id: value.id, name, aliases: aliases as string[] };
}

/**
 * A figure from loosely typed data: YAML may read a bare `2015-04-21` as a
 * Date and a bare `2015` as a number; both become ISO text again.
 * @param value Anything.
 * @returns The figure, or undefined when `value` does not have its shape.
 */
export function toMarkedFigure(value: unknown): MarkedFigure | undefined {
  if (!isRecord(value) || typeof value.what !== 'string' || typeof value.quote !== 'string') return undefined;
  const numbers = [value.value, value.min, value.max];
  if (!numbers.every((number) => number === undefined || number === null || typeof number === 'number')) return undefined;
  if (typeof value.value !== 'number' && (typeof value.min !== 'number' || typeof value.max !== 'number')) return undefined;
  const texts = [value.approx, value.unit, value.claimant];
  if (!texts.every((text) => text === undefined || text === null || typeof text === 'string')) return undefined;
  const asOf = value.asOf instanceof Date ? value.asOf.toISOString().slice(0, 10) : value.asOf === undefined || value.asOf === null ? null : scalarText(value.asOf);
  if (asOf === undefined) return undefined;
  return {
    ...(typeof value.value === 'number' ? { value: value.value } : { min: value.min as number, max: value.max as number }),
    ...(typeof value.approx === 'string' ? { approx: value.approx } : {}),
    ...(typeof value.unit === 'string' ? { unit: value.unit } : {}),
    what: value.what,
    claimant: typeof value.claimant === 'string' ? value.claimant : null,
    asOf,
    quote: value.quote,
  };
}

/**
 * @param value A YAML scalar.
 * @returns Its text for a string or a finite number, else undefined.
 */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * @param value Anything.
 * @returns Whether it is a non-null object.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
