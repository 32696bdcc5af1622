/**
 * Small per-language word tables for articles not written in English: number
 * words, scale words, range words, attribution cues and the head words of
 * organisation names. The annotator is English-first; these tables let a page in
 * German, French, Russian, Turkish or Indonesian (and the Kyrgyz, Kazakh and
 * Uzbek press writing in Russian) keep its figures, claimants and bodies.
 *
 * Every table is plain data: add a language or a word by adding an entry. Words
 * are written in lower case as they appear in text; the modules that use them
 * build their patterns once, when first loaded.
 */

/** Number words by language (value by word). English, French and German units live in `numbers.ts`. */
export const NUMBER_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  // Russian (nominative and the common oblique forms); "один"/"одна" are left out: also "one of", "alone".
  ru: {
    два: 2, две: 2, двух: 2, три: 3, трёх: 3, трех: 3, четыре: 4, четырёх: 4, четырех: 4, пять: 5, пяти: 5,
    шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10,
    двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, сто: 100, двести: 200, триста: 300,
  },
  // Indonesian and Malay ("keempat", "the four", refers back to a count and is left out).
  id: {
    dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
    sebelas: 11, seratus: 100, seribu: 1000,
  },
  // Turkish ("bir" and "on" are left out: the article "a" and the English "on").
  tr: {
    iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, yirmi: 20, otuz: 30, kırk: 40, elli: 50,
    ikisi: 2, üçü: 3, dördü: 4, beşi: 5, yüz: 100,
  },
};

/**
 * Scale words that follow digits, by language: "48 bin", "12 миллионов", "100 juta",
 * "sechs Millionen". Abbreviations end without their dot ("тыс.", "Mio.").
 */
export const SCALE_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  de: { tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9 },
  fr: { mille: 1e3, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  ru: {
    тысяча: 1e3, тысячи: 1e3, тысяч: 1e3, тыс: 1e3, миллион: 1e6, миллиона: 1e6, миллионов: 1e6, млн: 1e6,
    миллиард: 1e9, миллиарда: 1e9, миллиардов: 1e9, млрд: 1e9,
  },
  id: { ribu: 1e3, juta: 1e6, miliar: 1e9, triliun: 1e12 },
  tr: { bin: 1e3, milyon: 1e6, milyar: 1e9 },
};

/**
 * Range words by language: a word before the lower end (optional: "" when none)
 * and the word between the ends. "от 150 до 200", "antara 30 dan 40",
 * "zwischen 30 und 40", "30 bis 40", "30 hingga 40", "30 ile 40".
 */
export const RANGE_WORDS: ReadonlyArray<{ before: string; gap: string }> = [
  { before: 'от', gap: 'до' },
  { before: 'antara', gap: 'dan' },
  { before: '', gap: 'hingga' },
  { before: '', gap: 'sampai' },
  { before: 'zwischen', gap: 'und' },
  { before: '', gap: 'bis' },
  { before: '', gap: 'ile' },
];

/**
 * Attribution cues by language: a phrase before the source ("according to" in
 * effect: "по данным", "menurut", "laut") and the speech verbs after or before
 * a speaker ("заявил", "kata", "açıkladı"). Turkish puts "göre" after the source.
 */
export const ATTRIBUTION: {
  /** Phrases right before the source: "по данным ГКНБ", "menurut BNPT", "laut Polizei". */
  readonly sourceAfter: readonly string[];
  /** Words right after the source: "Emniyet verilerine göre", "Soylu'ya göre". */
  readonly sourceBefore: readonly string[];
  /** Speech verbs: "заявил", "сообщили", "kata", "ujar", "söyledi", "sagte". */
  readonly verbs: readonly string[];
} = {
  sourceAfter: ['по данным', 'по словам', 'по оценкам', 'по оценке', 'по информации', 'согласно', 'menurut', 'kata', 'laut', 'nach angaben', 'selon', "d'après"],
  sourceBefore: ['göre', 'verilerine göre', 'zufolge'],
  verbs: [
    'заявил', 'заявила', 'заявили', 'сообщил', 'сообщила', 'сообщили', 'сказал', 'сказала', 'сказали', 'отметил', 'отметила',
    'рассказал', 'рассказала', 'подчеркнул', 'подчеркнула', 'уточнил', 'уточнила', 'добавил', 'добавила', 'говорится',
    'kata', 'katanya', 'ujar', 'ujarnya', 'menurut', 'mengatakan', 'menyatakan', 'menjelaskan', 'memperkirakan', 'menyebutkan',
    'söyledi', 'açıkladı', 'belirtti', 'dedi', 'söylemişti', 'ifade etti', 'bildirdi', 'kaydetti',
    'sagte', 'sagt', 'erklärte', 'teilte mit', 'berichtete', 'bestätigte',
  ],
};

/**
 * Head words of organisation names by language, in lower case: a capitalised
 * name that holds one of them is a body ("Министерство иностранных дел",
 * "İstanbul Emniyet Müdürlüğü", "Pengadilan Negeri Jakarta Utara", "Polizei Köln").
 * A word may end with a case suffix (Turkish "Başsavcılığı'nın").
 */
export const ORGANIZATION_HEADS: Readonly<Record<string, readonly string[]>> = {
  ru: ['министерство', 'министерства', 'мид', 'комитет', 'комитета', 'служба', 'службы', 'суд', 'суда', 'прокуратура', 'прокуратуры', 'управление', 'управления', 'агентство', 'фонд', 'партия', 'аппарат', 'парламент', 'совет', 'департамент'],
  tr: ['bakanlığı', 'başsavcılığı', 'savcılığı', 'müdürlüğü', 'mahkemesi', 'başkanlığı', 'teşkilatı', 'meclisi', 'valiliği', 'belediyesi', 'partisi', 'örgütü', 'vakfı', 'derneği', 'ajansı'],
  id: ['pengadilan', 'kepolisian', 'kejaksaan', 'kementerian', 'badan', 'detasemen', 'densus', 'polda', 'polri', 'komisi', 'majelis', 'dewan', 'partai', 'lembaga'],
  de: ['staatsanwaltschaft', 'bundeskriminalamt', 'landeskriminalamt', 'verfassungsschutz', 'ministerium', 'innenministerium', 'bundesamt', 'landesamt', 'gericht', 'amtsgericht', 'landgericht', 'oberlandesgericht', 'bundesanwaltschaft', 'generalbundesanwalt', 'bundesgerichtshof', 'bundespolizei', 'landespolizei'],
};

/**
 * Spans of time after a number, by unit ("enam tahun", "пять лет", "üç yıl"), and
 * the words that make such a span a prison term ("tahun penjara", "лет лишения
 * свободы", "yıl hapis"; or before it: "hukuman", "dituntut", "приговорил к").
 */
export const DURATIONS: {
  readonly years: readonly string[];
  readonly months: readonly string[];
  readonly other: readonly string[];
  readonly prisonAfter: readonly string[];
  readonly prisonBefore: readonly string[];
} = {
  years: ['tahun', 'лет', 'года', 'год', 'годам', 'годами', 'yıl', 'yil', 'sene'],
  months: ['bulan', 'месяцев', 'месяца', 'месяц', 'ay'],
  other: ['hari', 'minggu', 'jam', 'дней', 'дня', 'день', 'недель', 'недели', 'часов', 'часа', 'gün', 'hafta', 'saat', 'dakika'],
  prisonAfter: ['penjara', 'kurungan', 'hapis', 'hapse', 'лишения свободы', 'заключения', 'колонии', 'тюрьмы', 'тюремного'],
  prisonBefore: ['hukuman', 'vonis', 'divonis', 'dihukum', 'dituntut', 'tuntutan', 'menuntut', 'приговорил к', 'приговорили к', 'приговорен к', 'приговорена к', 'приговорены к', 'срок в', 'сроком на', 'cezası', 'cezasına'],
};

/**
 * Counted nouns of other languages, in lower case, as they follow a number
 * ("empat warga", "дети", "dört şüpheli", "drei Personen"): a small number in words
 * before one of them within a few words is a figure.
 */
export const COUNTED_NOUNS: readonly string[] = [
  // Russian
  'человек', 'человека', 'людей', 'детей', 'ребенка', 'ребёнка', 'дети', 'граждан', 'гражданина', 'гражданки', 'гражданок', 'женщин', 'женщины',
  'мужчин', 'мужчины', 'боевиков', 'боевика', 'членов', 'члена', 'подозреваемых', 'подозреваемого', 'задержанных', 'сторонников', 'вербовщиков',
  // Indonesian
  'orang', 'warga', 'anggota', 'anak', 'tersangka', 'terdakwa', 'militan', 'pemandu', 'pelaku', 'teroris', 'polisi', 'korban',
  // Turkish
  'kişi', 'kişiden', 'şüpheli', 'şüpheliden', 'vatandaş', 'vatandaşı', 'militan', 'üye', 'üyesi', 'yabancı', 'çocuk', 'kadın', 'erkek', 'asker', 'polis',
  // German
  'personen', 'menschen', 'männer', 'frauen', 'kinder', 'polizisten', 'beamte', 'verdächtige', 'festnahmen', 'anhänger', 'kämpfer', 'täter', 'gefährder',
];

/**
 * Titles and roles written before a name in other languages, in lower case
 * ("Президент Садыр Жапаров", "İçişleri Bakanı Süleyman Soylu", "Kepala BNPT
 * Suhardi Alius", "Innenminister Herbert Reul"). Matched on the transliterated key.
 */
export const TITLES: readonly string[] = [
  // Russian
  'президент', 'министр', 'замминистра', 'заместитель', 'глава', 'председатель', 'депутат', 'посол', 'судья', 'прокурор',
  'генпрокурор', 'спикер', 'омбудсмен', 'директор', 'начальник', 'руководитель', 'эксперт', 'аналитик', 'политолог', 'журналист',
  'адвокат', 'имам', 'муфтий', 'аким', 'губернатор', 'мэр', 'полковник', 'генерал', 'майор', 'пресс-секретарь', 'представитель',
  // ... and the genitive a title takes after "по словам", "заявление" ("по словам заместителя министра X").
  'президента', 'министра', 'заместителя', 'главы', 'председателя', 'депутата', 'посла', 'судьи', 'прокурора', 'спикера',
  'директора', 'начальника', 'руководителя', 'эксперта', 'аналитика', 'политолога', 'адвоката', 'представителя', 'омбудсмена',
  // Turkish (the possessive forms a title takes before a name)
  'bakanı', 'bakan', 'başkanı', 'cumhurbaşkanı', 'başbakan', 'valisi', 'savcısı', 'başsavcısı', 'sözcüsü', 'müdürü', 'uzmanı', 'avukatı', 'milletvekili',
  // Indonesian
  'presiden', 'menteri', 'kepala', 'kapolri', 'kapolda', 'jaksa', 'hakim', 'juru', 'direktur', 'pengamat', 'ketua', 'wakil', 'gubernur', 'bupati', 'kombes', 'brigjen', 'irjen',
  // German
  'innenminister', 'innenministerin', 'bundesinnenminister', 'bundesinnenministerin', 'justizminister', 'ministerpräsident', 'polizeipräsident',
  'polizeipräsidentin', 'oberstaatsanwalt', 'staatsanwalt', 'staatsanwältin', 'sprecher', 'sprecherin', 'dompropst', 'bürgermeister', 'oberbürgermeister',
  'bundeskanzler', 'präsident', 'anwalt', 'anwältin', 'experte', 'expertin', 'terrorexperte',
];

/**
 * Function words of other languages that open a sentence or a clause before a
 * name and are never part of one ("Menurut Badan ...", "Laut Polizei ...",
 * "По данным ГКНБ"). Name particles ("de", "di", "da", "van", "von", "el", "al")
 * are left out on purpose.
 */
export const FUNCTION_WORDS: readonly string[] = [
  // Indonesian
  'menurut', 'namun', 'sementara', 'selain', 'dalam', 'pada', 'para', 'kata', 'ujar', 'sejak', 'saat', 'kini', 'bahkan', 'sedangkan', 'adapun', 'oleh', 'kepada', 'bersama',
  // Turkish
  'ancak', 'ayrıca', 'bu', 'şu', 'ise', 'göre', 'ile', 'için', 'gibi', 'daha', 'sonra', 'önce',
  // Russian
  'по', 'в', 'во', 'на', 'об', 'о', 'как', 'однако', 'также', 'при', 'это', 'эти', 'этот', 'его', 'её', 'их', 'согласно', 'из', 'для', 'с', 'со', 'к', 'у', 'за', 'после', 'до',
  // German
  'laut', 'nach', 'bei', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'auch', 'wie', 'dass', 'weil', 'ein', 'eine', 'einen', 'einem', 'einer',
];

/**
 * Turkish case and possessive suffixes written after an apostrophe on a proper
 * name ("Suriye'de", "İdlib'e", "Afganistan'daki", "Soylu'nun"), as match keys
 * (ASCII-folded: "ı" is "i", "ü" is "u"). A name's entity drops them.
 */
export const APOSTROPHE_SUFFIXES: readonly string[] = [
  'a', 'e', 'ya', 'ye', 'na', 'ne', 'da', 'de', 'ta', 'te', 'nda', 'nde', 'dan', 'den', 'tan', 'ten', 'ndan', 'nden',
  'in', 'un', 'nin', 'nun', 'i', 'u', 'yi', 'yu', 'ni', 'nu', 'la', 'le', 'yla', 'yle', 'daki', 'deki', 'taki', 'teki',
  'ndaki', 'ndeki', 'li', 'lu', 'lar', 'ler', 'lari', 'leri', 'larin', 'lerin', 'dir', 'dur', 'tir', 'tur', 'ca', 'ce',
];
