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

/**
 * A line that is only a domain name: "tengrinews.kz", "Kun.uz", "sun.mv", "example.com", also a Russian site's
 * Cyrillic wordmark "Пример.ру". Any country's two-letter domain counts, and the common generic ones.
 */
const DOMAIN_NAME =
  /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:ру|рф|[a-z]{2}|com|org|net|info|news|asia|media|agency|online|today|live|press)$/iu;

/** Words that name a news organisation in a masthead ("Tehran Times", "Example Information Agency"). */
const ORGANISATION_WORD =
  /(?<![\p{L}])(?:news|agency|press|times|post|daily|gazette|herald|tribune|journal|telegraph|observer|courier|chronicle|express|mirror|standard|dispatch|globe|guardian|inquirer|examiner|sentinel|register|courant|advertiser|enquirer|citizen|argus|beacon|messenger|spectator|diplomat|wire|media|radio|television|tv|broadcasting|network|online|information|weekly|today|review|monitor|bulletin|magazine|quarterly|insider|courrier|zeitung|kurier|rundschau|presse|nouvelles|dépêche|hebdo|voice|вести|вестник|ведомости|известия|агентство|новости|газета|радио|информ\p{L}*)(?![\p{L}])/iu;

/** A newspaper's title of one such word, never a menu's section: "Echo", "The Herald", "The Argus". */
const NEWSPAPER_TITLE_WORD = /^(?:The\s+)?(?:Echo|Herald|Gazette|Tribune|Chronicle|Courier|Telegraph|Sentinel|Examiner|Advertiser|Argus|Observer|Guardian|Mirror|Express|Globe|Enquirer|Inquirer|Courant)$/u;

/** A word that ends a publication's name, and never a menu: "... Review", "... Times", "... Monitor". */
const PUBLICATION_END = /\s(?:review|monitor|bulletin|magazine|quarterly|times|post|daily|gazette|herald|tribune|journal|observer|courier|chronicle|dispatch|weekly|agency|insider)$/iu;

/** Words of a site's slogan or section, not its name: a masthead line holding one is no name. */
const NOT_MASTHEAD_WORD =
  /(?<![\p{L}])(?:latest|breaking|top|home|menu|search|live|subscribe|sign|log|more|read|follow|all|our|your|we|you|about|contact|privacy|world|business|politics|sports?|economy|society|opinion|analysis|video|photos?|special|print|edition|skip|release|releases|feed|briefing|digest|newsletters?|podcasts?|update|updates|headlines|stories|room|centre|center|conference|kit)(?![\p{L}])/iu;

/** Legal or corporate words after a publisher's name in a copyright line. */
const LEGAL_SUFFIX =
  /(?:\s*,)?\s+(?:(?:\(pvt\.?\)|pvt\.?|\(private\))\s+(?:ltd\.?|limited)|institute|llc|l\.l\.c\.|ltd\.?|limited|inc\.?|incorporated|plc|jsc|llp|gmbh|corp\.?|corporation|company|co\.|group|holding|foundation|publishing|publications|ооо|тоо|ао)$/iu;

/** A rights notice without a mark, then the holder: "Tous droits réservés - Ouest-France". */
const RIGHTS_RESERVED_HOLDER = /^(?:tous droits réservés|all rights reserved|alle rechte vorbehalten|все права защищены|todos los derechos reservados)\s*[-–—|:]\s*(\p{Lu}[^.|;]{1,58}?)\s*\.?$/iu;

/** Where the copyright holder starts: after "©", "(c)" or "Copyright", and any years. */
const COPYRIGHT_MARK = /(?:©|\(c\)|\bcopyright\b)(?:\s*(?:©|\(c\)))?\s*(?:(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)?\d{2,4})?\s*,?\s*)?/iu;

/** Prompts of the site about itself, which name it: "Support X!", "Follow X on ...", "A message from X:". */
const SITE_PROMPT =
  /^(?:please\s+)?(?:support|donate to|follow|subscribe to|join|like|download|a message from|a note from|read|listen to|watch)\s/iu;

/** An appeal naming the site: "Support X!", "Donate to X", "A message from X:". */
const APPEAL = /^(?:please\s+)?(?:support|donate to|a message from|a note from)\s+(.{2,50}?)\s*[!:.]?$/iu;

/**
 * The outlet named by the page's chrome (see the module comment), in the
 * order: masthead, a name the chrome gives in two places (`chromeVote`),
 * a feed footer ("appeared first on X"), copyright holder, a site prompt
 * naming a known outlet or a news organisation.
 * @param top The first lines of the page that stand above the title (at most three are read).
 * @param chrome Every removed line (for the site's prompts).
 * @param outlets Known outlets.
 * @param copyright The removed lines where a copyright notice names the publisher (those after the body: above it, "© Agency" is a photo credit); all of `chrome` by default.
 * @param tail Every line after the body, kept or removed (for `chromeVote`); `copyright` by default.
 * @returns The outlet's display name (a known outlet's canonical name, else as written), or null.
 */
export function pageOutlet(
  top: readonly string[],
  chrome: readonly string[],
  outlets: OutletIndex,
  copyright: readonly string[] = chrome,
  tail: readonly string[] = copyright,
): string | null {
  const memo = lineMemos(outlets);
  for (const line of top.slice(0, 3)) {
    const found = memo.masthead(line);
    if (found !== null) return fullerHolder(found, copyright, memo) ?? found;
  }
  // "DAILY NEWS" over "Tanzania's leading newspaper since 1972": a name of press words only, with its slogan under it.
  const sloganed = sloganedPressName(top);
  if (sloganed !== null) return fullerHolder(sloganed, copyright, memo) ?? sloganed;
  const agreed = chromeVote(top.slice(0, 3), tail, outlets);
  if (agreed !== null) return fullerHolder(agreed, copyright, memo) ?? agreed;
  const wordmark = wordmarkDomain(top[0] ?? '', tail);
  if (wordmark !== null) return outlets.canonical(wordmark) ?? wordmark;
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

/**
 * A masthead of press words only ("DAILY NEWS", "The Nation") on the page's first line, with a slogan on the next
 * ("Tanzania's leading newspaper since 1972"): the name, in title case when written in capitals.
 * @param top The first lines of the page above the title.
 * @returns The name, or null.
 */
function sloganedPressName(top: readonly string[]): string | null {
  const name = (top[0] ?? '').trim();
  const words = name.split(/\s+/u);
  if (words.length < 2 || words.length > 3 || !isGenericPressName(name) || !SLOGAN.test(top[1] ?? '')) return null;
  return name === name.toUpperCase() ? words.map((word) => word.charAt(0) + word.slice(1).toLowerCase()).join(' ') : name;
}

/**
 * The copyright holder whose name a masthead only begins: a masthead set on two
 * lines ("The Daily" over "OUTLOOK AFGHANISTAN") reads as its first line, and
 * "© 2016 The Daily Outlook Afghanistan" gives the whole name.
 * @param masthead The masthead's name.
 * @param copyright Removed lines that may hold a copyright notice.
 * @param memo The line readings.
 * @returns The holder's longer name, or null.
 */
function fullerHolder(masthead: string, copyright: readonly string[], memo: LineMemos): string | null {
  if (!isGenericPressName(masthead)) return null;
  const prefix = `${masthead.toLowerCase()} `;
  for (const line of copyright) {
    const holder = memo.copyright(line);
    if (holder !== null && holder.toLowerCase().startsWith(prefix)) return holder;
  }
  return null;
}

/**
 * A one-word wordmark on the page's first line that a domain standing alone on a
 * line after the body spells ("rappler" over the page, "Rappler.com" under it).
 * @param first The page's first line.
 * @param tail Lines after the body.
 * @returns The name as the domain writes it ("Rappler"), or null.
 */
function wordmarkDomain(first: string, tail: readonly string[]): string | null {
  const mark = first.trim();
  if (!/^[\p{L}\p{N}-]{3,30}$/u.test(mark)) return null;
  for (const line of tail) {
    const label = /^([\p{L}\p{N}-]{3,30})\.\p{L}{2,6}$/u.exec(line.trim())?.[1];
    if (label !== undefined && label.toLowerCase() === mark.toLowerCase() && DOMAIN_NAME.test(line.trim())) return label;
  }
  return null;
}

/** An outlet's kind, then its title in quotation marks: "ИА «Грозный-Информ»", "газета «Вечерний Бишкек»", "телеканал «Мир»". */
const QUOTED_OUTLET = /^(?:ИА|РИА|МИА|информационное агентство|агентство|газета|еженедельник|журнал|телеканал|радио|портал|сайт)\s+«([^«»]{2,40})»$/iu;

/** Words that name no newspaper on their own ("The Daily", "Weekly News"), lower case. */
const GENERIC_PRESS_WORDS: ReadonlySet<string> = new Set([
  'the', 'daily', 'weekly', 'news', 'times', 'post', 'herald', 'tribune', 'journal', 'gazette', 'online', 'express',
  'star', 'mirror', 'review', 'observer', 'telegraph', 'chronicle', 'standard', 'sun', 'nation', 'independent', 'today',
  'business', 'newspaper',
  // "ДЕЛОВАЯ ГАЗЕТА" over "ВЗГЛЯД": a Russian masthead's kind ("business newspaper") names no paper alone.
  'газета', 'деловая', 'ежедневная', 'еженедельная', 'независимая', 'общественно-политическая', 'интернет-газета',
]);

/**
 * Whether an outlet's name is made of generic press words only, so that it can only be
 * the start of the real name ("The Daily" for "The Daily Outlook Afghanistan").
 * @param name An outlet's name.
 * @returns True for such names.
 */
function isGenericPressName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => GENERIC_PRESS_WORDS.has(word));
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
  if (!SITE_PROMPT.test(trimmed) || wordCount(line, 13) > 12) return null;
  const known = outlets.findAll(line)[0];
  if (known) return known.name;
  const appeal = APPEAL.exec(trimmed)?.[1]?.trim() ?? '';
  return isOrganisationName(appeal) ? appeal : null;
}

/**
 * The outlet a masthead line names: a known outlet or a domain, alone or
 * as an item of a menu ("Example.kz | News | Politics"), or an unknown name
 * of at most five capitalised words holding a word like News, Agency, Times
 * ("TURAN Information Agency", "Tehran Times"), also before a dash and the
 * site's slogan ("Example Post – Independent news from Central Asia").
 * A logo's alt text ("Logo of Example Times", "Example Times logo") is read as its name.
 * @param raw A line at the top of the page.
 * @param outlets Known outlets.
 * @returns The outlet's name, or null.
 */
export function mastheadName(raw: string, outlets: OutletIndex): string | null {
  const line = withoutLogoLabel(raw);
  const items = line.split(/\s*[|·•›»]\s*|\s{2,}/u).map((item) => item.trim().replace(/^(?:https?:\/\/)?www\./iu, '')).filter(Boolean);
  // "Home | National | Lahore | ...": in a menu, a section's one word ("National") is no outlet ("The National").
  const menu = items.length >= 4;
  for (const item of items) {
    if (wordCount(item, 6) > 5) continue;
    const known = outlets.canonical(item);
    if (known !== null && !(menu && !item.includes(' ') && known !== item)) return known;
    // "Sun Online · sun.mv": the name beside the domain it spells is the outlet's own.
    if (DOMAIN_NAME.test(item)) return items.length === 2 ? nameOfDomain(items, item) ?? item : item;
  }
  // "Example Times | Part of the Example Network": the name, then the group that owns it.
  if (items.length === 2 && OWNER_NOTE.test(items[1] ?? '') && isOrganisationName(items[0] ?? '')) return items[0] ?? null;
  const name = line.trim();
  if (SLOGAN.test(name)) return null;
  if (items.length === 1 && (isOrganisationName(name) || isCamelCasePressName(name) || NEWSPAPER_TITLE_WORD.test(name))) return name;
  // "ИА «Грозный-Информ»", "Газета «Вечерний Бишкек»": a title in quotation marks after the kind of outlet.
  const quotedTitle = QUOTED_OUTLET.exec(name)?.[1]?.trim();
  if (items.length === 1 && quotedTitle !== undefined) return outlets.canonical(quotedTitle) ?? quotedTitle;
  // "Example Post – Independent news from Central Asia": a name, a dash, then the site's slogan.
  const slogan = /^(.{2,40}?)\s+[–—-]\s+(\p{L}.{2,80})$/u.exec(name);
  const named = slogan?.[1]?.trim() ?? '';
  if (named === '' || !/\p{Ll}/u.test(slogan?.[2] ?? '')) return null;
  return outlets.canonical(named) ?? (isOrganisationName(named) ? named : null);
}

/**
 * @param items The two items of a masthead line.
 * @param domain The item that is a domain.
 * @returns The other item where it is a name whose first word the domain's first label spells ("Sun Online" for "sun.mv"), else null.
 */
function nameOfDomain(items: readonly string[], domain: string): string | null {
  const name = items.find((item) => item !== domain) ?? '';
  const label = domain.split('.')[0]?.toLowerCase() ?? '';
  const first = name.split(/\s+/u)[0]?.toLowerCase() ?? '';
  return isNameShaped(name) && label.length >= 2 && (first === label || name.replace(/\s+/gu, '').toLowerCase() === label) ? name : null;
}

/** The group a masthead says owns it: "Part of the Example Network", "A member of Example Media", "An Example Group company". */
const OWNER_NOTE = /^(?:(?:a\s+)?part of|(?:a\s+)?member of|an?\s+.{2,40}\s+(?:company|publication|title|brand))\b/iu;

/**
 * A masthead's slogan under the name: "Qatar's Leading English Daily",
 * "Pakistan's Most Watched News Channel", "The Nation's Oldest Newspaper",
 * "Japan's National Daily Since 1922" (a founding year marks a slogan too).
 */
const SLOGAN = /\p{L}['’]s\s+(?:leading|largest|biggest|first|oldest|only|best|premier|favou?rite|most|no\.?\s*1|number one|top|trusted|independent|national)\b|\b(?:since|est\.?|established|founded)\s+(?:in\s+)?(?:1[6-9]|20)\d\d\b/iu;

/**
 * Whether a word is a logo's name written in camel case with a press word in it
 * ("DailyMirror", "GulfTimes", "NewsCentral"), a local site's name ending in
 * "Live" or "Online" ("StokeonTrentLive", "WalesOnline"), or a brand opening
 * in lower case ("openDemocracy", "iNews").
 * @param text A line.
 * @returns True for such names.
 */
function isCamelCasePressName(text: string): boolean {
  // "openDemocracy", "iNews": a brand opening in lower case, then capitalised parts.
  if (/^\p{Ll}{1,5}(?:\p{Lu}\p{Ll}+){1,3}$/u.test(text)) return true;
  // "i24NEWS", "i24News": a letter in lower case, digits, then a capitalised word or one in capitals.
  if (/^\p{Ll}{1,3}\p{N}{1,4}(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)$/u.test(text)) return true;
  return /^(?:\p{Lu}\p{Ll}+){2,4}$/u.test(text) && (ORGANISATION_WORD.test(text.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ')) || /\p{Ll}(?:Live|Online)$/u.test(text));
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
  if (!isNameShaped(name) || !ORGANISATION_WORD.test(name) || NOT_MASTHEAD_WORD.test(name)) return false;
  // "Central Asia Security Review" reads as a menu of sections, but a publication's word at its end makes it a name.
  if (isMenuShaped(name) && !PUBLICATION_END.test(name)) return false;
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
  const holder = copyrightHolderText(line);
  // "© Copyright 2001-2022.": years only, no holder.
  if (holder === null || !/\p{L}/u.test(holder)) return null;
  const known = outlets.canonical(holder) ?? outlets.findAll(holder)[0]?.name;
  if (known) return known;
  if (DOMAIN_NAME.test(holder)) return holder;
  const bare = holder.replace(LEGAL_SUFFIX, '').trim();
  // «Новая газета»: a title in quotation marks is a name in sentence case too.
  const quoted = QUOTE_PAIRS.some(([open, close]) => line.includes(`${open}${holder}${close}`));
  // "Деловая газета ВЗГЛЯД": the paper's kind in sentence case, then its name.
  const kindFirst = isKindThenName(bare);
  // Five words for a publisher named in full ("The Example Strategic Policy Institute Limited").
  return (quoted || kindFirst || isNameShaped(bare) || isCamelCasePressName(bare)) && wordCount(bare, 6) <= 5 && !NOT_MASTHEAD_WORD.test(bare) ? bare : null;
}

/**
 * @param holder A copyright holder's text.
 * @returns Whether it is generic press words ("Деловая газета") then a name in capitals or capitalised words ("ВЗГЛЯД").
 */
function isKindThenName(holder: string): boolean {
  const words = holder.split(/\s+/u);
  const kind = words.findIndex((word) => !GENERIC_PRESS_WORDS.has(word.toLowerCase()));
  if (kind <= 0) return false;
  const name = words.slice(kind);
  return name.length <= 3 && name.every((word) => /^\p{Lu}/u.test(word)) && !name.some((word) => GENERIC_PRESS_WORDS.has(word.toLowerCase()));
}

/** Quotation marks around a title: «», "", “”, „“. */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [['«', '»'], ['"', '"'], ['“', '”'], ['„', '“']];

/**
 * The holder's text of a copyright line as written, before any check of its
 * shape (see `copyrightHolder`): "© 2023 Example Committee of the Republic.
 * 720040, ..." -> "Example Committee of the Republic".
 * @param line A line.
 * @param dotsSeparate Whether a middle dot or bullet ends the holder too ("© 2024 Jane Doe · Privacy ∙ Terms").
 * @returns The holder's text, or null when the line is no copyright notice or a photo credit.
 */
function copyrightHolderText(line: string, dotsSeparate = false): string | null {
  const mark = COPYRIGHT_MARK.exec(line);
  // "Tous droits réservés - Ouest-France", "All rights reserved | Example News": the holder after the notice.
  const reserved = mark ? null : RIGHTS_RESERVED_HOLDER.exec(line.trim());
  if (reserved) return (reserved[1] ?? '').trim() || null;
  if (!mark || wordCount(line, 41) > 40) return null;
  if (/(?<![\p{L}])(?:photo|image|picture|фото)/iu.test(line.slice(0, mark.index))) return null; // "Photo: © Agency".
  const rest = line.slice((mark.index ?? 0) + mark[0].length);
  if (/^\s*(?:by\s+)?(?:photo|фото)\b/iu.test(rest)) return null;
  const holder = rest
    .replace(/^\s*[-–—|:]\s*/u, '') // "Nice-Matin © 2022 - Tous droits réservés"
    .replace(/^\s*by\s+/iu, '')
    .replace(/^\s*(?:copyright|copr\.)\s+/iu, '') // "© Copyright Example Media Ltd 2022": the word repeats the mark.
    .replace(/^(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)?\d{2,4})?\s*,?\s+(?=\p{L})/u, '') // "© Copyright 2015 Example Live.": the year after the word.
    // "St. Cloud Times", "Mt. Airy News": the period of a place's abbreviation does not end the holder.
    .split(dotsSeparate ? /\s*[|;–—·∙•]\s*|(?<!\b(?:St|Ste|Mt|Ft))\.(?:\s|$)|[,!](?:\s|$)|\s+\/\s+|\s+-\s+/u : /\s*[|;–—]\s*|(?<!\b(?:St|Ste|Mt|Ft))\.(?:\s|$)|[,!](?:\s|$)|\s+\/\s+|\s+-\s+/u)[0]
    ?.replace(/\s*\([^()]*\)\s*$/u, '')
    .replace(/\s+(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)?\d{2,4})?$/u, '')
    .trim()
    // "© АО «РОСБИЗНЕСКОНСАЛТИНГ»", "© ТОО «Example Media»": a company's legal form before its name in quotation marks.
    .replace(/^(?:АО|ОАО|ЗАО|ПАО|ООО|ТОО|ОсОО|ОДО|ГУП|ФГУП|ФГБУ|АНО|МИА|ИА|ЧП|ДП)\s+(?=[«"“„])/u, '')
    // "© 2013 «Слово Кыргызстана».": the name in quotation marks.
    .replace(/^[«"“„]([^«»"“”„]+)[»"”“]$/u, '$1') ?? '';
  if (holder === '' || /^(?:all rights|tous droits|alle rechte|todos los derechos|tutti i diritti|все права|the authors?|authors?)(?![\p{L}])/iu.test(holder)) {
    // "Example Reporting Network © 2019. All rights reserved.": the holder before the mark.
    const before = line.slice(0, mark.index).trim();
    return /^\p{Lu}[\p{L}&'’. -]{2,80}$/u.test(before) && wordCount(before, 9) <= 8 ? before : null;
  }
  if (/\s\/\s/u.test(rest.slice(0, holder.length + 3))) return null;
  return holder;
}

/**
 * How much each place of a page's chrome counts for the name it gives: a
 * site names itself in several places (its masthead, its copyright line,
 * its prompts to subscribe or donate, the press office's sign-off of a
 * release), and a name given in two of them is the outlet even when the
 * outlet data does not list it and it has no word like News or Times
 * (a blog, a newsletter, a ministry). One place alone decides nothing here.
 */
export const CHROME_CUE_WEIGHTS: Readonly<Record<'masthead' | 'copyright' | 'prompt' | 'signOff' | 'selfStatement' | 'bioAffiliation', number>> = {
  masthead: 2,
  copyright: 2,
  prompt: 2,
  signOff: 2,
  /** The masthead's name speaking in the text ("Example Watch said today"): an organisation's own statement. */
  selfStatement: 2,
  /** The institution of an author's note ("Jane Doe is a senior fellow at the Example Institute."): a think tank's own page. */
  bioAffiliation: 2,
};

/** Words of `LEGAL_SUFFIX` that a masthead prints as part of the organisation's name ("Example Crisis Group", "Example Institute"). */
const MASTHEAD_NAME_SUFFIX = /\s(?:group|institute|foundation)$/iu;

/** The least total weight of `CHROME_CUE_WEIGHTS` that makes a name the outlet: two places. */
export const CHROME_AGREEMENT = 4;

/** Prompts naming the site after the body: "Subscribe to X", "Thanks for reading X!", "X is a reader-supported publication", "Support X", "Follow X on ...", "Recommended from X". */
const NAMING_PROMPTS: readonly RegExp[] = [
  /^(?:please\s+)?(?:subscribe to|support|donate to|follow|join|thanks for reading|thank you for reading|a message from|a note from)\s+(.{2,60}?)(?:\s+on\s+\S.*|\s+today|\s+now)?\s*(?:[!:.](?:\s.*)?)?$/iu,
  /^(.{2,60}?)\s+is\s+a\s+reader[-\s]supported\s+(?:publication|newsletter|blog|site)\b/iu,
  // A site describing itself in its footer: "Example Radio is an independent radio and news service."
  /^(\p{Lu}.{1,59}?)\s+is\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+(?:and\s+)?){0,4}(?:radio|news|media|broadcaster|publication|outlet|website|site|newspaper|agency|service|channel|magazine|portal|network)(?:\s+(?:service|organi[sz]ation|outlet|station))?(?=\s+(?:based|founded|covering|that|which|in|for|of|and|with)\b|\s*[.,;!]|\s*$)/u,
  // A prompt under a label: "LIVE RADIO: Listen to Example Radio on your local FM station".
  /^(?:\p{Lu}[\p{Lu}\s]{1,20}:\s*)?(?:listen to|watch|tune in to)\s+(\p{Lu}.{1,59}?)\s+(?:on|live|at)\s/u,
  /^(?:abonnieren sie|unterstützen sie|abonnez-vous à|soutenez|подпишитесь на|поддержите)\s+(.{2,60}?)\s*[!:.]?$/iu,
  // A publishing platform's footer: "Recommended from X", "More from X" (X may be the platform or an author: the masthead decides).
  /^(?:recommended from|more from)\s+(.{2,60}?)\s*$/iu,
  // A partner's funding line in the footer: "Example University provides funding as a member of Example Site AU." (the site, without its edition).
  /\bprovides? funding as (?:a )?(?:founding )?(?:member|partner) of\s+(\p{Lu}.{1,59}?)(?:\s+\p{Lu}{2})?\s*\.?$/u,
];

/** A word that every line `chromeVote` reads after the title holds (a cheap test before the full patterns). */
const CHROME_NAMING_CUE =
  /©|\(c\)|copyright|subscribe|support|donate|funding|follow|join|thank|message from|note from|more from|recommended from|reader|press|information service|listen to|watch|tune in|droits réservés|rights reserved|rechte vorbehalten|права защищены|пресс|abonn|unterstützen|soutenez|подпиш|поддерж|\sis\s(?:a|an|the)\s/iu;

/** The institution an author's note names: "Jane Doe is a senior fellow at the Example Institute." -> "Example Institute"; "John Roe is a reporter for Example 7 News." -> "Example 7 News". */
const BIO_AFFILIATION = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+is\s+(?:a|an|the)\s+[^.]{0,80}?\s(?:at|with|of|for)\s+(?:the\s+)?(\p{Lu}[^.,;]{2,80}?)(?:\s+in\s+\p{Lu}[\p{L}'’ -]*(?:,\s*\p{Lu}[\p{L}.'’ -]*)?)?\s*\.?$/u;

/** A tagline under a masthead naming its publisher: "A biweekly publication of the Example Institute", "Published by Example Media", "A project of the Example Foundation". */
const PUBLISHER_TAGLINE =
  /^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?:[\p{Ll}-]+\s+){0,3}(?:publication|project|journal|newsletter|magazine|initiative|service)\s+of|[Pp]ublished\s+(?:daily\s+|weekly\s+|monthly\s+|online\s+)?by|[Pp]roduced\s+by|[Rr]un\s+by)\s+(?:the\s+)?(\p{Lu}[^.;|]{2,100}?)\s*\.?$/u;

/** A press office's sign-off after a release: "Press service of the Ministry of X", "Press Centre of the X". */
const SIGN_OFF = /^(?:press\s+(?:service|centre|center|office)|information\s+service|пресс-служба|пресс-центр)\s+(?:of\s+)?(?:the\s+)?(.{2,80}?)\.?$/iu;

/**
 * A name that the page's chrome gives in at least two places (see
 * `CHROME_CUE_WEIGHTS`): the top lines above the title, the copyright
 * holder, a prompt naming the site, a press office's sign-off, the text
 * quoting the masthead's name as its speaker, the institution of an
 * author's note. Names are
 * compared without case, "the" and punctuation.
 * @param top The first lines above the title (the masthead's place).
 * @param tail The lines after the body, kept and removed.
 * @param outlets Known outlets (a known name is returned by its canonical name).
 * @returns The name as the masthead writes it (else as first found; a name in capitals as another place writes it in mixed case), or null when no name reaches `CHROME_AGREEMENT`.
 */
export function chromeVote(top: readonly string[], tail: readonly string[], outlets: OutletIndex): string | null {
  const votes = new Map<string, { name: string; weight: number; places: Set<string> }>();
  const vote = (raw: string, place: keyof typeof CHROME_CUE_WEIGHTS): void => {
    // "© 2022 by the Example Centre": a lower-case "the" is no part of the name.
    const written = raw.trim().replace(/^the\s+/u, '');
    const name = written.replace(LEGAL_SUFFIX, '').trim();
    // A name in sentence case ("Министерство иностранных дел ...") counts where a site prints its own name: masthead and copyright line.
    if (!isLongNameShaped(name) && !((place === 'masthead' || place === 'copyright') && isSentenceCaseName(name))) return;
    const key = nameKey(name);
    // "Example Crisis Group" in the masthead: a name word the masthead prints ("Group", "Institute") stays in the name.
    const shown = place === 'masthead' && MASTHEAD_NAME_SUFFIX.test(written) && isLongNameShaped(written) ? written : name;
    const entry = votes.get(key) ?? { name: shown, weight: 0, places: new Set<string>() };
    // A masthead in capitals ("EXAMPLE NEWS"): the name as another place writes it in mixed case.
    if (!/\p{Ll}/u.test(entry.name) && /\p{Ll}/u.test(name)) entry.name = name;
    if (entry.places.has(place)) return;
    entry.places.add(place);
    entry.weight += CHROME_CUE_WEIGHTS[place];
    votes.set(key, entry);
  };
  for (const line of top) {
    const masthead = withoutLogoLabel(line);
    vote(masthead, 'masthead');
    // "EXAMPLE 7 NEWS": a station's channel number is left out where the text names it ("a reporter for Example News").
    const unnumbered = masthead.replace(/\s+\d{1,3}(?=\s)/gu, '');
    if (unnumbered !== masthead) vote(unnumbered, 'masthead');
    // "EXI | Example Institute for Peace Studies": a short name and the long one, each a masthead name.
    const items = masthead.split(/\s+[|·•]\s+/u);
    if (items.length >= 2 && items.length <= 3) for (const item of items) vote(item, 'masthead');
  }
  // "A biweekly publication of the Example Institute" under the masthead: the copyright line naming that publisher names the masthead's publication.
  const publisher = top.map((line) => PUBLISHER_TAGLINE.exec(line.trim())?.[1]).find((named) => named !== undefined);
  const publisherKey = publisher === undefined ? null : nameKey(publisher.replace(LEGAL_SUFFIX, ''));
  const mastheadEntry = votes.get(nameKey(withoutLogoLabel(top[0] ?? '').trim().replace(/^the\s+/iu, '').replace(LEGAL_SUFFIX, '').trim()));
  // "Example Rights Watch said today": the page's first line (two words at least, with another line before the
  // headline, so no kicker) as the speaker of the text.
  const first = top.length >= 2 ? votes.get(nameKey(top[0]?.trim().replace(LEGAL_SUFFIX, '').trim() ?? '')) : undefined;
  if (first !== undefined && wordCount(first.name, 2) >= 2 && tail.some((line) => speaksAs(line, first.name))) vote(first.name, 'selfStatement');
  // "Wirral Globe | Registered in England & Wales", "Example Agency - All content may be reproduced": the footer
  // opens with the masthead's name, set apart from its notice.
  const mastheads = [...votes.values()].filter((entry) => entry.places.has('masthead'));
  for (const line of tail) {
    const opening = FOOTER_NAME.exec(line.trim())?.[1];
    const entry = opening === undefined ? undefined : mastheads.find((item) => nameKey(item.name) === nameKey(opening.replace(/^the\s+/iu, '')));
    if (entry !== undefined) vote(entry.name, 'copyright');
  }
  for (const line of tail) {
    const text = line.trim();
    if (text.length > 160 || !CHROME_NAMING_CUE.test(text)) continue;
    const holder = copyrightHolderText(text, true);
    if (holder !== null) {
      vote(holder, 'copyright');
      // "© Example Convergence Limited": the company behind a masthead's wordmark ("EXTV") bears its name first.
      const holderKey = nameKey(holder.replace(LEGAL_SUFFIX, ''));
      if (publisherKey !== null && holderKey === publisherKey && mastheadEntry !== undefined) vote(mastheadEntry.name, 'copyright');
      for (const entry of [...votes.values()]) {
        if (entry.places.has('masthead') && holderKey.startsWith(nameKey(entry.name) + ' ')) vote(entry.name, 'copyright');
      }
    } else if (COPYRIGHT_MARK.test(text)) {
      // "© Example Broadcasting / examplenews.de": the site's domain, by its name ("examplenews"), for a lower-case wordmark.
      for (const token of text.split(/[\s/|,;]+/u)) {
        const label = /^([\p{L}\p{N}-]{3,})\.\p{L}{2,6}$/u.exec(token)?.[1];
        if (label !== undefined && DOMAIN_NAME.test(token)) vote(label, 'copyright');
      }
    }
    for (const prompt of NAMING_PROMPTS) {
      const named = prompt.exec(text)?.[1];
      if (named !== undefined) vote(named, 'prompt');
    }
    const signed = SIGN_OFF.exec(text)?.[1];
    if (signed !== undefined) vote(signed, 'signOff');
    const affiliation = wordCount(text, 41) <= 40 ? BIO_AFFILIATION.exec(text)?.[1] : undefined;
    if (affiliation !== undefined) vote(affiliation, 'bioAffiliation');
  }
  let best: { name: string; weight: number } | null = null;
  for (const entry of votes.values()) {
    if (entry.weight >= CHROME_AGREEMENT && (best === null || entry.weight > best.weight)) best = entry;
  }
  return best === null ? null : (outlets.canonical(best.name) ?? best.name);
}

/** A footer line opening with a name, then a bar or a dash and the rest: "Wirral Globe | Registered in England & Wales". */
const FOOTER_NAME = /^(\p{Lu}[^|–—]{1,60}?)\s+[|–—-]\s+\S/u;

/** A messaging channel's handle line under its name: "@example_news · 48 312 subscribers", "@examplenews", "@example · 12.5K members". */
const CHANNEL_HANDLE =
  /^@[\p{L}\p{N}_.]{3,40}(?:\s*[·•|,]?\s*[\d][\d\s.,]*[KkMmКкМм]?\s*(?:subscribers?|members?|followers?|подписчик\p{L}*|участник\p{L}*|obunachi\p{L}*|abone))?$/iu;

/**
 * The channel whose post a page shows (a Telegram-style channel page): the
 * line right above the channel's handle line ("Example Monitor" over
 * "@examplemonitor · 48 312 subscribers") among the first lines of the page,
 * when it is a short name (one to six words, no sentence).
 * @param lines The page's lines, kept and removed, in page order.
 * @returns The channel's name and the index of its handle line, or null.
 */
export function channelHeader(lines: readonly string[]): { name: string; handleAt: number } | null {
  const end = Math.min(lines.length, 10);
  for (let i = 1; i < end; i++) {
    const text = lines[i]?.trim() ?? '';
    if (!text.startsWith('@') || !CHANNEL_HANDLE.test(text)) continue;
    const name = lines[i - 1]?.trim() ?? '';
    const words = wordCount(name);
    // "By Jane Doe" over "@JaneDoeWG": a reporter's handle under the byline, no channel.
    if (words < 1 || words > 6 || /[.!?:]$/u.test(name) || isMenuShaped(name) || /^(?:by|von|par|por)\s/iu.test(name)) return null;
    return { name, handleAt: i };
  }
  return null;
}

/** A logo's alt text around a site's name: "Logo of X", "X logo", "Логотип X". */
const LOGO_LABEL = /^(?:(?:the\s+)?logo\s+of\s+|логотип\s+)(?=\S)|\s+logo$/iu;

/**
 * A masthead line without a logo's alt-text label ("Logo of The Example
 * Center" -> "The Example Center"); other lines as they are.
 * @param line A line at the top of the page.
 * @returns The name the logo shows.
 */
function withoutLogoLabel(line: string): string {
  return /logo|логотип/iu.test(line) ? line.trim().replace(LOGO_LABEL, '') : line;
}

/** A speech verb right after a name ("... said today"). */
const SPEECH_AFTER = /^\s+(?:said|says|stated|reported|announced|warned)(?![\p{L}])/u;
/** "said" or "according to" right before a name. */
const SPEECH_BEFORE = /(?<![\p{L}])(?:said|according to)\s+(?:the\s+)?$/u;

/**
 * Whether a line quotes a name as its speaker: "Example Watch said today",
 * "..., according to Example Watch".
 * @param line A line of the page.
 * @param name The name (a leading "the" is ignored).
 * @returns True when the name stands as a speaker.
 */
function speaksAs(line: string, name: string): boolean {
  const lower = line.toLowerCase();
  const bare = name.toLowerCase().replace(/^the\s+/u, '');
  for (let at = lower.indexOf(bare); at !== -1; at = lower.indexOf(bare, at + 1)) {
    if (/[\p{L}]/u.test(lower.charAt(at - 1)) || /[\p{L}]/u.test(lower.charAt(at + bare.length))) continue;
    if (SPEECH_AFTER.test(lower.slice(at + bare.length, at + bare.length + 20)) || SPEECH_BEFORE.test(lower.slice(Math.max(0, at - 20), at))) return true;
  }
  return false;
}

/**
 * The comparison key of a name: lower case, no "the", letters and digits only.
 * @param name A name.
 * @returns The key.
 */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/u, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether a text is shaped like an organisation's or a publication's name of
 * one to twelve words: capitalised words or small joining words, no digits,
 * no sentence punctuation, not a menu ("Agency for Religious Affairs
 * of the Republic", "Pamir Dispatches", "example.substack.com"), or a
 * lower-case wordmark of one word ("examplenet").
 * @param text A candidate name.
 * @returns True for such names.
 */
function isLongNameShaped(text: string): boolean {
  if (text.length < 3 || text.length > 100 || isMenuShaped(text)) return false;
  if (DOMAIN_NAME.test(text)) return true;
  // A lower-case wordmark ("examplenet"): one word of letters; it still needs a second place to win the vote.
  if (/^\p{Ll}[\p{L}]{3,19}$/u.test(text)) return true;
  if (!/^[\p{Lu}][\p{L}.&'’ -]*$/u.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  return (
    words.length <= 12 &&
    words.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|and|&|the|for|on|in|de|du|des|la|le|el|al|für|der|die|das|und|и)$/u.test(word))
  );
}

/**
 * Whether a text is shaped like a name written in sentence case, as
 * languages such as Russian or Tajik write an institution's name (only the
 * first word and proper nouns capitalised: "Министерство иностранных дел
 * Республики Примерия"): two to ten words of letters, the first
 * capitalised, no digits or sentence punctuation, not a menu.
 * @param text A candidate name.
 * @returns True for such names.
 */
function isSentenceCaseName(text: string): boolean {
  if (text.length < 6 || text.length > 100 || isMenuShaped(text)) return false;
  if (!/^\p{Lu}[\p{L}'’ -]*$/u.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean);
  return words.length >= 2 && words.length <= 10;
}

/** A line marking a press release: "FOR IMMEDIATE RELEASE", "Press Release", "News release", "Press Release Number: 16-021", "Statements and Press Releases", "Pressemitteilung", "Пресс-релиз". */
const RELEASE_MARKER = /^(?:for immediate release|media note|(?:(?:[\p{L}-]+\s+){1,3}(?:and|&)\s+)?(?:press|news|media) release(?:s)?(?:\s+(?:number|no\.?)\s*:?.*)?|office of (?:public|press) affairs|press (?:office|service)|pressemitteilung(?:en)?|presseerklärung|communiqué de presse|пресс-релиз|пресс-служба)$/iu;

/** A government or public body's name: "Department of Justice", "U.S. Attorney's Office", "Ministry of Foreign Affairs". */
const PUBLIC_BODY =
  /^(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}(?:department|ministry|embassy|government|attorney['’]s office|prosecutor['’]s office|police|commission|council|parliament|administration|office|agency|bureau|service|committee|united nations|union|organi[sz]ation|министерство|ведомство|прокуратура|prosecutor general|public prosecutor|generalbundesanwalt|bundesanwaltschaft|staatsanwaltschaft|ministerium|bundesamt|polizei|ministère|parquet)(?:,?\s+(?:of|for|on|in|to|and|the|beim|des|der|für|de|du|la|\p{Lu}[\p{L}.'’-]*)){0,12}$/iu;

/**
 * The last item of a breadcrumb line ("Home / News / Press releases" ->
 * "Press releases"); a line that is no breadcrumb gives "".
 * @param line A line above the title.
 * @returns The last item, trimmed, or "".
 */
function lastCrumb(line: string): string {
  const items = line.trim().split(/\s+[/>»›]\s+/u);
  return items.length >= 2 ? (items.at(-1)?.trim() ?? '') : '';
}

/** A body's top-level word: such a name beats a sub-office ("Office of Public Affairs") as the issuer. */
const TOP_BODY_WORD = /(?<![\p{L}])(?:department|ministry|embassy|government|united nations|union|organi[sz]ation|министерство)(?![\p{L}])/iu;

/**
 * The body that issued a press release: when a line above the title marks
 * the page as a release ("FOR IMMEDIATE RELEASE", "Press Release", "Office
 * of Public Affairs", or a breadcrumb ending in one: "Home / Press releases"), the name of a public body standing there
 * ("Department of Justice", "Ministry of Foreign Affairs"); a department or
 * ministry beats an office, a line in mixed case beats one in capitals.
 * @param head The page's lines above the title, kept and removed, in order.
 * @returns The issuer's name as written, or null when the page is no release.
 */
export function releaseIssuer(head: readonly string[]): string | null {
  if (!head.some((line) => line.length <= 60 && (RELEASE_MARKER.test(line.trim()) || RELEASE_MARKER.test(lastCrumb(line))))) return null;
  let best: string | null = null;
  let bestRank = -1;
  for (const raw of head) {
    const line = raw.trim();
    if (line.length > 100 || wordCount(line, 15) > 14 || !/^\p{Lu}/u.test(line) || !PUBLIC_BODY.test(line) || RELEASE_MARKER.test(line)) continue;
    const rank = (TOP_BODY_WORD.test(line) ? 2 : 0) + (line === line.toUpperCase() ? 0 : 1);
    if (rank > bestRank) {
      best = line;
      bestRank = rank;
    }
  }
  return best;
}
