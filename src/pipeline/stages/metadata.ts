/**
 * Stage 3: read the article's metadata (title, outlet, author, publication
 * date) from the kept lines, and hand on the clean body paragraphs.
 *
 * Everything comes from the text's own cues:
 * - title: the best-scored headline-shaped line before the body
 *   (`findTitleIndex`: no menu, language switcher or photo caption, followed
 *   by a date line or byline, ...), without a date glued to its end or an
 *   outlet suffix ("Title | Eurasianet"); when the page prints no headline
 *   that the browser's title line at the top repeats, that line's headline
 *   ("Headline - site", `browserTitleHeadline`); on a channel's post page
 *   ("@channel · N subscribers" under its name), the post's first line
 *   under the day separator;
 * - published: a weighted vote of the cues below (`PUBLISHED_CUE_WEIGHTS`:
 *   cues that agree on a day add up, so an "Updated" date alone loses to a
 *   dateline; listed here from the strongest): a date line near the title, those below it first (a
 *   "First published" date before an unlabelled one, either before an
 *   "Updated" one; a numeric date that reads both ways or has a two-digit
 *   year, "05/08/16", is read day first, unless the article writes its
 *   dates month first, "on March 22", and no date it gives comes after the
 *   month-first reading: then a US page's "04/08/2024" is 8 April), a
 *   date line the furniture stage removed between the title and the body
 *   (one with view and comment counters), a dateline at the start of
 *   the body ("MOSCOW, October 3. /ITAR-TASS/." with the year from the
 *   header, "Baku / 26.12.18 / Agency:"), the page's address, a date line after the body,
 *   else a full date the lead says something happened "on" (month
 *   precision only); otherwise null ("2 hours ago" is no date);
 * - outlet: a channel's name over its handle line, a credit glued to the dateline ("BISHKEK - X news agency, Jane
 *   DOE. ..."), a dateline agency, a credit line ("Source: X", "— AFP"), a
 *   masthead, an outlet in the byline, an outlet suffix of the title (also
 *   an unlisted "– Example News"), then the page chrome the furniture stage
 *   removed (`lib/page-outlet.ts`: masthead, "appeared first on X",
 *   copyright holder, "Support X!"), then "told X", "a correspondent for X"
 *   / "X's Kyrgyz service", a site's domain name; known names are shown as
 *   data/knowledge/outlets.yaml spells them, others as written. Before the
 *   chrome: the site named after the headline in the page's own title line
 *   ("Headline | Example Observer"). In the chrome, a name given in two
 *   places (masthead, copyright holder, "Subscribe to X", "X is a
 *   reader-supported publication", "Press service of X", the masthead's
 *   name speaking in the text) wins even when no data lists it: the
 *   weights are `CHROME_CUE_WEIGHTS` (a blog, a newsletter, a ministry);
 *   a known outlet's name that only opens a longer body's name ("told the
 *   National Security Council") names no outlet;
 * - author: a weighted vote of the cues below (`AUTHOR_CUE_WEIGHTS`: a
 *   byline under the title counts most, a name two cues give adds up):
 *   a byline ("By X", "-- X", "Author: X", "Par : X", "Reporter: X", "X | Example Times",
 *   "Reporting by X", "X, security correspondent", "X, Example.kz
 *   correspondent", "date | By X | section", "X and Y |date - Update : date"
 *   gives X),
 *   also when glued to the end of the last paragraph or to the dateline
 *   ("Osh. Jane Doe – EXA. ..."), "Von X", "Par X", "X reports from Y",
 *   "Opinion | X" above the title, else a line that is only a person's name
 *   (also "JANE DOE", "Jane Doe, Osh") under the title, next to the date
 *   line (also one the furniture stage removed), or right after the body,
 *   also above a "Follow" button, else a signature on a post's views line
 *   ("👁 21K  Jane Doe  edited 14:37"), else an author's note at the end
 *   ("X is a journalist based in Y."); a translator, editor or
 *   photographer after the author ("· Translation: X") and wire agencies
 *   ("avec AFP") are cut; a person's name only ("Jane DOE" becomes "Jane Doe").
 *
 * Dates and bylines are read in English, Russian, German, French, Turkish, Uzbek and Kazakh
 * (`lib/dates.ts`, `lib/lines.ts`); cookie banners and subscription
 * requests are never the title (`isSiteNotice`).
 */
import { SeedError, type ArticleMetadata, type ArticleText, type IsoDate, type SourceLine } from '../types.ts';
import { findDates, isDated, toIsoDate, type DateMention } from '../lib/dates.ts';
import {
  bylineText,
  endsLikeSentence,
  findTitleIndex,
  headerLineParts,
  isDeskCredit,
  isAboutAuthorHeading,
  isBareNameLine,
  reporterPlaceByline,
  isBareNameList,
  isContributionNote,
  isDateBylineLine,
  isDateLine,
  printEditionNote,
  isNamesOnlyLine,
  isProseLine,
  endsWithFullStop,
  isSectionLabel,
  isTitleCandidate,
  splitTrailingDate,
  wordCount,
} from '../lib/lines.ts';
import { defaultOutletIndex, type OutletIndex } from '../lib/outlets.ts';
import { channelHeader, isOrganisationName, pageOutlet, releaseIssuer } from '../lib/page-outlet.ts';
import { lineRuleVerdict } from '../lib/furniture-rules.ts';

/**
 * An outlet named in capitals ("THE INTERPRETER" in a masthead) as the page writes
 * it elsewhere in mixed case ("... receive The Interpreter's daily digest"), each
 * word capitalised; else as given.
 * @param outlet The outlet found, or null.
 * @param pageLines Every line of the page (read only for a name in capitals).
 * @returns The outlet's display name.
 */
function mixedCaseSpelling(outlet: string | null, pageLines: () => readonly SourceLine[]): string | null {
  if (outlet === null || /\p{Ll}/u.test(outlet) || !/\p{Lu}{2}/u.test(outlet)) return outlet;
  const words = outlet.split(/\s+/u).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const spelled = new RegExp(`(?<![\\p{L}])${words.join('\\s+')}(?![\\p{L}])`, 'iu');
  for (const line of pageLines()) {
    const found = spelled.exec(line.text)?.[0];
    if (found !== undefined && /\p{Ll}/u.test(found) && found.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word))) return found;
  }
  return outlet;
}

/**
 * Extract metadata and body paragraphs from an article's kept lines.
 * @param kept Lines left by the furniture stage.
 * @param file The seed's path, for error messages.
 * @param outlets Known outlets (defaults to data/knowledge/outlets.yaml, loaded once).
 * @param removed Lines the furniture stage removed: the masthead, copyright line and site prompts there name the outlet when the kept text does not.
 * @returns Metadata and clean paragraphs.
 * @throws SeedError when no line looks like a title.
 */
export function extractMetadata(
  kept: readonly SourceLine[],
  file: string,
  outlets: OutletIndex = defaultOutletIndex(),
  removed: readonly SourceLine[] = [],
): ArticleText {
  const texts = kept.map((line) => line.text);
  let sortedPage: SourceLine[] | undefined;
  /** Every line of the page, kept and removed, in page order (sorted once, on first use). */
  const pageLines = (): SourceLine[] => (sortedPage ??= [...kept, ...removed].sort((a, b) => a.line - b.line));
  // A channel's post (a handle line "@name · N subscribers" at the top): its first line, under the day's date, is the title.
  const channel = channelHeader(pageLines().slice(0, 10).map((line) => line.text));
  const printedAt = (channel !== null ? postTitleIndex(kept, pageLines(), channel.handleAt) : -1) ?? -1;
  const scoredAt = printedAt === -1 ? titleIndex(kept, removed, outlets) : printedAt;
  const firstLine = removed.length > 0 ? pageLines()[0] : kept[0];
  // The browser's title line at the very top ("Headline | Site") when the page prints no headline of its own.
  const browserTitle = firstLine !== undefined && firstLine !== kept[scoredAt] ? browserTitleHeadline(firstLine.text, texts[scoredAt] ?? null) : null;
  // A browser's title line the furniture stage kept stands where the title does; a removed one above every kept line.
  const titleAt = browserTitle !== null ? kept.indexOf(firstLine as SourceLine) : scoredAt;
  if (titleAt === -1 && browserTitle === null) {
    throw new SeedError(
      file,
      'has no recognisable title: expected a headline (a line of a few words without a final full stop) before the first paragraph',
      kept[0]?.line,
    );
  }
  const { text: titleText, date: titleDate } = browserTitle !== null ? { text: browserTitle, date: null } : splitTrailingDate(texts[titleAt] ?? '');
  const { title, outlet: titleOutlet } = browserTitle !== null ? { title: browserTitle, outlet: null } : splitOutletSuffix(titleText, outlets);

  // "Jane Doe | Example Times": a name beside the site's name (known, news-shaped or printed in the page's masthead or copyright line).
  let chromeKeys: string[] | undefined;
  const namedByChrome = (name: string): boolean => {
    const key = ` ${nameFold(name)} `;
    if (key.trim().length < 4) return false;
    chromeKeys ??= mastheadAndCopyright(pageLines(), removed).map((line) => ` ${nameFold(line)} `);
    return chromeKeys.some((line) => line.includes(key));
  };
  const siteBylines = new Map<string, string | null>();
  /** `siteNameByline` of a line, read once per line (the body and the author both ask). */
  const siteByline = (text: string): string | null => {
    let name = siteBylines.get(text);
    if (name === undefined) siteBylines.set(text, (name = siteNameByline(text, outlets, namedByChrome)));
    return name;
  };
  const draftBody = bodyIndices(texts, titleAt, title, outlets, browserTitle !== null, siteByline);
  // A name alone (or with the reporter's place: "Jane Doe | Osh") by a date line among the first lines, after a standfirst: a byline without "By".
  // Also a name above a "Follow" or "Subscribe" button (a blog platform's author line); by a date line also in capitals ("JANE DOE").
  const headerNames = draftBody.filter(
    (i, n) =>
      n < 3 &&
      (isBareNameLine(texts[i] ?? '') || isCapitalsName(texts[i] ?? '') || reporterPlaceByline(texts[i] ?? '') !== null || isDeskCredit(texts[i] ?? '')) &&
      (isDateLine(texts[i - 1] ?? '') || isDateLine(texts[i + 1] ?? '') || isFollowButton(texts[i + 1] ?? '')),
  );
  const bodyAt = draftBody.filter((i) => !headerNames.includes(i));
  const lastBody = bodyAt.at(-1) ?? titleAt;
  // The header runs to the third body paragraph: a byline and date may follow a standfirst.
  const headerEnd = bodyAt[2] ?? lastBody + 1;
  const header = texts.map((_, i) => i).filter((i) => i < headerEnd && i !== titleAt && !bodyAt.includes(i));
  const footer = texts.map((_, i) => i).filter((i) => i > lastBody && i >= headerEnd);
  const credited = cutDatelineCredit(bodyAt.map((i) => texts[i] ?? ''), outlets);
  const glued = cutGluedByline(credited.paragraphs, outlets);
  const titleLine = browserTitle !== null ? (firstLine?.line ?? 0) : (kept[titleAt]?.line ?? 0);
  const lastBodyLine = kept[lastBody]?.line ?? 0;
  // Under a browser's title line the page's head (masthead, menus) runs down to the first paragraph.
  const headEndLine = browserTitle !== null ? (kept[bodyAt[0] ?? -1]?.line ?? Infinity) : titleLine;
  /** The lines (kept and removed) above a line number, by default above the title. */
  const headLines = (below: number = headEndLine): string[] => pageLines().filter((line) => line.line < below).map((line) => line.text);
  const chrome = (): string | null =>
    // "Title / Media Note / Office of the Spokesperson": a release's marker and issuer may stand under its title too.
    releaseIssuer(headLines(kept[bodyAt[0] ?? -1]?.line ?? headEndLine)) ??
    pageOutlet(
      headLines().slice(0, 3),
      removed.map((line) => line.text),
      outlets,
      removed.filter((line) => line.line > lastBodyLine).map((line) => line.text),
      // The site's prompts and copyright may stand inside what looks like the body's end ("Subscribe to X" above a tagline).
      pageLines().filter((line) => line.line > titleLine).map((line) => line.text),
    );

  /** The first print-edition note on the page ("Published in X, August 1st, 2023."): its newspaper and date. */
  const printNote = (): { outlet: string; date: string | null } | null => {
    for (const line of pageLines()) {
      const note = printEditionNote(line.text);
      if (note) return note;
    }
    return null;
  };

  // The first body paragraph that is no standfirst: under a standfirst the body took as its first paragraph, the head
  // runs on to the second ("Standfirst / date / JANE DOE / text").
  const firstProseBody = (): number => bodyAt[isStandfirstShaped(texts[bodyAt[0] ?? -1] ?? '') && bodyAt.length > 1 ? 1 : 0] ?? -1;

  // The page's own title above the headline ("Headline | Site", "Headline – Site"): its suffix names the site.
  const pageTitleOutlet = (): string | null => firstOf(headLines(), (line) => pageTitleSuffix(line, title, outlets));

  const metadata: ArticleMetadata = {
    title: capitaliseFirst(title),
    outlet: mixedCaseSpelling(findOutlet(
      {
        texts,
        header,
        footer,
        paragraphs: glued.paragraphs,
        titleOutlet,
        gluedOutlet: glued.outlet,
        datelineOutlet: credited.outlet,
        pageOutlet: chrome,
        headCredits: () => headLines(kept[bodyAt[0] ?? -1]?.line ?? headEndLine),
        pageTitleOutlet,
        channelOutlet: channel === null ? null : (outlets.canonical(channel.name) ?? channel.name),
      },
      outlets,
    ), pageLines),
    author: bestAuthor(
      bylineAuthors(texts, outlets, siteByline, (i) => i > titleAt && i < headerEnd, new Set(bodyAt)),
      [
        ['nameByDate', () => firstOf([...header, ...footer], (i) => nameByDate(texts[i] ?? '', outlets))],
        ['glued', () => glued.author ?? credited.author],
        ['bareName', () => firstOf([...headerNames, ...bareNameLines(texts, titleAt, bodyAt)], (i) => personName(reporterPlaceByline(texts[i] ?? '') ?? texts[i] ?? '', outlets))],
        ['columnist', () => firstOf(headLines(), (line) => columnistName(line, outlets))],
        ['removedHead', () => removedHeadByline(pageLines(), removed, titleLine, kept[firstProseBody()]?.line ?? Infinity, outlets, siteByline)],
        ['signature', () => {
          const after = pageLines().filter((line) => line.line > lastBodyLine);
          // Else a sign-off right under the last paragraph naming the site beside the person ("Jane Doe, Example News").
          const signOff = after[0] !== undefined && after[0].text.length <= 80 ? siteByline(after[0].text) : null;
          return firstOf(after, (line) => viewsSignature(line.text, outlets)) ?? signOff;
        }],
        ['bio', () => bioAuthor(pageLines().slice(-4).map((line) => line.text), outlets)],
        ['authorBox', () => authorBoxName(pageLines(), titleLine, outlets)],
      ],
    ),
    // A date after the title (by the byline) is the article's; one above it may be the site's "today".
    published: findPublished(
      texts,
      [...header.filter((i) => i > titleAt), ...header.filter((i) => i < titleAt)],
      footer,
      titleDate,
      glued.paragraphs,
      // The page's address above the title, or printed under it by the standfirst ("example.com/2021/11/23/slug/").
      urlPathDate(headLines(kept[headerEnd]?.line ?? Infinity)),
      () => urlPathDate([...kept, ...removed].filter((line) => line.line > lastBodyLine).map((line) => line.text)) ?? printNote()?.date ?? null,
      () => removedHeadDate(removed, titleLine, kept[bodyAt[0] ?? -1]?.line ?? Infinity),
    ),
  };
  const lead = cutPlaceOutletDateline(glued.paragraphs, outlets, metadata.outlet);
  if (metadata.outlet === null && lead.outlet !== null) metadata.outlet = lead.outlet;
  if (metadata.author === null && lead.author !== undefined) metadata.author = lead.author;
  const printed = metadata.outlet === null ? printNote() : null;
  if (printed) metadata.outlet = outlets.canonical(printed.outlet) ?? printed.outlet;
  // "Mada Masr" under the headline: the site's own name as a desk's credit is no writer.
  if (metadata.author !== null && metadata.outlet !== null && nameFold(metadata.author) === nameFold(metadata.outlet)) metadata.author = null;
  return { metadata, paragraphs: withoutAuthorNote(lead.paragraphs.filter((paragraph) => paragraph !== ''), metadata.author) };
}

/**
 * The body without its last paragraph when that paragraph is the author's note
 * ("Jane Doe is an analyst in the institute's programme."): the writer's
 * description, not the story's.
 * @param paragraphs The body's paragraphs.
 * @param author The article's author, or null (then the body is left whole).
 * @returns The paragraphs, the note cut.
 */
function withoutAuthorNote(paragraphs: string[], author: string | null): string[] {
  const last = paragraphs.at(-1);
  if (author === null || last === undefined || paragraphs.length < 2) return paragraphs;
  const name = authorNoteName(last);
  return name !== null && nameFold(name) === nameFold(author) ? paragraphs.slice(0, -1) : paragraphs;
}

/** An outlet's name of one to five words and a dash opening the first paragraph: "Example News - Ten people ...". */
const OUTLET_DASH_DATELINE = /^(\p{Lu}[\p{L}\p{N}.&'’]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&'’]*){0,4})\s+[-–—]\s+(?=["“«\p{Lu}\p{N}])/u;

/**
 * The title of a channel's post: the first kept line after the day's date
 * line (the channel page's day separator, "March 3, 2025") below the
 * channel's handle line, when it is headline-shaped.
 * @param kept The kept lines.
 * @param page Every line of the page, kept and removed, in page order.
 * @param handleAt Index in `page` of the channel's handle line.
 * @returns The title's index in `kept`, or null when the page has no such post line.
 */
function postTitleIndex(kept: readonly SourceLine[], page: readonly SourceLine[], handleAt: number): number | null {
  for (let i = handleAt + 1; i < Math.min(page.length, handleAt + 8); i++) {
    if (!isDateLine(page[i]?.text ?? '')) continue;
    const next = page.slice(i + 1).find((line) => kept.includes(line));
    if (next === undefined || !isTitleCandidate(next.text)) return null;
    return kept.indexOf(next);
  }
  return null;
}

/** The views line under a channel's post, signed: "👁 21.4K  Jane Doe  edited 14:37", "Views: 1 204 · Jane Doe · 09:12". */
const VIEWS_SIGNATURE =
  /^(?:👁️?|(?:[Vv]iews?|[Пп]росмотр\p{L}*)\s*:?)\s*\d[\d\s.,]*[KkMmКкМм]?\s*[·•|]?\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*[·•|,]?\s*(?:(?:[Ee]dited|изменено|ред\.?)\s*)?\d{1,2}:\d{2}$/u;

/**
 * The author's signature on a post's views line (see `VIEWS_SIGNATURE`).
 * @param text A line after the body.
 * @param outlets Known outlets.
 * @returns The person's name, or null.
 */
function viewsSignature(text: string, outlets: OutletIndex): string | null {
  const signed = VIEWS_SIGNATURE.exec(text.trim())?.[1];
  return signed === undefined ? null : personName(signed, outlets);
}

/**
 * Index of the title among the kept lines: the scored choice of
 * `findTitleIndex`, which also sees the removed lines as the furniture
 * stage saw them (never the title, but places where the title may be
 * repeated, such as a page title "Headline - Site", and kickers above it).
 * @param kept The kept lines.
 * @param removed The removed lines.
 * @param outlets Known outlets (a masthead is never the title).
 * @returns The index in `kept`, or -1.
 */
function titleIndex(kept: readonly SourceLine[], removed: readonly SourceLine[], outlets: OutletIndex): number {
  const isMasthead = (text: string): boolean => mastheadOutlet(text, outlets) !== null;
  if (removed.length === 0) return findTitleIndex(kept.map((line) => line.text), isMasthead);
  const lines = [...kept.map((line, at) => ({ text: line.text, line: line.line, at })), ...removed.map((line) => ({ text: line.text, line: line.line, at: -1 }))];
  lines.sort((a, b) => a.line - b.line);
  const found = findTitleIndex(
    lines.map((line) => line.text),
    isMasthead,
    { removed: (i) => (lines[i]?.at ?? -1) === -1 },
  );
  return found === -1 ? -1 : (lines[found]?.at ?? -1);
}

// -------------------------------------------------------------------- body

/**
 * Lines that are only a person's name (under the title, also names between bars) where a byline without "By" stands:
 * between the title and the first body paragraph, by a date line before the third paragraph (under a short
 * standfirst), or right after the last paragraph; a name and a place ("Jane Doe, Osh") only by a date line.
 * @param texts All kept lines.
 * @param titleAt Index of the title.
 * @param bodyAt Indices of the body paragraphs.
 * @returns Their indices, in order.
 */
function bareNameLines(texts: readonly string[], titleAt: number, bodyAt: readonly number[]): number[] {
  const firstBody = bodyAt[0] ?? texts.length;
  const headEnd = bodyAt[2] ?? texts.length;
  const afterBody = (bodyAt.at(-1) ?? texts.length) + 1;
  return texts
    .map((_, i) => i)
    .filter((i) => {
      const text = texts[i] ?? '';
      if (i <= titleAt) return false;
      if (i === afterBody && isBareNameLine(text)) return true;
      if (i >= Math.max(firstBody, headEnd)) return false;
      // Under the title also "Jane Doe | John Roe": names between bars.
      if (i < firstBody && (isBareNameLine(text) || isNamesOnlyLine(text))) return true;
      // (Or a name right under a standfirst the body took, over the first paragraph: "... tués, 29 terroristes abattus" / "Nadia Doe".)
      const byDate = isDateLine(texts[i - 1] ?? '') || isDateLine(texts[i + 1] ?? '');
      if (i >= headEnd || wordCount(text, 7) > 6 || !(byDate || (i === firstBody + 1 && isUnderStandfirst(texts, i) && isBareNameLine(text)))) return false;
      // By a date line: a name and a place; under a short standfirst, a name (also in capitals).
      return reporterPlaceByline(text) !== null || isBareNameLine(text) || isCapitalsName(text);
    });
}

/**
 * A byline the furniture stage took for a caption: a line between the title
 * and the first paragraph that is a name, in capitals or with a place ("Jane
 * Doe", "JANE DOE", "Jane Doe, Osh"), next to a date line, or a name beside
 * the site's ("Jane Doe – Example Herald"), among the kept and removed lines
 * in page order.
 * @param page Every line of the page, kept and removed, in page order.
 * @param removed The removed lines.
 * @param titleLine The title's line number.
 * @param firstBodyLine The first body paragraph's line number.
 * @param outlets Known outlets.
 * @param siteByline The author of a line naming a person beside the site ("Jane Doe – Example Herald", `siteNameByline`): such a line counts wherever it stands in the head.
 * @returns The person's name, or null.
 */
function removedHeadByline(
  page: readonly SourceLine[],
  removed: readonly SourceLine[],
  titleLine: number,
  firstBodyLine: number,
  outlets: OutletIndex,
  siteByline: (text: string) => string | null = () => null,
): string | null {
  const head = page.filter((line) => line.line > titleLine && line.line < firstBodyLine);
  if (head.length > 12) return null; // no body found: no head to read
  const removedLines = new Set(removed);
  for (const [at, line] of head.entries()) {
    const beside = removedLines.has(line) && line.text.length <= 80 ? siteByline(line.text) : null;
    if (beside !== null) return beside;
    if (!removedLines.has(line) || wordCount(line.text, 7) > 6) continue;
    if (!(isDateLine(head[at - 1]?.text ?? '') || isDateLine(head[at + 1]?.text ?? ''))) continue;
    // "Écouter   Partager": a row of buttons under the date is no name.
    if (lineRuleVerdict(line.text) === 'button row') continue;
    if (reporterPlaceByline(line.text) !== null || isCapitalsName(line.text) || isBareNameLine(line.text)) return personName(reporterPlaceByline(line.text) ?? line.text, outlets);
  }
  return null;
}

/** A column's label and the columnist between bars: "Opinion | Jane Doe", "Analysis | John Roe". */
const COLUMN_LABEL_LINE = /^(?:opinion|analysis|commentary|comment|column|op-ed|blog|perspective|viewpoint|essay|interview|мнение|колонка|блог|мнения)\s*\|\s*\S/iu;

/**
 * The columnist of a column's label line above the title ("Opinion | Jane Doe").
 * @param line A line above the title, kept or removed.
 * @param outlets Known outlets.
 * @returns The person's name, or null.
 */
function columnistName(line: string, outlets: OutletIndex): string | null {
  if (!COLUMN_LABEL_LINE.test(line)) return null;
  const name = headerLineParts(line)[1] ?? '';
  return isBareNameLine(name) || isBareNameList(name) ? personName(name, outlets) : null;
}

/** An author's note at the end: "Jane Doe is a journalist based in Almaty.", "John Roe is a senior fellow at ...". */
const AUTHOR_BIO = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+is\s+(?:a|an|the)\s+(?:[^.]{0,60}?\s)?(?:journalist|correspondent|reporter|writer|researcher|analyst|fellow|editor|professor|lecturer|expert|scholar|consultant|contributor|freelancer|columnist|commentator|photographer|producer)s?(?![\p{L}])/u;

/**
 * The name an author's note opens with ("Jane Doe is a researcher on Central Asia."),
 * or null. A source's description in the story's last sentence ("..., who documented
 * the abuses", "said") is no author's note.
 * @param line A line.
 * @returns The name as written, or null.
 */
function authorNoteName(line: string): string | null {
  if (wordCount(line, 31) > 30 || /["“”«»]|(?<![\p{L}])(?:said|says|told|according|who|which)(?![\p{L}])/u.test(line)) return null;
  return AUTHOR_BIO.exec(line.trim())?.[1] ?? null;
}

/**
 * The author named by an author's note among the page's last lines, when no
 * byline names one ("Jane Doe is a researcher on Central Asia.").
 * @param last The page's last few lines, kept and removed.
 * @param outlets Known outlets.
 * @returns The person's name, or null.
 */
function bioAuthor(last: readonly string[], outlets: OutletIndex): string | null {
  for (const line of last) {
    if (!/\sis\s(?:a|an|the)\s/u.test(line)) continue;
    const name = authorNoteName(line);
    const person = name === null ? null : personName(name, outlets);
    if (person !== null) return person;
  }
  return null;
}

/**
 * Whether a line is a person's name in capitals ("JANE DOE") or with its
 * surname in capitals ("Jane DOE", "Ислам ХАМЗАТОВ"), as some sites print the
 * byline; read only by a date line under the title.
 * @param text A line.
 * @returns True when the line in title case is a bare name.
 */
function isCapitalsName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  const capitals = (word: string): boolean => word === word.toUpperCase() && /\p{Lu}/u.test(word);
  if (!words.every(capitals) && !(words.length >= 2 && capitals(words[words.length - 1] ?? '') && /^\p{Lu}{3,}$/u.test(words[words.length - 1] ?? ''))) return false;
  return isBareNameLine(words.map((word) => (capitals(word) ? titleCaseWord(word) : word)).join(' '));
}

/**
 * Whether a bare name stands between a standfirst and the first paragraph
 * ("37 étrangers ... tués, 29 terroristes abattus" / "Nadia Doe" / a
 * paragraph): the standfirst is short and has no full stop, a paragraph of
 * prose follows.
 * @param texts All kept lines.
 * @param i The name's index, right under the first line the body took (the standfirst).
 * @returns True for such a byline.
 */
function isUnderStandfirst(texts: readonly string[], i: number): boolean {
  return isStandfirstShaped(texts[i - 1] ?? '') && isProseLine(texts[i + 1] ?? '');
}

/**
 * Whether a line has a standfirst's shape: thirty words or fewer, no full stop at its end.
 * @param text A line.
 * @returns True for such lines.
 */
function isStandfirstShaped(text: string): boolean {
  return text.trim() !== '' && wordCount(text, 31) <= 30 && !endsWithFullStop(text);
}

/** The joints of a name and a site's name on a byline: a bar, a dot, a dash between spaces, a comma. */
const NAME_SITE_JOINT = /\s*[|•·]\s*|\s+[–—-]\s+|\s*,\s*/u;

/**
 * The author of a byline that gives the site's name beside the person's:
 * "Jane Doe | Example Times", "JOHN ROE · example.kz", "Ana Pérez, Diario
 * Ejemplo". The name must be a bare name (also in capitals); every other
 * part a known outlet, a news organisation's name, a domain name, or a name
 * the page's chrome prints (its masthead, its copyright line).
 * @param text A line.
 * @param outlets Known outlets.
 * @param namedByChrome Whether the page's removed lines print a name.
 * @returns The person's name, or null when the line is no such byline.
 */
function siteNameByline(text: string, outlets: OutletIndex, namedByChrome: (name: string) => boolean): string | null {
  if (!NAME_SITE_JOINT.test(text) || wordCount(text, 11) > 10) return null;
  const parts = text.trim().split(NAME_SITE_JOINT).filter(Boolean);
  const [person, ...sites] = parts;
  if (person === undefined || sites.length < 1 || sites.length > 2) return null;
  if (!isBareNameLine(person) && !isCapitalsName(person)) return null;
  const isSite = (part: string): boolean =>
    wordCount(part, 6) <= 5 &&
    (outlets.canonical(part) !== null || isOrganisationName(part) || DOMAIN_LINE.test(part) || namedByChrome(part));
  return sites.every(isSite) ? personName(person, outlets) : null;
}

/**
 * The removed lines where a site prints its own name: the masthead (among
 * the page's first three lines) and the copyright line. Not its menus, tags
 * or captions, which name topics and people.
 * @param page Every line of the page, kept and removed, in page order.
 * @param removed The removed lines.
 * @returns Those lines' texts.
 */
function mastheadAndCopyright(page: readonly SourceLine[], removed: readonly SourceLine[]): string[] {
  const top = new Set(page.slice(0, 3));
  return removed.filter((line) => top.has(line) || /©|\(c\)|copyright|all rights reserved/iu.test(line.text)).map((line) => line.text);
}

/**
 * A name folded for comparison: lower case, letters and digits only, single spaces.
 * @param text A name or a line.
 * @returns The folded text.
 */
function nameFold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Indices of the lines that make the body: every line after the title
 * except date lines, bylines, credit and masthead lines, repeats of the
 * title, and labels or captions before the first or after the last paragraph.
 * @param texts All kept lines.
 * @param titleAt Index of the title.
 * @param title The title text.
 * @param outlets Known outlets.
 * @param headlinesAbove Whether the title came from the browser's title line: then a headline-shaped line above the first paragraph (a ticker, "Breaking: ...") is no paragraph either.
 * @param siteByline The author of a byline that names the site beside the person ("Jane Doe | Example Times", `siteNameByline`), or null: such a line is no paragraph.
 * @returns Indices in order.
 */
function bodyIndices(
  texts: readonly string[],
  titleAt: number,
  title: string,
  outlets: OutletIndex,
  headlinesAbove = false,
  siteByline: (text: string) => string | null = () => null,
): number[] {
  const candidates: number[] = [];
  const titleKey = sameTextKey(title);
  for (let i = titleAt + 1; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (isMetaLine(text) || isButtonRow(text) || isContributionNote(text) || creditOutlet(text, outlets) !== null) continue;
    if (text.length <= 80 && siteByline(text) !== null) continue;
    const nearTitleLength = text.length <= title.length + 40;
    if (nearTitleLength && (sameTextKey(text) === titleKey || sameTextKey(splitTrailingDate(text).text) === titleKey)) continue;
    candidates.push(i);
  }
  const prose = candidates.filter((i) => isProseLine(texts[i] ?? ''));
  const firstProse = prose[0] ?? Infinity;
  const lastProse = prose.at(-1) ?? -Infinity;
  return candidates.filter((i) => {
    const text = texts[i] ?? '';
    const outside = i < firstProse || i > lastProse;
    if (headlinesAbove && i < firstProse && !endsLikeSentence(text) && isTitleCandidate(text)) return false;
    return !(outside && (isSectionLabel(text) || (wordCount(text, 8) <= 7 && !endsLikeSentence(text))));
  });
}

/** A word of a page's buttons around the byline: "Follow", "Subscribe", "Listen", "Share", "Save". */
const BUTTON_WORD = /^(?:follow|unfollow|subscribe|listen|share|save|bookmark|print|clap|tweet|e-?mail|подписаться|поделиться|слушать|abonnieren|teilen|suivre|partager|s['’]abonner|takip-et|paylaş|dinle)$/iu;

/**
 * Whether a line is only a row of buttons ("Follow", "Listen Share",
 * "Подписаться"): never a paragraph, and a name right above a "Follow"
 * button is the author's byline.
 * @param text A line.
 * @returns True for a line of one to four button words.
 */
function isButtonRow(text: string): boolean {
  if (text.length > 40) return false;
  const words = text.trim().replace(/takip et/giu, 'takip-et').split(/[\s|·•]+/u).filter(Boolean);
  return words.length >= 1 && words.length <= 4 && words.every((word) => BUTTON_WORD.test(word));
}

/**
 * Whether a line is a "Follow" or "Subscribe" button alone (the button by an author's name).
 * @param text A line.
 * @returns True for such a button.
 */
function isFollowButton(text: string): boolean {
  return /^(?:follow|subscribe|подписаться|abonnieren|suivre|s['’]abonner|takip et)$/iu.test(text.trim());
}

/**
 * The comparison key of a line (two lines with one key say the same): lower
 * case, single spaces, no final punctuation.
 * @param text A line.
 * @returns The key.
 */
function sameTextKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.,;:!?…"'”’»]+$/u, '').trim();
}

/**
 * Cut a byline or agency credit glued to the end of the last paragraph:
 * "... the ministry said. By Jane Doe", "... the ministry said. -- Jane Doe",
 * "... on Friday. — AFP".
 * @param paragraphs The body paragraphs.
 * @param outlets Known outlets.
 * @returns The paragraphs with the byline cut, and the author or outlet it named.
 */
function cutGluedByline(paragraphs: readonly string[], outlets: OutletIndex): { paragraphs: string[]; author: string | null; outlet: string | null } {
  const out = [...paragraphs];
  // A wire's end mark ("-0-", "-30-", "###", "(END)") closes the last paragraph.
  const marked = out.at(-1);
  if (marked !== undefined) out[out.length - 1] = marked.replace(/\s+(?:-0-|-30-|#{3}|\(END\)|\/ENDS?)$/u, '');
  // "... in Nice. - Additional reporting: agencies": a note on the wires used, with no author in it.
  const noted = out.at(-1);
  if (noted !== undefined) out[out.length - 1] = noted.replace(/(?<=[.!?…"”»'’)\]])\s+[-–—]*\s*\(?(?:additional|further) reporting(?:\s+by)?\s*:?\s*[^.!?()]{2,80}\)?\s*$/iu, '');
  const last = out.at(-1);
  if (last === undefined) return { paragraphs: out, author: null, outlet: null };
  const glued = /(?<=[.!?…"”»'’)\]])\s+(?:(?:By|BY)\s+|(?:Author|Автор|Written by|Reporting by)\s*:?\s*|(?:--|[–—])\s*)([^.!?]{2,60}?)\s*$/u.exec(last);
  if (!glued?.[1]) return { paragraphs: out, author: null, outlet: null };
  const author = personName(glued[1], outlets);
  const outlet = author === null ? outlets.canonical(glued[1]) : null;
  if (author === null && outlet === null) return { paragraphs: out, author: null, outlet: null };
  out[out.length - 1] = last.slice(0, glued.index).trimEnd();
  return { paragraphs: out, author, outlet };
}

/** A dateline place, then a dash: "BISHKEK - ", "Almaty, Kazakhstan — ". */
const DATELINE_PLACE_DASH = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})?\s+[-–—]\s+/u;

/**
 * Cut a credit glued to the dateline of the first paragraph: an agency and
 * a reporter between the place's dash and the first sentence ("BISHKEK -
 * Example.kg news agency, Jane DOE. President ..." keeps "BISHKEK -
 * President ..."), or after a place and a full stop, a reporter and an
 * agency joined by a dash ("Osh. Jane Doe – EXA. Police ..." keeps "Osh.
 * Police ..."). Every comma-separated part must be a known outlet (with
 * or without "news agency"), a domain name or a person's name, and one
 * at least an outlet or a name.
 * @param paragraphs The body paragraphs.
 * @param outlets Known outlets.
 * @returns The paragraphs with the credit cut, and the outlet and author it named.
 */
function cutDatelineCredit(paragraphs: readonly string[], outlets: OutletIndex): { paragraphs: string[]; outlet: string | null; author: string | null } {
  const out = [...paragraphs];
  const lead = out[0];
  if (lead === undefined) return { paragraphs: out, outlet: null, author: null };
  // "Baku. Jane Doe – EXA. The ministry ...": a place and a full stop, then a reporter and an agency joined by a dash.
  const stop = DATELINE_PLACE_STOP.exec(lead);
  const dash = DATELINE_PLACE_DASH.exec(lead);
  const credit = (stop ? datelineCredit(lead, stop[0].length, true, outlets) : null) ?? (dash ? datelineCredit(lead, dash[0].length, false, outlets) : null);
  if (credit === null) return { paragraphs: out, outlet: null, author: null };
  out[0] = lead.slice(0, credit.start) + lead.slice(credit.end);
  return { paragraphs: out, outlet: credit.outlet, author: credit.author };
}

/**
 * The credit after a dateline's place (see `cutDatelineCredit`).
 * @param lead The first paragraph.
 * @param start Where the credit would start (after the place and its mark).
 * @param afterStop Whether the place ends with a full stop: then the parts may be joined by a dash, an unknown agency-like name counts, and both a reporter and an agency are needed.
 * @param outlets Known outlets.
 * @returns Where the credit starts and ends (its final stop and space included), and the outlet and author it names; null when the text there is no credit.
 */
function datelineCredit(
  lead: string,
  start: number,
  afterStop: boolean,
  outlets: OutletIndex,
): { start: number; end: number; outlet: string | null; author: string | null } | null {
  const credit = /^(.{2,80}?)\.\s+(?=["“«\p{Lu}])/u.exec(lead.slice(start));
  if (!credit?.[1] || wordCount(credit[1], 10) > 9) return null;
  let outlet: string | null = null;
  let author: string | null = null;
  for (const part of credit[1].split(afterStop ? /\s*,\s*|\s+[-–—]\s+/u : /\s*,\s*/u)) {
    const bare = part.replace(/\s+(?:news\s+)?(?:agency|service|correspondent)$/iu, '');
    const agency = afterStop && looksLikeOutletName(bare) && looksLikeAgency(bare) ? bare : null;
    const known = outlets.canonical(part) ?? outlets.canonical(bare) ?? (/^[\p{L}\p{N}-]+\.[\p{L}]{2,}$/u.test(bare) ? bare : agency);
    const name = known === null ? personName(part, outlets) : null;
    if (known === null && name === null) return null;
    outlet ??= known;
    author ??= name;
  }
  // After a bare place and full stop, only a reporter with an agency is a credit ("Baku. Jane Doe said ..." is a sentence).
  if (afterStop && (outlet === null || author === null)) return null;
  return { start, end: start + credit[0].length, outlet, author };
}

/** A dateline place of one to three capitalised words, then a full stop: "Baku. ", "NUR-SULTAN. ". */
const DATELINE_PLACE_STOP = /^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}\.\s+/u;

/** A dateline of a place and an outlet in brackets, then a dash or a colon: "Tashkent (Example.uz) — ", "NEW YORK (AP) — ", "KANDAHAR (Example): ". */
const PLACE_OUTLET_DATELINE =
  /^\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})?([.,]?\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?))?\s*\(((?=[^()]*\p{L})[^()]{2,40})\)\s*(?:[-–—]+|(:))\s+(?=["“«\p{Lu}\p{N}])/u;

/** A place in capitals, a slash, a writer's name and the outlet in brackets, then a dash: "BAGHDAD / Jane Doe (Example News) – ". */
const PLACE_SLASH_WRITER_DATELINE = /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}\s*\/\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*\(([^()]{2,40})\)\s*[-–—:]+\s+(?=["“«\p{Lu}])/u;

/** A wire dateline in capitals: a place, a month and a day (either order), the agency and a full stop: "YEREVAN, AUGUST 21, ARMENPRESS. ". */
const PLACE_DATE_AGENCY_DATELINE = /^\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2},\s*(?:\p{Lu}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}{3,9}\.?),\s*(\p{Lu}[\p{Lu}\p{N}.&-]{2,20})\.\s+(?=["“«\p{Lu}])/u;

/** An agency's name and a slash opening its copy: "Example News/ The court ...", "EXA / Police said ...". */
const OUTLET_SLASH_DATELINE = /^(\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}?)\s?\/\s+(?=["“«\p{Lu}])/u;

/** An outlet, a comma, a place and a dash opening the copy: "EXAMPLE.CO, Jakarta - ", "Example News, Almaty – ". */
const OUTLET_PLACE_DATELINE = /^(\p{Lu}[\p{L}\p{N}.&'’-]{1,30}(?:\s\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}),\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}\s+[-–—]+\s+(?=["“«\p{Lu}])/u;

/** A dateline of a place in capitals and a colon: "PESHAWAR: ", "NEW DELHI: ". */
const CAPITALS_COLON_DATELINE = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}:\s+(?=["“«\p{Lu}])/u;

/**
 * Cut a "Place (Outlet) —" dateline off the start of the first paragraph
 * ("Tashkent (Example.uz) — Uzbekistan's security service ..." keeps
 * "Uzbekistan's security service ..."; a date may sit between the place and
 * the bracket: "ALMATY. Mar 3 (Agency) - "; a colon may stand for the dash
 * after a place in capitals: "KANDAHAR (Example): "): only when the bracket holds a
 * known outlet, a domain name or an agency's name, and no date. A place in
 * capitals with a colon ("PESHAWAR: ") is cut too; it names no outlet. So is
 * an agency's name and a slash ("Example News/ The court ..."), which names it;
 * so is an outlet, a comma and a place before a dash ("EXAMPLE.CO, Jakarta - ").
 * @param paragraphs The body paragraphs.
 * @param outlets Known outlets.
 * @returns The paragraphs with the dateline cut, and the outlet it named (null when nothing was cut).
 */
function cutPlaceOutletDateline(paragraphs: readonly string[], outlets: OutletIndex, pageOutlet: string | null = null): { paragraphs: readonly string[]; outlet: string | null; author?: string } {
  const lead = paragraphs[0];
  // "BAGHDAD / Jane Doe (Example News) – ": a place, the writer after a slash, the outlet in brackets.
  const signed = lead === undefined ? null : PLACE_SLASH_WRITER_DATELINE.exec(lead);
  const writer = signed?.[1] === undefined ? null : personName(signed[1], outlets);
  if (lead && signed && writer !== null) {
    const bracketed = (signed[2] ?? '').trim();
    return { paragraphs: [lead.slice(signed[0].length), ...paragraphs.slice(1)], outlet: outlets.canonical(bracketed) ?? bracketed, author: writer };
  }
  // "YEREVAN, AUGUST 21, ARMENPRESS. ": a place, the day and the agency, in capitals, closed by a full stop.
  const wire = lead === undefined ? null : PLACE_DATE_AGENCY_DATELINE.exec(lead);
  const wireAgency = wire?.[1] ?? '';
  if (lead && wire && (outlets.canonical(wireAgency) !== null || wireAgency.toLowerCase() === pageOutlet?.toLowerCase() || looksLikeAgency(wireAgency))) {
    return { paragraphs: [lead.slice(wire[0].length), ...paragraphs.slice(1)], outlet: outlets.canonical(wireAgency) ?? wireAgency };
  }
  // "Example News - Ten people were killed ...": the site's own name and a dash open its copy, in the place of a dateline.
  const named = lead === undefined ? null : OUTLET_DASH_DATELINE.exec(lead);
  const opener = named?.[1] ?? '';
  if (lead && named && (opener.toLowerCase() === pageOutlet?.toLowerCase() || outlets.canonical(opener) !== null)) {
    return { paragraphs: [lead.slice(named[0].length), ...paragraphs.slice(1)], outlet: outlets.canonical(opener) ?? opener };
  }
  const dateline = lead === undefined ? null : PLACE_OUTLET_DATELINE.exec(lead);
  const bracketed = dateline?.[2]?.trim() ?? '';
  // With a date before the bracket ("KYIV. Nov 19 (Agency) -"), or a place in capitals and a colon after it
  // ("KANDAHAR (Example): "), the wire format itself says the bracket is an agency.
  const dated = dateline?.[1] !== undefined || (dateline?.[3] !== undefined && /^\p{Lu}{3,}[\s(]/u.test(dateline[0]));
  if (lead && !dateline) {
    const capitals = CAPITALS_COLON_DATELINE.exec(lead);
    if (capitals) return { paragraphs: [lead.slice(capitals[0].length), ...paragraphs.slice(1)], outlet: null };
    // "Example News/ The court ...": an agency's name and a slash open its own copy.
    const slashed = OUTLET_SLASH_DATELINE.exec(lead);
    const agency = slashed?.[1]?.trim() ?? '';
    const named = agency === '' ? null : (outlets.canonical(agency) ?? (looksLikeOutletName(agency) && looksLikeAgency(agency) ? agency : null));
    if (slashed && named !== null) return { paragraphs: [lead.slice(slashed[0].length), ...paragraphs.slice(1)], outlet: named };
    // "EXAMPLE.CO, Jakarta - The court ...": the outlet (known, a domain or an agency's name), then the place.
    const placed = OUTLET_PLACE_DATELINE.exec(lead);
    const source = placed?.[1]?.trim() ?? '';
    const credited =
      source === '' ? null : (outlets.canonical(source) ?? (/^[\p{L}\p{N}-]+\.[\p{L}]{2,}$/u.test(source) || (looksLikeOutletName(source) && looksLikeAgency(source)) ? source : null));
    if (placed && credited !== null) return { paragraphs: [lead.slice(placed[0].length), ...paragraphs.slice(1)], outlet: credited };
  }
  if (!lead || !dateline || bracketed === '') return { paragraphs, outlet: null };
  const outlet =
    outlets.canonical(bracketed) ??
    (/^[\p{L}\p{N}-]+\.[\p{L}]{2,}$/u.test(bracketed) || (looksLikeOutletName(bracketed) && (dated || looksLikeAgency(bracketed))) ? bracketed : null);
  if (outlet === null) return { paragraphs, outlet: null };
  return { paragraphs: [capitaliseFirst(lead.slice(dateline[0].length)), ...paragraphs.slice(1)], outlet };
}

/**
 * Whether a line carries metadata rather than text: a date line, a byline,
 * or both between separators ("12 March 2019 | By Jane Doe | Politics").
 * @param text A line.
 * @returns True for such lines.
 */
function isMetaLine(text: string): boolean {
  return isDateLine(text) || bylineText(text) !== null || isDateBylineLine(text);
}

// ------------------------------------------------------------------- title

/**
 * Split a known outlet's name off the end of a title ("Title | Eurasianet",
 * "Title - The Diplomat"), or an unknown news organisation's ("Title –
 * Example Eurasia News"); after a bar, also an unknown site's or section's
 * short capitalised name ("Title | Opinion"), which names no outlet.
 * @param title The title line without its date.
 * @param outlets Known outlets.
 * @returns The title and the known outlet named, if any.
 */
function splitOutletSuffix(title: string, outlets: OutletIndex): { title: string; outlet: string | null } {
  const suffix = /^(.*\S)\s+[|–—-]\s+([^|–—]{2,40})$/u.exec(title);
  const outlet = suffix?.[2] ? outlets.canonical(suffix[2]) : null;
  if (suffix?.[1] && outlet !== null) return { title: suffix[1], outlet };
  // "Title – Example Eurasia News", "Title | Steppe Herald": an unknown news organisation's name.
  if (suffix?.[1] && suffix[2] && wordCount(suffix[1], 3) >= 3 && isOrganisationName(suffix[2])) return { title: suffix[1], outlet: suffix[2].trim() };
  // "Title | Steppe Daily", "Title | Opinion": after a bar, a short capitalised name is the site's or section's.
  const barred = /^(.*\S)\s+\|\s+([^|]{2,40})$/u.exec(title);
  const name = barred?.[2]?.trim() ?? '';
  const siteName = wordCount(name, 6) <= 5 && (/^[\p{L}\p{N}-]+\.[\p{L}]{2,}$/u.test(name) || name.split(/\s+/).every((word) => /^[\p{Lu}\p{N}&]/u.test(word)));
  if (barred?.[1] && siteName && wordCount(barred[1], 3) >= 3) return { title: barred[1], outlet: null };
  return { title, outlet: null };
}

/**
 * The headline of the browser's title line at the very top of the page
 * ("Court jails three recruiters | Example Observer", "Headline - site"),
 * when the page prints no headline of its own: the printed candidate (a
 * ticker, a byline the title rules took for a headline) does not repeat it.
 * The part before the last bar or dash must look like a headline (four
 * words at least, no organisation's name), the part after it like a
 * site's short name (at most four words).
 * @param line The page's first line.
 * @param printed The best printed title candidate, or null when there is none.
 * @returns The headline, or null when the line is no such title or the page prints it.
 */
function browserTitleHeadline(line: string, printed: string | null): string | null {
  if (!SUFFIX_SEPARATOR.test(line)) return null;
  const parts = /^(.*\S)\s+[|–—-]\s+([^|–—]{2,40})$/u.exec(line.trim());
  const headline = parts?.[1]?.trim() ?? '';
  const site = parts?.[2]?.trim() ?? '';
  if (headline === '' || wordCount(site, 5) > 4 || /[.!?]$/u.test(site) || wordCount(headline, 4) < 4 || /\s[|]\s/u.test(headline)) return null;
  if (!isTitleCandidate(headline) || isOrganisationName(headline) || isInstitutionName(headline)) return null;
  if (printed === null) return headline;
  const shown = splitTrailingDate(printed).text;
  if (sameTextKey(shown) === sameTextKey(headline) || echoesTitle(shown, headline) || echoesTitle(headline, shown)) return null;
  return headline;
}

/** A word that makes a capitalised name an institution's: "Institute", "Centre", "Foundation". */
const INSTITUTION_WORD =
  /(?<![\p{L}])(?:institute|institution|centre|center|council|foundation|university|academy|ministry|agency|association|society|forum|programme|program|office|committee|commission|initiative|project|network|group)(?![\p{L}])/iu;

/**
 * Whether a text is an institution's name rather than a headline: every
 * word capitalised or a small joining word, no digit, and a word like
 * Institute, Centre or Foundation ("Caspian Institute for Security
 * Studies", the first part of "Example Centre for Peace – Tbilisi").
 * @param text The part of a title line before its last bar or dash.
 * @returns True for such names.
 */
function isInstitutionName(text: string): boolean {
  if (/\d/u.test(text) || !INSTITUTION_WORD.test(text)) return false;
  return text.split(/\s+/u).every((word) => /^[\p{Lu}"'“«(]/u.test(word) || /^(?:of|and|the|for|on|in|at|to|de|du|des|la|le|el|al|&)$/u.test(word));
}

/**
 * The site a page's title line names: a line above the headline that
 * repeats it (most of its words) and adds a site's name after a bar or
 * dash ("Court jails three recruiters | Example Observer"). The name counts
 * when it is a known outlet or a news organisation's name (not a section
 * or a country: "Headline - Kazakhstan").
 * @param line A line above the headline.
 * @param title The headline.
 * @param outlets Known outlets.
 * @returns The site's name (canonical when known), or null.
 */
function pageTitleSuffix(line: string, title: string, outlets: OutletIndex): string | null {
  if (!SUFFIX_SEPARATOR.test(line)) return null;
  const parts = /^(.*\S)\s+[|–—-]\s+([^|–—]{2,40})$/u.exec(line.trim());
  if (!parts?.[1] || !parts[2] || !echoesTitle(parts[1], title)) return null;
  const name = parts[2].trim();
  return outlets.canonical(name) ?? (isOrganisationName(name) ? name : null);
}

/** A bar or dash between spaces: every page title with a site's suffix has one (a cheap test first). */
const SUFFIX_SEPARATOR = /\s[|–—-]\s/u;

/** Small words left out when comparing a page title with the headline. */
const ECHO_STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'to', 'for', 'and', 'at', 'by', 'with', 'from', 'after', 'over']);

/**
 * Whether a text repeats a headline: at least two thirds of its content
 * words (and at least three) are the headline's.
 * @param text The text before a page title's suffix.
 * @param title The headline.
 * @returns True when it echoes the headline.
 */
function echoesTitle(text: string, title: string): boolean {
  const words = (value: string): string[] =>
    value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1 && !ECHO_STOP_WORDS.has(word));
  const titleWords = new Set(words(title));
  const own = words(text);
  const shared = own.filter((word) => titleWords.has(word)).length;
  return shared >= 3 && shared * 3 >= own.length * 2;
}

/**
 * Upper-case the first letter of a title that starts in lower case.
 * @param title A title.
 * @returns The title, first letter capitalised.
 */
function capitaliseFirst(title: string): string {
  return title.replace(/^(["'“‘«]?)(\p{Ll})/u, (_all, quote: string, letter: string) => quote + letter.toUpperCase());
}

// -------------------------------------------------------------- published

/**
 * How much each cue to the publication date counts. `findPublished` sums the
 * weights of the cues that give one date (a month or a year supports the
 * days within it), so cues that agree beat a stronger one alone: an
 * "Updated" date loses to a dateline or an address that give another day,
 * and a date line by the title loses only to weaker cues that agree on
 * another day and outweigh it together (a dateline and the page's address).
 */
export const PUBLISHED_CUE_WEIGHTS: Readonly<Record<PublishedCue, number>> = {
  /** "First published ..." on a date line by the title. */
  firstPublished: 8,
  /** The first unlabelled or "Published" date on a date line or byline by the title (those below it first), or glued to the title. */
  header: 5,
  /** A numeric date on such a line that reads both ways or has a two-digit year ("05/08/16"), when no other date is there. */
  headerAmbiguous: 4,
  /** "First published ..." after the body, when the lines by the title give only "Updated" dates. */
  footerFirstPublished: 3,
  /** A date line between the title and the body that the furniture stage removed (with view counters). */
  removedHead: 3,
  /** A dateline at the start of the body with its year ("BISHKEK, 26 September 2014 —"). */
  dateline: 3,
  /** A date in the path of the page's address above the title ("example.com/2021/11/23/slug"). */
  address: 3,
  /** A dateline's day and month with the year of the header ("MOSCOW, October 3. /ITAR-TASS/."). */
  datelineYear: 2,
  /** The first "Updated" date by the title. */
  updated: 2,
  /** The first date on a date line after the body. */
  footer: 1,
  /** A date in the path of an address after the body, or a print-edition note's date. */
  tailAddress: 1,
  /** A full date the lead says something happened "on" (month only): a last resort. */
  leadEvent: 0.5,
};

/** The cues to the publication date (see `PUBLISHED_CUE_WEIGHTS`). */
type PublishedCue =
  | 'firstPublished'
  | 'header'
  | 'headerAmbiguous'
  | 'footerFirstPublished'
  | 'removedHead'
  | 'dateline'
  | 'address'
  | 'datelineYear'
  | 'updated'
  | 'footer'
  | 'tailAddress'
  | 'leadEvent';

/** A date one cue gives, with the cue's place in the order of cues (a tie goes to the earlier cue). */
interface DateCandidate {
  date: IsoDate;
  cue: PublishedCue;
  order: number;
}

/**
 * The publication date: a weighted vote over every cue (see
 * `PUBLISHED_CUE_WEIGHTS` and the module comment).
 * @param texts All kept lines.
 * @param header Indices of header lines (before the body, title excluded).
 * @param footer Indices of lines after the body.
 * @param titleDate A date glued to the end of the title, if any.
 * @param paragraphs The body paragraphs.
 * @param urlDate A date in the path of the page's address above the title (`urlPathDate`), if any.
 * @param tailUrlDate The date in the path of an address after the body ("Source: https://..."), read last.
 * @param removedHeadDate The date of a date line the furniture stage removed between the title and the body (with view and comment counters), read after the kept header's dates.
 * @returns An ISO date as precise as the text allows, or null.
 */
function findPublished(
  texts: readonly string[],
  header: readonly number[],
  footer: readonly number[],
  titleDate: DateMention | null,
  paragraphs: readonly string[],
  urlDate: IsoDate | null = null,
  tailUrlDate: () => IsoDate | null = () => null,
  removedHeadDate: () => IsoDate | null = () => null,
): IsoDate | null {
  const headerDates = datedMentions(texts, header);
  if (titleDate && isDated(titleDate)) headerDates.unshift({ mention: titleDate, updated: false, original: false });
  const dateline = once(() => datelineDate(paragraphs[0] ?? ''));
  const candidates: DateCandidate[] = [];
  // The cues from the strongest, each read only while it can still change the choice (later ones are dearer to read).
  const cues: ReadonlyArray<readonly [PublishedCue, () => IsoDate | null | undefined]> = [
    ['firstPublished', () => headerDates.find((entry) => entry.original)?.mention.date],
    ['header', () => headerDates.find((entry) => !entry.updated && !entry.original)?.mention.date],
    ['headerAmbiguous', () => (headerDates.length === 0 ? ambiguousHeaderDate(texts, header, (date) => monthFirstFits(date, paragraphs)) : null)],
    // "Last updated ..." on top and "First published: ..." at the bottom: the first publication wins.
    [
      'footerFirstPublished',
      () => (headerDates.length > 0 && headerDates.every((entry) => entry.updated) ? datedMentions(texts, footer).find((entry) => entry.original)?.mention.date : null),
    ],
    ['removedHead', removedHeadDate],
    ['dateline', () => dateline()?.date],
    ['address', () => urlDate],
    [
      'datelineYear',
      () => {
        const found = dateline();
        if (!found || found.date || found.month === undefined) return null;
        const year = headerYear(texts, header);
        return year === null ? null : toIsoDate(year, found.month, found.day);
      },
    ],
    ['updated', () => headerDates.find((entry) => entry.updated)?.mention.date],
    ['footer', () => datedMentions(texts, footer)[0]?.mention.date],
    ['tailAddress', tailUrlDate],
    ['leadEvent', () => (candidates.length === 0 ? leadEventMonth(paragraphs[0] ?? '') : null)],
  ];
  let remaining = cues.reduce((sum, [cue]) => sum + PUBLISHED_CUE_WEIGHTS[cue], 0);
  for (const [cue, read] of cues) {
    if (dateSettled(candidates, remaining)) break;
    remaining -= PUBLISHED_CUE_WEIGHTS[cue];
    const date = read();
    if (date) candidates.push({ date, cue, order: candidates.length });
  }
  return bestDate(candidates);
}

/**
 * Whether the cues read so far settle the date: its lead over every other
 * date exceeds what the cues not yet read can add (so reading them changes nothing).
 * @param candidates The cues' dates so far.
 * @param remaining The total weight of the cues not yet read.
 * @returns True when the choice can no longer change.
 */
function dateSettled(candidates: readonly DateCandidate[], remaining: number): boolean {
  if (candidates.length === 0) return false;
  const dates = [...new Set(candidates.map((candidate) => candidate.date))];
  const totals = dates.map((date) => dateSupport(candidates, date).total).sort((a, b) => b - a);
  const leader = totals[0] ?? 0;
  const runnerUp = totals[1] ?? 0;
  return leader - runnerUp > remaining && leader > remaining;
}

/**
 * The support the cues give a date: the total weight of the cues that give
 * it or a coarser date containing it (each cue once), and the weight of the
 * strongest cue giving exactly it.
 * @param candidates The cues' dates.
 * @param date The date.
 * @returns Its total and strongest weight.
 */
function dateSupport(candidates: readonly DateCandidate[], date: IsoDate): { total: number; strongest: number } {
  let total = 0;
  let strongest = 0;
  const counted = new Set<PublishedCue>();
  for (const other of candidates) {
    if (counted.has(other.cue) || !(date === other.date || date.startsWith(`${other.date}-`))) continue;
    counted.add(other.cue);
    const weight = PUBLISHED_CUE_WEIGHTS[other.cue];
    total += weight;
    if (other.date === date) strongest = Math.max(strongest, weight);
  }
  return { total, strongest };
}

/**
 * A function's result, computed on the first call only.
 * @param compute The function.
 * @returns A function giving its result.
 */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/**
 * The date with the greatest total weight among the cues' dates: a cue
 * supports its own date and the more precise dates within it ("2021-11"
 * supports "2021-11-23"); a tie goes to the date with the strongest single
 * cue, then to the more precise date, then to the earlier cue.
 * @param candidates The cues' dates, in the order of cues.
 * @returns The winning date, or null when there is none.
 */
function bestDate(candidates: readonly DateCandidate[]): IsoDate | null {
  let best: { date: IsoDate; total: number; strongest: number; order: number } | null = null;
  for (const candidate of candidates) {
    const { total, strongest } = dateSupport(candidates, candidate.date);
    const better =
      best === null ||
      total > best.total ||
      (total === best.total &&
        (strongest > best.strongest || (strongest === best.strongest && (candidate.date.length > best.date.length || (candidate.date.length === best.date.length && candidate.order < best.order)))));
    if (better) best = { date: candidate.date, total, strongest, order: candidate.order };
  }
  return best?.date ?? null;
}

/**
 * The date of a date line the furniture stage removed between the title and
 * the first paragraph (a date line with view and comment counters, "10
 * December 2019, 14:52 | 👁 27 411 | 💬 153", may go as a counter line).
 * @param removed The removed lines.
 * @param titleLine The title's line number.
 * @param firstBodyLine The first body paragraph's line number.
 * @returns The first full date on such a line, or null.
 */
function removedHeadDate(removed: readonly SourceLine[], titleLine: number, firstBodyLine: number): IsoDate | null {
  for (const line of removed) {
    if (line.line <= titleLine || line.line >= firstBodyLine || !isDateLine(line.text)) continue;
    const dated = findDates(line.text, { bareYears: false }).find((mention) => isDated(mention) && mention.precision === 'day');
    if (dated?.date) return dated.date;
  }
  return null;
}

/** A line that is only a web address with a path, perhaps labelled: "www.example.com/world/2019-04/30/content_1.htm", "Source: https://example.com/2019/04/30/x". */
const URL_LINE = /^(?:(?:source|original|link|url|источник)\s*:?\s*)?(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S*$/iu;
/** A date in an address's path: "/2019/04/30/", "/2019-04/30/", "/20190430/", "/2019/04/". */
const URL_PATH_DATE = /\/((?:19|20)\d{2})(?:[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))(?=[/_.-]|$)/u;

/**
 * The date in the path of the page's own address, printed above the title
 * or as the source after the body ("www.example.com/world/2019-04/30/content_1.htm"
 * -> 2019-04-30): the first address line among some lines that has one.
 * @param head The page's lines to look at (above the title, or after the body), kept and removed.
 * @returns The date as precise as the path gives it, or null.
 */
function urlPathDate(head: readonly string[]): IsoDate | null {
  for (const raw of head) {
    const line = raw.trim();
    if (!line.includes('/') || !URL_LINE.test(line)) continue;
    const found = URL_PATH_DATE.exec(line);
    if (!found?.[1]) continue;
    const month = found[2] ?? found[4];
    const day = found[3] ?? found[5];
    return toIsoDate(Number(found[1]), month === undefined ? undefined : Number(month), day === undefined ? undefined : Number(day));
  }
  return null;
}

/** A label saying the dates after it are when the page was changed, not published. */
const UPDATED_LABEL =
  /(?<![\p{L}])(?:updated|update|modified|edited|обновлено|изменено|обновлён|обновлен|обновления|aktualisiert|geändert|mis à jour|mise à jour|modifié|güncelle\p{L}*|actualizado|atualizado|aggiornato|yangilandi|жаңартылды|оновлено)(?![\p{L}])/iu;
/** A label saying the dates after it are when the page was published. */
const PUBLISHED_LABEL =
  /(?<![\p{L}])(?:published|posted|created|publication|опубликовано|опубликован|публикации|veröffentlicht|erschienen|publié|publiée|yayınlan\p{L}*|yayın tarihi|publicado|pubblicato|e['’]lon qilingan|жарияланды|опубліковано)(?![\p{L}])/iu;
/** A label saying the date after it is the first publication, before later versions: "First published on ...". */
const ORIGINAL_LABEL = /(?<![\p{L}])(?:first|originally) (?:published|posted)(?![\p{L}])|впервые опубликован/iu;

/** A date on a header line, with what its label says about it. */
interface LabelledDate {
  mention: DateMention;
  /** An "updated" or "modified" label stands before it. */
  updated: boolean;
  /** A "first published" label stands before it: it beats an unlabelled date. */
  original: boolean;
}

/**
 * Dated mentions on date lines and bylines among some lines, in order.
 * @param texts All kept lines.
 * @param indices Which lines to look at.
 * @returns Each dated mention, and whether an "updated" or "first published" label stands before it on its line.
 */
function datedMentions(texts: readonly string[], indices: readonly number[]): LabelledDate[] {
  const found: LabelledDate[] = [];
  for (const i of indices) {
    const text = texts[i] ?? '';
    if (!isMetaLine(text)) continue;
    // "17:26 GMT 28.07.2021 (updated 18:02 GMT 28.07.2021)": the label governs the dates after it, up to another label.
    let updated = false;
    let original = false;
    let from = 0;
    for (const mention of findDates(text, { bareYears: false })) {
      const before = text.slice(from, mention.index);
      original = ORIGINAL_LABEL.test(before) || (original && !UPDATED_LABEL.test(before));
      if (UPDATED_LABEL.test(before) && !original) updated = true;
      else if (PUBLISHED_LABEL.test(before)) updated = false;
      from = mention.index + mention.length;
      if (isDated(mention)) found.push({ mention, updated, original });
    }
  }
  return found;
}

/**
 * A numeric date on a header date line or byline that `findDates` leaves
 * out: a slashed one that reads both ways ("05/04/2024 16:22", "By Jane Doe
 * - 03/12/2023"), read day first as the region's sites write dates, or one
 * with a two-digit year ("05/08/16 10:37", "05-08-16").
 * @param texts All kept lines.
 * @param header Indices of header lines.
 * @param monthFirst Whether the month-first reading of a date fits the article (`monthFirstFits`).
 * @returns The ISO date, or null.
 */
function ambiguousHeaderDate(texts: readonly string[], header: readonly number[], monthFirst: (date: IsoDate) => boolean = () => false): IsoDate | null {
  // "Last updated 27-04-2024" above "Published 26-04-2024": an updated date is read only when no other is there.
  const unlabelled = header.filter((i) => !UPDATED_LABEL.test(texts[i] ?? '') || PUBLISHED_LABEL.test(texts[i] ?? ''));
  return ambiguousDateAmong(texts, unlabelled, monthFirst) ?? ambiguousDateAmong(texts, header, monthFirst);
}

/** An English month name followed by a day ("March 22", "Jan. 3"): the American order. */
const MONTH_THEN_DAY = /(?<![\p{L}\p{N}])(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\p{L}\p{N}]|:\d|[.,]\d)/gu;
/** A day followed by an English month name ("22 March"): the British and the region's order. */
const DAY_THEN_MONTH = /(?<![\p{L}\p{N}.,])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\p{L}])/u;

/**
 * Whether the month-first reading of a numeric date that reads both ways
 * fits the article: the article writes its dates month first
 * (`writesMonthFirst`), and no date its paragraphs give (a day and month,
 * in the date's year when they name none) comes after it, since a page is
 * not published before what it reports. A Central Asian site writing
 * "June 30" in English still prints "05/08/16" day first: "June 30" after
 * 8 May rules the month-first reading out.
 * @param date The month-first reading.
 * @param paragraphs The body paragraphs.
 * @returns True when the page's date is to be read month first.
 */
function monthFirstFits(date: IsoDate, paragraphs: readonly string[]): boolean {
  // An article that writes no date either way ("at the end of December"): the reading that follows what it reports.
  if (!writesMonthFirst(paragraphs)) return !paragraphs.some((paragraph) => DAY_THEN_MONTH.test(paragraph)) && reportsJustBefore(date, paragraphs);
  const year = Number(date.slice(0, 4));
  for (const paragraph of paragraphs) {
    for (const mention of findDates(paragraph, { bareYears: false })) {
      if (mention.month === undefined || mention.day === undefined) continue;
      if (toIsoDate(mention.year ?? year, mention.month, mention.day) > date) return false;
    }
  }
  return true;
}

/**
 * Whether the month-first reading of a page's date falls within a month
 * after the latest month the article reports ("at the end of December"
 * over "01/05/2024": 5 January) while the day-first reading falls more
 * than two months after it (1 May): a page is published soon after what
 * it reports. Months without a year are taken in the reading's year, or
 * in the year before when they would fall after it.
 * @param date The month-first reading.
 * @param paragraphs The body paragraphs.
 * @returns True when only the month-first reading follows the report closely.
 */
function reportsJustBefore(date: IsoDate, paragraphs: readonly string[]): boolean {
  const year = Number(date.slice(0, 4));
  const [month, day] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const dayFirst = toIsoDate(year, day, month);
  let latest: number | null = null;
  for (const paragraph of paragraphs) {
    for (const mention of findDates(paragraph, { bareYears: false })) {
      if (mention.month === undefined) continue;
      let at = Date.UTC(mention.year ?? year, mention.month - 1, mention.day ?? 28);
      if (mention.year === undefined && at > Date.parse(date)) at = Date.UTC(year - 1, mention.month - 1, mention.day ?? 28);
      if (latest === null || at > latest) latest = at;
    }
  }
  if (latest === null) return false;
  const day0 = 86_400_000;
  const sinceMonthFirst = (Date.parse(date) - latest) / day0;
  const sinceDayFirst = (Date.parse(dayFirst) - latest) / day0;
  return sinceMonthFirst >= 0 && sinceMonthFirst <= 31 && sinceDayFirst > 60;
}

/**
 * Whether the article writes its dates the American way: its paragraphs
 * put the month before the day ("on March 22", "January 3") and never the
 * day before the month ("22 March"). Then a numeric date that reads both
 * ways ("04/08/2024") is month first, as a US site prints it; otherwise it
 * stays day first, the region's order (see `ambiguousDateAmong`).
 * @param paragraphs The body paragraphs.
 * @returns True for month-first writing.
 */
function writesMonthFirst(paragraphs: readonly string[]): boolean {
  if (paragraphs.length === 0) return false;
  let monthFirst = 0;
  for (const paragraph of paragraphs) {
    if (DAY_THEN_MONTH.test(paragraph)) return false;
    monthFirst += paragraph.match(MONTH_THEN_DAY)?.length ?? 0;
  }
  return monthFirst > 0;
}

/** A twelve-hour clock right after a date (", 5:30 AM", " 11:05 p.m."): an American page's date line. */
const TWELVE_HOUR_AFTER = /^,?\s*(?:at\s+)?\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\b/u;

/**
 * The first ambiguous numeric date (see `ambiguousHeaderDate`) on a date line or byline among some lines.
 * @param texts All kept lines.
 * @param header Indices of the lines to look at, in order.
 * @param monthFirst Whether the month-first reading fits the article (`monthFirstFits`): then "04/08/2024" is 8 April.
 * @returns The ISO date, or null.
 */
function ambiguousDateAmong(texts: readonly string[], header: readonly number[], monthFirst: (date: IsoDate) => boolean = () => false): IsoDate | null {
  for (const i of header) {
    const text = texts[i] ?? '';
    if (!isMetaLine(text)) continue;
    const slashed = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2}|\d{2})(?![\d/]|[.-]\d)/u.exec(text);
    if (!slashed) continue;
    const [first, second, written] = [Number(slashed[1]), Number(slashed[3]), slashed[4] ?? ''];
    const year = written.length === 4 ? Number(written) : Number(written) + (Number(written) < 70 ? 2000 : 1900);
    // Day first, as the region writes dates, unless only the other reading is a date ("08/25/16") or the
    // article writes its dates month first and that reading fits ("on March 22": a US site's "04/08/2024" is 8 April).
    const bothWays = first <= 12 && second <= 12 && first !== second && first >= 1 && second >= 1;
    // "4/12/17, 5:30 AM CET": slashes followed by a twelve-hour clock are the American way, month first.
    const americanClock = slashed[2] === '/' && TWELVE_HOUR_AFTER.test(text.slice(slashed.index + slashed[0].length));
    const readMonthFirst = bothWays && (americanClock || monthFirst(toIsoDate(year, first, second)));
    const [day, month] = (second > 12 && first <= 12) || readMonthFirst ? [second, first] : [first, second];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return toIsoDate(year, month, day);
  }
  return null;
}

/**
 * The date of a dateline at the start of the body: "MOSCOW, October 3.
 * /ITAR-TASS/.", "ALMATY, Sept 26 (Reuters) -", "BISHKEK, 26 September 2014 —",
 * "Baku / 26.12.18 / Example:", "Astana, Kazakhstan, March 3 (Example) -",
 * "Osh, 23.11.2015, Example Press —", "(Berlin, March 3, 2021) –".
 * @param raw The first body paragraph.
 * @returns The date mention (possibly without a year), or null.
 */
function datelineDate(raw: string): DateMention | null {
  // "(Berlin, March 3, 2021) – ...": a release's dateline in brackets.
  const lead = raw.replace(/^\((?=[^()]{4,60}\)\s*[-–—:])/u, '');
  const place = /^\p{Lu}[\p{L}'’ .-]{1,40}?(?:,\s*\p{Lu}[\p{L}'’ .-]{1,30}?)?(?:[,.]|\s\/|\s[-–—])\s*/u.exec(lead);
  if (!place) return null;
  const first = findDates(lead.slice(0, 80), { bareYears: false })[0];
  if (!first || first.index !== place[0].length) return null;
  const after = lead.slice(first.index + first.length);
  return /^\s*(?:[.,]\s*)?(?:\/[^/]{1,30}(?:\/|:)|\([^()]{0,30}\)|\)\s*[-–—:]|[-–—:]|\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\s*[-–—:]|$)/u.test(after) ? first : null;
}

/**
 * A year written in the header (a dated line, or a four-digit year alone).
 * @param texts All kept lines.
 * @param header Indices of header lines.
 * @returns The year, or null.
 */
function headerYear(texts: readonly string[], header: readonly number[]): number | null {
  for (const i of header) {
    const text = texts[i] ?? '';
    const dated = findDates(text).find(isDated);
    if (dated) return dated.year ?? null;
    const bare = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text);
    if (bare?.[1] && isDateLine(text)) return Number(bare[1]);
  }
  return null;
}

/**
 * When the header gives no date: a full date the lead says something
 * happened "on" ("said on September 26, 2014"), as year and month only
 * (the event day need not be the publication day).
 * @param lead The first body paragraph.
 * @returns `YYYY-MM`, or null.
 */
function leadEventMonth(lead: string): IsoDate | null {
  const onDates = findDates(lead, { bareYears: false }).filter(
    (mention) => isDated(mention) && mention.precision === 'day' && /\bon\s+(?:\p{L}+day,?\s+)?$/iu.test(lead.slice(0, mention.index)),
  );
  const months = new Set(onDates.map((mention) => toIsoDate(mention.year ?? 0, mention.month)));
  return months.size === 1 ? ([...months][0] ?? null) : null;
}

// ------------------------------------------------------------------ outlet

/** Everything `findOutlet` looks at. */
interface OutletSources {
  texts: readonly string[];
  header: readonly number[];
  footer: readonly number[];
  paragraphs: readonly string[];
  titleOutlet: string | null;
  gluedOutlet: string | null;
  /** The outlet of a credit glued to the lead's dateline ("BISHKEK - Example.kg news agency, Jane Doe. ..."). */
  datelineOutlet: string | null;
  /** The outlet the page's removed chrome names (masthead, copyright, site prompts), computed on demand. */
  pageOutlet: () => string | null;
  /** Every line of the page (kept or removed) above the first paragraph, for a "Site / AGENCY" credit. */
  headCredits: () => string[];
  /** The site named after the headline in the page's own title line above it ("Headline | Site"), computed on demand. */
  pageTitleOutlet: () => string | null;
  /** The channel whose post the page shows (`channelHeader`), if any: the channel is the outlet. */
  channelOutlet: string | null;
}

/** A domain name in running text: "Tengrinews.kz", "24.kg", "Kun.uz". */
const DOMAIN_IN_TEXT =
  /(?<![\p{L}\p{N}@/.-])[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:kz|kg|uz|tj|tm|ru|az|am|ge|ua|by|af|com|org|net|info|news|asia|eu|io|tv|fm|media|agency)(?![\p{L}\p{N}]|\.[\p{L}\p{N}])/gu;
/** `DOMAIN_IN_TEXT` at the start of a text (not global: `exec` keeps no state). */
const DOMAIN_AT_START = new RegExp(`^${DOMAIN_IN_TEXT.source}`, 'u');

/**
 * The outlet, from the strongest cue found (see the module comment).
 * @param sources The lines and paragraphs to read.
 * @param outlets Known outlets.
 * @returns The outlet's display name, or null.
 */
function findOutlet(sources: OutletSources, outlets: OutletIndex): string | null {
  const { texts, header, footer, paragraphs } = sources;
  const around = [...header, ...footer].map((i) => texts[i] ?? '');
  const leads = paragraphs.slice(0, 2);
  const cues: Array<() => string | null> = [
    () => sources.channelOutlet,
    // "L'Orient Today / AFP" under the title of a page whose masthead and footer name L'Orient Today: the site ran the agency's copy.
    () => siteWithAgency(sources.headCredits(), sources.pageOutlet),
    () => sources.datelineOutlet,
    () => firstOf([...leads, ...header.map((i) => texts[i] ?? '')], (text) => datelineAgency(text, outlets)),
    () => firstOf(around, (text) => creditOutlet(text, outlets)),
    () => sources.gluedOutlet,
    () => firstOf(header.map((i) => texts[i] ?? ''), (text) => mastheadOutlet(text, outlets)),
    () => firstOf(around, (text) => bylineOutlet(text, outlets)),
    () => sources.titleOutlet,
    sources.pageTitleOutlet,
    sources.pageOutlet,
    () => firstOf(paragraphs, (text) => toldOutlet(text, outlets)),
    () => firstOf(paragraphs, (text) => serviceOutlet(text, outlets)),
    () => firstOf(paragraphs, (text) => domainOutlet(text, outlets)),
  ];
  for (const cue of cues) {
    const outlet = cue();
    if (outlet !== null) return spelledOut(outlet, sources.pageOutlet);
  }
  return null;
}

/**
 * The page's own outlet when a header line credits it with a wire agency
 * ("L'Orient Today / AFP", "Example News with AFP").
 * @param lines The header lines.
 * @param chrome The outlet the page's masthead and footer name.
 * @returns That outlet, or null when no line credits it so.
 */
function siteWithAgency(lines: readonly string[], chrome: () => string | null): string | null {
  const credits = lines.filter((line) => SITE_WITH_AGENCY.test(line.trim()));
  if (credits.length === 0) return null;
  const site = chrome();
  if (site === null) return null;
  const key = site.toLowerCase();
  return credits.some((line) => line.trim().toLowerCase().startsWith(key)) ? site : null;
}

/** A site's name, then a slash, "with" or "and", then an agency's initials: "L'Orient Today / AFP", "Example News with AFP and Reuters". */
const SITE_WITH_AGENCY = /^\p{Lu}[\p{L}\p{N}.'’& -]{1,40}?\s*(?:\/|\bwith\b|\bavec\b|\bmit\b|\band\b)\s*\p{Lu}{2,6}(?:\s*(?:,|and|\/)\s*\p{Lu}{2,6})*$/u;

/**
 * An outlet found as its initials ("BOSTON (CN) —") by the name the page's chrome
 * spells out ("Courthouse News Service" in the masthead), when those initials begin it.
 * @param outlet The outlet found.
 * @param chrome The outlet the page's masthead and footer name (read only for initials).
 * @returns The spelled-out name, or the outlet as found.
 */
function spelledOut(outlet: string, chrome: () => string | null): string {
  if (!/^\p{Lu}{2,5}$/u.test(outlet)) return outlet;
  const full = chrome();
  if (full === null || full === outlet) return outlet;
  const initials = full.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.charAt(0)).join('');
  return initials.length > outlet.length - 1 && initials.startsWith(outlet) ? full : outlet;
}

/**
 * The first non-null result of a function over a list.
 * @param items The list.
 * @param pick The function.
 * @returns The first result, or null.
 */
function firstOf<T>(items: readonly T[], pick: (item: T) => string | null): string | null {
  for (const item of items) {
    const found = pick(item);
    if (found !== null) return found;
  }
  return null;
}

/**
 * A dateline: a place of one to three capitalised words (not "The ..."), optionally a date
 * after a comma or full stop, then an agency in brackets followed by a dash,
 * a colon or a full stop ("ANKARA, Nov 11 (Reuters) -", "Tashkent, 3 April
 * 2019 (Example Press). Prosecutors ..."), or between slashes
 * ("MOSCOW, October 3. /ITAR-TASS/.").
 */
const DATELINE =
  /^(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2}(?:[.,]\s*[^()/\n]{1,40}?)?\s*(?:\((?<paren>[^()]{0,40})\)\s*(?:[-–—:]|\.\s+\p{Lu})|\/(?<slash>[^/\n]{1,60})\/\s*[.,:–—-]?)/u;

/**
 * The agency of a dateline: "MOSCOW, October 3. /ITAR-TASS/.",
 * "Moscow (AsiaNews) –", "BISHKEK (AKIpress) -", "NUR-SULTAN. KAZINFORM –",
 * "24.kg news agency, BISHKEK -", "BISHKEK, 26 сен — Sputnik.". Empty
 * brackets name nothing.
 * @param paragraph A body paragraph.
 * @param outlets Known outlets.
 * @returns The agency's display name, or null.
 */
function datelineAgency(paragraph: string, outlets: OutletIndex): string | null {
  const bracketed = DATELINE.exec(paragraph);
  const inBrackets = (bracketed?.groups?.paren ?? bracketed?.groups?.slash ?? '').trim();
  if (inBrackets !== '') {
    const known = outlets.canonical(inBrackets) ?? outlets.findAll(inBrackets)[0]?.name;
    if (known) return known;
    if (looksLikeOutletName(inBrackets) && looksLikeAgency(inBrackets)) return inBrackets;
  }
  // "NUR-SULTAN. KAZINFORM –", "24.kg news agency, BISHKEK —": a segment of the prefix is an outlet.
  const prefix = /^(.{2,80}?)(?:\s+[-–—]\s|:\s)/u.exec(paragraph)?.[1];
  if (prefix === undefined || wordCount(prefix, 9) > 8) return null;
  const segments = prefix.split(/\s*,\s*|\.\s+|\s+\/\s+/u).map((segment) => segment.replace(/\s+(?:news\s+)?agency$/iu, ''));
  const inPrefix = firstOf(segments, (segment) => outlets.canonical(segment));
  if (inPrefix !== null) return inPrefix;
  // "Baku / 26.12.18 / Example:", "ASTANA. March 3. EXAMPLE -": an unknown name closing a dateline after its date.
  const dateAt = segments.findIndex((segment) => isWholeDate(segment));
  const closing = segments[dateAt + 1];
  const placeFirst = /^\p{Lu}[\p{L}'’ .-]*$/u.test(segments[0] ?? '') && wordCount(segments[0] ?? '', 4) <= 3;
  if (dateAt >= 1 && placeFirst && closing !== undefined && segments.length === dateAt + 2 && wordCount(closing, 4) <= 3 && looksLikeOutletName(closing)) {
    return closing.trim();
  }
  // "BISHKEK, 26 сен — Sputnik. ...": the agency right after the dash.
  const afterDash = /^\s*[-–—]\s([^.]{2,40}?)\.\s/u.exec(paragraph.slice(prefix.length));
  return afterDash?.[1] ? outlets.canonical(afterDash[1]) : null;
}

/**
 * Whether a dateline segment is only a date, with an optional time and final stop ("26.12.18", "March 3", "3 марта 2019 г.").
 * @param segment A segment of a dateline.
 * @returns True when one date phrase covers it.
 */
function isWholeDate(segment: string): boolean {
  const bare = segment.trim().replace(/[.,]$/u, '');
  const first = findDates(bare, { bareYears: false })[0];
  return first !== undefined && first.index === 0 && first.length === bare.length;
}

/**
 * Whether a bracketed dateline word names an outlet rather than something
 * else in brackets (a date, a number, a lower-case remark).
 * @param text The bracket's content.
 * @returns True for name-like content of at most four words.
 */
function looksLikeOutletName(text: string): boolean {
  return /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]*$/u.test(text) && wordCount(text, 5) <= 4 && findDates(text).length === 0 && !/^\d+$/.test(text);
}

/**
 * Whether an unknown name in dateline brackets looks like an agency rather
 * than a place ("KABUL (Afghanistan) -"): an acronym, an inner capital
 * (AsiaNews), a dot (Kun.uz) or a word like News, Agency, Press.
 * @param name The bracket's content.
 * @returns True for agency-like names.
 */
function looksLikeAgency(name: string): boolean {
  return /\p{Lu}{2,}|\p{Ll}\p{Lu}|\.|\b(?:News|Agency|Press|Post|Times|Wire|Media|Info|Service|Radio|TV)\b/u.test(name);
}

/**
 * The outlet of a credit line: "Source: Kun.uz", "Source: Al Jazeera and
 * news agencies", "— AFP", "(Reuters)", "RFE/RL's Tajik Service contributed
 * to this report.".
 * @param text A line.
 * @param outlets Known outlets.
 * @returns The outlet's display name, or null.
 */
function creditOutlet(text: string, outlets: OutletIndex): string | null {
  if (isContributionNote(text)) return outlets.findAll(text)[0]?.name ?? serviceOutlet(text, outlets);
  const credit = /^(?:source|sources|источник)\s*:\s*(.+)$/iu.exec(text.trim());
  if (credit?.[1]) {
    if (wordCount(credit[1], 7) > 6 || /https?:\/\/|www\./iu.test(credit[1])) return null;
    const known = outlets.findAll(credit[1])[0]?.name;
    return known ?? (looksLikeOutletName(credit[1]) ? credit[1].trim() : null);
  }
  const bare = text.replace(/^[-–—(]+\s*|\s*\)$/gu, '').trim();
  return outletOfLine(bare, outlets);
}

/**
 * A known outlet that a whole line names; a single word does not name an outlet
 * whose name needs "The" ("National" under a headline is a section, not "The National").
 * @param name The line's text.
 * @param outlets Known outlets.
 * @returns The outlet's display name, or null.
 */
function outletOfLine(name: string, outlets: OutletIndex): string | null {
  const known = outlets.canonical(name);
  return known !== null && /^the\s/iu.test(known) && !/^the\s/iu.test(name) && !/\s/u.test(name) ? null : known;
}

/**
 * The outlet of a masthead line: a known outlet or a bare domain name.
 * @param text A header line.
 * @param outlets Known outlets.
 * @returns The outlet's display name, or null.
 */
function mastheadOutlet(text: string, outlets: OutletIndex): string | null {
  const name = text.trim().replace(/^(?:https?:\/\/)?www\./iu, '');
  if (wordCount(name, 6) > 5) return null;
  const known = outletOfLine(name, outlets);
  if (known !== null) return known;
  return DOMAIN_LINE.test(name) ? name : null;
}

/** A line that is only a domain name. */
const DOMAIN_LINE = new RegExp(`^${DOMAIN_IN_TEXT.source}$`, 'u');

/**
 * The outlet in a byline: "By Jane Doe, Reuters", "By Jane Doe | AP",
 * "By RFE/RL's Tajik Service".
 * @param text A line.
 * @param outlets Known outlets.
 * @returns The outlet's display name, or null.
 */
function bylineOutlet(text: string, outlets: OutletIndex): string | null {
  const byline = bylineText(text);
  return byline === null ? null : (outlets.findAll(byline)[0]?.name ?? null);
}

/**
 * The outlet a person spoke to: "told Tengrinews.kz", "told RFE/RL's Tajik
 * Service", "in an interview with The Diplomat". Only known outlets and
 * domain names count (so "told Putin" names nothing).
 * @param paragraph A body paragraph.
 * @param outlets Known outlets.
 * @returns The outlet's display name, or null.
 */
function toldOutlet(paragraph: string, outlets: OutletIndex): string | null {
  const verbs = /\b(?:told|speaking to|speaking with|in an interview with|in an interview to|in comments to|said to)\s+/giu;
  for (const match of paragraph.matchAll(verbs)) {
    const at = (match.index ?? 0) + match[0].length;
    const found = outletAt(paragraph, at, outlets);
    if (found !== null) return found;
  }
  return null;
}

/** The word that ends a "X's Kyrgyz service" phrase (a cheap test before the full pattern). */
const SERVICE_WORD = /[Ss]ervice|[Dd]esk|[Bb]ureau/u;

/**
 * The outlet of a service or correspondent phrase: "RFE/RL's Kyrgyz
 * service", "a correspondent for Eurasianet".
 * @param paragraph A body paragraph.
 * @param outlets Known outlets.
 * @returns The outlet's display name, or null.
 */
function serviceOutlet(paragraph: string, outlets: OutletIndex): string | null {
  for (const match of paragraph.matchAll(/\b(?:correspondent|reporter|journalist|stringer)s?\s+(?:for|of|with|from)\s+/giu)) {
    const found = outletAt(paragraph, (match.index ?? 0) + match[0].length, outlets);
    if (found !== null) return found;
  }
  if (!SERVICE_WORD.test(paragraph)) return null;
  const service = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}./&-]*(?:\s+\p{Lu}[\p{L}\p{N}./&-]*){0,3})['’]s\s+(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:[Ss]ervice|[Dd]esk|[Bb]ureau)\b/gu;
  for (const match of paragraph.matchAll(service)) {
    const name = match[1] ?? '';
    const known = outlets.canonical(name) ?? outlets.findAll(name).at(-1)?.name ?? null;
    if (known !== null) return known;
    if (/\/|\p{Lu}{2,}/u.test(name) && wordCount(name, 3) <= 2) return name;
  }
  return null;
}

/** Capitalised words that carry a name on to a body's word ("... Anti-Terrorism Committee", "... Security Council"): what follows a known outlet's name when that name only opens another one. */
const LONGER_BODY_NAME =
  /^(?:[ -]\p{Lu}[\p{L}'’-]*){0,4}\s+(?:Committee|Council|Ministry|Service|Agency|Office|Department|Directorate|Court|Commission|Bank|University|Institute|Centre|Center|Party|Front|Army|Guard|Police|Assembly|Union|Foundation|Fund|Board|Bureau)(?![\p{L}])/u;

/**
 * A known outlet or domain name starting at a position: "the Associated
 * Press", "Tengrinews.kz", "RFE/RL's".
 * @param text The text.
 * @param at The position.
 * @param outlets Known outlets.
 * @returns The outlet's display name, or null.
 */
function outletAt(text: string, at: number, outlets: OutletIndex): string | null {
  const rest = text.slice(at, at + 80);
  const known = outlets.findAt(rest, 0);
  if (known) {
    // "told the National Anti-Terrorism Committee": an outlet's name opening a longer name of a body is no outlet.
    const end = rest.toLowerCase().indexOf(known.text.toLowerCase()) + known.text.length;
    return LONGER_BODY_NAME.test(rest.slice(end)) ? null : known.name;
  }
  const domain = DOMAIN_AT_START.exec(rest);
  return domain ? (outlets.canonical(domain[0]) ?? domain[0]) : null;
}

/**
 * The first domain-like outlet name in a paragraph ("... wrote Kun.uz").
 * @param paragraph A body paragraph.
 * @param outlets Known outlets.
 * @returns The outlet's display name, or null.
 */
function domainOutlet(paragraph: string, outlets: OutletIndex): string | null {
  if (!/[\p{L}\p{N}]\.[\p{L}]/u.test(paragraph)) return null; // no "x.y": no domain (spares the long scan)
  const domain = paragraph.match(DOMAIN_IN_TEXT)?.[0];
  return domain === undefined ? null : (outlets.canonical(domain) ?? domain);
}

// ------------------------------------------------------------------ author

/** Words that make a capitalised phrase something other than a person's name. */
const NOT_NAME_WORDS = new Set([
  // A share row is no name: "Facebook   Twitter   Email".
  'facebook', 'twitter', 'email', 'e-mail', 'whatsapp', 'telegram', 'linkedin', 'reddit', 'pinterest', 'print', 'share', 'tweet',
  'news', 'breaking', 'world', 'asia', 'europe', 'politics', 'society', 'economy', 'business', 'security',
  'incidents', 'sport', 'sports', 'culture', 'opinion', 'analysis', 'central', 'middle', 'east', 'west', 'north',
  'south', 'latest', 'top', 'live', 'updated', 'published', 'posted', 'region', 'local', 'international',
  'national', 'home', 'emergencies', 'video', 'photo', 'agency', 'service', 'staff', 'desk', 'reporter',
  'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'editorial', 'team', 'press', 'media',
  'radio', 'tv', 'times', 'post', 'daily', 'online', 'bureau', 'wire', 'wires', 'agencies', 'group', 'the',
  'our', 'new', 'writer', 'contributor', 'admin', 'administrator', 'redaktsiya', 'редакция', 'служба',
  'новости', 'mr', 'mrs', 'ms', 'dr', 'kazakhstan', 'kyrgyzstan', 'uzbekistan', 'tajikistan', 'turkmenistan',
  'russia', 'syria', 'iraq', 'afghanistan', 'kazakh', 'kyrgyz', 'uzbek', 'tajik', 'turkmen', 'afghan', 'russian',
  'police', 'ministry', 'court', 'government', 'committee', 'office', 'prosecutor', 'prosecutors', 'president',
  'state', 'islamic', 'security', 'interior', 'foreign', 'affairs', 'parliament', 'army', 'forces', 'republic',
  // A news desk's credit in other languages ("Haber Merkezi", "Dış Haberler Servisi", "Redaktion Politik", "Tim Redaksi").
  'merkezi', 'merkez', 'servisi', 'haberler', 'haber', 'redaktion', 'redazione', 'redacción', 'redaccion', 'rédaction',
  'redaksi', 'newsroom', 'newsdesk', 'редакція', 'редакции', 'отдел', 'відділ', 'web', 'digital',
  // A share widget's label ("Social Sharing", "Share This").
  'social', 'sharing', 'share', 'shares',
]);

/** A writer's title or trade before the name in a byline: "Dr. Jane Doe", "Correspondent Jane Doe", "Корреспондент Анна Иванова". */
const BYLINE_HONORIFIC = /^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Correspondent|Reporter|Корреспондент|Обозреватель|Редактор|Журналист|Журналистка)\.?\s+(?=\p{Lu})/u;

/** Name particles allowed in lower case inside a name. */
const NAME_PARTICLES = /^(?:al|el|bin|ibn|van|von|de|der|da|du|ul|ur|la|le|di|uly|kyzy|qizi|qyzy|ogli|o[‘'’`]g[‘'’`]li|ugli|zade|оглы|кызы|улы|кызы)(?:-.*)?$/u;

/**
 * A person's name from a byline's text: its first 2-4 capitalised words,
 * before any comma, "and", outlet, date or place.
 * @param raw Text after a byline marker ("Jane Doe", "JANE DOE, Reuters").
 * @param outlets Known outlets (an outlet is no person).
 * @returns The name, or null when the text holds no person's name.
 */
export function personName(raw: string, outlets: OutletIndex = defaultOutletIndex()): string | null {
  // "Jane Doe @janedoe": a social-media handle is no part of the name.
  const { text: undated } = splitTrailingDate(raw.trim().replace(/\s*@[\p{L}\p{N}_.]+/gu, ''));
  const head =
    undated
      .split(/\s*[,|;/(]\s*|\s+(?:and|AND|&|и|И|et|und|y)\s+|\s+[-–—]\s+|\s+(?:for|in|at|from|on|with|of|FOR|IN|AT|FROM|ON|WITH|OF)(?:\s+|$)|\s+\d/u)[0]
      ?.trim() ?? '';
  // "By Dr. Jane Doe", "By Prof Jane Doe": the writer's title is no part of the name.
  const words = head.replace(BYLINE_HONORIFIC, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4) return null;
  const allCaps = words.every((word) => word === word.toUpperCase());
  // "JANE DOE" and "Jane DOE" (a surname in capitals, as some agencies sign) -> "Jane Doe".
  const fixed = allCaps ? words.map(titleCaseWord) : words.map((word) => (/^\p{Lu}{3,}$/u.test(word) ? titleCaseWord(word) : word));
  // A surname of hyphenated parts ("Mariam Al-Hakimi"), not a first word so ("Al-Masry Al-Youm" is a newspaper).
  const valid = fixed.every(
    (word, k) =>
      (/^\p{Lu}[\p{Ll}'’-]*\p{Ll}$|^\p{Lu}\.$|^\p{Lu}['’]\p{Lu}\p{Ll}+$|^(?:Mc|Mac)\p{Lu}\p{Ll}+$/u.test(word) || (k > 0 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(word)) || NAME_PARTICLES.test(word)) &&
      !NOT_NAME_WORDS.has(word.toLowerCase()),
  );
  const name = fixed.join(' ');
  if (!valid || !/^\p{Lu}/u.test(name) || outlets.canonical(name) !== null) return null;
  return name;
}

/**
 * "AIGUL" -> "Aigul", "O'BRIEN" -> "O'Brien", "AL-FARSI" -> "Al-Farsi".
 * @param word An all-capitals word.
 * @returns The word in title case.
 */
function titleCaseWord(word: string): string {
  return word.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_all, mark: string, letter: string) => mark + letter.toUpperCase());
}

/**
 * The name on a date line that starts with the date: "3 March 2020 | Jane
 * Doe", "12:40, 03.10.2019 — Aliya Nurlanova".
 * @param text A header or footer line.
 * @returns The name, or null when the line is no date line or what follows the date is no bare name.
 */
function nameAfterDate(text: string): string | null {
  if (!isDateLine(text)) return null;
  const last = findDates(text, { bareYears: false }).at(-1);
  if (!last) return null;
  const rest = text
    .slice(last.index + last.length)
    .replace(/\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC))?/gu, ' ')
    .replace(/^[\s,|/·•–—-]+|[\s,|/·•–—-]+$/gu, '');
  return isBareNameLine(rest) ? rest : null;
}

/**
 * How much each cue to the author counts. `bestAuthor` sums the weights of
 * the cues that name one person (each kind of cue once), so a byline under
 * the title beats one elsewhere on the page (a sidebar above the title, a
 * related story's after the body), and a name that two weaker cues give (a
 * name under the title and an author's note at the end) beats one that a
 * single stronger cue gives.
 */
export const AUTHOR_CUE_WEIGHTS: Readonly<Record<AuthorCue, number>> = {
  /** A byline between the title and the third paragraph ("By X", "Author: X", "X | Example Times", "date | By X"). */
  headByline: 6,
  /** A name on a date line by the title or after the body ("Jane Doe Sep 26, 2014", "3 March 2020 | Jane Doe"). */
  nameByDate: 4,
  /** A byline glued to the end of the last paragraph or to the dateline ("... said. By X", "Osh. X – EXA."). */
  glued: 4,
  /** A byline anywhere else on the page (above the title, after the body). */
  byline: 3,
  /** A line that is only a name, under the title (by a date line, above a "Follow" button) or right after the body. */
  bareName: 3,
  /** A column's label above the title ("Opinion | X"). */
  columnist: 3,
  /** A name the furniture stage removed between the title and the body, by a date line. */
  removedHead: 3,
  /** A signature on a channel post's views line ("👁 21K  X  edited 14:37"). */
  signature: 2,
  /** An author's note among the page's last lines ("X is a journalist based in Y."). */
  bio: 2,
  /** The name under an author's box heading after the title ("About the author" / "Über die Autorin" then "Jane Doe"). */
  authorBox: 3,
};

/** The cues to the author (see `AUTHOR_CUE_WEIGHTS`). */
type AuthorCue = 'headByline' | 'nameByDate' | 'glued' | 'byline' | 'bareName' | 'columnist' | 'removedHead' | 'signature' | 'bio' | 'authorBox';

/** A person one cue names (null when the cue found none). */
interface AuthorCandidate {
  name: string | null;
  cue: AuthorCue;
}

/**
 * The author: the name with the greatest total weight among the cues'
 * names (`AUTHOR_CUE_WEIGHTS`, each kind of cue counted once per name); a
 * tie goes to the name with the strongest single cue, then to the one
 * found first (bylines in page order, then the other cues in their order:
 * name by a date, glued byline, bare name, column label, removed head line,
 * signature, author's note). A cue is read only while it can still change
 * the choice.
 * @param bylines The names of the bylines (`bylineAuthors`).
 * @param cues The other cues, in that order, each with how to read it.
 * @returns The author's name, or null when no cue names one.
 */
function bestAuthor(bylines: readonly AuthorCandidate[], cues: ReadonlyArray<readonly [AuthorCue, () => string | null]>): string | null {
  const votes = new Map<string, { name: string; total: number; strongest: number; order: number; cues: Set<AuthorCue> }>();
  let order = 0;
  const count = (name: string | null, cue: AuthorCue): void => {
    order++;
    if (name === null) return;
    const key = name.toLowerCase();
    const entry = votes.get(key) ?? { name, total: 0, strongest: 0, order, cues: new Set<AuthorCue>() };
    if (!entry.cues.has(cue)) {
      entry.cues.add(cue);
      entry.total += AUTHOR_CUE_WEIGHTS[cue];
      entry.strongest = Math.max(entry.strongest, AUTHOR_CUE_WEIGHTS[cue]);
    }
    votes.set(key, entry);
  };
  for (const { name, cue } of bylines) count(name, cue);
  let remaining = cues.reduce((sum, [cue]) => sum + AUTHOR_CUE_WEIGHTS[cue], 0);
  for (const [cue, read] of cues) {
    const totals = [...votes.values()].map((entry) => entry.total).sort((a, b) => b - a);
    const leader = totals[0] ?? 0;
    if (leader > remaining && leader - (totals[1] ?? 0) > remaining) break;
    remaining -= AUTHOR_CUE_WEIGHTS[cue];
    count(read(), cue);
  }
  let best: { name: string; total: number; strongest: number; order: number } | null = null;
  for (const entry of votes.values()) {
    const better =
      best === null ||
      entry.total > best.total ||
      (entry.total === best.total && (entry.strongest > best.strongest || (entry.strongest === best.strongest && entry.order < best.order)));
    if (better) best = entry;
  }
  return best?.name ?? null;
}

/**
 * The names of the bylines among the kept lines, in page order: "By X",
 * "Author: X", "X, security correspondent", "date | By X | section", a name
 * beside the site's ("X | Example Times"); those between the title and the
 * third paragraph count as the article's own (`headByline`).
 * @param texts All kept lines.
 * @param outlets Known outlets.
 * @param siteByline The author of a line naming a person beside the site ("Jane Doe | Example Times").
 * @param inHead Whether a line stands between the title and the third paragraph.
 * @param body Indices of the body paragraphs (never a byline: the body leaves bylines out).
 * @returns The bylines' names, with their cue.
 */
function bylineAuthors(
  texts: readonly string[],
  outlets: OutletIndex,
  siteByline: (text: string) => string | null,
  inHead: (index: number) => boolean,
  body: ReadonlySet<number> = new Set(),
): AuthorCandidate[] {
  const found: AuthorCandidate[] = [];
  texts.forEach((text, i) => {
    if (text.length > 200 || body.has(i)) return; // a paragraph: bylines are at most 14 words
    const cue: AuthorCue = inHead(i) ? 'headByline' : 'byline';
    const beside = text.length <= 80 ? siteByline(text) : null;
    if (beside !== null) {
      found.push({ name: beside, cue });
      return;
    }
    // "12 March 2019 | By Jane Doe | Politics": the byline is one part of the line.
    const parts = isDateBylineLine(text) ? headerLineParts(text) : [text];
    for (const part of parts) {
      const byline = bylineText(part) ?? (parts.length > 1 && (isBareNameLine(part) || isBareNameList(part)) ? part : null);
      const name = byline === null ? null : personName(byline, outlets);
      if (name !== null) {
        found.push({ name, cue });
        return;
      }
    }
  });
  return found;
}

/**
 * The name in an author's box below the title: the line right under its
 * heading ("About the author", "Über die Autorin", "Об авторе", see
 * `isAboutAuthorHeading`), when it is a person's name (a byline or a bare
 * name; "Jane Doe, Example Times" gives "Jane Doe").
 * @param page Every line of the page, kept and removed, in page order.
 * @param titleLine The title's line number (a box above it belongs to another story).
 * @param outlets Known outlets.
 * @returns The name, or null when the page has no such box.
 */
function authorBoxName(page: readonly SourceLine[], titleLine: number, outlets: OutletIndex): string | null {
  for (let i = page.length - 2; i >= 0; i--) {
    const line = page[i];
    if (line === undefined || line.line <= titleLine) break;
    if (!isAboutAuthorHeading(line.text)) continue;
    const next = page[i + 1]?.text ?? '';
    return wordCount(next) <= 8 ? personName(bylineText(next) ?? next, outlets) : null;
  }
  return null;
}

/**
 * The name on a date line, before the date ("Jane Doe Sep 26, 2014") or after it ("3 March 2020 | Jane Doe").
 * @param text A header or footer line.
 * @param outlets Known outlets.
 * @returns The person's name, or null.
 */
function nameByDate(text: string, outlets: OutletIndex): string | null {
  const { text: before, date } = splitTrailingDate(text);
  if (date !== null && isDateLine(text)) {
    // ("Zohaib Qureshi in Karachi | May 15, 2015": the reporter's place after the name.)
    const name = personName(reporterPlaceByline(before) ?? before, outlets);
    if (name !== null && wordCount(before, 5) <= 4) return name;
  }
  const after = nameAfterDate(text);
  return after === null ? null : personName(after, outlets);
}
