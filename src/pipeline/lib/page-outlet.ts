/**
 * The outlet as the page's own chrome names it: the masthead at the top of
 * the page ("TURAN Information Agency", "tengrinews.kz", a known outlet as the
 * first item of a menu), the copyright line ("© 2016 Example Post. All rights
 * reserved.", "Copyright © Example Times Institute") and the site's prompts
 * ("Support The Moscow Times!", "Follow 24.kg on Telegram", "A message from
 * X:"). These lines are furniture, so the furniture stage removes them; the
 * metadata stage reads them here, after the stronger cues of the kept text.
 */
import { isMenuShaped, wordCount } from './lines.ts';
import { memoizeText } from './memo.ts';
import type { OutletIndex } from './outlets.ts';

/** A line that is only a domain name: "tengrinews.kz", "Kun.uz", "example.com". */
const DOMAIN_NAME =
  /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:kz|kg|uz|tj|tm|ru|az|am|ge|ua|by|af|ir|pk|tr|com|org|net|info|news|asia|eu|io|co|uk|tv|fm|media|agency|it|de|fr)$/iu;

/** Words that name a news organisation in a masthead ("Tehran Times", "Example Information Agency"). */
const ORGANISATION_WORD =
  /(?<![\p{L}])(?:news|agency|press|times|post|daily|gazette|herald|tribune|journal|telegraph|observer|courier|chronicle|express|mirror|standard|dispatch|wire|media|radio|television|tv|broadcasting|network|online|information|weekly|today|агентство|новости|газета|радио|информ\p{L}*)(?![\p{L}])/iu;

/** Words of a site's slogan or section, not its name: a masthead line holding one is no name. */
const NOT_MASTHEAD_WORD =
  /(?<![\p{L}])(?:latest|breaking|top|home|menu|search|live|subscribe|sign|log|more|read|follow|all|our|your|we|you|about|contact|privacy|world|business|politics|sports?|economy|society|opinion|analysis|video|photos?|special|print|edition|skip|release|releases|feed|briefing|digest|newsletters?|podcasts?|update|updates|headlines|stories|room|centre|center|conference|kit)(?![\p{L}])/iu;

/** Legal or corporate words after a publisher's name in a copyright line. */
const LEGAL_SUFFIX =
  /(?:\s*,)?\s+(?:institute|llc|l\.l\.c\.|ltd\.?|limited|inc\.?|incorporated|plc|jsc|llp|gmbh|corp\.?|corporation|company|co\.|group|holding|foundation|publishing|publications|ооо|тоо|ао)$/iu;

/** Where the copyright holder starts: after "©", "(c)" or "Copyright", and any years. */
const COPYRIGHT_MARK = /(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)))?\s*(?:(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)?\d{2,4})?\s*,?\s*)?/iu;

/** Prompts of the site about itself, which name it: "Support X!", "Follow X on ...", "A message from X:". */
const SITE_PROMPT =
  /^(?:please\s+)?(?:support|donate to|follow|subscribe to|join|like|download|a message from|a note from|read|listen to|watch)\s/iu;

/** An appeal naming the site: "Support X!", "Donate to X", "A message from X:". */
const APPEAL = /^(?:please\s+)?(?:support|donate to|a message from|a note from)\s+(.{2,50}?)\s*[!:.]?$/iu;

/**
 * The outlet named by the page's chrome (see the module comment), in the
 * order: masthead, a feed footer ("appeared first on X"), copyright
 * holder, a site prompt naming a known outlet or a news organisation.
 * @param top The first lines of the page that stand above the title (at most three are read).
 * @param chrome Every removed line (for the site's prompts).
 * @param outlets Known outlets.
 * @param copyright The removed lines where a copyright notice names the publisher (those after the body: above it, "© Agency" is a photo credit); all of `chrome` by default.
 * @returns The outlet's display name (a known outlet's canonical name, else as written), or null.
 */
export function pageOutlet(
  top: readonly string[],
  chrome: readonly string[],
  outlets: OutletIndex,
  copyright: readonly string[] = chrome,
): string | null {
  const memo = lineMemos(outlets);
  for (const line of top.slice(0, 3)) {
    const found = memo.masthead(line);
    if (found !== null) return found;
  }
  for (const line of chrome) {
    const found = memo.republished(line);
    if (found !== null) return found;
  }
  for (const line of copyright) {
    const found = memo.copyright(line);
    if (found !== null) return found;
  }
  for (const line of chrome) {
    const found = memo.prompt(line);
    if (found !== null) return found;
  }
  return null;
}

/** The per-line readings of `pageOutlet`, memoised: a site repeats its chrome on every page. */
interface LineMemos {
  masthead: (line: string) => string | null;
  republished: (line: string) => string | null;
  copyright: (line: string) => string | null;
  prompt: (line: string) => string | null;
}

/** Memos for each outlet index (an index passed in by a test gets its own). */
const memosByIndex = new WeakMap<OutletIndex, LineMemos>();

/**
 * The memoised line readings for an outlet index.
 * @param outlets Known outlets.
 * @returns Its memos, made on first use.
 */
function lineMemos(outlets: OutletIndex): LineMemos {
  let memos = memosByIndex.get(outlets);
  if (memos === undefined) {
    memos = {
      masthead: memoizeText((line) => mastheadName(line, outlets)),
      republished: memoizeText((line) => republishedFrom(line, outlets)),
      copyright: memoizeText((line) => copyrightHolder(line, outlets)),
      prompt: memoizeText((line) => promptOutlet(line, outlets)),
    };
    memosByIndex.set(outlets, memos);
  }
  return memos;
}

/**
 * The outlet a prompt of the site names: a known outlet in "Follow X on
 * Telegram", or an unknown news organisation in "Support Example Times!",
 * "A message from Example News:".
 * @param line A removed line.
 * @param outlets Known outlets.
 * @returns The outlet's name, or null.
 */
function promptOutlet(line: string, outlets: OutletIndex): string | null {
  const trimmed = line.trim();
  if (!SITE_PROMPT.test(trimmed) || wordCount(line) > 12) return null;
  const known = outlets.findAll(line)[0];
  if (known) return known.name;
  const appeal = APPEAL.exec(trimmed)?.[1]?.trim() ?? '';
  return isOrganisationName(appeal) ? appeal : null;
}

/**
 * The outlet a masthead line names: a known outlet or a domain, alone or
 * as an item of a menu ("Example.kz | News | Politics"), or an unknown name
 * of at most five capitalised words holding a word like News, Agency, Times
 * ("TURAN Information Agency", "Tehran Times").
 * @param line A line at the top of the page.
 * @param outlets Known outlets.
 * @returns The outlet's name, or null.
 */
export function mastheadName(line: string, outlets: OutletIndex): string | null {
  const items = line.split(/\s*[|·•›»]\s*|\s{2,}/u).map((item) => item.trim().replace(/^(?:https?:\/\/)?www\./iu, '')).filter(Boolean);
  for (const item of items) {
    if (wordCount(item) > 5) continue;
    const known = outlets.canonical(item);
    if (known !== null) return known;
    if (DOMAIN_NAME.test(item)) return item;
  }
  const name = line.trim();
  return items.length === 1 && isOrganisationName(name) ? name : null;
}

/**
 * Whether a text is shaped like a news organisation's name that the data
 * does not list: one to five capitalised words, one of them a word like
 * News, Agency, Times, Press, and one a name of its own ("Tehran Times",
 * "Example Information Agency"; not "News", "World News" or a menu).
 * @param text A candidate name.
 * @returns True for such names.
 */
export function isOrganisationName(text: string): boolean {
  const name = text.trim();
  if (!isNameShaped(name) || !ORGANISATION_WORD.test(name) || NOT_MASTHEAD_WORD.test(name) || isMenuShaped(name)) return false;
  return name.split(/\s+/).some((word) => word.length > 1 && !ORGANISATION_WORD.test(word) && !/^(?:of|and|the|&)$/iu.test(word));
}

/**
 * Whether a text is shaped like a proper name of one to five words: each
 * word capitalised (or "of", "and", "the", "&"), letters, digits and
 * name punctuation only.
 * @param text A candidate name.
 * @returns True for name-shaped text.
 */
function isNameShaped(text: string): boolean {
  if (!/^[\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]*$/u.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 5 && words.every((word) => /^[\p{Lu}\p{N}&]/u.test(word) || /^(?:of|and|the|de|el|al)$/u.test(word));
}

/**
 * The site a feed's footer names: "The post Police detain five appeared
 * first on Example News." -> "Example News".
 * @param line A line.
 * @param outlets Known outlets.
 * @returns The site's name (canonical when known), or null.
 */
export function republishedFrom(line: string, outlets: OutletIndex): string | null {
  const site = /\bappeared first on\s+(.{2,60}?)\.?$/iu.exec(line.trim())?.[1]?.trim();
  if (site === undefined) return null;
  const known = outlets.canonical(site);
  if (known !== null) return known;
  return DOMAIN_NAME.test(site) || (isNameShaped(site) && !NOT_MASTHEAD_WORD.test(site)) ? site : null;
}

/**
 * The holder of a copyright line: "© 2016 Example Post. All rights
 * reserved." -> "Example Post"; "Copyright © 2015 Example Press (EP) | All
 * rights reserved" -> "Example Press"; "All rights reserved. Copyright ©
 * Example Times Institute" -> "Example Times" (a legal suffix is dropped);
 * "© example.kz 2016." -> "example.kz". A photo credit ("© Agency /
 * Photographer") or a bare "© 2021 All rights reserved." names nothing.
 * @param line A line.
 * @param outlets Known outlets (a known one is returned by its canonical name).
 * @returns The holder's name, or null.
 */
export function copyrightHolder(line: string, outlets: OutletIndex): string | null {
  const mark = COPYRIGHT_MARK.exec(line);
  if (!mark || wordCount(line) > 40) return null;
  if (/(?<![\p{L}])(?:photo|image|picture|фото)/iu.test(line.slice(0, mark.index))) return null; // "Photo: © Agency".
  const rest = line.slice((mark.index ?? 0) + mark[0].length);
  if (/^\s*(?:by\s+)?(?:photo|фото)\b/iu.test(rest)) return null;
  const holder = rest
    .replace(/^\s*by\s+/iu, '')
    .split(/\s*[|;–—]\s*|[.,!](?:\s|$)|\s+\/\s+|\s+-\s+/u)[0]
    ?.replace(/\s*\([^()]*\)\s*$/u, '')
    .replace(/\s+(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)?\d{2,4})?$/u, '')
    .trim() ?? '';
  if (holder === '' || /^(?:all rights|все права|the authors?|authors?)\b/iu.test(holder)) return null;
  if (/\s\/\s/u.test(rest.slice(0, holder.length + 3))) return null;
  const known = outlets.canonical(holder) ?? outlets.findAll(holder)[0]?.name;
  if (known) return known;
  if (DOMAIN_NAME.test(holder)) return holder;
  const bare = holder.replace(LEGAL_SUFFIX, '').trim();
  return isNameShaped(bare) && wordCount(bare) <= 4 && !NOT_MASTHEAD_WORD.test(bare) ? bare : null;
}

/** A line marking a press release: "FOR IMMEDIATE RELEASE", "Press Release", "News release", "Press Release Number: 16-021", "Statements and Press Releases", "Pressemitteilung", "Пресс-релиз". */
const RELEASE_MARKER = /^(?:for immediate release|(?:(?:[\p{L}-]+\s+){1,3}(?:and|&)\s+)?(?:press|news|media) release(?:s)?(?:\s+(?:number|no\.?)\s*:?.*)?|office of (?:public|press) affairs|press (?:office|service)|pressemitteilung(?:en)?|presseerklärung|communiqué de presse|пресс-релиз|пресс-служба)$/iu;

/** A government or public body's name: "Department of Justice", "U.S. Attorney's Office", "Ministry of Foreign Affairs". */
const PUBLIC_BODY =
  /^(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}(?:department|ministry|embassy|government|attorney['’]s office|prosecutor['’]s office|police|commission|council|parliament|administration|office|agency|bureau|service|committee|united nations|union|organi[sz]ation|министерство|ведомство|прокуратура|prosecutor general|public prosecutor|generalbundesanwalt|bundesanwaltschaft|staatsanwaltschaft|ministerium|bundesamt|polizei|ministère|parquet)(?:,?\s+(?:of|for|on|and|the|beim|des|der|für|de|du|la|\p{Lu}[\p{L}.'’-]*)){0,9}$/iu;

/** A body's top-level word: such a name beats a sub-office ("Office of Public Affairs") as the issuer. */
const TOP_BODY_WORD = /(?<![\p{L}])(?:department|ministry|embassy|government|united nations|union|organi[sz]ation|министерство)(?![\p{L}])/iu;

/**
 * The body that issued a press release: when a line above the title marks
 * the page as a release ("FOR IMMEDIATE RELEASE", "Press Release", "Office
 * of Public Affairs"), the name of a public body standing there
 * ("Department of Justice", "Ministry of Foreign Affairs"); a department or
 * ministry beats an office, a line in mixed case beats one in capitals.
 * @param head The page's lines above the title, kept and removed, in order.
 * @returns The issuer's name as written, or null when the page is no release.
 */
export function releaseIssuer(head: readonly string[]): string | null {
  if (!head.some((line) => line.length <= 60 && RELEASE_MARKER.test(line.trim()))) return null;
  let best: string | null = null;
  let bestRank = -1;
  for (const raw of head) {
    const line = raw.trim();
    if (line.length > 80 || wordCount(line) > 10 || !/^\p{Lu}/u.test(line) || !PUBLIC_BODY.test(line) || RELEASE_MARKER.test(line)) continue;
    const rank = (TOP_BODY_WORD.test(line) ? 2 : 0) + (line === line.toUpperCase() ? 0 : 1);
    if (rank > bestRank) {
      best = line;
      bestRank = rank;
    }
  }
  return best;
}
