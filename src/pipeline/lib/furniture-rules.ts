/**
 * Whole-line furniture rules: does one line, on its own, look like page
 * furniture (navigation, banners, share buttons, ads, phone numbers, calls
 * to action about the site, cookie and copyright notices, tag lists, links,
 * photo credits, widgets)? Used by the furniture stage, which adds the rules
 * that need the line's neighbours and position.
 */
import { memoizeText } from './memo.ts';
import {
  bylineText,
  COOKIE_WORD,
  printEditionNote,
  endsLikeSentence,
  endsWithFullStop,
  hasPhotoCreditMarker,
  isDateBylineLine,
  isDateLine,
  isLanguageSwitcherShaped,
  isMenuShaped,
  isProseLine,
  wordCount,
} from './lines.ts';

/** Short lines that are navigation, banners, buttons or widget labels, compared in lower case. */
const CHROME_PHRASES = new Set([
  'accessibility links', 'skip to main content', 'skip to content', 'skip to navigation', 'skip navigation',
  'skip links', 'jump to navigation', 'jump to content', 'toggle navigation', 'navigation menu', 'main menu',
  'menu', 'navigation', 'search', 'close', 'open', 'back to top', 'to top', 'top', 'print', 'print version',
  'print this article', 'print this page', 'listen', 'listen to this article', 'font size', 'text size',
  'log in', 'login', 'sign in', 'sign up', 'register', 'subscribe', 'subscribe now', 'home', 'homepage',
  'main', 'news', 'share', 'share this', 'share this article', 'share this story', 'tweet', 'email', 'e-mail',
  'copy link', 'link copied', 'copied', 'comments', 'comment', 'add comment', 'leave a comment', 'read more',
  'more', 'show more', 'load more', 'see more', 'view more', 'view all', 'see all', 'all news',
  'continue reading', 'continue reading the main story', 'read full story', 'read the full story', 'full story', 'details', 'next', 'previous',
  'next page', 'previous page', 'prev page', 'first page', 'last page',
  'next article', 'previous article', 'prev', 'older posts', 'newer posts', 'show comments', 'hide comments',
  'breaking news', 'breaking', 'live', 'live updates', 'just in', 'developing story', 'exclusive',
  'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'newsletter', 'rss',
  'sitemap', 'about us', 'contact us', 'contacts', 'advertise', 'advertise with us', 'privacy policy',
  'terms of use', 'terms of service', 'terms and conditions', 'cookie policy', 'feedback', 'faq', 'help',
  'careers', 'donate', 'support us', 'partners', 'our partners', 'funders', 'our funders', 'disclosure statement', 'ok', 'accept', 'accept all', 'got it', 'i agree', 'dismiss', 'cancel',
  'take us with you', 'get the app', 'download the app', 'download our app', 'stay informed', 'stay connected',
  'never miss a story', "don't miss a story", 'don’t miss a story',
  'loading', 'video', 'audio', 'photo', 'photos', 'gallery', 'podcast', 'podcasts', 'watch', 'watch live',
  'watch video', 'listen live', 'source link', 'source url', 'original article', 'original source',
  'view original', 'view original article', 'view source', 'link to source', 'link to the source', 'permalink',
  'translate', 'translation', 'menu close', 'open menu', 'close menu', 'english version', 'mobile version',
  'full version', 'desktop version', 'источник', 'ссылка на источник', 'поиск', 'меню', 'войти', 'главная',
  'подписаться', 'поделиться', 'комментарии', 'читать далее', 'подробнее', 'все новости', 'версия для печати',
  'реклама', 'срочно', 'молния', 'главное', 'новости', 'лента новостей',
  // Turkish, French and Spanish labels of related stories and sharing.
  'ilgili haberler', 'ilgili haber', 'paylaş', 'partager', 'compartir', 'articles liés', 'noticias relacionadas',
]);

/** Bare advertisement or sponsor labels, in lower case: furniture alone, but not the end of the article. */
const AD_LABELS = new Set([
  'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'sponsor message', 'sponsored message', 'promoted', 'реклама', 'anzeige', 'werbung',
  'publicité', 'publicidad', 'pubblicità', 'iklan', 'reklam',
  // A public broadcaster's underwriting label over a sponsor's logo: "Support comes from".
  'support comes from', 'support provided by', 'brought to you by', 'presented by', 'underwritten by',
]);

/**
 * Whether a line is only an advertisement or sponsor label ("Advertisement", "Sponsored", "Реклама", "Anzeige").
 * @param text A line.
 * @returns True for a bare ad label.
 */
export function isAdLabel(text: string): boolean {
  return AD_LABELS.has(coreText(text));
}

/** Names of social networks and share actions, for lines made only of share buttons. */
const SHARE_WORDS = new Set([
  'share', 'shares', 'facebook', 'twitter', 'x', 'telegram', 'whatsapp', 'viber', 'vk', 'vkontakte', 'вконтакте',
  'ok', 'odnoklassniki', 'одноклассники', 'instagram', 'youtube', 'tiktok', 'linkedin', 'reddit', 'pinterest',
  'email', 'e-mail', 'mail', 'print', 'copy', 'link', 'messenger', 'flipboard', 'threads', 'bluesky', 'via',
  'on', 'this', 'article', 'story', 'tweet', 'поделиться', 'печать', 'like',
  // the share label and "link copied" in other languages (Swedish, Uzbek, French, German, Spanish, Italian, Polish, Turkish, Kazakh, Kyrgyz)
  'dela', 'länk', 'lank', 'kopierad', 'ulashish', 'partager', 'teilen', 'compartir', 'condividi', 'udostępnij', 'udostepnij',
  'paylaş', 'paylas', 'бөлісу', 'бөлүшүү', 'copied', 'kopieren', 'copier', 'le', 'lien',
  // "Partager sur Facebook", "Compartir en X", "Teilen auf Facebook"
  'sur', 'en', 'auf',
  // icon letters of share buttons ("Share: f t in ✉")
  'f', 't', 'in', '✉', 'g+',
]);

/** Language switchers: "ҚАЗ РУС ENG", "O'zbekcha Ўзбекча Русский English". */
const LANGUAGE_WORDS = new Set([
  'english', 'eng', 'en', 'русский', 'рус', 'ru', 'rus', 'қаз', 'қазақша', 'каз', 'kaz', 'kz', "o'zbekcha",
  'o‘zbekcha', 'ўзбекча', 'узб', 'uzb', 'uz', 'кыргызча', 'кыр', 'kg', 'kgz', 'тоҷикӣ', 'тҷк', 'tj', 'türkçe',
  'tr', 'deutsch', 'de', 'français', 'fr', 'español', 'es', 'العربية', 'فارسی', 'تاجیکی', 'türkmençe', 'tm',
  'қазақ', 'қазақша', 'казахский', 'кыргыз', 'кыргызский', 'киргизский', 'тоҷики', 'тоҷ', 'таджикский', 'ўзбек',
  'узбекский', "o'zbek", 'ozbek', 'türkmen', 'туркменский', 'azərbaycan', 'azərbaycanca', 'az', 'fa', 'ua', 'українська',
  'укр', 'беларуская', 'бел', 'кырг', 'тадж', 'pashto', 'dari', 'پښتو', 'دری', '中文', 'kazakh', 'kyrgyz', 'tajik',
  'uzbek', 'russian', 'turkmen', 'qazaqsha', 'kyrgyzcha', 'tojiki', 'geo', 'arm', 'aze', 'ukr', 'ka', 'hy', 'ქართ',
  'ქართული', 'հայ', 'հայերեն', 'azərb', 'georgian', 'armenian', 'azerbaijani', 'ukrainian',
  'arabic', 'turkish', 'persian', 'farsi', 'french', 'german', 'spanish', 'chinese', 'urdu', 'hindi', 'hebrew', 'korean', 'japanese',
]);

/**
 * A word of a language switcher as the list holds it: lower case, every
 * apostrophe-like mark ("Oʻzbekcha", "O‘zbekcha") written as `'`.
 * @param word A word of a line.
 * @returns The key.
 */
function languageKey(word: string): string {
  return word.toLowerCase().replace(/[ʻʼ‘’`´]/gu, "'");
}

/** The words that may open a language switcher: "Available in English | Русский", "Read in: ...", "Also in ...". */
const LANGUAGE_OFFER = /^(?:(?:also |this (?:page|article|story) is )?available in|read (?:this )?in|also in|other languages|languages?)\s*:?\s+/iu;

/**
 * A language switcher (after an "Available in" or "Read in" opening, if
 * any): every word a language name or code ("ҚАЗ РУС
 * ENG"), or capitalised words in two scripts of which at least half are
 * language names ("English Русский Oʻzbekcha Қазақ Кыргызча Тоҷикӣ").
 * @param text A line.
 * @param core The line from `coreText`.
 * @returns True for language switchers.
 */
function isLanguageSwitcher(text: string, core: string): boolean {
  if (isOfferList(text)) return true;
  const offer = LANGUAGE_OFFER.exec(core)?.[0].length ?? 0;
  const list = core.slice(offer);
  const words = list.split(/[\s|/·•]+/u).filter(Boolean);
  if (words.length === 0) return false;
  // Counted until more than half are unknown: then neither test below can pass (prose stops after a few words).
  let unknown = 0;
  for (const word of words) {
    if (!LANGUAGE_WORDS.has(languageKey(word)) && ++unknown * 2 > words.length) return false;
  }
  const known = words.length - unknown;
  if (known === words.length) return true;
  const bare = (offer > 0 ? text.replace(LANGUAGE_OFFER, '') : text).replace(/[|/·•]/gu, ' ').trim();
  return known * 2 >= words.length && isLanguageSwitcherShaped(bare);
}

/**
 * Whether a line is a row of language offers, each with its own opening:
 * "Read in Arabic | Read in Turkish", "Available in English · Available in Русский".
 * @param text A line (its bars kept).
 * @returns True when every item (two or more) is an offer of known languages.
 */
function isOfferList(text: string): boolean {
  const items = text.trim().split(/\s*[|·•]\s*/u).filter(Boolean);
  if (items.length < 2) return false;
  return items.every((item) => {
    const offer = LANGUAGE_OFFER.exec(item)?.[0].length ?? 0;
    return offer > 0 && item.slice(offer).split(/\s+/u).filter(Boolean).every((word) => LANGUAGE_WORDS.has(languageKey(word)));
  });
}

/**
 * A "Read:" teaser to another article in a Central Asian or Russian page:
 * Kyrgyz "Окуңуз:" / "Ошондой эле окуңуз:", Kazakh "Оқыңыз:" / "Сондай-ақ оқыңыз:",
 * Uzbek "O'qing:" / "Shuningdek o'qing:", Tajik "Хонед:" / "Инчунин хонед:", Russian "Читайте:".
 */
const READ_TEASER =
  /^(?:(?:ошондой эле|сондай-ақ|shuningdek|инчунин)\s+)?(?:окуңуз|оқыңыз|o['ʻ‘’`]qing|хонед|читайте)\s*:\s*\S/iu;

/** "READ: Example headline": a link to another story, a headline with no full stop after the label. */
const READ_LABEL = /^(?:READ|Read)\s*:\s*["“«'‘\p{Lu}\p{N}][^.!?]*$/u;

/** A character no section menu holds (see `isMenuShaped`, which tests it too): a quick rejection of prose. */
const MENU_BREAKER = /[\p{N},:;!?"“”«»()[\]]/u;
/** A digit: a phone number holds some. */
const ANY_DIGIT = /\d/;

/** The first word of a core text as the share-button rule splits it (a quick test: a line of share buttons starts with one). */
const FIRST_CORE_WORD = /[^\s,:|/·•]+/u;

/** A list item: "1. Main", "• Found a bug?", "- Central Asia". */
const LIST_ITEM = /^(?:\d{1,2}[.)]\s+|[•·▪▫◦●○■□►▸‣⁃*+]\s*|-(?!-)\s*)(.*)$/u;
/** Phone numbers: "+7(700) 388 81 09", "+996 (312) 66 01 18", "(7172) 55 01 24". */
const PHONE = /(?:\+\s?\d[\d\s().-]{6,}\d|\(\d{3,5}\)\s?\d[\d\s-]{4,}\d|(?<![\d.,])\d{3}[\s-]\d{2}[\s-]\d{2}(?![\d.,]))/gu;
/** Every URL in a line (for replacing). */
const URLS = /(?:https?:\/\/|www\.)\S+/giu;
/** Any URL (for testing; not global, so it keeps no state). */
export const HAS_URL = /(?:https?:\/\/|www\.)\S+/iu;
/** Calls to action about the site itself: the verb... */
const CTA_VERB =
  /^(?:(?:\p{L}+\s+){0,3}\p{L}+\?\s+)?(?:(?:don['’]t|do not|never) miss\b[^.!?]{0,60}?[-–—:,]\s*)?(?:subscribe|sign up|follow|join|download|install|get|read|watch|listen|like|share|find|connect|stay|receive|support|donate|send|contact|reach|tell|email|write|click|tap|visit|check out|подпишитесь|подписывайтесь|читайте|следите|присоединяйтесь|скачайте|смотрите|слушайте|abonnez-vous|inscrivez-vous|suivez-nous|téléchargez|rejoignez-nous|abonnieren sie|folgen sie uns|suscríbete|síguenos)(?![\p{L}])/iu;
/** A call to join the site on a messenger: "Join ST's Telegram channel and get the latest breaking news delivered to you." */
const MESSENGER_CTA = /^(?:join|follow|subscribe to)\s+(?:our|us on|\p{Lu}[\p{L}'’]*\s+)?(?:\p{L}+\s+)?(?:telegram|whatsapp|viber|signal)\s+(?:channel|group|account)\b/iu;

/** ...and what the call is about. */
const CTA_OBJECT =
  /(?<![\p{L}])(?:telegram|whatsapp|facebook|twitter|instagram|youtube|tiktok|vk|viber|newsletters?|channel|app|podcasts?|feed|alerts|bot|updates|us|our|here|site|website|page|link|e-?mail|inbox|rss|notifications?|bulletins?|digests?|subscriptions?|mailing list|premium|print edition|e-?edition|e-?paper|digital edition|magazine|dzen|threads|bluesky|mastodon|linkedin|rutube|google news|apple news|flipboard|нас|наш\p{L}*|канал\p{L}*|телеграм\p{L}*|сайт\p{L}*|рассылк\p{L}*|подписк\p{L}*|дзен\p{L}*|яндекс\p{L}*|вконтакте|одноклассник\p{L}*)(?![\p{L}])/iu;
/**
 * Embedded posts, media players and notes about the page's versions:
 * "pic.twitter.com/...", "— Jane Doe (@janedoe) March 3, 2020", "View this
 * post on Instagram", "Your browser does not support the video tag.",
 * "Listen to this article", "Read in Russian", "The post X appeared first on Y.".
 */
const EMBED_OR_PLAYER =
  /^(?:pic\.twitter\.com\/\S+$|(?:—|--|-)\s*[^()]{2,80}\(@[\w.]+\)\s+[\p{L}.]{3,10}\s+\d{1,2},\s+\d{4}$|view this (?:post|photo|video) on (?:instagram|facebook|x|twitter)|a post shared by\b|(?:embed|video player|audio player|playback speed|pause|play video|mute|unmute)$|your browser does not support\b|listen to (?:this|the) (?:article|story|news|text)\b|(?:read|view) (?:this (?:article|story) )?in (?:russian|english|kazakh|uzbek|kyrgyz|tajik|turkmen)$|читать на (?:русском|английском|казахском|узбекском|кыргызском|таджикском)|this (?:article|story|page|material|news) is (?:also )?available in\b|auto-?translated from\b|the post .{3,250} appeared first on\b)/iu;

/** A price: "EUR 30", "$4.99", "1 500 тенге", "300 руб.". */
const PRICE =
  /(?:\b(?:USD|EUR|GBP|RUB|KZT|KGS|UZS|TJS|AZN|TRY)\s?\d|[$€£₽₸]\s?\d|\d(?:[\d\s.,]*\d)?\s?(?:USD|EUR|GBP|RUB|KZT|KGS|UZS|TJS|AZN|[$€£₽₸]|euros?|dollars?|руб\p{L}*|тенге|сом\p{L}*|сум\p{L}*)(?![\p{L}]))/u;
/** A word of subscriptions: an offer that ends with a stop ("Subscribe for $1 a week.") must hold one. */
const SUBSCRIPTION_WORD = /subscri|membership|premium|trial|for the first|подписк/iu;
/** A billing period or a word of subscriptions, next to a price in an offer. */
const OFFER_WORD =
  /(?<![\p{L}])(?:a|per|\/)\s?(?:month|year|week|issue|mo|yr)(?![\p{L}])|monthly|annually|yearly|subscri\p{L}*|membership|premium|trial|for the first (?:month|year|week)|в месяц|в год|в неделю|подписк\p{L}*/iu;

/**
 * A note on who paid for or backed the piece: "This publication was prepared
 * as part of the X project", "This article was produced with the financial
 * support of the European Union", "The contents of this publication are the
 * sole responsibility of ...", "Материал подготовлен в рамках проекта ...".
 * The subject is the piece itself ("this material", "this publication"),
 * which news prose seldom is.
 */
const FUNDING_NOTE =
  /^(?:this|the present) (?:publication|article|material|materials|report|story|content|contents|piece|project|investigation|video|podcast|series|website|research|study|text|feature|documentary)(?: (?:has been|was|is|were|are))? (?:(?:funded|supported|financed|sponsored|commissioned|made possible) by\b|(?:prepared|produced|published|created|written|developed|made|realised|realized|implemented|supported|funded|financed|sponsored|commissioned|possible)\b.{0,200}?\b(?:as (?:a )?part of|within (?:the )?(?:framework of )?|under the|with (?:the )?(?:financial |generous |kind )?(?:support|assistance|funding|help|grant)|thanks to|funded by|supported by|financed by|sponsored by|made possible by|the (?:framework|auspices) of|a grant from|in (?:partnership|cooperation|collaboration) with|(?:project|programme|program|initiative|fellowship)\b))|^(?:the )?(?:contents?|views?|opinions?) (?:of|in|expressed in) this (?:publication|article|material|report|website|story) (?:is|are) (?:the )?sole(?:ly)? (?:responsibility|those)\b|^(?:материал|публикация|статья|проект) (?:подготовлен\p{L}*|создан\p{L}*|реализ\p{L}*|опубликован\p{L}*) (?:в рамках|при (?:финансовой )?поддержке)/iu;

/**
 * A funding note without a subject, on a line of its own: "Produced with
 * the financial support of the European Union.", "Supported by the Example
 * Fund.", "Prepared as part of the X project". A comma is a sentence going
 * on ("Supported by the ministry, the operation lasted two days"), not a note.
 */
const BARE_FUNDING_NOTE =
  /^(?:(?:prepared|produced|published|created|implemented|realised|realized|developed|made)\s+(?:with (?:the )?(?:financial |generous |kind )?(?:support|assistance|funding|help)\b|as (?:a )?part of\b|within the framework of\b|in (?:partnership|cooperation|collaboration) with\b|possible (?:by|thanks to|with)\b)|(?:funded|supported|financed|sponsored|co-funded|co-financed) by\b)[^,;]*$/iu;

/**
 * An author's statement of interests, or a partner's funding line, on a line of its own: "Jane Doe
 * does not work for, consult, own shares in or receive funding from any company ...", "The author
 * declares no conflict of interest.", "Example University provides funding as a member of Example Site."
 */
const INTEREST_DISCLOSURE =
  /\b(?:does|do) not work for, consult, own shares in\b|\bha(?:s|ve) disclosed no relevant affiliations\b|^(?:the )?authors? (?:declares?|reports?|ha(?:s|ve)) no (?:competing|conflicts? of|financial) interests?\b|\bprovides? funding as (?:a )?(?:founding )?(?:member|partner) of\b|\b(?:is|are) (?:a )?founding partners? of\b/iu;

/** An appeal told as news, not made by the site: "urged people to donate blood", "called on residents to support the families". */
const REPORTED_APPEAL = /\b(?:urged|urges|called on|calls on|asked|appealed to|encouraged|told)\b|\bdonat(?:e|ed|ing) (?:blood|organs?)\b/iu;

/** A word every `INTEREST_DISCLOSURE` holds, found by a plain scan before the whole pattern is tried. */
const DISCLOSURE_WORD = /work for|disclosed|uthor|funding|founding/;

/**
 * A note on the piece's licence or first publisher: "This article is
 * republished from Example under a Creative Commons license", "Republished
 * with permission", "Licensed under CC BY 4.0".
 */
const LICENCE_NOTE =
  /^(?:this (?:article|story|piece|post|report|text|material|content) (?:is|was|has been) )?republished\b|\b(?:under|licensed under|released under|published under) (?:a |the )?(?:creative commons|cc[- ]by)\b|^creative commons\b|\bcc[- ]by(?:-[a-z]{2})*(?:\s+\d\.\d)?\s*\.?$/iu;

/**
 * What a cookie notice says besides "cookies": the site uses them, asks for consent,
 * names privacy ("we use", "Wir verwenden", "Nous utilisons", "Мы используем", "Einverstanden?").
 */
const COOKIE_NOTICE_WORD =
  /(?<![\p{L}])(?:we use|this (?:web)?site|uses? cookies|accept|consent|privacy|continu|agree|experience|browsing|wir verwenden|wir nutzen|verwendet|nutzt|einverstanden|zustimm|akzeptier|datenschutz|nous utilisons|utilise|accepter|acceptez|consentement|utilizamos|utiliza|aceptar|usiamo|utilizziamo|accetta|używamy|akceptuj|используем|использует|согласи|принять|политик|kullanıyoruz|kabul|vi använder|vi bruker|vi bruger|webbplatsen|nettstedet|hjemmesiden|godkänn)/iu;

/**
 * A consent banner's button standing as a button (at the line's start, after a
 * stop or a bar, and before a bar or the end): "We value your privacy. Accept
 * all | Manage settings", "Alle akzeptieren | Einstellungen", "Tout accepter".
 */
const CONSENT_BUTTON =
  /(?:^|[.!?|·•]\s*)(?:accept all|reject all|allow all|manage (?:settings|preferences|options|cookies|choices)|privacy settings|cookie settings|alle akzeptieren|alle ablehnen|tout accepter|tout refuser|aceptar todo|rechazar todo|accetta tutti|rifiuta tutti|aceitar tudo|принять все|отклонить все|tümünü kabul et|terima semua)\s*(?:$|[|·•])/iu;

/** The site addressing its readers: "please contact us", "contact us for", "our website". */
const SITE_ADDRESS =
  /\b(?:please (?:contact|email|e-mail|write to|call) us|contact us (?:for|to|at|about)|our (?:web)?site)\b/iu;
/** Reported speech: a quoted appeal ("Please contact us ...", the police said) is news, not the site's notice. */
const REPORTED_SPEECH = /\b(?:said|says|told|according to|added|stated)\b|["“”«»]/iu;
/** Subscriptions and the wire service's customers, which such a notice is about. */
const SUBSCRIPTION_TOPIC = /\b(?:subscri\p{L}*|(?:news|wire) (?:service|feed)|broadcast system|clients|customers)\b/iu;

/**
 * Whole-line rules: a name for the report, the most words a line it can match
 * may have (its own `words <= N` bound, repeated so that long prose lines skip
 * the rule without running it; Infinity when unbounded), and the test.
 */
/** Photo agencies as credits name them. */
const CREDIT_AGENCY = '(?:getty images|afp|reuters|ap|the associated press|associated press|epa|epa-efe|tass|sputnik|dpa|anadolu|anadolu agency|xinhua|shutterstock|rfe\\/rl|ria novosti)';

/**
 * A caption closed by an agency's credit in round brackets after its full
 * stop: "Firefighters at the scene on Monday. (Reuters)", "... in Almaty.
 * (AP Photo/Jane Doe)", "(AFP: Jane Doe)", "(Jane Doe/The Associated Press)".
 * Prose puts the full stop after the bracket.
 */
const CLOSING_AGENCY_CREDIT = new RegExp(
  `[.!?]\\s*\\((?:${CREDIT_AGENCY}(?:\\s+(?:photo|images?|file))?(?:\\s*[/:]\\s*[^)]{1,40})?|[^()/]{3,40}\\/\\s*${CREDIT_AGENCY}|courtesy(?:\\s+of)?\\s+[^()]{2,40})\\)\\s*$`,
  'iu',
);

/** A caption closed by its source after its full stop: "... north-east Syria. Source: AAP / Supplied", "... Photo: AAP". */
const CLOSING_SOURCE_CREDIT = new RegExp(
  `[.!?]\\s+(?:[Ss]ource|[Pp]hoto|[Pp]icture|[Ii]mage|[Cc]redit)s?\\s*:\\s*(?:[^.!?/]{1,30}\\s\\/\\s[^.!?]{1,30}|(?:${CREDIT_AGENCY}|aap|supplied|handout|file|social media)(?:\\s+(?:photo|images?))?)$`,
  'iu',
);

/** An audio or video player's label with its length: "Audio: 2 Min", "Video 3:45", "Podcast: 12 minutes". */
const MEDIA_LENGTH =
  /^(?:audio|video|podcast|hörbeitrag|audiobeitrag|videobeitrag|аудио|видео|ljud|lyd)\s*[:|·-]?\s*\d{1,3}(?::\d{2})?\s*(?:min\.?|mins|minutes?|minuten|minuter|sek\.?|sec|seconds?|мин\.?)?$/iu;

/**
 * "More on this topic: ..." in German, French, Swedish, Spanish, Italian, Dutch, Norwegian, Polish, Indonesian and English
 * ("À lire aussi > Headline", "Lea también: ...", "Also on the topic: ..."): a link to another story.
 */
export const MORE_ON_TOPIC_WORDS =
  'mehr zum thema|mehr dazu|lesen sie (?:auch|mehr)|auch interessant|(?:à )?lire aussi|(?:à )?voir aussi|sur le même sujet|läs också|läs mer|lea también|lee también|leer también|ver también|mira también|te puede interesar|leggi anche|lees ook|les også|czytaj (?:też|także|również)|leia (?:também|mais)|veja (?:também|mais)|saiba mais|more on this(?: topic| story)?|more on the topic|also on (?:the|this) (?:topic|subject|story)|baca juga|baca pula|lihat juga|berita terkait';
const MORE_ON_TOPIC = new RegExp(`^(?:${MORE_ON_TOPIC_WORDS})\\s*[:>»|–—-]\\s*\\S`, 'iu');

/** A media teaser in capitals before a bar: "WATCH | Survivors describe the attack", "PHOTOS | The scene". */
const MEDIA_TEASER = /^(?:WATCH|LISTEN|VIDEO|PHOTOS?|GALLERY|IN PICTURES|PODCAST)\s*\|\s*\S/u;

/** A note that an article has no comments: "Dieser Artikel wurde nicht kommentiert.", "No comments yet.", "Be the first to comment". */
const NO_COMMENTS_NOTE =
  /^(?:(?:hinweis|note|nb)\s*:\s*)?(?:dieser (?:artikel|beitrag) wurde (?:noch )?nicht kommentiert|(?:es gibt )?noch keine kommentare|die kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)|no comments yet|there are no comments(?: yet)?|be the first to comment|this (?:article|story) (?:has not been|was not|is not) (?:commented|open for comments)|aucun commentaire|soyez le premier à commenter|комментариев пока нет|будьте первым)/iu;

/** A site's promotion of its live news: "Track the latest news live on example.com and get updates ...", "Get breaking news on example.in". */
const SITE_NEWS_PROMO =
  /^(?:track|get|follow|catch|stay (?:updated|tuned)(?: with)?|read)\s.{0,60}?\b(?:on|at|via)\s+(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}\b/iu;

/**
 * A photo caption written as one sentence in the present tense, the
 * captions' tense: "Jane Doe is seen in an undated photo released by the
 * police.", "Two suspects are shown in a handout image.", "Mourners are
 * pictured outside the mosque on Friday." News prose tells it in the past
 * ("was seen in a photo"), and "is seen as" is no caption: "seen" and
 * "shown" need a picture's noun after them; a relative clause ("the man
 * who is seen in the video") is prose.
 */
const PRESENT_TENSE_CAPTION =
  /^["'“‘«]?\p{Lu}[^.!?]{0,140}?\b(?<!\b(?:who|which|that) )(?:(?:is|are) (?:seen|shown|photographed)\b[^.!?]{0,60}?\b(?:in|on) (?:an?|this|the) (?:[\p{L}-]+ ){0,3}(?:photo(?:graph)?|picture|image|screenshot|still|mugshot|handout|video(?: grab| still)?|frame(?: grab)?|footage)s?\b|(?:is|are) pictured\b)[^!?]*$/u;
/** Reported speech or a quote: a caption has none. */
const SPEECH_OR_QUOTE = /\b(?:said|says|told|according to|added|stated)\b|["“”«»]/u;

/**
 * Whether a line is a present-tense photo caption (see
 * `PRESENT_TENSE_CAPTION`): at most 30 words, one sentence, no speech.
 * @param text A line.
 * @param words Its word count.
 * @returns True for such captions.
 */
function isPresentTenseCaption(text: string, words: number): boolean {
  if (words > 30 || !PRESENT_TENSE_CAPTION.test(text) || SPEECH_OR_QUOTE.test(text)) return false;
  // One sentence: no stop inside the line followed by a capital.
  return !/[.!?]\s+["“«]?\p{Lu}/u.test(text);
}

/**
 * A form or banner closed by its button's label: "Your email address   Sign
 * up", "Got a story for us? Get in Touch", "Read it first in our app
 * LEARN MORE". The label is set off from the text before it by a wide gap
 * (two or more spaces), by a question or exclamation mark, or by capitals
 * (the label in title case or all capitals after lower-case text).
 */
const BUTTON_LABEL_END =
  /(?:sign ?up|sign ?in|log ?in|subscribe|subscribe now|subscribe today|register|join|join now|join us|learn more|read more|find out more|see more|show more|view more|get in touch|contact us|submit|send|donate|donate now|get started|start (?:your )?free trial|try (?:it )?(?:for )?free|download|download now|get the app|continue|shop now|buy now|apply now|watch now|listen now|sign up now|sign up today|je m['’]inscris|s['’]inscrire|je m['’]abonne|s['’]abonner|abonnez-vous|en savoir plus|lire la suite|jetzt abonnieren|abonnieren|anmelden|registrieren|mehr erfahren|weiterlesen|jetzt lesen|подписаться|подпишитесь|подробнее|читать далее|suscríbete|suscribirse|abone ol)\s*[→›»>]?$/iu;

/**
 * Whether a line is a form, prompt or banner closed by a button label (see
 * `BUTTON_LABEL_END`): at most 16 words, no full stop at its end, no
 * reported speech, and the label set off from what comes before it.
 * @param text A line.
 * @returns True for such lines.
 */
function endsWithButtonLabel(text: string): boolean {
  const line = text.trim();
  const label = BUTTON_LABEL_END.exec(line);
  if (label === null || label.index === 0) return false;
  const before = line.slice(0, label.index);
  const button = label[0];
  // ("... alle Hintergründe. Jetzt abonnieren": a label after a sentence of the box's own.)
  if (/\s{2,}$/u.test(before) || /[?!.]\s*$/u.test(before)) return true;
  // Set off by case: "... on our data desk LEARN MORE", "... for us Contact Us".
  const allCapitals = /^[\p{Lu}\s→›»>]+$/u.test(button) && !/^[\p{Lu}\s\p{P}]+$/u.test(before);
  // A label in title case counts only after sentence-case text: a headline in title case may end "... Sign Up".
  const titleCase = button.split(/\s+/u).every((word) => /^[\p{Lu}→›»>]/u.test(word) || /^(?:in|up|on|it|for|now|the|us)$/u.test(word)) && /\p{Ll}\s+$/u.test(before);
  return allCapitals || (titleCase && button.includes(' ') && isSentenceCase(before));
}

/**
 * Whether a text is in sentence case: fewer than half of its words of four
 * letters or more start with a capital.
 * @param text Any text.
 * @returns True for sentence case (and for a text without such words).
 */
function isSentenceCase(text: string): boolean {
  const long = text.split(/\s+/u).filter((word) => /^["'“‘«(]?\p{L}{4,}/u.test(word));
  return long.filter((word) => /^["'“‘«(]?\p{Lu}/u.test(word)).length * 2 < long.length || long.length === 0;
}

/** A paywall's notice: "Subscribers' area: log in to read ...", "Log in to read the full article", "Subscribers only". */
const PAYWALL_NOTICE = /^(?:subscribers?['’]?\s+(?:area|only|content)|members?\s+only|premium\s+content|(?:log|sign)\s*in\s+to\s+(?:read|continue|access|view)|subscribe\s+to\s+(?:read|continue|unlock))\b/iu;

/** Messengers and social networks a site asks its readers to join. */
const MESSENGER_NAME = /(?:^|\s)(?:whatsapp|telegram|viber|signal|facebook|instagram|youtube|twitter|tiktok)(?:\s|$)/iu;

/** A subscription offer and its price: "Abonnez-vous à Libé pour 1 €", "Jetzt abonnieren für 9,99 € im Monat", "Подпишитесь за 99 ₽". */
const SUBSCRIPTION_OFFER =
  /^(?:\p{L}+\s+){0,3}(?:subscribe|abonnez-vous|abonnez|abonnieren|abonniere|suscríbete|suscribite|abbonati|abone ol|подпишитесь|оформите подписку)(?![\p{L}])[^.!?]{0,60}?(?:[$€£₽]\s?\d|\d+(?:[.,]\d+)?\s?(?:€|\$|£|₽|руб))/iu;

/** The writer's address after the copy: "Reach Jane Doe at jdoe@example.com", "Contact the reporter: jdoe@example.com". */
const WRITER_CONTACT =
  /^(?:reach|contact|e-?mail|write to)\s+(?:(?:the\s+)?(?:reporter|writer|author)\s*:?\s+|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:at|via|on)\s+)[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}.]{2,}/iu;

const LINE_RULES: ReadonlyArray<readonly [string, number, (text: string, core: string, words: number) => boolean]> = [
  ['no words', Infinity, (text) => !/[\p{L}\p{N}]/u.test(text)],
  ['navigation or banner', Infinity, (_text, core) => CHROME_PHRASES.has(core)],
  ['navigation or banner', 5, (_text, core, words) => words <= 5 && /^(?:skip|jump) to\b/u.test(core)],
  ['advertisement', 3, (_text, core) => AD_LABELS.has(core)],
  ['share buttons', Infinity, (_text, core) => SHARE_WORDS.has(FIRST_CORE_WORD.exec(core)?.[0] ?? '') && core.split(/[\s,:|/·•]+/u).filter(Boolean).every((w) => SHARE_WORDS.has(w))],
  ['language switcher', Infinity, (text, core) => isLanguageSwitcher(text, core)],
  ['section menu', Infinity, (text) => !MENU_BREAKER.test(text) && isMenuShaped(text.replace(/\s+[|·•]\s+/gu, ' '))],
  ['list item', Infinity, (text) => isMenuItem(text)],
  ['phone number', Infinity, (text) => ANY_DIGIT.test(text) && isPhoneLine(text)],
  ['advertisement', 8, (_text, core, words) => words <= 8 && /^(?:advertisement|advert|sponsored(?: content| by\b.*)?|promoted(?: content)?|paid (?:content|post|partnership)\s*$|partner content|реклама|на правах рекламы|партн[её]рский материал|спецпроект)(?![\p{L}])/iu.test(core)],
  ['call to action', 20, (text, _core, words) => words <= 20 && CTA_VERB.test(text) && CTA_OBJECT.test(text) && (!(endsWithFullStop(text) && words > 12) || (MESSENGER_CTA.test(text) && !REPORTED_SPEECH.test(text)))],
  // "A Tajik woman walks past a portrait of the president in Dushanbe. PHOTO: AFP": a caption closed by its credit.
  ['photo caption', 45, (text, _core, words) => words <= 45 && text.includes(':') && /[.!]\s+(?:photo|photograph|picture|image|sketch|drawing|illustration|foto|фото)\s*:\s*[\p{L}][\p{L}/ .&-]{1,40}$/iu.test(text)],
  ['call to action', 5, (text, _core, words) => words <= 5 && /^follow\b.*:$/iu.test(text)],
  // "Example News on Twitter: follow @examplenews for breaking news".
  ['call to action', 16, (text, _core, words) => words <= 16 && /(?:^|\s)follow\s+@[\p{L}\p{N}_]{2,}/iu.test(text)],
  // "We welcome your comments at letters@example.in.": an invitation to write to the site.
  ['call to action', 16, (text, _core, words) => words <= 16 && /^we (?:welcome|value|invite) your (?:comments|feedback|letters|views|thoughts)\b/iu.test(text.trim()) && /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.\p{L}{2,}/u.test(text)],
  // "TEXT AD: Affordable plots ... Call 0809 ...": an advertisement's label opening the line.
  ['advertisement', 40, (text, _core, words) => words <= 40 && /^(?:text ad|ad|advert|advertisement|sponsored|promoted|реклама|anzeige|publicité)\s*:\s*\S/iu.test(text)],
  // "The author is a journalist in X whose name is withheld for security reasons.": a note on the author.
  ['author note', 30, (text, _core, words) => words <= 30 && /^(?:the|this) (?:author|writer|reporter)(?:s)? (?:is|are|was|were) (?:a|an|the)\s/iu.test(text)],
  ['call to action', 16, (text, _core, words) => words <= 16 && !endsWithFullStop(text) && !REPORTED_SPEECH.test(text) && endsWithButtonLabel(text)],
  // "Subscribe to The Example Letter", "Sign up for Example Weekly": a call naming the site's own publication.
  // "NEWSLETTER — Recevez chaque matin l'essentiel ...", "Newsletter: The day's news in your inbox": a newsletter box.
  // ("Le Figaro Newsletter — Recevez ...", "BIRN Newsletter: the week's best stories ...   Sign up": the site's name may come first.)
  ['call to action', 24, (text, _core, words) => words <= 24 && /^(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}(?:newsletters?|infolettre|рассылка|bülten)(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*[—–:|-]\s*\S/iu.test(text) && (!endsWithFullStop(text) || /(?:^|\s)(?:every|each)\s+(?:day|week|morning|friday|monday|month)|inbox|newsletter/iu.test(text.slice(12)))],
  // "Subscribe to Closing Arguments   Sign up for our weekly recap of the most important court rulings.": a newsletter's box, even as a sentence.
  ['call to action', 25, (text, _core, words) => words <= 25 && /(?:^|\s)(?:sign up|subscribe)\s+(?:now\s+)?(?:for|to)\s+(?:our|the)\s+(?:[\p{L}'’]+\s+){0,3}?(?:newsletter|recap|digest|briefing|email|e-mail|bulletin|roundup|round-up)\b/iu.test(text) && !REPORTED_SPEECH.test(text)],
  // "Our journalism is free to read. Please consider turning off your ad blocker.": a plea about ad blockers.
  ['call to action', 30, (text) => /(?<![\p{L}])ad[- ]?block(?:ers?|ing)?(?![\p{L}])|(?<![\p{L}])adblock(?:ers?)?(?![\p{L}])/iu.test(text) && /(?<![\p{L}])(?:you|your|please|disable|turn(?:ing)? off|whitelist|allow)(?![\p{L}])/iu.test(text)],
  // "Global Times app: download now for breaking news", "Download the Dawn app for the latest news": an app's offer.
  ['call to action', 14, (text, _core, words) => words <= 14 && !endsWithFullStop(text) && /(?<![\p{L}])apps?(?![\p{L}])/iu.test(text) && /(?<![\p{L}])(?:download|install|get)(?![\p{L}])/iu.test(text) && !REPORTED_SPEECH.test(text)],
  // "Real-time updates and all local stories you want right in the palm of your hand.": an app's promise to the reader.
  ['call to action', 20, (text, _core, words) => words <= 20 && /(?<![\p{L}])(?:you|your)(?![\p{L}])/iu.test(text) && /(?<![\p{L}])(?:updates|alerts|stories|headlines|notifications)(?![\p{L}])/iu.test(text) && /(?<![\p{L}])(?:app|inbox|palm of your hand|phone|device|fingertips)(?![\p{L}])/iu.test(text) && !REPORTED_SPEECH.test(text)],
  // "Why you can trust Sky News", "Our editorial standards": a link to the site's notes about itself.
  ['link prompt', 8, (text, _core, words) => words <= 8 && !endsWithFullStop(text) && /^(?:why you can trust|why trust|how we (?:report|work|fact-check)|our (?:editorial\s+)?(?:standards|guidelines|values|ethics|principles)|editorial (?:standards|guidelines|policy|independence)|corrections policy|meet the team)(?![\p{L}])/iu.test(text)],
  ['call to action', 7, (text, _core, words) => words <= 7 && /^(?:subscribe|sign up|signup|register)\s+(?:now\s+)?(?:to|for)\s+(?:the\s+)?\p{Lu}/iu.test(text) && !endsWithFullStop(text)],
  ['error report prompt', Infinity, (text) => /^(?:found|noticed|spotted|see|saw|notice) (?:a|an) (?:bug|typo|mistake|error|inaccuracy)\b|ctrl\s*\+\s*enter|^(?:нашли|заметили) ошибку|^if you (?:find|found|notice|spot|see) (?:a|an) (?:mistake|error|typo|bug)|^report (?:a|an) (?:typo|error|mistake|inaccuracy)\b|^сообщить об ошибке/iu.test(text)],
  ['reader prompt', Infinity, (text) => /^(?:enjoying|enjoyed|like|liked|want more|interested in) (?:this|our|the) (?:article|story|content|site|news|journalism)\b|^(?:have|got) (?:a|an) (?:news )?(?:tip|story idea|question)\b/iu.test(text)],
  ['reader prompt', 10, (text, _core, words) => words <= 10 && /^(?:(?:do|did) you (?:like|enjoy|find)|was (?:this|the) (?:article|story|page|information|material|news)|is this (?:article|story|page) (?:useful|helpful)|how (?:useful|helpful|interesting) (?:was|is|did you find) (?:this|the)|rate (?:this|the) (?:article|story|material|news)|понравил\p{L}* (?:ли )?(?:вам )?(?:статья|материал|новость)|оцените (?:статью|материал|новость)|был ли (?:этот )?материал полезен)(?![\p{L}])/iu.test(text)],
  ['link prompt', 30, (text, _core, words) => words <= 30 && /\bclick here\b|^(?:tap|click) (?:to|for)\b/iu.test(text)],
  ['cookie notice', 60, (text, _core, words) => words <= 60 && COOKIE_WORD.test(text) && COOKIE_NOTICE_WORD.test(text)],
  ['cookie notice', 20, (text, _core, words) => words <= 20 && CONSENT_BUTTON.test(text)],
  ['photo credit', 8, (text, _core, words) => words <= 8 && /^©\s*[^©]{1,60}?\s\/\s*\S/u.test(text) && !/rights|права/iu.test(text)],
  ['copyright', Infinity, (text, _core, words) => /^(?:©|\(c\)\s|copyright\b|all rights reserved)/iu.test(text) || (words <= 30 && /\ball rights reserved\b|все права защищены/iu.test(text)) || (words <= 15 && /©/u.test(text))],
  ['reuse notice', 40, (text, _core, words) => words <= 40 && isReuseNotice(text)],
  ['read-also link', Infinity, (text) => /^(?:read|see) (?:also|more|next)(?: (?:in|on|at|from) [^:]{2,40})?\s*[:\-–—|>»]\s*\S|^(?:read|see) (?:also|more|next)\s+(?:subscribers?|members?|premium|exclusive|free)(?: (?:only|article|content))?\s+["“«\p{Lu}]|^also on (?:[\p{Lu}][\p{L}.'’-]*\s*){1,2}$|^also on [\p{L}.'’ -]{2,40}:\s*\S|^also in (?:this|today['’]s|the (?:same|current|latest)) (?:issue|edition|section|series)\s*:\s*\S|^(?:related(?: (?:news|stories|articles?|posts|reading|coverage))?|recommended|also read|also (?:watch|see)|watch also|you (?:may|might) also (?:like|read|enjoy|be interested in)|don['’]?t miss|must read|more on this(?: story)?)\s*[:|]\s*\S|^(?:читайте|смотрите) также\s*[:\-–—]/iu.test(text) || READ_TEASER.test(text) || READ_LABEL.test(text) || MEDIA_TEASER.test(text)],
  // "READ FULL ARTICLE: Why workers keep becoming targets": a teaser of another story.
  ['read-also link', 20, (text, _core, words) => words <= 20 && /^read (?:the )?full (?:article|story|report|piece)\s*[:|»›>-]\s*\S/iu.test(text.trim())],
  // "More: Governor reviews security in the capital": a headline of another story after "More:", with no full stop.
  ['read-also link', 20, (text, _core, words) => words <= 20 && /^(?:More|MORE)\s*:\s*["“«\p{Lu}\p{N}]/u.test(text.trim()) && !endsWithFullStop(text)],
  ['tag list', Infinity, (text) => /^(?:tags?|topics?|keywords?|filed under|categories|category|related topics|posted in|sections?|теги|метки|ключевые слова|рубрик[аи])\s*:/iu.test(text) || /^(?:#[\p{L}\p{N}_]+[\s,]*){2,}$/u.test(text)],
  // "Tags   germany   terrorism   isis", "Filed under  isis ,  terror attack": a label, then lower-case topics without a sentence.
  ['tag list', 24, (text, _core, words) => words <= 24 && /^(?:tags?|topics?|keywords?|filed under|schlagworte|mots-clés|etiquetas|теги)\s+\p{Ll}/iu.test(text) && !/[.!?]$/u.test(text.trim()) && !/(?<![\p{L}])(?:is|are|was|were|has|have)(?![\p{L}])/iu.test(text)],
  // "Read 3412 times", "Viewed 1,204 times": a page's read counter.
  ['counter', 5, (text) => /^(?:read|viewed|seen|прочитано|просмотрено)\s+[\d\s.,]+\s*(?:times|раз[а]?)$/iu.test(text.trim())],
  // "Kabar in Telegram: @kabarkg", "Follow us on X: @example": a channel's handle offered.
  ['call to action', 10, (text, _core, words) => words <= 10 && /(?:telegram|whatsapp|instagram|twitter|x|facebook|youtube|tiktok|телеграм\p{L}*)\s*:\s*@[\w.]+$/iu.test(text.trim())],
  // "Bu haberi paylaşın", "Share this article", "Discussion about this post", "Get short URL": page tools.
  ['navigation or banner', 6, (text, _core, words) => words <= 6 && /^(?:bu haberi paylaş\p{L}*|share this (?:article|story|post|page)|discussion about this (?:post|article|story)|get (?:a )?short (?:url|link)|short (?:url|link)|copy (?:the )?link|поделитесь (?:этой )?новостью)$/iu.test(text.trim())],
  // "An official website of the United States government Here's how you know": a government site's banner.
  ['navigation or banner', 20, (text) => /^an official website of the\b/iu.test(text.trim())],
  // "Illustrative photo. Source: Depositphotos": a stock photo's credit.
  ['photo credit', 10, (text, _core, words) => words <= 10 && /^(?:illustrative|illustration|archive|file|stock) (?:photo|image|picture)\b/iu.test(text.trim())],
  // "Advertise with us: ads@example.com": the site's advertising contact.
  ['advertisement', 12, (text, _core, words) => words <= 12 && /^(?:advertise with us|for advertising|реклама на сайте|по вопросам рекламы)\b/iu.test(text.trim())],
  // "Views: 5 906   Comments: 21": counters side by side.
  ['counter', 12, (text, _core, words) => words <= 12 && /^(?:(?:views?|reads?|comments?|likes?|shares?|просмотр\p{L}*|комментари\p{L}*)\s*:?\s*[\d\s.,]+[KkMm]?\s*){2,}$/iu.test(text.trim())],
  // "Suivez Euronews sur WhatsApp", "Folgen Sie uns auf Instagram", "Síguenos en X", "Asia-Plus in Telegram": a call to follow the site.
  ['call to action', 10, (text, _core, words) => words <= 10 && (/^(?:suivez|suivez-nous|folgen sie|folge uns|síguenos|siguenos|seguici|volg ons|følg oss|följ oss|obserwuj|takip edin|подписывайтесь|следите за)\b/iu.test(text) || /^(?!open\b|download\b|get\b)[\p{L}\p{N}.'’-]+(?:\s+[\p{L}\p{N}.'’-]+){0,3}\s+(?:in|в)\s+(?:telegram|whatsapp|instagram|facebook|youtube|tiktok|телеграм\p{L}*)$/iu.test(text.trim()))],
  // "DC Comments": a comment widget's label with the site's initials (alone: it heads no section, the story may go on under it).
  ['comment widget', 2, (text, _core, words) => words <= 2 && /^\p{Lu}{2,6}\s+[Cc]omments?$/u.test(text.trim())],
  // "Page 1 of 2", "Seite 2 von 3": a pager.
  ['navigation or banner', 5, (text, _core, words) => words <= 5 && /^(?:page|seite|страница)\s+\d+\s+(?:of|von|из)\s+\d+$/iu.test(text.trim())],
  // "Read the full story on Example News", "Read the full article at example.com": a link to the original.
  ['link prompt', 12, (text, _core, words) => words <= 12 && /^(?:read|see|view) (?:the )?(?:full|whole|complete|original) (?:story|article|report|text|piece) (?:on|at|in)\s+\S/iu.test(text.trim())],
  // "(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.)"
  ['reuse notice', 40, (text, _core, words) => words <= 40 && /(?:has|have) not been edited by (?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}(?:staff|editors|team)\b/iu.test(text)],
  // "Don't miss out on the latest news", "For the latest news, follow us on Telegram": a call with no sentence of news in it.
  ['call to action', 12, (text, _core, words) => words <= 12 && /^(?:don['’]?t miss(?: out)?(?: on)?|never miss|for (?:the )?(?:latest|more|all the latest|breaking) (?:news|updates|stories)(?: and [\p{L} ]{1,30})?,?)\s+(?:the latest|a story|an update|any(?:thing)?|follow|join|subscribe|sign up|download|like|visit|check)\b/iu.test(text.trim()) && !REPORTED_SPEECH.test(text)],
  // "Posted in Asia, World": a post's categories without a date.
  ['tag list', 8, (text, _core, words) => words <= 8 && /^[Pp]osted in\s+\p{Lu}[\p{L}&' -]*(?:\s*,\s*\p{Lu}[\p{L}&' -]*)*$/u.test(text.trim())],
  // "Download full report (PDF)", "Download the report": a file offered for download.
  ['navigation or banner', 10, (text, _core, words) => words <= 10 && /^(?:download|télécharger|herunterladen|descargar|скачать)\b.*(?:pdf|report|rapport|bericht|informe|file|отчет|отчёт|доклад)/iu.test(text) && !/[.!?]$/u.test(text.trim())],
  ['link', Infinity, (text) => HAS_URL.test(text) && wordCount(text.replace(URLS, ' '), 3) <= 2],
  ['link', Infinity, (text) => /^(?:source|источник)\s*:?\s*(?:https?:\/\/|www\.)/iu.test(text)],
  // "jmarchand@example.com", "Email: desk@example.com": a writer's or a desk's address alone on its line.
  ['link', Infinity, (text) => /^(?:(?:e-?mail|contact|write to)\s*:?\s*)?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\.?$/iu.test(text.trim())],
  // A page's address printed without its scheme: "example.com/2021/11/23/some-story/".
  ['link', Infinity, (text) => /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/\S*$/u.test(text) && !EMBED_OR_PLAYER.test(text)],
  // "Telegram kanalimizga obuna bo'ling: t.me/xabaruz": a short prompt in any language, closed by a colon and an address without its scheme.
  ['link prompt', 10, (text, _core, words) => words <= 10 && /:\s*(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/[\p{L}\p{N}_./-]*\p{L}[\p{L}\p{N}_/-]*$/u.test(text.trim())],
  // A press office's note on its releases: "For information media. Not an official record."
  ['reuse notice', 12, (text, _core, words) => words <= 12 && /^(?:for (?:the )?(?:information of the )?(?:information )?media\b|not an official (?:record|document)\b)/iu.test(text)],
  ['link', 12, (text, _core, words) => words <= 12 && !endsWithFullStop(text) && (/[→⟶➔➜➝➞►▶›]\s*$/u.test(text) || (/»\s*$/u.test(text) && !/«/u.test(text)) || /^[→⟶➔➜➝➞►▶›»>]/u.test(text))],
  ['photo credit', 20, (text, _core, words) => isPhotoCredit(text, words)],
  // "Photo: Staff Sgt. X, 31, of Y, was among the 13 troops killed. (X family)": a caption under its label, closed by its credit.
  ['photo caption', 45, (text, _core, words) => words <= 45 && /^(?:photo|image|picture|foto|фото)\s*:\s+\p{Lu}/iu.test(text) && /[.!]\s*\([^()]{2,40}\)\s*$/u.test(text)],
  ['photo caption', 60, (text, _core, words) => words <= 60 && hasPhotoCreditMarker(text)],
  // "Police guard the area around the cathedral on Sunday. (JP/Handout)": a caption closed by its agency's credit and its photographer or source.
  ['photo caption', 45, (text, _core, words) => words <= 45 && /[.!]\s*\((?:\p{Lu}[\p{L}.&-]*)(?:\s*\/\s*\p{Lu}[\p{L}.'’ -]{1,30}){1,2}\)\s*$/u.test(text)],
  // "Our newsletter is free. Sign up here for ...", "Get involved with the news in your community", "X.com is now on Viber.": the site's own appeals.
  ['call to action', 25, (text, _core, words) => words <= 25 && (/\b(?:sign up|subscribe)\s+(?:here|now|today|for free|below)\b/iu.test(text) && /\bnewsletter\b/iu.test(text))],
  ['call to action', 12, (text, _core, words) => words <= 12 && /^get involved\b/iu.test(text.trim())],
  // "Example newsletter: subscribe to receive our latest dispatches by e-mail.": the site's newsletter offered.
  ['call to action', 20, (text, _core, words) => words <= 20 && /^(?:[\p{L}\p{N}.&'’-]+\s+){0,4}newsletters?\s*[:–—|-]\s*(?:subscribe|sign up|register|join)\b/iu.test(text.trim())],
  // "Advertisement — Reach the country's decision-makers. Advertise with Example Herald.": an ad label glued to the house ad under it.
  ['advertisement', 25, (text, _core, words) => words <= 25 && /^(?:advertisement|advertising|sponsored|promoted|реклама)\s*[:–—|-]\s+\S/iu.test(text.trim()) && /\b(?:advertis\p{L}*|sponsor\p{L}*|partner\p{L}*|promot\p{L}*|реклам\p{L}*)/iu.test(text.trim().replace(/^\S+/u, ''))],
  // "Example Weekly Podcast: listen now", "Our documentary – watch here": a programme of the site offered.
  ['call to action', 10, (text, _core, words) => words <= 10 && /[:–—|-]\s*(?:listen|watch|stream|play)(?:\s+(?:now|here|today|online)|(?<=\b(?:podcast|video|documentary|episode|series|live)\s*[:–—|-]\s*\p{L}+))[.!]?$/iu.test(text.trim())],
  ['call to action', 20, (text, _core, words) => words <= 20 && /^(?:\S+\s+){1,4}(?:is|are) now on (?:viber|telegram|whatsapp|instagram|tiktok|threads|google news|youtube|signal|facebook|twitter|x|linkedin|bluesky)\b/iu.test(text.trim())],
  // "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice."
  ['disclaimer', 40, (text, _core, words) => words <= 40 && /\b(?:adheres?|abides?|subscribes?|complies|comply)\s+(?:by\s+|to\s+|with\s+)?(?:the\s+)?(?:independent press standards organisation|ipso|editors['’]? code|press council|(?:\p{L}+\s+){0,3}code of (?:practice|ethics|conduct))/iu.test(text)],
  ['photo caption', 30, (text, _core, words) => isPresentTenseCaption(text, words)],
  ['counter', 16, (text, _core, words) => words <= 16 && (isSymbolCounter(text) || REACTION_COUNTS.test(text))],
  ['button row', 10, (text, core, words) => words <= 10 && isButtonRow(text, core)],
  ['social post chrome', 30, (text, _core, words) => words <= 30 && PINNED_NOTE.test(text)],
  ['photo caption', 45, (text, _core, words) => words <= 45 && BRACKETED_CREDIT.test(text)],
  ['counter', Infinity, (text) => /^(?:views?|просмотр(?:ов|ы)?|reads?|прочтений|comments?|комментари\p{L}*)\s*(?::|\s[-–—]\s)?\s*[\d\s]+$|^[\d\s,.]+\s*(?:views|reads|просмотр\p{L}*|comments?|комментари\p{L}*)$|^👁/iu.test(text)],
  ['widget', 8, (text, _core, words) => words <= 8 && /[+\-−]?\d{1,2}\s*°\s*[CF]?(?![\p{L}])/u.test(text)],
  ['widget', Infinity, (text, _core, words) => isCurrencyTicker(text, words < COUNTED_WORDS ? words : wordCount(text))],
  ['print edition', 20, (text) => printEditionNote(text) !== null],
  ['run-together menu', 24, (text) => isRunTogetherMenu(text)],
  ['tag list', 20, (text) => isCommaTagList(text)],
  ['social prompt', 40, (text) => /^(?:like|follow|join) (?:us|.{1,60}?) on (?:facebook|twitter|x|instagram|telegram|linkedin|youtube|tiktok|vk)\b.*\b(?:follow|updates?|subscribe|latest|news|pieces|stories)\b/iu.test(text)],
  ['pitch prompt', 60, (text) => /^(?:have|got) (?:a|an) (?:idea|pitch|proposal|story idea)\b.{0,80}\?|\bsend (?:us )?(?:a |your )?(?:short )?(?:pitch|proposal)(?:es)? to\b/iu.test(text)],
  ['navigation or banner', 12, (_text, core, words) => words <= 12 && /^(?:scroll (?:down )?to (?:continue|read)|(?:the )?(?:story|article|text) continues (?:below|after)|continue reading (?:below|after)|(?:open|read) in (?:the )?app|add to (?:favou?rites|bookmarks|my list)|save (?:this )?(?:article|story|for later)|bookmark(?: this (?:article|story|page))?|(?:font|text) size|enter your (?:e-?mail|email address|name)|thank you for (?:subscribing|signing up|your feedback)|your subscription (?:could not|has been|was|is)\b|please try again|войдите|авторизуйтесь|подписаться на рассылку)(?![\p{L}])/iu.test(core)],
  // "... near the scene, February 15, 2025. — Reuters pic": a caption closed by its agency's "pic".
  ['photo caption', 60, (text, _core, words) => words <= 60 && /[.!?]["”’]?\s*[—–-]+\s*(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}(?:pic|pix|photo|file pic)\.?$/u.test(text)],
  // "Scotland decides: all our referendum coverage in one place": a site's promotion of its own section.
  ['promotion', 20, (text, _core, words) => words <= 20 && /\ball (?:of )?our\s+(?:[\p{L}-]+\s+){0,3}(?:coverage|reporting|stories|articles|analysis)\s+(?:in one place|here)\b/iu.test(text)],
  ['embed or player', 40, (text, _core, words) => words <= 40 && EMBED_OR_PLAYER.test(text)],
  // "Listen to the report on Morning Report ( 3′ 12″ )": a player's link with the clip's length.
  ['embed or player', 20, (text, _core, words) => words <= 20 && /^(?:listen|watch|play|hear)\b[^.!?]{0,80}\(\s*\d{1,2}\s*(?:[′':]\s*\d{1,2}\s*[″"]?|min\.?|mins|minutes)\s*\)$/iu.test(text)],
  ['call to action', 8, (text, _core, words) => words <= 8 && !endsWithFullStop(text) && /^(?:our|наш)\s+(?:official\s+)?(?:telegram|facebook|instagram|youtube|twitter|whatsapp|tiktok|vk|телеграм)/iu.test(text)],
  ['subscription offer', 25, (text, _core, words) => words <= 25 && PRICE.test(text) && OFFER_WORD.test(text) && (!endsWithFullStop(text) || (words <= 8 && SUBSCRIPTION_WORD.test(text)))],
  // "Get 50% off your first year of Example digital", "Save 40% on a digital subscription": a discount on the site's own product.
  ['subscription offer', 15, (text, _core, words) => words <= 15 && /^(?:get|save|enjoy|take)\s+(?:up to\s+)?\d{1,2}\s?%\s+(?:off|on)\b/iu.test(text.trim()) && /\b(?:first|year|month|subscription|digital|access|membership|premium|plan)\b/iu.test(text)],
  ['donation appeal', 6, (text, _core, words) => words <= 6 && /^(?:please\s+)?(?:support|donate to)\s+(?:the\s+)?\p{Lu}[^.?]{0,50}!?$/u.test(text)],
  // "Help keep Example News free: make a contribution today": a line without a full stop.
  // A newsletter's own promotion in German, French or Spanish ("X: Unser Newsletter bringt Sie morgens auf den neuesten Stand.").
  ['call to action', 25, (text, _core, words) => words <= 25 && /(?:^|:\s*)(?:unser|unsere|notre|nuestro|nuestra)\s+(?:[\p{L}-]+\s+)?(?:newsletter|lettre d['’]information|boletín)\b/iu.test(text) && !REPORTED_SPEECH.test(text)],
  ['donation appeal', 15, (text, _core, words) => words <= 15 && !endsWithFullStop(text) && /^(?:please\s+)?help (?:keep|us keep)\s.{1,40}?\s(?:free|independent|open|alive|going)\b|(?<![\p{L}])make a (?:contribution|donation)(?: today| now)?\s*[!.]?$/iu.test(text)],
  // (Not the news of an appeal: "Leaders ... urged people to donate blood.")
  ['donation appeal', 15, (text, _core, words) => words <= 15 && /\b(?:donate|support (?:independent|our|us)|become a (?:member|subscriber|patron|supporter)|subscribe today)\b/iu.test(text) && !REPORTED_APPEAL.test(text)],
  // "Photo by Staff Photographer /Example Press.": a photo's credit, which a caption may follow.
  ['photo credit', 12, (text, _core, words) => words <= 12 && /^\(?(?:photos?|photograph|image|picture) by\s+\S/iu.test(text)],
  ['production credits', 40, (text, _core, words) => words <= 40 && (/^\(?(?:additional )?(?:reporting|writing|editing|edited|compiled|translated|translation|graphics|photos?|video|illustrations?|design|produced) by\b/iu.test(text) || /^(?:contributing|contributors?|contributed by)\s*:\s*\S/iu.test(text))],
  // A broadcaster's sponsor slot: "Support Provided By: Learn more", "Funding provided by:", "Presented by:".
  ['sponsor label', 12, (text, _core, words) => words <= 12 && /^(?:support|funding|underwriting) (?:is )?provided by\s*:|^(?:presented|supported|sponsored|powered) by\s*:\s*(?:learn more)?$/iu.test(text)],
  ['disclaimer', 45, (text, _core, words) => words <= 45 && /^(?:disclaimer\s*:|the (?:views|opinions) expressed\b|(?:the )?(?:views|opinions) (?:and (?:views|opinions) )?expressed (?:in|by|here)\b|the (?:author|writer)['’]s (?:views|opinions)\b|the opinions? of the author\b|this (?:article|column|piece|commentary) (?:reflects|represents|expresses) (?:only )?(?:the )?(?:personal )?(?:views?|opinions?)\b|мнение (?:автора|редакции) может не совпадать|редакция может не разделять)/iu.test(text) && /(?<![\p{L}])(?:authors?|writers?|columns?|columnists?|article|editorial|necessarily|own|reflects?|редакци\p{L}*|автор\p{L}*)(?![\p{L}])/iu.test(text)],
  ['footer', 20, (text, _core, words) => words <= 20 && /^(?:(?:read|see) the original (?:article|story|text|version)\b|this (?:article|story|text|report|material) (?:was|has been) translated\b|translated from (?:the )?(?:russian|kazakh|kyrgyz|uzbek|tajik|turkmen|english)\b|(?:editor-in-chief|chief editor|managing editor|founder|publisher|главный редактор|учредитель)\s*:)/iu.test(text)],
  ['comments', 15, (text, _core, words) => words <= 15 && /^(?:comments are (?:closed|disabled|moderated|off)|you must be (?:logged in|registered|signed in) to (?:post|leave|add|write|comment)|your e-?mail address will not be published|(?:to )?(?:participate|take part|join) in the discussion|(?:add|write|post|leave) (?:a|your) (?:comment|reply)|cancel reply|loading comments|(?:show|hide|view|load) (?:all )?(?:\d+ )?comments|comment policy|комментари\p{L}* (?:закрыты|отключены)|оставьте комментарий|чтобы оставить комментарий)/iu.test(text)],
  ['reader prompt', 25, (text, _core, words) => words <= 25 && (/^send (?:us )?(?:your )?(?:news|tips?|stories|photos|videos|information)\b|^(?:write|contact|message) (?:to )?us\b|^присылайте (?:нам )?(?:новости|фото|видео)/iu.test(text) || (/^(?:if you have|do you have|have you got) (?:any )?(?:information|a (?:news )?tip|a story|news)\b/iu.test(text) && /\b(?:write|contact|send|call|e-?mail|message|tell)\b/iu.test(text) && /\b(?:us|our)\b/iu.test(text) && !/\b(?:said|says|according)\b/iu.test(text)))],
  ['reader prompt', Infinity, (text) => /^(?:yes|no|да|нет|иә|жоқ)(?:\s+(?:yes|no|да|нет|иә|жоқ))+$/iu.test(text)],
  ['reading time', Infinity, (text) => /^(?:reading time|read time|время (?:на )?чтени\p{L}*|lesedauer|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|okuma süresi|leestijd|lästid)\s*:?\s*\d|^\d+\s*(?:min|mins|minutes?|минут\p{L}*)\.?\s*(?:read|to read|чтения)?$/iu.test(text)],
  // "This story has been viewed 2841 times.": a page's view counter written as a sentence.
  ['counter', 12, (text, _core, words) => words <= 12 && opensWithSiteNote(text) && /^this (?:story|article|page|post|news|item) has been (?:viewed|read|seen|shared) [\d,.\s]+ times\.?$/iu.test(text.trim())],
  // "Posted in Fort Hood on Wednesday, August 28, 2013 6:12 pm.", "Filed under: Politics": where a blog filed the post.
  ['post footer', 15, (text, _core, words) => words <= 15 && opensWithSiteNote(text) && /^(?:[Pp]osted|[Ff]iled) (?:in|under)(?:\s*:\s*\p{Lu}[^.!?]*$|\s+\p{Lu}[^,.!?]{0,40}?\s+on\s+[^!?]*\b(?:19|20)\d{2}\b)/u.test(text.trim())],
  // "📩 Newsletter Toulouse : recevez chaque matin ...", "Newsletter: the day's news in your inbox": a newsletter's box between paragraphs.
  ['call to action', 20, (text, _core, words) => words <= 20 && opensWithSiteNote(text) && /^[\p{So}\p{Extended_Pictographic}\s]*(?:newsletters?|lettre d['’]information|рассылка)(?:\s+[\p{L}'’-]+){0,3}\s*:\s*\S/iu.test(text.trim()) && !REPORTED_SPEECH.test(text)],
  // "Photo/Illustration A still from the video ... (Captured from the Internet)": a caption under a slashed label.
  ['photo caption', 60, (text, _core, words) => words <= 60 && opensWithSiteNote(text) && /^(?:photo|image|video)\s*\/\s*\p{L}+\s+\p{Lu}/iu.test(text.trim())],
  // "Share this Story : Headline of the piece": a share box that repeats the title.
  ['share buttons', 40, (text, _core, words) => words <= 40 && opensWithSiteNote(text) && /^share this (?:story|article|post|page)\s*:\s*\S/iu.test(text.trim())],
  // "-- With files from The Canadian Press": a wire's credit under the copy.
  ['production credits', 12, (text, _core, words) => words <= 12 && opensWithSiteNote(text) && /^(?:--|[–—])?\s*\(?with files from\b/iu.test(text.trim())],
  // "By signing up you consent to receive the above newsletter from X": a newsletter form's consent line.
  ['call to action', 40, (text, _core, words) => words <= 40 && opensWithSiteNote(text) && /^by (?:signing up|subscribing|clicking [^,]{1,30}),? you (?:consent|agree)\b/iu.test(text.trim())],
  // "Advertise with the Example Times — call our office": the site's own advertising offer.
  ['advertisement', 15, (text, _core, words) => words <= 15 && opensWithSiteNote(text) && /^advertise (?:with|in|on) (?:us|the\s+\p{Lu}|\p{Lu})/iu.test(text.trim()) && !REPORTED_SPEECH.test(text)],
  ['counter', Infinity, (text) => /^(?:rating|рейтинг)\s*:?\s*[\d.,]+\s*(?:\/\s*\d+)?$/iu.test(text)],
  // "Author of the article:", "Written by:", "Автор:": a byline's label on a line of its own, the name on the next.
  ['byline label', 6, (text, _core, words) => words <= 6 && /^(?:(?:the\s+)?authors?(?:\s+of\s+(?:the|this)\s+(?:article|story|post))?|article\s+authors?|written\s+by|story\s+by|by|автор(?:ы)?(?:\s+(?:статьи|материала))?|auteur|autor(?:in)?|yazar)\s*:$/iu.test(text.trim())],
  // "This advertisement has not loaded yet, but your article continues below.": an empty ad slot's notice.
  ['advertisement', 20, (text, _core, words) => words <= 20 && /^this (?:advertisement|ad) has not loaded\b|\byour article continues below\b/iu.test(text.trim())],
  ['navigation or banner', 15, (text, _core, words) => words <= 15 && /^(?:previous|next|prev|older|newer) (?:post|article|story|news|entry)\s*[:»›>]/iu.test(text)],
  ['widget', Infinity, (text) => /^(?:[AАaа][+-]?\s*){2,4}$/u.test(text)],
  ['footer', Infinity, (text) => /^our standards\b|^this (?:article|story|report|post) (?:was|is|has been) (?:originally|first) (?:published|posted)|^originally published (?:by|on|in|at)\b/iu.test(text)],
  ['separated menu', Infinity, (text) => isSeparatedMenu(text)],
  // "Editor's note: This post is part of our series on ...": the publisher's note on the piece, not its text.
  ['editor note', 60, (text, _core, words) => words <= 60 && /^(?:editor['’]?s['’]? note|note from the editor|publisher['’]s note|note de la rédaction|anmerkung der redaktion|примечание редакции|от редакции)\s*[:.—–-]/iu.test(text)],
  ['funding note', 60, (text, _core, words) => words <= 60 && FUNDING_NOTE.test(text)],
  ['funding note', 15, (text, _core, words) => words <= 15 && BARE_FUNDING_NOTE.test(text)],
  ['interest disclosure', 60, (text, _core, words) => words <= 60 && DISCLOSURE_WORD.test(text) && INTEREST_DISCLOSURE.test(text)],
  ['licence note', 40, (text, _core, words) => words <= 40 && LICENCE_NOTE.test(text)],
  ['subscription notice', 60, (text, _core, words) => words <= 60 && SITE_ADDRESS.test(text) && SUBSCRIPTION_TOPIC.test(text) && !REPORTED_SPEECH.test(text)],
  ['photo caption', 30, (text, _core, words) => words <= 30 && (CLOSING_AGENCY_CREDIT.test(text) || CLOSING_SOURCE_CREDIT.test(text))],
  // "Take action: Demand the release of X", "Media contact: press@example.org", "For more information ... please contact ...": a release's calls and contacts.
  ['call to action', 30, (text, _core, words) => words <= 30 && /^(?:take action|act now|sign the petition|media contacts?|press contacts?|for media enquiries|for press enquiries)\s*:/iu.test(text.trim())],
  ['call to action', 30, (text, _core, words) => words <= 30 && /^for (?:more information|further information|media enquiries|interviews)\b.*\b(?:please )?contact\b/iu.test(text.trim())],
  // "Get the Early Bird brief: ...", "Sign up for the Morning Briefing": a newsletter's offer.
  ['call to action', 20, (text, _core, words) => words <= 20 && /^(?:get|receive|sign up for|subscribe to)\s+(?:the|our)\s+(?:[\p{L}'’-]+\s+){0,3}(?:brief|briefing|newsletter|digest|bulletin)\b/iu.test(text.trim())],
  // "Subscribers' area: log in to read the full wire", "Subscribe to read the full story": a paywall's notice.
  ['paywall notice', 20, (text, _core, words) => words <= 20 && PAYWALL_NOTICE.test(text)],
  // "X ab WhatsApp par bhi - join karne ke liye click karein": a messenger's call in any language, with its "click".
  ['call to action', 20, (text, _core, words) => words <= 20 && MESSENGER_NAME.test(text) && /(?:^|\s)click(?:\s|$)/iu.test(text) && !REPORTED_SPEECH.test(text)],
  // "Buy Now", "Subscribe", "LEARN MORE": a button's label on a line of its own.
  ['button', 3, (text, _core, words) => words <= 3 && /^\p{Lu}/u.test(text) && BUTTON_LABEL_END.exec(text.trim())?.index === 0],
  // "Abonnez-vous à Libé pour 1 € le premier mois — sans engagement": a subscription offer with its price, in any language.
  ['call to action', 25, (text, _core, words) => words <= 25 && SUBSCRIPTION_OFFER.test(text) && !REPORTED_SPEECH.test(text)],
  // "Reach Jane Doe at jdoe@example.com or 555-0100. Follow her on Twitter @jdoe.": the writer's contact under the copy.
  ['call to action', 40, (text, _core, words) => words <= 40 && WRITER_CONTACT.test(text)],
  // "Our journalism needs your support. Subscribe to the Star for $0.99 a week.": a subscription appeal with its price.
  ['call to action', 25, (text, _core, words) => words <= 25 && /\bsubscribe\s+(?:(?:to|now to)\s+(?:the|our)\s+[\p{L}'’ -]{1,30}?\s+)?(?:for|from|at)\s+(?:just\s+|only\s+)?(?:[$€£]\s?\d|\d)/iu.test(text)],
  ['embed or player', 6, (text, _core, words) => words <= 6 && MEDIA_LENGTH.test(text)],
  ['read-also link', 24, (text, _core, words) => (words <= 14 || !endsWithFullStop(text)) && MORE_ON_TOPIC.test(text)],
  ['comments', 12, (text, _core, words) => words <= 12 && NO_COMMENTS_NOTE.test(text)],
  // "How does this story make you feel?   Happy   Sad   Angry": a reactions widget.
  ['button row', Infinity, (text) => REACTION_PROMPT.test(text)],
  // "The Office of X manages this site ...", "External links ... should not be construed as an endorsement": a site's disclaimer.
  ['site notice', 45, (text, _core, words) => words <= 45 && SITE_DISCLAIMER.test(text)],
  // "Add comment    Comments will be edited ... and authorized at the discretion of ...": a comment form's button and its policy.
  ['comments', 60, (text, _core, words) => words <= 60 && COMMENT_POLICY.test(text)],
  // "(With inputs from agencies)", "With inputs from PTI": a wire note under the article.
  ['production credits', 8, (text, _core, words) => words <= 8 && /^\(?with (?:additional )?inputs? from\b/iu.test(text)],
  // "AUTHOR'S BIO: Jane Doe is ...", "About the author: ...", "Bio: ...": a labelled note on the writer under the article.
  ['author biography', 60, (text, _core, words) => words <= 60 && /^(?:(?:the\s+)?authors?['’]?s?['’]?\s+(?:bio(?:graphy)?)|about the authors?|bio(?:graphy)?|об авторе|об авторах)\s*:\s*\S/iu.test(text)],
  ['call to action', 25, (text, _core, words) => words <= 25 && SITE_NEWS_PROMO.test(text) && /\b(?:news|updates?|live|latest|breaking|headlines)\b/iu.test(text) && !REPORTED_SPEECH.test(text)],
];

/** The first entry of a site menu: "Home", "Startseite", "Главная". */
const MENU_ROOT = /^(?:home|homepage|main|startseite|главная|головна|accueil|inicio|início)\s/iu;
/** Section words of a site menu, beside `CHROME_PHRASES`, compared in lower case. */
const MENU_SECTION_WORDS = new Set([
  'about', 'contact', 'news', 'newsroom', 'careers', 'jobs', 'partners', 'operations', 'services', 'media', 'press',
  'events', 'publications', 'resources', 'politics', 'economy', 'business', 'sport', 'sports', 'world', 'culture',
  'opinion', 'society', 'analysis', 'multimedia', 'videos', 'video', 'photos', 'search', 'blog', 'research', 'topics',
  'regions', 'projects', 'library', 'documents', 'reports', 'mission', 'team', 'donate', 'login',
  'политика', 'экономика', 'общество', 'происшествия', 'мир', 'культура', 'спорт', 'новости', 'контакты', 'аналитика',
  'actualité', 'actualités', 'politique', 'économie', 'société', 'monde', 'loisirs', 'immobilier', 'divers', 'régions',
  'politik', 'wirtschaft', 'kultur', 'gesellschaft', 'panorama', 'meinung', 'nachrichten',
  'política', 'economía', 'sociedad', 'deportes', 'cultura', 'internacional', 'nacional', 'opinión',
]);

/**
 * A site menu written without separators: a menu root ("Home") followed by
 * capitalised section names ("Home About Us Crime areas Operations Newsroom
 * Careers"), with at least two section words and no sentence punctuation.
 * A headline that starts with "Home" ("Home Office bans group") has no
 * section words.
 * @param text A line.
 * @returns True for such a menu line.
 */
function isRunTogetherMenu(text: string): boolean {
  if (!MENU_ROOT.test(text) || MENU_BREAKER.test(text) || /[.!?]\s*$/u.test(text)) return false;
  const words = text.trim().split(/\s+/u);
  if (words.length < 4) return false;
  const sections = words.slice(1).filter((word) => MENU_SECTION_WORDS.has(word.toLowerCase()) || CHROME_PHRASES.has(word.toLowerCase())).length;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return sections >= 2 && capitalised * 3 >= words.length * 2;
}

/**
 * A list of topic tags without a label: three or more short capitalised
 * phrases joined by commas and nothing else ("Terrorism, Terrorist
 * Financing, Central Asia"). A list inside a sentence ends with "and" or
 * punctuation, and a longer phrase is no tag.
 * @param text A line.
 * @returns True for such a tag line.
 */
function isCommaTagList(text: string): boolean {
  const line = text.trim();
  if (/[.!?:;"“”«»()\d]/u.test(line)) return false;
  const items = line.split(/\s*,\s*/u);
  if (items.length < 3) return false;
  return items.every((item) => {
    const words = item.split(/\s+/u);
    return words.length >= 1 && words.length <= 3 && /^\p{Lu}/u.test(item) && words.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|&|-)$/u.test(word));
  });
}

/** Icons and symbols (hearts, speech bubbles, arrows, eyes, stars) and the marks that join emoji. */
const ICON = /[\p{So}\p{Sm}\p{Extended_Pictographic}]/u;
/** What a counter line may hold besides icons: counts ("1.2K" once its suffix is cut, "3,410"), separators, emoji joiners. */
const COUNTER_FILLER = /[\p{N}\s.,·|/+\u200d\ufe0f\u{1f3fb}-\u{1f3ff}]/gu;

/** A site's disclaimer about itself: who manages the site, what its external links mean. */
const SITE_DISCLAIMER = /\b(?:manages|maintains|operates|administers) this (?:site|website|web site|page)\b|\bshould not be construed as (?:an )?endorsement\b|\bexternal links? to other (?:internet )?sites?\b/iu;

/** A reactions widget's question: "How does this story make you feel?", "What's your reaction?". */
const REACTION_PROMPT = /^(?:how (?:does|did) (?:this|the) (?:story|article|post|news) make you feel|what(?:['’]s| is) your reaction|how do you feel about this (?:story|article|news))\s*\?/iu;

/** A comment form's policy note, after its button or alone: comments are edited or moderated, the site may not publish them. */
const COMMENT_POLICY =
  /^(?:(?:add|post|write|leave) (?:a |your )?comment\s+)?comments? (?:will|may|might) be (?:edited|moderated|reviewed|checked|approved)|^(?:add|post|write|leave) (?:a |your )?comment\s{2,}/iu;

/** One count of reactions, either way round: "214 likes", "Comments 37", "1.2K shares". */
const REACTION_COUNT = String.raw`(?:\d[\d.,]*[KkMm]?\s*(?:likes?|comments?|shares?|views?|reads?|reposts?|restacks?|reactions?|retweets?|replies|claps?)|(?:likes?|comments?|shares?|views?|reposts?|restacks?|reactions?|retweets?|replies)\s*:?\s*\d[\d.,]*[KkMm]?)`;
/** A row of two or more reaction counts and separators only: "214 likes · 37 comments · 18 shares". */
const REACTION_COUNTS = new RegExp(`^\\s*${REACTION_COUNT}(?:\\s*[·•|,/]?\\s*${REACTION_COUNT})+\\s*$`, 'iu');

/** Buttons of apps, blogs and channel pages beside `CHROME_PHRASES` ("Follow", "Forward", "Write"): such a word alone on a line is a button. */
const BUTTON_LABELS = new Set([
  'follow', 'following', 'unfollow', 'forward', 'write', 'bookmark', 'bookmarks', 'save', 'saved', 'reply', 'replies',
  'repost', 'restack', 'clap', 'claps', 'subscribed', 'unsubscribe', 'mute', 'unmute', 'join channel', 'view channel',
  'open in app', 'get the app', 'get app', 'download app', 'download the app', 'send to a friend', 'send',
  'подписаться на канал', 'переслать', 'ответить', 'сохранить', 'поделиться',
  // German and French article tools ("Zur Merkliste hinzufügen   Artikel teilen   Artikel anhören").
  'zur merkliste hinzufügen', 'merken', 'artikel teilen', 'teilen', 'artikel anhören', 'anhören', 'vorlesen', 'drucken',
  'kommentieren', 'ajouter à mes favoris', 'partager', 'écouter', 'écouter cet article', 'imprimer', 'commenter',
  // English article tools ("Print   License article   Comments").
  'license article', 'licence article', 'license this article', 'reprints', 'reprint', 'gift article', 'gift this article',
  'save article', 'save for later', 'read later', 'text size',
  // A reader-comment button under its own name ("Share   Tweet   Talkback (31)").
  'talkback', 'talkbacks',
]);

/** Social networks and messengers, as a button names them ("Open in Telegram", "Share Facebook"). */
const NETWORK_WORDS = new Set([...SHARE_WORDS].filter((word) => !['on', 'this', 'article', 'story', 'via', 'like', 'copy', 'link', 'print', 'share', 'shares', 'tweet', 'email', 'e-mail', 'mail', 'поделиться', 'печать'].includes(word)));

/** A button that opens or fetches an app or a network: "Open in Telegram", "Download Telegram", "View in app". */
const APP_BUTTON =
  /^(?:open|view|read|watch|listen|download|get|install|join|launch|continue|follow(?: us)?)(?: in| on| with| via)?(?: the)? (?:app|application|browser|\S+)$/u;

/** A count under a post: "23 comments", "1.2k followers", "48 312 subscribers". */
const COUNT_LABEL =
  /^\d[\d\s.,]*[km]? (?:comments?|likes?|shares?|views?|replies|reposts?|followers?|subscribers?|members?|claps?|reactions?|reads?|minutes|minuten)$|^(?:kommentare|comments|commentaires|réactions|комментарии|talkbacks?) \d+$/u;

/**
 * One label of a button row: a navigation or banner phrase, an app or
 * channel button, a network's name, "Open in X" / "Download X" with X an app
 * or network, or a count ("23 comments"). Share actions ("Share", "Tweet")
 * count through `CHROME_PHRASES`.
 * @param label Words of the reduced line (lower case).
 * @returns True for a button label.
 */
function isButtonLabel(label: string): boolean {
  if (CHROME_PHRASES.has(label) || BUTTON_LABELS.has(label) || NETWORK_WORDS.has(label) || COUNT_LABEL.test(label)) return true;
  const app = APP_BUTTON.exec(label);
  if (app === null) return false;
  const object = label.slice(label.lastIndexOf(' ') + 1);
  return object === 'app' || object === 'application' || object === 'browser' || NETWORK_WORDS.has(object);
}

/**
 * A row of buttons written as words, the separators lost ("Sign up Sign in",
 * "Listen Share", "Open in Telegram Download Telegram", "Forward Share 23
 * comments"), or one app button alone ("Follow"): the reduced line splits
 * wholly into button labels of up to five words each (see `isButtonLabel`);
 * a single word passes only when it is an app button.
 * A line with sentence punctuation is text.
 * @param text A line.
 * @param core The line from `coreText`.
 * @returns True for a button row.
 */
function isButtonRow(text: string, core: string): boolean {
  if (!BUTTON_FIRST_WORDS.has(core.split(' ', 1)[0] ?? '') && !/^\d/u.test(core)) return false;
  if (core === '' || /[.!?;"“”«»]/u.test(text.trim().slice(0, -1)) || /[!?;"“”«»]$/u.test(text.trim())) return false;
  if (BUTTON_LABELS.has(core)) return true;
  const words = core.split(' ');
  // reach[i]: the fewest labels that cover words[0..i), Infinity when none do.
  const reach: number[] = [0, ...words.map(() => Infinity)];
  for (let end = 1; end <= words.length; end++) {
    for (let start = Math.max(0, end - 5); start < end; start++) {
      const before = reach[start] ?? Infinity;
      if (before === Infinity || before + 1 >= (reach[end] ?? Infinity)) continue;
      if (isButtonLabel(words.slice(start, end).join(' '))) reach[end] = before + 1;
    }
  }
  return words.length >= 2 && (reach[words.length] ?? Infinity) !== Infinity;
}

/** The words a button label can open with (a quick rejection of other lines before `isButtonRow` splits them). */
const BUTTON_FIRST_WORDS = new Set(
  [...CHROME_PHRASES, ...BUTTON_LABELS, ...NETWORK_WORDS, 'open', 'view', 'read', 'watch', 'listen', 'download', 'get', 'install', 'join', 'launch', 'continue', 'follow']
    .map((label) => label.split(' ')[0] ?? ''),
);

/** A channel's or feed's pinned note: "Pinned message: our digest is at ...", "Pinned post", "Закреплённое сообщение". */
const PINNED_NOTE = /^(?:pinned(?: (?:message|post|tweet|comment|note|by\b))?\s*[:·|-]|pinned (?:message|post|tweet)\b|закрепл[её]нн\p{L}* (?:сообщение|пост|запись))/iu;

/**
 * A caption ending in a bracketed credit: "Rescuers at the site on Monday
 * [File: Reuters]", "... in Kabul [Photo: AFP]", "... [Getty Images]". Prose
 * does not end in a bracketed agency name.
 */
const BRACKETED_CREDIT =
  /\[(?:(?:file|photo|photos|image|picture|archive|illustration|screenshot|screengrab|handout|courtesy)(?: photo)?\s*[:/|-]\s*[^\]]{2,60}|(?:getty images|afp|reuters|ap|epa|epa-efe|tass|sputnik|dpa|anadolu|anadolu agency|xinhua|shutterstock|rfe\/rl)(?:\s*\/\s*[^\]]{1,40})?|file)\]\s*$/iu;

/**
 * A row of reaction or share counters: icons with numbers and nothing else
 * ("♡ 214   💬 37   ↻ 18", "👁 1.2K  ❤ 40"): icons, counts and separators,
 * no letter.
 * @param text A line.
 * @returns True for such a counter row.
 */
function isSymbolCounter(text: string): boolean {
  if (!ICON.test(text) || !ANY_DIGIT.test(text)) return false;
  // "1.2K" and "3M" are counts; any other letter is text.
  const unsuffixed = text.replace(/(?<=\d)[kKMm](?![\p{L}])/gu, '');
  if (/\p{L}/u.test(unsuffixed)) return false;
  const icons = unsuffixed.replace(COUNTER_FILLER, '');
  return icons.length > 0 && [...icons].every((ch) => ICON.test(ch));
}

/**
 * A currency ticker ("USD 89.50 EUR 97.10", "USD/KZT 470"): currency codes
 * with rates make up the line. A sentence that names two sums ("... to
 * receive USD 40,000. In total they raised about EUR 6,500") is not one: the
 * codes must be dense (one in five words or more).
 * @param text A line.
 * @param words Its word count.
 * @returns True for a ticker line.
 */
function isCurrencyTicker(text: string, words: number): boolean {
  if (/\b[A-Z]{3}\/[A-Z]{3}\s*[:=]?\s*\d/u.test(text) && words <= 30) return true;
  const codes = (text.match(/\b(?:USD|EUR|RUB|KZT|KGS|UZS|TJS|CNY|GBP)\b\s*[:=]?\s*\d/gu) ?? []).length;
  return codes >= 2 && codes * 5 >= words;
}

/**
 * Where `lineRuleVerdict` stops counting a line's words: past every finite
 * limit of `LINE_RULES` (60), so that a paragraph is not counted to its end.
 * A rule that needs the exact count of a longer line counts it again.
 */
const COUNTED_WORDS = 62;

/**
 * The openings that the site-note rules of `LINE_RULES` (view counters written as a sentence, post footers,
 * newsletter boxes, slashed caption labels, share boxes, wire credits, consent lines, advertising offers)
 * look for: tested once a line, so that a body line costs one test for all of them.
 */
const SITE_NOTE_OPENING =
  /^(?:[\p{So}\p{Extended_Pictographic}\s]*(?:newsletters?|lettre d|рассылка)|this (?:story|article|page|post|news|item) has been|posted |filed |(?:photo|image|video)\s*\/|share this|(?:--|[–—])?\s*\(?with files from|by (?:signing|subscribing|clicking)|advertise )/iu;

/** The line last tested against `SITE_NOTE_OPENING`, and the answer (a one-slot memo: the rules ask in turn of one line). */
let siteNoteText = '';
let siteNoteFound = false;

/**
 * @param text A line.
 * @returns Whether it opens like one of the site's notes (see `SITE_NOTE_OPENING`).
 */
function opensWithSiteNote(text: string): boolean {
  if (text !== siteNoteText) {
    siteNoteText = text;
    siteNoteFound = SITE_NOTE_OPENING.test(text.trim());
  }
  return siteNoteFound;
}

/**
 * Apply the whole-line rules. Bylines are never removed by them.
 * @param text A line.
 * @returns The rule's name, or null when no rule matches.
 */
export function lineRuleVerdict(text: string): string | null {
  return lineVerdicts(text);
}

/** `lineRuleVerdict` memoised: the same menus, footers and banners recur on every page of an outlet. */
const lineVerdicts = memoizeText(lineRuleVerdictFresh);

/**
 * `lineRuleVerdict` without the memo.
 * @param text A line.
 * @returns The rule's name, or null.
 */
function lineRuleVerdictFresh(text: string): string | null {
  if (bylineText(text) !== null && !LIST_ITEM.test(text)) return null;
  const core = coreText(text);
  const words = wordCount(text, COUNTED_WORDS);
  for (const [name, maxWords, test] of LINE_RULES) {
    if (words <= maxWords && test(text, core, words)) return name;
  }
  return null;
}

/**
 * A line reduced for vocabulary checks: lower case, list markers, arrows,
 * icons and closing colons stripped, single spaces.
 * @param text A line.
 * @returns The reduced text.
 */
export function coreText(text: string): string {
  return coreTexts(text);
}

/** `coreText` memoised: the line rules and the furniture stage reduce the same lines. */
const coreTexts = memoizeText(coreTextFresh);

/**
 * `coreText` without the memo.
 * @param text A line.
 * @returns The reduced text.
 */
function coreTextFresh(text: string): string {
  // (Turkish "İ" lowers to "i" and a combining dot, which would split the word: the dot goes.)
  return withoutTrailingMarks(text.toLowerCase().replace(/\u0307/gu, '').replace(/^(?:\d{1,2}[.)]\s+|[•·▪▫◦●○■□►▸‣⁃*+\-–—→>»›]+\s*)/u, ''))
    .replace(/[^\p{L}\p{N}'’&\s/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What `coreText` cuts from a line's end besides white space: arrows, closing colons, stops, bars. */
const TRAILING_MARKS = new Set([...'→⟶➔➜➝➞►▶›»:.…!|']);
/** One white-space character (the `\s` of a pattern). */
const WHITE_SPACE = /\s/u;

/**
 * A text without its trailing white space, arrows, colons, stops and bars;
 * cut by hand (an end-anchored pattern is tried at every space of the line).
 * @param text Any text.
 * @returns The text up to its last other character.
 */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0) {
    const last = text.charAt(end - 1);
    if (!TRAILING_MARKS.has(last) && !WHITE_SPACE.test(last)) break;
    end--;
  }
  return text.slice(0, end);
}

/**
 * A list item of a few words: a menu entry or a button ("1. Main", "• Found a bug?").
 * @param text A line.
 * @returns True for short list items.
 */
function isMenuItem(text: string): boolean {
  const item = LIST_ITEM.exec(text);
  // "3. November 2020, 17:05": a day-first date line, not item 3 of a list.
  if (!item || isDateLine(text)) return false;
  const inner = item[1] ?? '';
  const words = wordCount(inner);
  return words <= 3 || (words <= 6 && !endsWithFullStop(inner));
}

/**
 * A line that is mostly a phone number ("Реклама +7(700) 388 81 09").
 * @param text A line.
 * @returns True when the line holds a phone number and at most four other words.
 */
function isPhoneLine(text: string): boolean {
  const phones = text.match(PHONE) ?? [];
  const digits = phones.join('').replace(/\D/g, '').length;
  return digits >= 7 && wordCount(text.replace(PHONE, ' '), 5) <= 4;
}

/**
 * A notice about reusing the site's material ("Link to X is required when
 * using the materials", "Reproduction without permission is prohibited").
 * @param text A line.
 * @returns True for reuse notices.
 */
function isReuseNotice(text: string): boolean {
  const english =
    (/\b(?:reproduction|republication|reprinting|reprint|copying|use|using|citing|quoting|redistribution)\b.{0,60}\b(?:materials?|content|articles?|news)\b/iu.test(text) &&
      /\b(?:prohibited|permitted|allowed|required|mandatory|obligatory|forbidden|only with|without (?:the )?(?:prior )?(?:written )?permission)\b/iu.test(text)) ||
    /\b(?:hyperlink|link|reference)\b.{0,60}\b(?:is|are) (?:required|mandatory|obligatory)\b/iu.test(text) ||
    /^(?:(?:this|the|these|our|all)\s+)?(?:materials?|articles?|content|stor(?:y|ies)|texts?|publications?)\b.{0,40}\b(?:may|must|can)(?: not|not) be (?:published|reproduced|republished|broadcast|rewritten|redistributed|copied)\b|^reproduction (?:without|is (?:prohibited|forbidden))|^(?:all )?(?:materials|content) (?:(?:on|of) (?:this|the) (?:site|website) )?(?:are|is) protected by copyright\b/iu.test(text);
  const russian = /(?:перепечатк|использовани|цитировани|копировани)\p{L}*.{0,60}материал/iu.test(text) && /(?:разреш|запрещ|обязательн|ссылк)/iu.test(text);
  return english || russian;
}

/**
 * A photo credit or caption marker ("Photo: AFP", "Getty Images", "Image caption ...").
 * @param text A line.
 * @param words Its word count.
 * @returns True for credits.
 */
function isPhotoCredit(text: string, words: number): boolean {
  if (words > 20) return false;
  return (
    (words <= 15 && CREDIT_OPENING.test(text) && !isKickedHeadline(text)) ||
    // "Image courtesy of Flickr user X.", "Photo courtesy of the ministry": a credit written as a phrase, with no colon.
    (words <= 12 && /^(?:(?:header|feature|featured|top|main|lead|cover)\s+)?(?:photos?|images?|pictures?|illustrations?|videos?|maps?|graphics?)\s+(?:courtesy\s+of|via)\s+\S/iu.test(text) && !/\b(?:shows?|showed|showing)\b/iu.test(text)) ||
    /^(?:getty images|afp|reuters|ap|epa|tass|ria novosti|sputnik|shutterstock|apa|dpa|ansa|efe|pap|anadolu|irna|keystone|anp|belga|čtk|ctk|mti|xinhua|kyodo|yonhap)\s*(?:photo)?\s*(?:\/|$)/iu.test(text) ||
    /^(?:image (?:caption|source|copyright)|hide caption|toggle caption|expand image|enlarge image|media caption|caption)\b/iu.test(text) ||
    // "AFP via Getty Images", "Jane Roe/AP", "Jane Roe for The Example Times": an agency's or photographer's credit alone.
    (words <= 8 && /^(?:\p{Lu}[\p{L}.&'’/-]*\s+){0,4}(?:via|for)\s+(?:getty images|ap|afp|reuters|epa|shutterstock|sipa|abaca)$|^(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}?\p{Lu}[\p{L}.&'’-]*\s*\/\s*(?:getty images|ap|afp|reuters|epa|shutterstock|sipa)$/iu.test(text.trim())) ||
    (!isProseLine(text) && /\((?:photo|file photo|illustrative photo|фото)\b[^)]*\)\s*$/iu.test(text))
  );
}

/**
 * How a photo credit opens, in the languages of the corpus' outlets: "Photo: X",
 * "Foto: APA/X", "Bild: dpa", "Фото: пресс-служба", "Photo credit: X", "Credit: X",
 * "Image source: X", "Zdjęcie: PAP".
 */
const CREDIT_OPENING =
  /^(?:photos?|image|picture|illustration|video|file photo|fotos?|fotó|bild|zdjęcie|kuva|fotoğraf|fotografie|fotografía|fotografia|surat|rasm|фото|видео|иллюстрация|кадр|сурет|світлина|снимка|credits?|image source|crédit photo|crédits? photos?|bildquelle|quelle foto)\s*(?:credits?|by|courtesy)?\s*[:/©|]/iu;

/**
 * A headline with a media kicker, not a credit: "VIDEO: Militants attack a
 * border post in Tajikistan", "Photos: inside the al-Hol camp for families"
 * (seven or more words after the kicker, no "/" or "©").
 * @param text A line starting with "Video:", "Photos:", ...
 * @returns True for such headlines.
 */
function isKickedHeadline(text: string): boolean {
  const kicked = /^(?:video|photos|видео)\s*:\s*(.+)$/iu.exec(text);
  return kicked?.[1] !== undefined && wordCount(kicked[1], 7) >= 7 && !/[/©]/u.test(kicked[1]);
}

/**
 * A line of short items between separators: breadcrumbs "Home > News > Asia"
 * or menus "News | Politics | Economy". Date lines are not menus. A
 * breadcrumb (arrow separators) may end with the article's title: "Home ›
 * Security › Why are Tajik migrants joining ISIS-K?".
 * @param text A line.
 * @returns True for three or more short separated items.
 */
function isSeparatedMenu(text: string): boolean {
  if (!MENU_SEPARATOR.test(text)) return false;
  return isSeparatedItems(text) && !isDateLine(text) && !isDateBylineLine(text);
}

/** A separator of menu items (a quick test: lines without one are no menu). */
const MENU_SEPARATOR = /[|>»›·•→]|\s\/\s/u;

/**
 * The shape of `isSeparatedMenu` without its date-line exception (the cheaper test, run first).
 * @param text A line.
 * @returns True for three or more short separated items.
 */
function isSeparatedItems(text: string): boolean {
  const items = text.split(/\s*(?:[|>»›·•→]|\s\/\s)\s*/u).filter((item) => item.trim() !== '');
  if (items.length < 3) return false;
  const isShortItem = (item: string): boolean => wordCount(item, 5) <= 4 && !endsLikeSentence(item);
  if (items.every(isShortItem)) return true;
  const arrows = (text.match(/\s[>»›→]\s/gu) ?? []).length;
  return arrows >= 2 && arrows === items.length - 1 && items.slice(0, -1).every((item) => wordCount(item, 4) <= 3 && !endsLikeSentence(item)) && wordCount(items.at(-1) ?? '', 26) <= 25;
}
