/**
 * Citations of an article: BibTeX and CSL-JSON (what Zotero, Pandoc and most
 * reference managers import). The article is cited as published by its outlet,
 * with the URL of its annotated page on this site and a note pointing to the
 * source text it was annotated from. Pure.
 */

/** What a citation needs to know about an article. */
export interface CitationInput {
  /** The article id (CSL `id`). */
  id: string;
  title: string;
  /** The publisher: the journal (BibTeX) or container title (CSL). */
  outlet: string | null;
  /** The byline: one name or several joined by "and", commas or semicolons. */
  author: string | null;
  /** ISO date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published: string | null;
  /** Absolute URL of the article's page on this site. */
  url: string;
  /** Absolute URL of the source text shipped with the site. */
  sourceUrl: string;
  /** The site's name, for the note. */
  siteName: string;
}

/** A person's name split the way citation formats want it. */
export interface PersonName {
  family: string;
  given?: string;
}

/** A CSL-JSON item (the fields this site writes). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: Array<PersonName | { literal: string }>;
  issued?: { 'date-parts': number[][] };
  URL: string;
  note: string;
}

/** BibTeX's month macros. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** TeX accent commands for Unicode combining marks. */
const ACCENTS: Readonly<Record<string, string>> = {
  '\u0300': '`', '\u0301': "'", '\u0302': '^', '\u0303': '~', '\u0304': '=', '\u0306': 'u', '\u0307': '.', '\u0308': '"',
  '\u030A': 'r', '\u030B': 'H', '\u030C': 'v', '\u0327': 'c', '\u0328': 'k', '\u0323': 'd', '\u0331': 'b',
};

/** Letters TeX writes with a command of their own. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: '{\\i}', ȷ: '{\\j}', ø: '{\\o}', Ø: '{\\O}', ł: '{\\l}', Ł: '{\\L}', æ: '{\\ae}', Æ: '{\\AE}', œ: '{\\oe}', Œ: '{\\OE}',
  ß: '{\\ss}', å: '{\\aa}', Å: '{\\AA}', đ: '{\\dj}', Đ: '{\\DJ}',
};

/** Characters special to BibTeX and TeX, and typographic punctuation, in TeX. */
const TEX_CHARACTERS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '<': '\\textless{}', '>': '\\textgreater{}',
  '“': '``', '”': "''", '‘': '`', '’': "'", '–': '--', '—': '---', '…': '\\ldots{}', '\u00A0': '~', '«': '\\guillemotleft{}', '»': '\\guillemotright{}',
};

/**
 * Escape text for a BibTeX field: TeX's special characters, accented Latin
 * letters as accent commands (`é` -> `{\'e}`), typographic punctuation as TeX
 * ligatures. Letters of other scripts stay as UTF-8, which biber reads.
 * @param text Plain text.
 * @returns TeX source.
 */
export function bibtexEscape(text: string): string {
  let out = '';
  for (const character of text.normalize('NFC')) {
    const direct = TEX_CHARACTERS[character] ?? SPECIAL_LETTERS[character];
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    if (character.charCodeAt(0) < 0x80) {
      out += character;
      continue;
    }
    const [base, ...marks] = [...character.normalize('NFD')];
    if (base !== undefined && /^[A-Za-z]$/.test(base) && marks.length > 0 && marks.every((mark) => ACCENTS[mark] !== undefined)) {
      // Dotless i and j under an accent: {\'\i}.
      let accented = base === 'i' ? '\\i' : base === 'j' ? '\\j' : base;
      for (const mark of marks) {
        const command = ACCENTS[mark] as string;
        accented = /[a-z]/i.test(command) ? `\\${command}{${accented}}` : `\\${command}${accented.startsWith('\\') ? `{${accented}}` : accented}`;
      }
      out += `{${accented}}`;
      continue;
    }
    out += character;
  }
  return out;
}

/**
 * Split a byline into people: "A and B", "A, B and C", "A; B".
 * @param author The byline.
 * @returns Each person's full name.
 */
export function splitAuthors(author: string): string[] {
  const parts = author
    .split(/\s*;\s*|\s+and\s+|\s*&\s*|,\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  // "Smith, John" is one person written family first, not two people.
  if (parts.length === 2 && !author.includes(';') && !/\s(?:and|&)\s/.test(author) && parts.every((part) => !/\s/.test(part))) return [author.trim()];
  return parts;
}

/**
 * Split one person's name into family and given names.
 * @param name "Aigul Osmonova", "Smith, John", "Sting".
 * @returns `{ family: 'Osmonova', given: 'Aigul' }`.
 */
export function splitName(name: string): PersonName {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const comma = trimmed.indexOf(',');
  if (comma > 0) return { family: trimmed.slice(0, comma).trim(), given: trimmed.slice(comma + 1).trim() };
  const words = trimmed.split(' ');
  // Particles belong to the family name: "Ursula von der Leyen".
  let familyStart = words.length - 1;
  while (familyStart > 1 && /^(?:van|von|der|den|de|da|del|della|di|du|la|le|al|el|bin|ibn)$/i.test(words[familyStart - 1] as string)) familyStart--;
  if (words.length === 1) return { family: trimmed };
  return { family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
}

/**
 * A citation key: family name (or outlet), year and first significant title word, in ASCII.
 * @param input The article.
 * @returns e.g. `nurlanova2016court` (author surname, year, first title word).
 */
export function bibtexKey(input: Pick<CitationInput, 'author' | 'outlet' | 'published' | 'title' | 'id'>): string {
  const ascii = (text: string): string =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  const firstAuthor = input.author ? splitAuthors(input.author)[0] : undefined;
  const who = ascii(firstAuthor ? splitName(firstAuthor).family : (input.outlet ?? '')) || 'anon';
  const year = input.published?.slice(0, 4) ?? '';
  const word = input.title
    .split(/\s+/)
    .map(ascii)
    .find((candidate) => candidate.length > 2 && !/^(?:the|and|for|with|from|that|this|are|was|were|has|have|into|its)$/.test(candidate));
  return `${who}${year}${word ?? ascii(input.id).slice(0, 12)}`;
}

/**
 * The article as a BibTeX entry: `@article` when the outlet is known, else `@misc`.
 * @param input The article.
 * @returns The entry, fields one per line.
 */
export function toBibtex(input: CitationInput): string {
  // Double braces keep the title's capitals as written (BibTeX styles may lower-case a title).
  const fields: Array<[string, string]> = [['title', `{{${bibtexEscape(input.title)}}}`]];
  if (input.author) fields.push(['author', `{${splitAuthors(input.author).map((person) => bibtexName(splitName(person))).join(' and ')}}`]);
  else if (input.outlet) fields.push(['author', `{{${bibtexEscape(input.outlet)}}}`]);
  if (input.outlet) fields.push(['journal', `{${bibtexEscape(input.outlet)}}`]);
  const [year, month, day] = (input.published ?? '').split('-');
  if (year) fields.push(['year', `{${year}}`]);
  if (month) fields.push(['month', MONTHS[Number(month) - 1] ?? `{${month}}`]);
  if (day) fields.push(['day', `{${Number(day)}}`]);
  fields.push(['url', `{${input.url}}`]);
  fields.push(['note', `{${bibtexEscape(`Annotated copy in ${input.siteName}; source text as retrieved: `)}\\url{${input.sourceUrl}}}`]);
  const type = input.outlet ? 'article' : 'misc';
  return `@${type}{${bibtexKey(input)},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join('\n')}\n}\n`;
}

/**
 * The article as a CSL-JSON item (type article-newspaper).
 * @param input The article.
 * @returns The item.
 */
export function toCslItem(input: CitationInput): CslItem {
  const dateParts = (input.published ?? '').split('-').filter((part) => part !== '').map(Number);
  return {
    id: input.id,
    type: 'article-newspaper',
    title: input.title,
    ...(input.outlet ? { 'container-title': input.outlet } : {}),
    ...(input.author ? { author: splitAuthors(input.author).map(splitName) } : {}),
    ...(dateParts.length > 0 ? { issued: { 'date-parts': [dateParts] } } : {}),
    URL: input.url,
    note: citationNote(input),
  };
}

/**
 * CSL-JSON text for one article: a list holding its item, as reference managers import it.
 * @param input The article.
 * @returns Pretty-printed JSON.
 */
export function toCslJson(input: CitationInput): string {
  return `${JSON.stringify([toCslItem(input)], null, 2)}\n`;
}

/**
 * @param person A name.
 * @returns `Family, Given`, TeX-escaped, the family name braced when it has several words.
 */
function bibtexName(person: PersonName): string {
  const family = bibtexEscape(person.family);
  const braced = /\s/.test(person.family) ? `{${family}}` : family;
  return person.given ? `${braced}, ${bibtexEscape(person.given)}` : braced;
}

/**
 * @param input The article.
 * @returns "Annotated copy in <site>; source text as retrieved: <url>".
 */
function citationNote(input: CitationInput): string {
  return `Annotated copy in ${input.siteName}; source text as retrieved: ${input.sourceUrl}`;
}
