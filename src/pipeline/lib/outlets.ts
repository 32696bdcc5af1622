/**
 * Known news outlets (data/knowledge/outlets.yaml): canonical display names
 * and the other ways texts write them.
 *
 * `buildOutletIndex` is pure (it takes the parsed YAML); `loadOutletIndex`
 * reads the file; `defaultOutletIndex` loads it once for stages that are
 * called without an index.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readYamlFile } from './yaml-files.ts';

/** One outlet of the data file. */
export interface OutletEntry {
  /** The name to display. */
  name: string;
  /** Other spellings, long forms and domains. */
  aliases: string[];
}

/** An outlet name found in a text. */
export interface OutletMention {
  /** The canonical display name. */
  name: string;
  /** Index of the mention in the searched text. */
  index: number;
  /** The mention as written. */
  text: string;
}

/** Lookup of known outlets. */
export interface OutletIndex {
  readonly entries: readonly OutletEntry[];
  /**
   * The canonical name of a name as written ("ITAR TASS", "the Associated Press").
   * @param written A candidate outlet name.
   * @returns The canonical name, or null when the name is unknown.
   */
  canonical(written: string): string | null;
  /**
   * Every known outlet named in a text, in text order (longest form wins).
   * @param text Any text.
   * @returns The mentions.
   */
  findAll(text: string): OutletMention[];
  /**
   * The known outlet named right at a position of a text ("told the
   * Associated Press that ..." at the index after "told ").
   * @param text Any text.
   * @param index Where the name must start.
   * @returns The mention (its index is `index`), or null.
   */
  findAt(text: string, index: number): OutletMention | null;
}

/** Path of the data file, from this module's location. */
export const OUTLETS_FILE = new URL('../../../data/knowledge/outlets.yaml', import.meta.url);

/**
 * Build the index from the parsed data file.
 * @param data The parsed YAML: `{ outlets: [{ name, aliases? }] }`.
 * @returns The index.
 * @throws Error naming the bad entry when the data has the wrong shape.
 */
export function buildOutletIndex(data: unknown): OutletIndex {
  const list = (data as { outlets?: unknown } | null)?.outlets;
  if (!Array.isArray(list)) throw new Error('outlets data: expected a top-level "outlets:" list');
  const entries: OutletEntry[] = list.map((item: unknown, position) => {
    const entry = item as { name?: unknown; aliases?: unknown } | null;
    if (typeof entry?.name !== 'string' || entry.name.trim() === '') {
      throw new Error(`outlets data: entry ${position + 1} has no "name"`);
    }
    const aliases = entry.aliases ?? [];
    if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string' || typeof alias === 'number')) {
      throw new Error(`outlets data: "aliases" of ${entry.name} must be a list of names`);
    }
    return { name: entry.name.trim(), aliases: aliases.map((alias) => String(alias).trim()) };
  });
  const byKey = new Map<string, string>();
  const forms: Array<{ form: string; name: string }> = [];
  for (const entry of entries) {
    for (const form of [entry.name, ...entry.aliases]) {
      const key = outletKey(form);
      if (!byKey.has(key)) byKey.set(key, entry.name);
      forms.push({ form, name: entry.name });
    }
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  const acronyms = forms.filter(({ form }) => isAcronym(form)).map(({ form }) => escapeForm(form));
  const names = forms.filter(({ form }) => !isAcronym(form)).map(({ form }) => escapeForm(form));
  const matchers = [
    ...(names.length > 0 ? [wholeWords(names, 'giu')] : []),
    ...(acronyms.length > 0 ? [wholeWords(acronyms, 'gu')] : []),
  ];
  const stickyMatchers = matchers.map((matcher) => new RegExp(matcher.source, matcher.flags.replace('g', 'y')));
  // The first word of every form: a text holding none of them names no outlet (spares the long pattern).
  const firstWords = new Set(forms.map(({ form }) => wordKey(form.replace(/^the\s+/iu, '').split(/\s+/)[0] ?? '')));
  const startsForm = (word: string): boolean =>
    word !== '' && (firstWords.has(wordKey(word)) || (word.includes('/') && word.split('/').some((part) => firstWords.has(wordKey(part)))));
  // A text longer than every form (with "the", a possessive and stray punctuation) names no outlet by itself.
  const longestKey = Math.max(0, ...forms.map(({ form }) => form.length)) + 12;
  return {
    entries,
    canonical: (written) => (written.length > longestKey ? null : (byKey.get(outletKey(written)) ?? null)),
    findAt(text, index) {
      const head = text.slice(index, index + 80).replace(/^the\s+/iu, '');
      if (!startsForm(head.split(WORD_BREAK)[0] ?? '')) return null;
      let best: OutletMention | null = null;
      for (const matcher of stickyMatchers) {
        matcher.lastIndex = index;
        const match = matcher.exec(text);
        const name = match ? byKey.get(outletKey(match[0])) : undefined;
        if (match && name !== undefined && (best === null || match[0].length > best.text.length)) best = { name, index, text: match[0] };
      }
      return best;
    },
    findAll(text) {
      const found: OutletMention[] = [];
      if (!text.split(WORD_BREAK).some(startsForm)) return found;
      for (const matcher of matchers) {
        for (const match of text.matchAll(matcher)) {
          const name = byKey.get(outletKey(match[0]));
          if (name !== undefined) found.push({ name, index: match.index ?? 0, text: match[0] });
        }
      }
      found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
      return found.filter((mention, i) => {
        const previous = found[i - 1];
        return previous === undefined || mention.index >= previous.index + previous.text.length;
      });
    },
  };
}

/**
 * Read and index data/knowledge/outlets.yaml (or another file).
 * @param file The YAML file; defaults to the project's data file.
 * @returns The index.
 */
export function loadOutletIndex(file: URL | string = OUTLETS_FILE): OutletIndex {
  return buildOutletIndex(parse(readFileSync(file, 'utf8')));
}

let cachedDefault: OutletIndex | undefined;

/**
 * The project's outlet index, read on first use and kept.
 * @returns The index.
 */
export function defaultOutletIndex(): OutletIndex {
  // Through readYamlFile: a run may hand in the file as parsed by an earlier one.
  cachedDefault ??= buildOutletIndex(readYamlFile(OUTLETS_FILE));
  return cachedDefault;
}

/**
 * The comparison key of an outlet name: lower case, no leading "the", no
 * possessive, single spaces, no final punctuation.
 * @param written A name as written.
 * @returns The key.
 */
export function outletKey(written: string): string {
  return written
    .trim()
    .replace(/['’]s$/u, '')
    .replace(/^the\s+/iu, '')
    .replace(/[\s.,:;]+$/u, '')
    .replace(/\s*\/\s*/gu, '/')
    .replace(/\s+/gu, ' ')
    .toLowerCase();
}

/** What separates the words a form may start with: white space, brackets, quotes, colons, commas. */
const WORD_BREAK = /[\s:;,()"“”«»[\]]+/u;

/**
 * The key of one word for the first-word filter: lower case, no leading or
 * trailing punctuation, no possessive ("(Reuters)" -> "reuters",
 * "RFE/RL's" -> "rfe/rl", "Kun.uz." -> "kun.uz").
 * @param word A word as written.
 * @returns The key.
 */
function wordKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N}]+$/u, '')
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}]+$/u, '');
}

/**
 * Whether a form is a short all-capital acronym ("AP", "AA", "RT"), matched
 * only in capitals so that ordinary words are not taken for outlets.
 * @param form A name or alias.
 * @returns True for acronyms of up to four characters.
 */
function isAcronym(form: string): boolean {
  return /^[\p{Lu}\d]{1,4}$/u.test(form);
}

/**
 * A regex source for one form: special characters escaped, any run of
 * white space matching any run.
 * @param form A name or alias.
 * @returns The regex source.
 */
function escapeForm(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/**
 * One regex matching any of the forms as a whole word, optionally after "the".
 * @param sources Escaped forms, longest first.
 * @param flags Regex flags (`giu` for names, `gu` for acronyms).
 * @returns The regex.
 */
function wholeWords(sources: readonly string[], flags: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}@/.-])(?:[Tt]he\\s+)?(?:${sources.join('|')})(?![\\p{L}\\p{N}]|\\.[\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`,
    flags,
  );
}
