/**
 * Stage 2: remove page furniture (menus, banners, share buttons, ads,
 * "Source link", "About this blog", copyright lines, ...) from a scraped page.
 *
 * The rules are general, about the shape and position of a line, never a
 * list of one site's strings:
 *
 * 1. Line rules, anywhere: navigation and banner vocabulary on a short line,
 *    list items of a few words, phone numbers, ads, calls to action about the
 *    site ("Subscribe to our Telegram channel"), subscription offers with a
 *    price, embedded posts and players, share buttons, cookie and
 *    copyright notices, tag lists, links ending in an arrow, photo credits,
 *    captions marked as such ("FILE - ...", "(AP Photo/...)", "[File]"),
 *    menus and language switchers written without separators, lines
 *    without a letter or digit, funding and licence notes ("This
 *    publication was prepared as part of the X project", "Republished under
 *    a Creative Commons licence"), a wire service's subscription notice.
 * 2. Sections: a sidebar heading ("Related", "Latest Posts", "Read also")
 *    takes the list of headlines under it; a closing heading ("About This
 *    Blog", "Comments") takes everything after it.
 * 3. Runs of three or more very short lines are a menu.
 * 4. Duplicates: a short line written twice is an image caption (both go,
 *    unless it is the title); a paragraph written twice is kept once; a
 *    standfirst repeated inside a later paragraph is dropped.
 * 4b. A channel's blurb above the header (paragraph-like, no title above it,
 *    then a date line and a headline) goes.
 * 5. Position: the title is the best-scored candidate (`findTitleIndex`);
 *    before it only masthead, date and byline lines stay; between the title
 *    and the first paragraph labels and captions go (a line next to a photo
 *    credit, ending in a date after a comma, or a sentence followed by its
 *    credit: "... in Derbent. Social media"), a line that is only a
 *    person's name stays as a byline; between paragraphs, captions go; after
 *    the last paragraph only bylines, dates, credits and sentences stay.
 * 6. The tail: after an end marker (share buttons, tags, copyright, a
 *    signature) with no substantial text after it, the rest goes; so does an
 *    author's or the outlet's biography on the last line.
 *
 * The whole-line rules of step 1 live in `lib/furniture-rules.ts`.
 *
 * Real paragraphs (long lines with sentence punctuation), the title, bylines
 * and date lines are kept: the metadata stage needs the last two.
 */
import type { SourceLine, StrippedSeed } from '../types.ts';
import {
  bylineText,
  endsLikeSentence,
  endsWithFullStop,
  findTitleIndex,
  hasCaptionCue,
  hasPhotoCreditMarker,
  isBareNameLine,
  isAboutAuthorHeading,
  isBodyLine,
  isContributionNote,
  isDateBylineLine,
  isDateLine,
  isDeskCredit,
  isHeadlineShaped,
  isNamesOnlyLine,
  isProseLine,
  isSectionLabel,
  isSiteNotice,
  isTitleCandidate,
  isTitleCased,
  reporterPlaceByline,
  titleScore,
  wordCount,
} from '../lib/lines.ts';
import { defaultOutletIndex, type OutletIndex } from '../lib/outlets.ts';
import { coreText, HAS_URL, isAdLabel, lineRuleVerdict, MORE_ON_TOPIC_WORDS } from '../lib/furniture-rules.ts';

/** Why a line was removed (`null`: kept). */
type Verdict = string | null;

/**
 * Split a scraped page's lines into content and furniture.
 * @param lines The page's non-blank lines, from `toLines`.
 * @param outlets Known outlets, to keep masthead lines that name the outlet.
 * @returns Kept lines (title, standfirst, paragraphs, bylines, date and masthead lines) and removed ones.
 */
export function stripFurniture(lines: readonly SourceLine[], outlets: OutletIndex = defaultOutletIndex()): StrippedSeed {
  const texts = lines.map((line) => line.text);
  const verdicts: Verdict[] = texts.map(lineRuleVerdict);
  markSections(texts, verdicts);
  markMenuRuns(texts, verdicts, outlets);

  markBlurbAboveHeader(texts, verdicts);
  markNewsletterNames(texts, verdicts);
  const title = titleIndex(texts, verdicts, outlets);
  markDuplicates(texts, verdicts, title);
  markByPosition(texts, verdicts, title, outlets);
  markTail(texts, verdicts, outlets);
  markAuthorBio(texts, verdicts, outlets);
  markContainedRepeats(texts, verdicts, title);

  const kept: SourceLine[] = [];
  const removed: SourceLine[] = [];
  lines.forEach((line, i) => (verdicts[i] === null ? kept : removed).push(line));
  return { kept, removed };
}

/**
 * Mark a newsletter's name under its box's label ("NEWSLETTER", then "The Noon
 * News Roundup", then the form's consent line): a line of at most six words
 * without a final stop, right under a removed "Newsletter" label.
 * @param texts All lines.
 * @param verdicts Verdicts so far; updated in place.
 */
function markNewsletterNames(texts: readonly string[], verdicts: Verdict[]): void {
  for (let i = 1; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (verdicts[i] !== null || verdicts[i - 1] === null || !NEWSLETTER_LABEL.test(texts[i - 1] ?? '')) continue;
    if (wordCount(text, 7) <= 6 && !/[.!?]["”»]?$/u.test(text.trim())) verdicts[i] = 'call to action';
  }
}

/** A newsletter box's label on a line of its own: "NEWSLETTER", "Newsletters", "Рассылка". */
const NEWSLETTER_LABEL = /^\s*(?:newsletters?|рассылка|infolettre|lettre d['’]information)\s*:?\s*$/iu;

// ------------------------------------------------------------------ sections

/** Headings that start a list of other stories: the heading and the headlines under it go. */
const SIDEBAR_HEADING = new RegExp(
  String.raw`^(?:${MORE_ON_TOPIC_WORDS}|related|related (?:articles?|stories|news|posts|content|topics|coverage|reading)|read (?:also|more|next)|see also|also (?:read|see)|more (?:on|about|from) .{1,40}|more (?:stories|news|like this|to read)|latest(?: (?:posts|news|stories|articles|headlines|videos))?|most (?:read|popular|viewed|visited|shared|commented)|popular(?: (?:news|stories|posts))?|trending(?: now| stories| in [\p{Lu}\p{L}.'’ -]{2,30})?|don['’]?t miss|must read|also watch|watch also|top (?:stories|news|headlines)|recommended(?: for you| stories| from [\p{L}'’ ]{2,30})?|you (?:may|might) also (?:like|be interested in|enjoy)|you (?:may|might) be interested in|editors?['’]? picks?|further reading|other news|news feed|in other news|what to read next|watch next|читайте также|смотрите также|другие новости|похожие (?:новости|материалы|статьи)|последние новости|популярное|по теме|новости по теме|самое (?:читаемое|популярное)|главное за день|лента новостей|also on [\p{L}.'’-]+(?: [\p{L}.'’-]+)?|paid (?:content|post|partnership)|sponsored(?: content| stories| links)?|promoted(?: content| stories)?|partner content|from our partners|story highlights|highlights|key points|key takeaways)$`,
  'iu',
);

/** Line-rule verdicts of lines that may also head a section: a comment form's line, an "Also on X" link, a "Paid content" label, a comment counter ("Comments - 12"). */
const HEADING_VERDICTS = new Set(['comments', 'read-also link', 'advertisement', 'counter']);

/** Headings that close the article: everything after them is sidebar or comments. */
const CLOSING_HEADING =
  /^(?:comments?\s*[:–-]?\s*our (?:rules|policy|guidelines)|about (?:this|the|our) (?:blog|site|website|author|authors|series|newsletter|podcast|project|column|columnist|writer|publication|contributor)s?|about the authors?|(?:\d+\s+)?comments?(?:\s*\(\d+\)|\s+[-–—]\s+\d+)?|reader comments|leave a (?:reply|comment)|join the (?:conversation|discussion)|discussion|об авторе|об авторах|комментарии(?:\s*\(\d+\))?)$/iu;

/**
 * Remove sidebar and closing sections. A closing heading ("About This Blog",
 * "Comments") in the second half of the page, or with at most two paragraphs
 * after it, takes everything after it; earlier, an "About ..." heading takes
 * the blurb under it (up to and including its first paragraph) and a
 * comment counter goes alone. A sidebar heading ("Related", "Read also")
 * takes the headlines under it, up to the next paragraph; bylines under it
 * stay. Above the body it leaves the last headline before the body: that
 * one is the article's title.
 * @param texts All lines.
 * @param verdicts Verdicts so far; updated in place.
 */
function markSections(texts: readonly string[], verdicts: Verdict[]): void {
  const n = texts.length;
  for (let i = 0; i < n; i++) {
    // A comment-form line ("Leave a Reply") may also head the comments, an "Also on X" link or a
    // "Paid content" label the teasers under it: they are checked as headings too.
    // A bare "Read more" or "Related" is a chrome phrase too: as a heading it takes the headlines under it.
    // So is a bare "Comments": as a heading it closes the article.
    if (verdicts[i] !== null && !HEADING_VERDICTS.has(verdicts[i] ?? '') && !(verdicts[i] === 'navigation or banner' && (SIDEBAR_HEADING.test(coreText(texts[i] ?? '')) || CLOSING_HEADING.test(coreText(texts[i] ?? ''))))) continue;
    const heading = coreText(texts[i] ?? '');
    const closing = CLOSING_HEADING.test(heading) || isAboutAuthorHeading(heading);
    const sidebar = !closing && SIDEBAR_HEADING.test(heading) && wordCount(texts[i] ?? '', 7) <= 6;
    const ruled = verdicts[i] ?? null;
    if (closing) markClosingSection(texts, verdicts, i);
    else if (sidebar) markSidebarList(texts, verdicts, i);
    // An "Also on X" link or a "Paid content" label keeps its own verdict: it marks no end of the article (see `END_MARKERS`).
    if (sidebar && ruled !== null && ruled !== 'comments') verdicts[i] = ruled;
  }
}

/**
 * Remove a closing heading and what it closes (see `markSections`).
 * @param texts All lines.
 * @param verdicts Verdicts; updated in place.
 * @param heading Index of the heading.
 */
function markClosingSection(texts: readonly string[], verdicts: Verdict[], heading: number): void {
  const toEnd = heading >= texts.length / 2 || countFollowing(texts, verdicts, heading, isProseLine) <= 2;
  verdicts[heading] = 'closing section';
  const about = /^(?:about|об)\s/iu.test(texts[heading] ?? '') || isAboutAuthorHeading(texts[heading] ?? '');
  if (!toEnd && !about) return; // "Comments (3)" under the byline: only the counter goes
  for (let j = heading + 1; j < texts.length; j++) {
    if (verdicts[j] !== null) continue;
    verdicts[j] = 'closing section';
    if (!toEnd && isProseLine(texts[j] ?? '')) break;
  }
}

/**
 * Remove a sidebar heading and the headlines under it, up to the next paragraph.
 * @param texts All lines.
 * @param verdicts Verdicts; updated in place.
 * @param heading Index of the heading.
 */
function markSidebarList(texts: readonly string[], verdicts: Verdict[], heading: number): void {
  verdicts[heading] = 'sidebar heading';
  const kept = texts.map((_, j) => j).filter((j) => j > heading && verdicts[j] === null);
  const bodyStart = kept.find((j) => isBodyLine(texts[j] ?? '')) ?? texts.length;
  const aboveBody = kept.filter((j) => j < bodyStart);
  const noBodyBefore = !texts.slice(0, heading).some((text, j) => verdicts[j] === null && isBodyLine(text));
  // Above the body, the last headline-shaped line before it is the title, not a teaser (nor a photo caption).
  const titleLike = (j: number): boolean =>
    isHeadlineShaped(texts[j] ?? '') && !hasCaptionCue(texts[j] ?? '') && !isDeskCredit(texts[j] ?? '') && verdicts[j - 1] !== 'photo credit';
  // "Story highlights" under the title: what follows is a list of points, never the title.
  const points = /^(?:story highlights|highlights|key points|key takeaways)$/iu.test(coreText(texts[heading] ?? ''));
  const lastHeadline = noBodyBefore && !points ? headOfArticle(texts, verdicts, aboveBody.filter(titleLike)) : undefined;
  for (const [n, j] of kept.entries()) {
    const text = texts[j] ?? '';
    // A headline asking a question ("Nach dem Anschlag: Wie gefährlich sind die Rückkehrer?") right under the heading is one of its links.
    const teaserQuestion = n === 0 && j === heading + 1 && wordCount(text, 13) <= 12 && /\?\s*$/u.test(text) && !/[.!?]\s/u.test(text);
    if ((isProseLine(text) && !teaserQuestion) || (lastHeadline !== undefined && j >= lastHeadline)) break;
    if (bylineText(text) === null && !(noBodyBefore && isDateLine(text))) verdicts[j] = 'sidebar list';
  }
}

/**
 * The article's own headline among the headline-shaped lines under a
 * sidebar heading above the body: the one with the best title score
 * (a byline or date line under it, a standfirst under it), the last
 * one on a tie. So a kicker such as "Top Stories" over the article's
 * head ("Headline", "Standfirst", "News Service", date) keeps the
 * headline and its standfirst, and a list of teasers over the title
 * loses only the teasers.
 * @param texts All lines.
 * @param verdicts Verdicts so far.
 * @param candidates Indexes of the headline-shaped lines above the body, in order.
 * @returns The index of the headline, or undefined when there is none.
 */
function headOfArticle(texts: readonly string[], verdicts: readonly Verdict[], candidates: readonly number[]): number | undefined {
  if (candidates.length <= 1) return candidates[0];
  const context = { removed: (index: number): boolean => verdicts[index] !== null };
  let best: number | undefined;
  let bestScore = -Infinity;
  for (const j of candidates) {
    const score = titleScore(texts, j, context);
    // A headline in title case right over a line in sentence case, scored alike: the headline and its standfirst.
    const standfirstOfBest = best === j - 1 && isTitleCased(texts[j - 1] ?? '') && !isTitleCased(texts[j] ?? '');
    if (score >= bestScore && !(score === bestScore && standfirstOfBest)) {
      best = j;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Count later, still-kept lines that pass a test.
 * @param texts All lines.
 * @param verdicts Current verdicts.
 * @param from Index to start after.
 * @param test The test.
 * @returns The count.
 */
function countFollowing(texts: readonly string[], verdicts: readonly Verdict[], from: number, test: (text: string) => boolean): number {
  let count = 0;
  for (let j = from + 1; j < texts.length; j++) {
    if (verdicts[j] === null && test(texts[j] ?? '')) count++;
  }
  return count;
}

/**
 * Remove runs of three or more consecutive very short lines (three words or
 * fewer, no sentence punctuation, no date or byline): an unbulleted menu.
 * A masthead naming a known outlet is left out of the run.
 * @param texts All lines.
 * @param verdicts Verdicts so far; updated in place.
 * @param outlets Known outlets.
 */
function markMenuRuns(texts: readonly string[], verdicts: Verdict[], outlets: OutletIndex): void {
  const isMenuWord = (text: string): boolean =>
    wordCount(text, 4) <= 3 && !endsLikeSentence(text) && !isDateLine(text) && bylineText(text) === null;
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= 3) for (const index of run) verdicts[index] = 'menu';
    run = [];
  };
  texts.forEach((text, i) => {
    if (verdicts[i] !== null || isMasthead(text, outlets)) return;
    if (isMenuWord(text)) run.push(i);
    else flush();
  });
  flush();
}

// ----------------------------------------------------------------- the title

/**
 * Remove a channel's or site's blurb that stands above the article's header
 * (a Telegram channel preview: name, "Independent monitoring of ... Not
 * affiliated with any government.", then the day "March 3, 2025" and the
 * post's headline). The first kept paragraph-like line goes when no title
 * candidate stands above it, it has at most 40 words, and before the next
 * paragraph come a date line and then a headline-shaped line (no caption, no
 * photo credit next to it), followed by at least two paragraphs.
 * @param texts All lines.
 * @param verdicts Verdicts so far; updated in place.
 */
function markBlurbAboveHeader(texts: readonly string[], verdicts: Verdict[]): void {
  const kept = texts.map((_, i) => i).filter((i) => verdicts[i] === null);
  const at = kept.findIndex((i) => isBodyLine(texts[i] ?? ''));
  const blurb = kept[at];
  if (blurb === undefined || wordCount(texts[blurb] ?? '', 41) > 40) return;
  if (kept.slice(0, at).some((i) => isTitleCandidate(texts[i] ?? ''))) return;
  let dated = false;
  for (let k = at + 1; k < kept.length; k++) {
    const i = kept[k] ?? -1;
    const text = texts[i] ?? '';
    if (isBodyLine(text)) return;
    if (isDateLine(text)) dated = true;
    else if (dated && isTitleCandidate(text) && !hasCaptionCue(text) && verdicts[i - 1] !== 'photo credit' && verdicts[i + 1] !== 'photo credit') {
      const paragraphsAfter = kept.slice(k + 1).filter((j) => isProseLine(texts[j] ?? '')).length;
      if (paragraphsAfter >= 2) verdicts[blurb] = 'blurb above the header';
      return;
    }
  }
}

/** Verdicts of furniture that sits inside the header block (next to the title), not above it. */
const INLINE_CHROME = new Set(['photo credit', 'photo caption', 'share buttons']);

/**
 * Index of the title among the lines still kept: the scored choice of
 * `findTitleIndex`, told which lines are already furniture, which are photo
 * credits (a line next to one is a caption) and where the last menu or
 * banner above the body is (masthead taglines and teasers come before it,
 * the title after it).
 * @param texts All lines.
 * @param verdicts Current verdicts.
 * @param outlets Known outlets (a masthead is never the title).
 * @returns The title's index in `texts`, or -1.
 */
function titleIndex(texts: readonly string[], verdicts: readonly Verdict[], outlets: OutletIndex): number {
  const removed = (i: number): boolean => verdicts[i] !== null;
  const bodyStart = texts.findIndex((text, i) => !removed(i) && isBodyLine(text) && !hasPhotoCreditMarker(text) && !isSiteNotice(text));
  let lastChrome = -1;
  for (let i = 0; i < (bodyStart === -1 ? texts.length : bodyStart); i++) {
    const verdict = verdicts[i] ?? null;
    if (verdict !== null && !INLINE_CHROME.has(verdict)) lastChrome = i;
  }
  return findTitleIndex(texts, (text) => isMasthead(text, outlets), {
    removed,
    isCredit: (i) => verdicts[i] === 'photo credit',
    lastChromeAbove: lastChrome,
  });
}

// ---------------------------------------------------------------- duplicates

/**
 * Comparison key for repeated lines: lower case, single spaces, no final punctuation.
 * @param text A line.
 * @returns The key.
 */
function repeatKey(text: string): string {
  const spaced = text.toLowerCase().replace(/\s+/g, ' ');
  // Trailing stops, quotes and spaces cut by hand (an end-anchored pattern is tried at every space of the line).
  let end = spaced.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(spaced.charAt(end - 1))) end--;
  return spaced.slice(0, end).trim();
}

/** What `repeatKey` cuts from a line's end (white space is a single space by then). */
const TRAILING_PUNCTUATION = new Set([...' .,;:!?…"\'”’»']);

/**
 * Handle exact repeats. A repeated paragraph is kept once (the first). A
 * repeated short line is an image caption: every copy goes, except the
 * title's first copy and date or byline lines (kept once).
 * @param texts All lines.
 * @param verdicts Verdicts so far; updated in place.
 * @param title Index of the title, or -1.
 */
function markDuplicates(texts: readonly string[], verdicts: Verdict[], title: number): void {
  const first = new Map<string, number>();
  texts.forEach((text, i) => {
    if (verdicts[i] !== null) return;
    const key = repeatKey(text);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, i);
      return;
    }
    if (isProseLine(text)) {
      verdicts[i] = 'repeated paragraph';
      return;
    }
    verdicts[i] = 'repeated caption';
    const keepFirst = earlier === title || isDateLine(text) || bylineText(text) !== null;
    if (!keepFirst) verdicts[earlier] = 'repeated caption';
  });
}

/**
 * Drop a line of eight or more words repeated inside another kept line (a
 * standfirst that the first paragraph repeats, a pull quote).
 * @param texts All lines.
 * @param verdicts Verdicts so far; updated in place.
 * @param title Index of the title (never dropped).
 */
function markContainedRepeats(texts: readonly string[], verdicts: Verdict[], title: number): void {
  const kept = texts.map((_, i) => i).filter((i) => verdicts[i] === null);
  const keys = new Map(kept.map((i) => [i, repeatKey(texts[i] ?? '')]));
  for (const i of kept) {
    const text = texts[i] ?? '';
    if (i === title || wordCount(text, 8) < 8) continue;
    const key = keys.get(i) ?? '';
    const container = kept.find((k) => k !== i && verdicts[k] === null && (keys.get(k) ?? '').length > key.length && (keys.get(k) ?? '').includes(key));
    if (container !== undefined) verdicts[i] = 'repeated in another paragraph';
  }
}

// ------------------------------------------------------------------ position

/**
 * Apply the position rules around the title and the body (see the module comment).
 * @param texts All lines.
 * @param verdicts Verdicts so far; updated in place.
 * @param title Index of the title, or -1 (then only the body rules apply).
 * @param outlets Known outlets, for masthead lines.
 */
function markByPosition(texts: readonly string[], verdicts: Verdict[], title: number, outlets: OutletIndex): void {
  markCaptionsUnderCredits(texts, verdicts, title);
  const kept = texts.map((_, i) => i).filter((i) => verdicts[i] === null);
  const prose = kept.filter((i) => i !== title && i > title && isProseLine(texts[i] ?? ''));
  const firstProse = prose[0] ?? texts.length;
  const lastProse = prose.at(-1) ?? -1;
  const afterBody = kept.find((i) => i > lastProse);
  for (const i of kept) {
    const text = texts[i] ?? '';
    if (i === title) continue;
    const byline = bylineText(text) !== null || isDateBylineLine(text);
    const dated = isDateLine(text);
    if (i < title) {
      if (!dated && !(byline && !/^[-–—]/u.test(text)) && !isMasthead(text, outlets)) verdicts[i] = 'before the title';
    } else if (i < firstProse) {
      if (isBareByline(texts, verdicts, i, true)) continue;
      if (!dated && !byline && !isCreditLine(text, outlets) && isLabelOrCaption(text)) verdicts[i] = 'label or caption';
      else if (!dated && !byline && isPhotoCaption(texts, verdicts, i)) verdicts[i] = 'photo caption';
    } else if (i < lastProse) {
      // A long caption over its credit ("Lager Roj ...: Die kurdische Verwaltung drängt ..." over "Foto: X / AFP") ends with no stop.
      const longCaption = (verdicts[i + 1] === 'photo credit' || verdicts[i - 1] === 'photo credit') && !endsLikeSentence(text) && wordCount(text, 30) < 30;
      // "Family members embrace outside the courthouse on Friday." over "AFP via Getty Images", a paragraph under both: a caption of one short sentence.
      const sentenceOverCredit = verdicts[i + 1] === 'photo credit' && isBodyLine(texts[i + 2] ?? '') && wordCount(text, 16) < 16 && !/\p{Ll}[.!?]\s+\p{Lu}|["“”«»]|\b(?:said|says|told|according to)\b/u.test(text);
      if (!dated && !byline && (!isProseLine(text) || longCaption || sentenceOverCredit) && isInlineCaption(texts, verdicts, i)) verdicts[i] = 'photo caption';
      // "WATCH: Eyewitnesses describe the blast" between paragraphs: a link to a video or story, not text.
      else if (INLINE_MEDIA_TEASER.test(text) && !endsLikeSentence(text) && wordCount(text, 20) < 20) verdicts[i] = 'read-also link';
      // "Commentary" alone between paragraphs: the label of the piece's part, not text.
      else if (PIECE_KIND_LABEL.test(text)) verdicts[i] = 'label or caption';
      // "Radio Sweden Weekly – nyheter på lätt engelska varje fredag": the site's own programme, promoted.
      else if (promotesMasthead(texts, text)) verdicts[i] = 'promotion';
    } else if (i > lastProse && lastProse !== -1) {
      if (i === afterBody && isBareByline(texts, verdicts, i)) continue;
      if (!dated && !byline && !isCreditLine(text, outlets) && !isClosingSentence(text)) verdicts[i] = 'after the article';
    }
  }
}

/**
 * Whether a line opens with the page's masthead (one of its first three lines,
 * of five words at most), at most two more words, a dash and a tagline: the
 * site promoting a programme or product of its own.
 * @param texts All lines.
 * @param text The line.
 * @returns True for such a promotion.
 */
function promotesMasthead(texts: readonly string[], text: string): boolean {
  if (endsLikeSentence(text) || wordCount(text, 16) > 15) return false;
  const dash = /^(.{3,60}?)\s+[–—-]\s+\p{L}/u.exec(text);
  if (dash === null) return false;
  const named = (dash[1] ?? '').toLowerCase();
  return texts.slice(0, 3).some((line) => {
    const masthead = line.trim().toLowerCase();
    return masthead.length >= 3 && wordCount(masthead, 6) <= 5 && named.startsWith(masthead) && wordCount(named.slice(masthead.length), 3) <= 2;
  });
}

/** The kind of a piece as a label of its own: "Commentary", "ANALYSIS", "Opinion", "Kommentar", "Analyse". */
const PIECE_KIND_LABEL = /^(?:commentary|comment|analysis|opinion|explainer|editorial|perspective|viewpoint|kommentar|analyse|meinung|éditorial|tribune|комментарий|анализ|мнение)$/iu;

/** A media or story link set between paragraphs under a kicker: "WATCH: ...", "VIDEO: ...", "LISTEN: ...", "PHOTOS: ...". */
const INLINE_MEDIA_TEASER = /^(?:watch|video|listen|audio|photos?|gallery|in pictures|podcast|explainer|analysis|opinion|lyssna|se också|läs också|hören|écouter|regarder|слушайте|смотрите)\s*:\s*["“«‘]?\p{Lu}/iu;

/**
 * Mark the caption written under a photo credit below the title ("Foto: APA/Jane
 * Roe" then "Candles and flowers in the city centre on Tuesday."): a line of
 * fewer than sixteen words right after a credit that follows a paragraph, the
 * title or another kept line that is no caption itself. When a short line stands
 * right above the credit (no byline, date line or time stamp: see
 * `isHeaderMetaLine`), that line is the caption and the one under it is text;
 * a date, a byline or a bare name under the credit stays.
 * @param texts All lines.
 * @param verdicts Verdicts so far; updated in place.
 * @param title Index of the title, or -1.
 */
function markCaptionsUnderCredits(texts: readonly string[], verdicts: Verdict[], title: number): void {
  for (let i = Math.max(title, 0) + 2; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (verdicts[i] !== null || verdicts[i - 1] !== 'photo credit' || !isCaptionLength(text)) continue;
    // A bare name there is the author's byline (see `isBareByline`), not a caption.
    if (isDateLine(text) || bylineText(text) !== null || isBareNameLine(text)) continue;
    // "Photo: Police cordon outside the hall on Monday. Jane Roe | Staff": a credit that holds its own caption has none under it.
    if (holdsCaption(texts[i - 1] ?? '')) continue;
    const above = texts[i - 2] ?? '';
    // (A long line over the credit that ends without a stop is that caption too: "Border post on the river: guards ...".)
    const captionAbove = verdicts[i - 2] === null && i - 2 !== title && (!isProseLine(above) || !endsLikeSentence(above)) && !isHeaderMetaLine(above);
    if (!captionAbove) verdicts[i] = 'photo caption';
  }
}

/**
 * @param text A line under a photo credit.
 * @returns Whether it is short enough for that photo's caption: under sixteen words, or one sentence under
 * 25 words without speech ("Flowers, flags and notes have piled up outside the recruiting office on Lee Highway.").
 */
function isCaptionLength(text: string): boolean {
  const words = wordCount(text, 25);
  if (words < 16) return true;
  return words < 25 && !/[.!?]\s+["“«]?\p{Lu}|["“”«»]|\b(?:said|says|told|according to|added)\b/u.test(text);
}

/**
 * @param credit A photo credit line.
 * @returns Whether it holds a caption of its own: eight words or more, with a sentence ending before the credit's name.
 */
function holdsCaption(credit: string): boolean {
  return wordCount(credit, 8) >= 8 && /\p{Ll}[.!?]\s+\p{Lu}/u.test(credit);
}

/**
 * A header line that is no caption: a byline ("Reporter: Jane Roe ·
 * Translation: John Doe"), a date line, or a line with a clock time ("12-iyun
 * 2021, 09:15 · 2 140 views").
 * @param text A line.
 * @returns True for such header lines.
 */
function isHeaderMetaLine(text: string): boolean {
  return bylineText(text) !== null || isDateLine(text) || isDateBylineLine(text) || /(?<!\d)[0-2]?\d:[0-5]\d(?!\d)/u.test(text);
}

/** A bare domain name: "tengrinews.kz", "24.kg", "Kun.uz". */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:kz|kg|uz|tj|tm|ru|az|am|ge|ua|by|af|com|org|net|info|news|asia|eu|io|co|uk|tv|fm|media|agency)$/iu;

/**
 * A masthead line that names the outlet: a known outlet or a bare domain.
 * @param text A line before the title.
 * @param outlets Known outlets.
 * @returns True for masthead lines.
 */
function isMasthead(text: string, outlets: OutletIndex): boolean {
  const trimmed = text.trim().replace(/^(?:https?:\/\/)?www\./iu, '');
  return wordCount(trimmed, 6) <= 5 && (outlets.canonical(trimmed) !== null || DOMAIN.test(trimmed));
}

/**
 * A credit line naming the source ("Source: Kun.uz", "— AFP", "Source: Al
 * Jazeera and news agencies", "RFE/RL's Tajik Service contributed to this
 * report."); the metadata stage reads and drops it.
 * @param text A line.
 * @param outlets Known outlets.
 * @returns True for credit lines.
 */
function isCreditLine(text: string, outlets: OutletIndex): boolean {
  if (isContributionNote(text)) return true;
  const credit = /^(?:source|sources|источник)\s*:\s*(.+)$/iu.exec(text.trim());
  if (credit?.[1]) return wordCount(credit[1], 7) <= 6 && !HAS_URL.test(credit[1]);
  const bare = text.replace(/^[-–—(]+\s*|\s*\)$/gu, '').trim();
  return outlets.canonical(bare) !== null;
}

/**
 * A byline without "By": a line that is only a person's name ("Aliya
 * Nurlanova"), between the title and the body or right after the body, and
 * not above a photo credit (nor, under the title, below one): then it names
 * the person in the picture.
 * Kept for the metadata stage, which reads the author from it.
 * @param texts All lines.
 * @param verdicts Current verdicts.
 * @param i The line's index.
 * @param underTitle The line stands between the title and the body: there names between bars ("Jane Doe | John Roe") count too.
 * @returns True for such a name.
 */
function isBareByline(texts: readonly string[], verdicts: readonly Verdict[], i: number, underTitle = false): boolean {
  const text = texts[i] ?? '';
  // "Ana Puig | Barcelona" by the date line: the reporter and their place.
  const withPlace = underTitle && reporterPlaceByline(text) !== null && (isDateLine(texts[i - 1] ?? '') || isDateLine(texts[i + 1] ?? ''));
  if (!isBareNameLine(text) && !(underTitle && isNamesOnlyLine(text)) && !withPlace) return false;
  // Above a credit it is the caption of the person in the picture; after the body a credit above it ("Photo: X / Outlet") names the photographer, not this person.
  return (!underTitle || verdicts[i - 1] !== 'photo credit') && verdicts[i + 1] !== 'photo credit';
}

/**
 * A photo caption between the title and the first paragraph: a line that
 * is no paragraph and has a caption's cues (a trailing date after a comma,
 * "In this photo ...", see `hasCaptionCue`), or that sits next to a photo
 * credit line ("Photo: AKIpress", "© Sputnik / Stringer"): the line after
 * the credit, or the line before it when the body follows the credit.
 * @param texts All lines.
 * @param verdicts Current verdicts.
 * @param i The line's index.
 * @returns True for captions.
 */
function isPhotoCaption(texts: readonly string[], verdicts: readonly Verdict[], i: number): boolean {
  const text = texts[i] ?? '';
  if (isProseLine(text) && (wordCount(text, 41) > 40 || endsWithFullStop(text))) return false;
  if (hasCaptionCue(text)) return true;
  const isCredit = (j: number): boolean => verdicts[j] === 'photo credit';
  if (isCredit(i - 1)) return true;
  return isCredit(i + 1) && isBodyLine(texts[i + 2] ?? '');
}

/**
 * A photo caption between two paragraphs: a short line (no paragraph) with
 * a caption's cues, or right next to a photo credit line.
 * @param texts All lines.
 * @param verdicts Current verdicts.
 * @param i The line's index.
 * @returns True for captions.
 */
function isInlineCaption(texts: readonly string[], verdicts: readonly Verdict[], i: number): boolean {
  return hasCaptionCue(texts[i] ?? '') || verdicts[i - 1] === 'photo credit' || verdicts[i + 1] === 'photo credit';
}

/**
 * A label or caption between the title and the first paragraph: a short
 * line of seven words or fewer that does not end like a sentence.
 * @param text A line.
 * @returns True for labels and captions.
 */
function isLabelOrCaption(text: string): boolean {
  return isSectionLabel(text) || (wordCount(text, 8) <= 7 && !endsLikeSentence(text));
}

/**
 * A sentence that may close an article after its last long paragraph ("He
 * declined to comment."): three or more words starting with a capital or a
 * quote and ending with `.` `!` or a closing quote; a question of fewer than
 * five words is a prompt, not a sentence. A signature glued to its end
 * ("... the report. — AFP") is ignored.
 * @param line A line after the last paragraph.
 * @returns True when the line should stay.
 */
function isClosingSentence(line: string): boolean {
  const text = line.replace(/(?<=[.!?…"”»'’)])\s+(?:By\s+|--|[–—])\s*[^.!?]{2,60}$/u, '');
  const words = wordCount(text);
  if (words < 3 || !/^["“«‘'\p{Lu}]/u.test(text)) return false;
  if (/\?["”»’']*$/u.test(text)) return words >= 5;
  return /[.!…]["”»’')]*$|["”»]$/u.test(text);
}

/**
 * Whether the first kept line after a given one is a sentence of the
 * article (see `isClosingSentence`), not a link or a short teaser question.
 * @param texts All lines.
 * @param verdicts Verdicts so far.
 * @param from The label's index.
 * @returns True when prose follows.
 */
function isProseAfterLabel(texts: readonly string[], verdicts: readonly Verdict[], from: number): boolean {
  let next = from + 1;
  while (next < texts.length && verdicts[next] !== null) next++;
  const text = texts[next];
  if (text === undefined || HAS_URL.test(text) || !isClosingSentence(text)) return false;
  return !/\?["”»’']*$/u.test(text) || wordCount(text, 8) >= 8;
}

/**
 * Whether the first kept line after a given one is a paragraph (see `isProseLine`)
 * of fifteen words or more that does not address the reader or speak for the site ("we", "our", "you").
 * @param texts All lines.
 * @param verdicts Verdicts so far.
 * @param from The marker's index.
 * @returns True for a sentence of the report.
 */
function isReportSentenceAfter(texts: readonly string[], verdicts: readonly Verdict[], from: number): boolean {
  let next = from + 1;
  while (next < texts.length && verdicts[next] !== null) next++;
  const text = texts[next] ?? '';
  // A newsletter's blurb under its prompt is short ("Law and politics around the Caspian. A new letter every Monday.");
  // a box that describes itself ("Newsletter Justice : recevez chaque soir ...") has no blurb under it.
  const prompt = texts[from] ?? '';
  const described = wordCount(prompt, 7) >= 7 && !/^(?:please\s+)?(?:subscribe|sign up|register|join|follow)\s+(?:now\s+)?(?:to|for)?\s*(?:the\s+)?\p{Lu}[^.!?:]*$/u.test(prompt.charAt(0).toLowerCase() + prompt.slice(1));
  return isProseLine(text) && (described || wordCount(text, 15) >= 15) && !/(?<![\p{L}])(?:we|our|us|you|your|wir|unser\p{L}*|nous|notre|nos|vous|votre|vos|мы|наш\p{L}*|вы|ваш\p{L}*)(?![\p{L}])/iu.test(text);
}

/** Line-rule verdicts that mark the end of an article (not inline ads or photo credits). */
const END_MARKERS = new Set([
  'share buttons', 'call to action', 'cookie notice', 'copyright', 'reuse notice', 'tag list', 'link', 'footer',
  'counter', 'production credits', 'closing section', 'sidebar heading', 'reader prompt', 'link prompt',
  'donation appeal', 'navigation or banner', 'comments', 'section menu', 'language switcher', 'disclaimer',
  'funding note', 'licence note', 'subscription notice',
]);

/**
 * Cut the page's tail: after an end marker (share buttons, tags, copyright,
 * a signature or credit line, ...) that follows two or more paragraphs,
 * when no substantial text follows (a line of 25+ words, or two paragraphs),
 * every later line goes except bylines, date and credit lines.
 * @param texts All lines.
 * @param verdicts Verdicts so far; updated in place.
 * @param outlets Known outlets, for credit lines.
 */
function markTail(texts: readonly string[], verdicts: Verdict[], outlets: OutletIndex): void {
  const keepsAfterEnd = (text: string): boolean => bylineText(text) !== null || isDateLine(text) || isCreditLine(text, outlets);
  let proseBefore = 0;
  for (let m = 0; m < texts.length; m++) {
    const text = texts[m] ?? '';
    const verdict = verdicts[m] ?? null;
    const marker = verdict === null ? /^(?:--|[–—])/u.test(text) && bylineText(text) !== null || isCreditLine(text, outlets) : END_MARKERS.has(verdict);
    if (verdict === null && isProseLine(text)) proseBefore++;
    if (!marker || proseBefore < 2) continue;
    // A bare ad label between paragraphs ("Advertisement", "Реклама") is no end marker when a sentence follows it.
    if (isAdLabel(text) && isProseAfterLabel(texts, verdicts, m)) continue;
    // A newsletter box glued between paragraphs is no end either when a sentence of the report follows it
    // (a sentence addressing the reader, "we"/"you", is the site's own note).
    if (verdict === 'call to action' && isProseAfterLabel(texts, verdicts, m) && isReportSentenceAfter(texts, verdicts, m)) continue;
    // So is a "Don't miss" or "Lesen Sie auch" box between paragraphs, its links skipped.
    if (verdict === 'sidebar heading' && isProseAfterLabel(texts, verdicts, m) && isReportSentenceAfter(texts, verdicts, m)) continue;
    const after = texts.map((_, j) => j).filter((j) => j > m && verdicts[j] === null);
    const afterTexts = after.map((j) => texts[j] ?? '');
    const substantial =
      afterTexts.some((line) => wordCount(line, 25) >= 25 && endsLikeSentence(line)) || afterTexts.filter(isProseLine).length >= 2;
    if (substantial) continue;
    // "Subscribe to our newsletter", then "Nobody has so far claimed the attack." over "-- Jane Roe": a sentence
    // right above the writer's signature is the article's last, the box glued in before it.
    const signatureAt = after.find((j) => /^(?:--|[–—])/u.test(texts[j] ?? '') && bylineText(texts[j] ?? '') !== null) ?? -1;
    for (const j of after) {
      const text = texts[j] ?? '';
      if (keepsAfterEnd(text) || (j < signatureAt && isClosingSentence(text) && after.every((k) => k >= j || k > signatureAt || isClosingSentence(texts[k] ?? '')))) continue;
      verdicts[j] = 'after the article';
    }
    return;
  }
}

/** A role in a biography, in any case: "Associate Fellow", "senior researcher", "Professor". */
const BIO_ROLE =
  /^(?:(?:freelance|independent|senior|junior|contributing|staff|former|special|regular|visiting|non-resident|managing|deputy|associate|assistant|principal|research|lead|chief)\s+){0,3}(?:journalist|reporter|correspondent|writer|editor|analyst|researcher|fellow|contributor|columnist|blogger|commentator|photographer|producer|professor|lecturer|director|head|expert|consultant|scholar)\b/iu;

/**
 * A biography of a person on the last line: a name of two or three
 * capitalised words, "is/was a/an/the", then a role in any case ("X Y is an
 * Associate Fellow at Z, where he works on ...").
 * @param text The last kept line.
 * @returns True for such a biography.
 */
function isRoleBio(text: string): boolean {
  const head = /^(?:\p{Lu}[\p{L}'’.-]+\s+){2,3}(?:is|was) (?:a|an|the)\s+/u.exec(text);
  return head !== null && BIO_ROLE.test(text.slice(head[0].length));
}

/** A series' publisher note: "Commentary is produced by the Example Institute, a ...", "Analyses are published by X". */
const PUBLISHER_NOTE = /^(?:(?:This|These|Our)\s+)?\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}\s+(?:is|are)\s+(?:produced|published|prepared|edited)\s+by\s+(?:the\s+)?\p{Lu}[^,]*,\s+(?:a|an)\s/u;

/**
 * Whether the last line is the publisher's note on its series of
 * commentary or briefs: a short noun phrase, "is/are produced/published by",
 * an institution and its description ("Briefs are published by the Example
 * Institute, an independent body. Its views are its authors' own."). Read
 * only under a biography (see `markAuthorBio`).
 * @param text The last kept line.
 * @returns True for such a note.
 */
function isPublisherNote(text: string): boolean {
  return wordCount(text, 61) <= 60 && PUBLISHER_NOTE.test(text);
}

/**
 * Whether a kept line above a given one names a person as a byline or as a bare name line.
 * @param texts All lines.
 * @param kept Indices of the kept lines.
 * @param before Only lines above this index count.
 * @param name The person's name.
 * @returns True when a line above names the person.
 */
function namedAbove(texts: readonly string[], kept: readonly number[], before: number, name: string): boolean {
  return kept.some((i) => i < before && ((texts[i] ?? '').trim() === name || (bylineText(texts[i] ?? '') ?? '').startsWith(name)));
}

/**
 * Remove an author's or the outlet's biography after the article: the last
 * kept line when it starts with the name of a byline ("Jane Doe is an
 * independent researcher ..."), with a name followed by "is a
 * journalist/analyst/...", or with a known outlet followed by "is a/an/the";
 * a dash before the name is ignored. Under a closing byline ("Written by
 * Jane Doe") the biography is the line above it; that byline goes too when
 * it names the biography's person and a line above the body already named them.
 * @param texts All lines.
 * @param verdicts Verdicts so far; updated in place.
 * @param outlets Known outlets.
 */
function markAuthorBio(texts: readonly string[], verdicts: Verdict[], outlets: OutletIndex): void {
  const kept = texts.map((_, i) => i).filter((i) => verdicts[i] === null);
  let last = kept.at(-1);
  if (last === undefined) return;
  // The publisher's note on its series under the biography ("Briefs are published by the Example Institute, a ..."): it goes, and the biography is the line above it.
  if (kept.length >= 4 && isPublisherNote(texts[last] ?? '') && isRoleBio((texts[kept.at(-2) ?? -1] ?? '').replace(/^[-–—]+\s*/u, ''))) {
    verdicts[last] = 'outlet blurb';
    kept.pop();
    last = kept.at(-1);
    if (last === undefined) return;
  }
  // A closing byline ("Written by Jane Doe") under the biography: the biography is the line above it.
  const closingName = bylineText(texts[last] ?? '');
  const closing = closingName !== null && kept.length >= 3 ? last : undefined;
  if (closing !== undefined) last = kept.at(-2) ?? last;
  // A biography set off by a dash: "— Jane Doe is a researcher ...".
  const text = (texts[last] ?? '').replace(/^[-–—]+\s*/u, '');
  if (wordCount(text, 46) > 45) return;
  // (Bylines already removed count too: "By Jane Doe" under the title, "Jane Doe covers courts for The Daily." at the end.)
  const bylineNames = texts
    .map((text) => bylineText(text))
    .filter((name): name is string => name !== null)
    .map((name) => name.split(/\s*[,|;/]\s*|\s+(?:and|&)\s+/u)[0]?.trim() ?? '')
    .filter((name) => wordCount(name, 2) >= 2);
  const startsWithByline = bylineNames.some((name) => text.startsWith(`${name} `) && /^\S+(?:\s+\S+){1,3}\s+(?:is|was|has|writes|covers|reports)\b/u.test(text));
  const genericBio =
    /^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:is|was) (?:a|an|the) (?:(?:freelance|independent|senior|contributing|staff|former|special|regular|visiting|non-resident|nonresident|resident|managing|deputy|associate|research|an?)\s+)*(?:journalist|reporter|correspondent|writer|editor|analyst|researcher|fellow|contributor|columnist|blogger|commentator|photographer|producer)\b/u.test(text) ||
    // "Jane Doe covers courts for The Daily. Contact her at jdoe@example.com.": the beat, then how to reach the writer
    // (or the beat alone, the outlet's name closing the line: "Jane Doe covers the courts for Stars and Stripes.").
    (/^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:covers|reports on|writes about|writes on)\s[^.]{3,80}\bfor\s+(?:the\s+)?\p{Lu}/u.test(text) &&
      (/(?:contact|reach|email|e-mail|follow) (?:him|her|them|me)\b|[\w.+-]+@[\w-]+\.[\w.]+/iu.test(text) || /\bfor\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s*)+(?:and\s+\p{Lu}[\p{L}'’.-]*\s*)?\.$/u.test(text)));
  if (startsWithByline || genericBio || isRoleBio(text)) {
    verdicts[last] = 'author biography';
    // The closing byline repeats an author already named above the biography: an author card, not the byline.
    if (closing !== undefined && closingName !== null && text.startsWith(`${closingName} `) && namedAbove(texts, kept, last, closingName)) verdicts[closing] = 'author card';
  }
  const outletFirst = outlets.findAt(text, 0);
  if (outletFirst && /^\s+(?:is|was) (?:a|an|the)\b/u.test(text.slice(outletFirst.text.length))) verdicts[last] = 'outlet blurb';
}
