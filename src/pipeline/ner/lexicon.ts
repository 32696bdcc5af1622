import { compoundEnding, languageVocabulary } from '../lib/language-vocabulary.ts';
import { apostropheBase, isCyrillicWord } from './inflection.ts';
import { normalizeToken, type Token } from './tokens.ts';

/**
 * Closed word lists of English news prose that the name patterns rely on:
 * titles and roles, speech verbs, the head nouns of organization and place
 * names, name particles. Lower case; compare against `Token.norm`.
 */

/**
 * Titles written before a name ("Deputy Prime Minister X", "analyst X",
 * "Sheikh X"). A capitalised chunk is split after its last title word.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'minister', 'premier', 'chairman', 'chairwoman', 'chairperson', 'chair', 'co-chair', 'co-chairman', 'co-chairwoman', 'co-chairperson',
  'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'director-general', 'inspector-general', 'commander',
  'commander-in-chief', 'general', 'colonel', 'lieutenant', 'major', 'captain', 'sergeant', 'admiral',
  'marshal', 'lt', 'col', 'gen', 'maj', 'capt', 'sgt', 'ambassador', 'envoy', 'governor', 'mayor',
  'senator', 'sen', 'congressman', 'congresswoman', 'lawmaker', 'mp', 'judge', 'justice', 'prosecutor',
  'prosecutor-general', 'attorney', 'attorneys', 'prosecutors', 'judges', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sheikh',
  // ("Amir", far more often a given name in news text than the title, is left out: "Amir Ahmed Shaikh".)
  'shaykh', 'sheik', 'mullah', 'mulla', 'maulvi', 'mawlawi', 'maulana', 'imam', 'mufti', 'emir',
  'qari', 'hafiz', 'haji', 'hajji', 'ayatollah', 'king', 'queen', 'prince', 'princess', 'sultan', 'emperor',
  'prophet', 'pope', 'patriarch', 'archbishop', 'bishop', 'cardinal', 'father', 'rev', 'reverend', 'akim', 'hokim', 'khokim', 'elbasy', 'yelbasy',
  'analyst', 'expert', 'researcher', 'scholar', 'journalist', 'correspondent', 'reporter', 'editor',
  'blogger', 'activist', 'lawyer', 'economist', 'political scientist', 'historian', 'commentator',
  'head', 'chief', 'leader', 'official', 'officer', 'representative', 'adviser', 'advisor', 'aide',
  'militant', 'fighter', 'jihadist', 'recruiter', 'preacher', 'cleric', 'ombudsman', 'ombudswoman', 'deputy',
  'member', 'founder', 'co-founder', 'coordinator', 'inspector', 'investigator', 'detective',
  'consul', 'diplomat', 'comrade', 'citizen', 'resident', 'native', 'teacher', 'student', 'doctor',
  'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'uncle', 'widow',
  'cousin', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother',
  // People by what they were at a scene: "Worshipper Afzaal Sayed said", "survivor Jane Roe".
  'worshipper', 'witness', 'eyewitness', 'survivor', 'villager', 'shopkeeper', 'neighbour', 'neighbor', 'bystander',
  'superintendent', 'constable', 'commissioner', 'sheriff', 'chancellor', 'attorney-general', 'solicitor-general',
  'magistrate', 'rapporteur', 'undersecretary', 'under-secretary', 'secretary-general', 'vice-chairman', 'speaker',
  'agent', 'corporal', 'ensign', 'airman', 'seaman', 'apprentice', 'chaplain', 'rabbi', 'pastor', 'warden', 'ombudsperson', 'premier', 'counsellor', 'councillor', 'solicitor',
  'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'governor-general', 'vice-premier',
  // French: "Me" (Maître, a lawyer's title), "Mme" (Madame).
  'me', 'maitre', 'mme',
  // Nigerian honorifics: "Malam Garba Shehu", "Alhaji Lai Mohammed", "Hajiya X".
  'malam', 'mallam', 'alhaji', 'alhaja', 'hajiya',
  // British police and council ranks written short: "PC Keith Palmer", "DCI Jane Roe", "Cllr John Doe".
  'pc', 'pcso', 'dc', 'ds', 'dci', 'dsi', 'supt', 'insp', 'cllr',
  // American military ranks written short: "Lance Cpl. X", "Pfc. X", "Gunnery Sgt. X" (not "Lance", a given name too).
  'cpl', 'pvt', 'pfc', 'spc', 'cmdr', 'cdr', 'adm', 'brig', 'gunnery',
  // A priest's title written short: "Fr Jacques Hamel".
  'fr',
  // Other languages (languages.yaml `titles`), as their match keys.
  ...languageVocabulary().titles.map(normalizeToken),
]);

/** The titles of languages.yaml written in Cyrillic, as match keys. */
const CYRILLIC_TITLE_WORDS: ReadonlySet<string> = new Set(languageVocabulary().titles.filter((word) => /^\p{Script=Cyrillic}/u.test(word)).map(normalizeToken));

/**
 * Whether a word is a title: a Cyrillic word only by the Cyrillic titles, since a
 * name's transliteration may spell an English one ("Джулиан Кинг" is no king).
 * @param token The word.
 * @returns True for a title.
 */
export function isTitleToken(token: Token): boolean {
  return isCyrillicWord(token.text) ? CYRILLIC_TITLE_WORDS.has(token.norm) : TITLE_WORDS.has(token.norm);
}

/**
 * Nouns for people that are no titles but show a person in a role phrase or an
 * apposition ("Uzbek immigrant X Y", "X Y, a Belgian woman who ...", "the
 * suspect X Y"). Lower case in use; never split a capitalised chunk.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'men', 'women', 'girl', 'boy', 'teenager', 'youth', 'child', 'pensioner', 'survivor', 'victim',
  'suspect', 'defendant', 'accused', 'convict', 'prisoner', 'inmate', 'detainee', 'hostage', 'immigrant', 'migrant',
  'emigrant', 'refugee', 'returnee', 'national', 'nationals', 'compatriot', 'inhabitant', 'citizen', 'worker',
  'driver', 'businessman', 'businesswoman', 'entrepreneur', 'engineer', 'nurse', 'pilot', 'soldier', 'serviceman',
  'policeman', 'policewoman', 'guard', 'bodyguard', 'photographer', 'writer', 'author', 'authors', 'co-author', 'co-authors', 'poet', 'singer', 'artist',
  'filmmaker', 'blogger', 'lecturer', 'theologian', 'cyclist', 'tourist', 'traveller', 'traveler', 'witness',
  'friend', 'neighbour', 'neighbor', 'relative', 'cousin', 'nephew', 'niece', 'grandson', 'granddaughter',
  'grandfather', 'grandmother', 'stepfather', 'stepmother', 'fiance', 'fiancee', 'girlfriend', 'boyfriend',
  'colleague', 'classmate', 'spouse', 'sibling', 'parent', 'father-in-law', 'son-in-law', 'brother-in-law',
  'supporter', 'follower', 'sympathiser', 'sympathizer', 'veteran', 'volunteer', 'mercenary', 'insurgent',
  'rebel', 'gunman', 'bomber', 'attacker', 'assailant', 'perpetrator', 'killer', 'hijacker', 'organiser',
  'organizer', 'ideologue', 'emissary', 'operative', 'commentator', 'counsel', 'barrister', 'solicitor',
  'magistrate', 'juror', 'interpreter', 'translator', 'actor', 'actress', 'athlete', 'wrestler', 'boxer',
  'architect', 'accountant', 'banker', 'cook', 'chef', 'waiter', 'waitress', 'baker', 'mechanic', 'electrician',
  'builder', 'labourer', 'laborer', 'farmer', 'shepherd', 'shopkeeper', 'vendor', 'trader', 'merchant', 'tailor',
  'surgeon', 'pharmacist', 'dentist', 'programmer', 'scientist', 'academic', 'retiree', 'housewife', 'musician',
  'painter', 'designer', 'manager', 'executive', 'clerk', 'cashier', 'cleaner', 'janitor', 'firefighter',
  'paramedic', 'rescuer', 'mother-of-two', 'father-of-two', 'father-of-three', 'mother-of-three', 'grandfather',
  'ringleader', 'mastermind', 'accomplice', 'co-defendant', 'co-defendants', 'co-accused', 'fugitive', 'informant', 'recruit',
  'bomb-maker', 'bombmaker', 'financier', 'smuggler', 'trafficker', 'facilitator', 'kidnapper', 'abductor', 'hacker', 'propagandist',
  'counterpart', 'predecessor', 'successor', 'namesake', 'lawyer', 'client', 'landlord', 'employer', 'owner',
  'employee', 'schoolgirl', 'schoolboy', 'pupil', 'campaigner', 'candidate', 'partner', 'teen', 'passenger', 'customer',
  // Plurals before a list of names ("two other girls, X and Y, were wounded").
  'girls', 'boys', 'children', 'sons', 'daughters', 'brothers', 'sisters', 'victims', 'suspects', 'defendants', 'students',
]);

/** Honorifics that make even a single following word a person ("Mullah Omar", "Mr. Putin"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'prophet', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sheikh', 'shaykh', 'sheik', 'mullah', 'mulla', 'maulvi', 'mawlawi',
  'maulana', 'imam', 'mufti', 'emir', 'amir', 'qari', 'ayatollah', 'president', 'minister', 'senator',
  'general', 'colonel', 'gen', 'col', 'lt', 'ambassador', 'prof', 'professor', 'pope', 'king', 'queen', 'prince',
  'princess', 'sultan', 'patriarch', 'judge', 'sen', 'gov', 'rep', 'governor', 'mayor', 'sergeant', 'sgt', 'captain', 'capt',
  // ranks of police and armed forces, and their abbreviations ("Chief Supt. Graciano Mijares", "Insp. X")
  'supt', 'superintendent', 'insp', 'inspector', 'maj', 'brig', 'cpl', 'corporal', 'pvt', 'adm', 'cmdr', 'det', 'lieutenant',
  'ensign', 'airman', 'seaman', 'apprentice', 'constable', 'havildar', 'sepoy', 'subedar',
]);

/** Role nouns and their modifiers, walked over when looking back from a name for its role. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...TITLE_WORDS,
  'prime', 'high', 'vice', 'deputy', 'first', 'former', 'ex', 'acting', 'then', 'current', 'senior', 'junior',
  'political', 'military', 'religious', 'independent', 'local', 'regional', 'national', 'foreign',
  'interior', 'defense', 'defence', 'justice', 'security', 'intelligence', 'counter-terrorism',
  'counterterrorism', 'terrorism', 'extremism', 'islamic', 'islam', 'islamist', 'affairs', 'internal',
  'public', 'press', 'department', 'ministry', 'service', 'committee', 'council', 'agency', 'office',
  'group', 'unit', 'division', 'police', 'border', 'state', 'federal', 'assistant', 'associate', 'top',
  'well-known', 'prominent', 'renowned', 'leading', 'veteran', 'influential', 'radical', 'alleged',
  'suspected', 'convicted', 'jailed', 'exiled', 'self-proclaimed', 'so-called', 'young', 'old',
  'kyrgyz-born', 'prime-minister', 'minister', 'ministers', 'general', 'staff', 'center', 'centre',
  'institute', 'university', 'faculty', 'program', 'programme', 'studies', 'research', 'analysis',
  'news', 'agency', 'website', 'newspaper', 'service', 'services', 'bureau', 'directorate', 'main',
  'special', 'chief', 'head', 'director', 'fellow', 'visiting', 'nonresident', 'non-resident',
  'human', 'rights', 'defender', 'field', 'recruitment', 'propaganda', 'media', 'combat', 'battle',
  'on', 'criminal', 'crime', 'organized', 'organised', 'combating', 'fighting', 'countering',
  // A minister's portfolio after "of" ("Minister of Information X", "Minister of Health X").
  'information', 'health', 'finance', 'education', 'culture', 'transport', 'energy', 'communications', 'agriculture',
  'trade', 'labour', 'labor', 'economy', 'tourism', 'endowments',
  // "Union Home Minister X", "Home Secretary X": India's and Britain's interior portfolio, and India's "Union" (federal).
  'home', 'union',
  // "Force Public Relations Officer X", "Public Affairs Officer X".
  'relations',
  // "the spokesman for the government, X", "le porte-parole du gouvernement, X".
  'government', 'gouvernement',
  ...PERSON_NOUNS, 'presiding', 'defence', 'defense', 'district', 'trial', 'lead',
]);

/** Role nouns proper (not modifiers): at least one must occur for role evidence. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([...[...TITLE_WORDS].filter((word) => !['general', 'native'].includes(word)), ...PERSON_NOUNS]);

/** Words a name is introduced with: "a militant named X", "known as X". */
export const NAMING_WORDS: ReadonlySet<string> = new Set(['named', 'called', 'dubbed', 'nicknamed', 'alias', 'aka', 'pseudonym']);

/**
 * Verbs whose object is a person, right before a name ("sentenced X Y", "the court jailed X Y",
 * "police arrested X Y"): a court's or a police force's deed. (Not "sent" or "gave": "sent Russia a note".)
 */
export const PERSON_OBJECT_VERBS: ReadonlySet<string> = new Set([
  'sentenced', 'sentences', 'jailed', 'jails', 'convicted', 'convicts', 'acquitted', 'acquits', 'indicted', 'indicts',
  'extradited', 'extradites', 'deported', 'deports', 'executed', 'hanged', 'arrested', 'arrests', 'detained', 'detains',
  'interrogated', 'questioned', 'pardoned', 'pardons', 'freed', 'frees', 'released', 'kidnapped', 'abducted',
]);

/** Verbs of saying after a name ("X said", "X told", "X believes"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'explained',
  'explains', 'warned', 'warns', 'believes', 'believed', 'thinks', 'thought', 'commented', 'comments',
  'argued', 'argues', 'claimed', 'claims', 'wrote', 'writes', 'stressed', 'stresses', 'emphasized',
  'emphasised', 'emphasizes', 'insisted', 'insists', 'urged', 'urges', 'announced', 'announces',
  'confirmed', 'confirms', 'denied', 'denies', 'recalled', 'recalls', 'pointed', 'points', 'suggested',
  'suggests', 'acknowledged', 'admitted', 'reported', 'reports', 'asserted', 'declared', 'declares',
  'estimated', 'estimates', 'concluded', 'observed', 'remarked', 'replied', 'responded', 'continued',
  'cautioned', 'predicted', 'predicts', 'alleged', 'maintained', 'maintains', 'agreed', 'agrees',
  'disagreed', 'believe', 'fears', 'feared', 'hopes', 'hoped', 'accused', 'called', 'calls', 'asked',
  'asks', 'answered', 'revealed', 'reveals', 'spoke', 'speaks', 'painted', 'described', 'describes',
  'expressed', 'expresses', 'appealed', 'appeals', 'threatened', 'vowed', 'promised', 'proposed',
  'met', 'visited', 'signed', 'ordered', 'led', 'leads', 'headed', 'heads', 'joined', 'was', 'is',
  'has', 'had', 'gave', 'does', 'did', 'knows', 'knew', 'wants', 'wanted', 'plans', 'planned',
]);

/** Words allowed between a name and its speech verb ("X also said", "X has warned"). */
export const SPEECH_FILLERS: ReadonlySet<string> = new Set([
  'also', 'then', 'later', 'earlier', 'recently', 'previously', 'further', 'again', 'once', 'has', 'had',
  'have', 'was', 'is', 'would', 'will', 'had', 'himself', 'herself', 'publicly', 'repeatedly', 'openly',
  'reportedly', 'allegedly', 'separately', 'additionally', 'however', 'in', 'an', 'interview', ',',
]);

/** Verbs that on their own ("X was", "X has") are too weak: need a name-shaped run too. */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'was', 'is', 'has', 'had', 'gave', 'does', 'did', 'knows', 'knew', 'wants', 'wanted', 'plans', 'planned',
  'met', 'visited', 'signed', 'ordered', 'led', 'leads', 'headed', 'heads', 'joined', 'called', 'calls',
  'painted', 'described', 'describes', 'expressed', 'expresses', 'asked', 'asks', 'believe', 'say',
]);

/** Head nouns of organization names ("Department for ...", "Human Rights Watch"). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'committee', 'service', 'services', 'agency', 'directorate', 'office', 'bureau',
  'commission', 'council', 'court', 'tribunal', 'parliament', 'assembly', 'party', 'movement', 'front',
  'army', 'brigade', 'brigades', 'battalion', 'battalions', 'group', 'organization', 'organisation', 'union',
  'association', 'institute', 'university', 'college', 'center', 'centre', 'foundation', 'fund', 'network', 'alliance',
  'coalition', 'league', 'corps', 'forces', 'police', 'guard', 'guards', 'scouts', 'administration', 'authority',
  'company', 'corporation', 'bank', 'academy', 'board', 'mission', 'society', 'brotherhood', 'emirate',
  'caliphate', 'watch', 'initiative', 'program', 'programme', 'project', 'observatory', 'federation', 'tech',
  'gendarmerie',
  'confederation', 'congress', 'senate', 'duma', 'cabinet', 'government', 'inspectorate', 'prosecutor\'s',
  'muftiate', 'muftiyat', 'jamaat', 'jamaat', 'katibat', 'katiba', 'khatiba', 'khatibat', 'jabhat', 'hizb', 'harakat', 'jaish',
  'jaysh', 'jund', 'lashkar', 'tehrik', 'tehreek', 'liwa', 'ansar', 'ahrar', 'kataib', "kata'ib", 'jamiat',
  'tanzim', 'majlis', 'radio', 'television', 'tv', 'news', 'times', 'post', 'gazette', 'journal', 'daily',
  'herald', 'tribune', 'press', 'media', 'channel', 'magazine', 'think-tank', 'ngo', 'troops', 'unit',
  'division', 'regiment', 'squad', 'detachment', 'command', 'headquarters', 'secretariat', 'chamber',
  'voice', 'team', 'panel', 'institution', 'consultancy', 'club', 'bloc', 'committees', 'ministries',
  'airlines', 'airline', 'airways', 'prosecution', 'constabulary', 'gendarmerie', 'judiciary', 'tribunals',
  'staff', 'force', 'conference', 'institutes',
  // Churches' bodies ("the Catholic Diocese of Ondo").
  'diocese', 'archdiocese', 'eparchy', 'patriarchate', 'synod',
  // "the Ahvaz National Resistance", "the Islamic Resistance in Iraq".
  'resistance',
  // Other languages (languages.yaml `organization_heads`), as their match keys.
  ...languageVocabulary().organizationHeads.map(normalizeToken),
]);

/**
 * Compound nouns headed by a body's noun ("Landeskriminalamt",
 * "Bundesinnenministerium", "Oberlandesgericht"): languages.yaml
 * `organization_head_endings`, as match keys.
 */
const COMPOUND_ORG_HEAD = compoundEnding(languageVocabulary().organizationHeadEndings.map(normalizeToken));

/**
 * Whether a lower-cased word is the head noun of a body's name: a head noun
 * (ORG_HEADS) or a compound headed by one (German "Landeskriminalamt").
 * @param norm A token's lower-case form.
 * @returns True for such words.
 */
export function isOrgHead(norm: string): boolean {
  if (ORG_HEADS.has(norm) || COMPOUND_ORG_HEAD.test(norm)) return true;
  // A Turkish head with its case suffix: "Başsavcılığı'nın", "Müdürlüğü'ne".
  const base = norm.includes("'") ? apostropheBase(norm) : undefined;
  return base !== undefined && ORG_HEADS.has(base);
}

/**
 * Whether a lower-cased word is a compound headed by a body's noun ("landeskriminalamt").
 * @param norm A token's lower-case form.
 * @returns True for such words.
 */
export function isCompoundOrgHead(norm: string): boolean {
  return COMPOUND_ORG_HEAD.test(norm);
}

/** German articles, dropped before a German body's name ("Das Thüringer Landeskriminalamt"). */
export const GERMAN_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des']);

/** Lower-case nouns after a name that make it a body's name ("the ruling United Russia party", "the X fund"). */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  'party', 'fund', 'foundation', 'charity', 'movement', 'newspaper', 'magazine', 'website', 'broadcaster', 'bloc',
  'militia', 'faction', 'daily', 'network', 'brigade', 'battalion', 'group', 'organisation', 'organization', 'radio',
  'unit', 'wing', 'squad',
]);

/** Kinds after a body's name that stay part of it, in lower case ("the Counter Terrorism and Transnational Crime unit"). */
export const ORG_SUFFIXES_IN_NAME: ReadonlySet<string> = new Set(['unit', 'wing', 'squad']);

/** Head nouns of names of places and venues ("Crocus City Hall", "Manas International Airport"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'hall', 'arena', 'stadium', 'airport', 'mosque', 'cathedral', 'church', 'synagogue', 'square', 'palace',
  'prison', 'bazaar', 'market', 'camp', 'hotel', 'mall', 'bridge', 'street', 'avenue', 'road', 'park', 'gorge',
  'valley', 'mountains', 'mountain', 'river', 'lake', 'desert', 'oasis', 'island', 'islands', 'peninsula',
  'airbase', 'checkpoint', 'crossing', 'nightclub', 'theatre', 'theater', 'museum', 'highway', 'district',
  'province', 'region', 'oblast', 'governorate', 'county', 'gate', 'monastery', 'temple', 'shrine', 'hospital',
  'memorial', 'hill', 'eidgah', 'promenade', 'boulevard', 'plaza', 'tower', 'embankment', 'block',
  'terminal', 'castle', 'fortress', 'citadel', 'drive', 'lane', 'barracks', 'station', 'pier', 'junction', 'intersection', 'cantonment',
  // Scandinavian squares: "Sergels Torg", "Kongens Nytorv" ("Rådhuspladsen" is one word).
  'torg', 'torget', 'torv',
  'jail', 'terminus', 'cafe', 'café', 'restaurant', 'house', 'bakery', 'forest', 'villa', 'pub', 'school', 'gymnasium', 'auditorium',
  // South Asian neighbourhoods and police compounds: "Haji Colony", "Gulshan Township", "Malik Saad Shaheed Police Lines"
  'colony', 'township', 'lines',
  // A square or a roundabout in Pakistan and India: "Liberty Chowk", "Safoora Chowrangi"
  'chowk', 'chowrangi',
  // Quarters and estates: "Al-Azhar Garden", "Shanti Nagar", "Aisha Manzil", "Company Bagh", "Sabzi Mandi", "Daryaganj"
  'garden', 'gardens', 'nagar', 'manzil', 'bagh', 'mandi', 'ganj',
]);

/** Lower-case nouns that introduce the name of a body ("the rock band Piknik", "the newspaper Kommersant"). */
export const ORG_INTRODUCERS: ReadonlySet<string> = new Set([
  'band', 'group', 'newspaper', 'magazine', 'website', 'channel', 'agency', 'movement', 'organization',
  'organisation', 'party', 'outlet', 'publication', 'daily', 'weekly', 'company', 'firm', 'broadcaster',
  'network', 'portal', 'site', 'foundation', 'charity', 'consultancy', 'think-tank', 'think',
  'centre', 'center', 'watchdog', 'ngo',
]);

/** Heads that open a name of Arabic form ("Jabhat al-Nusra", "Katibat ..."). */
export const ORG_PREFIXES: ReadonlySet<string> = new Set([
  'jamaat', "jama'at", 'katibat', 'katiba', 'khatiba', 'khatibat', 'jabhat', 'hizb', 'harakat', 'jaish', 'jaysh', 'jund', 'lashkar',
  'tehrik', 'tehreek', 'liwa', 'ansar', 'ahrar', 'kataib', "kata'ib", 'jamiat', 'tanzim', 'ittihad', 'junud',
  'wilayat', 'wilayah', 'vilayat',
]);

/** Heads that may be written in lower case before "for"/"on" ("the Kyrgyz service for Combating ..."). */
export const LOWERCASE_ORG_HEADS: ReadonlySet<string> = new Set([
  'service', 'department', 'directorate', 'committee', 'agency', 'office', 'unit', 'center', 'centre',
  'commission', 'bureau', 'division', 'board', 'council', 'administration', 'inspectorate',
]);

/** Lower-case words that introduce a place name ("the city of Termez", "the region of X"). */
export const PLACE_INTRODUCERS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'region', 'province', 'district', 'oblast', 'governorate', 'area', 'settlement',
  'republic', 'capital', 'county', 'state', 'valley', 'gorge', 'port', 'outskirts', 'suburb', 'camp',
  'cities', 'towns', 'villages', 'regions', 'provinces', 'districts', 'settlements', 'suburbs', 'hamlet',
  'resident', 'residents', 'native', 'natives', 'inhabitant', 'inhabitants', 'municipality', 'commune',
  // "the prison island of X", "off the south coast of X"
  'island', 'islands', 'coast', 'peninsula', 'archipelago',
  // "the militants' stronghold of X", "the strongholds of A and B"
  'stronghold', 'strongholds', 'enclave', 'enclaves',
  // "the siege of X", "the liberation of X" (not "the fall of X" or "the capture of X": "the fall of Saddam Hussein")
  'siege', 'liberation', 'recapture',
  // French and Spanish, after "de", "du", "d'", "del" ("le quartier du Neudorf", "la ville d'Arras", "el barrio de X")
  'ville', 'quartier', 'region', 'departement', 'banlieue', 'localite', 'ciudad', 'barrio', 'pueblo', 'localidad',
  'municipio', 'provincia', 'gouvernorat', 'wilaya', 'prefecture', 'arrondissement', 'cercle', 'delegation', 'faubourg',
  'aldea', 'comuna', 'distrito', 'departamento',
]);

/** The words for "of" between a place introducer and the place ("the city of X", "le quartier du X", "la ville d'X"). */
export const PLACE_OF_WORDS: ReadonlySet<string> = new Set(['of', 'de', 'du', "d'", 'del']);

/**
 * Plural nouns that announce a list of places ("the districts of A, B and C",
 * "The districts are A, B and C", "the A and B stations").
 */
export const PLACE_LIST_NOUNS: ReadonlySet<string> = new Set([
  'cities', 'towns', 'villages', 'regions', 'provinces', 'districts', 'settlements', 'suburbs', 'oblasts',
  'governorates', 'counties', 'states', 'camps', 'stations', 'valleys', 'areas', 'neighbourhoods', 'neighborhoods',
  'streets', 'islands', 'municipalities', 'prisons', 'airports', 'mosques', 'markets', 'strongholds', 'enclaves',
]);

/** Words between a plural place noun and its list ("districts are", "villages including", "cities such as"). */
export const PLACE_LIST_OPENERS: ReadonlySet<string> = new Set(['of', 'are', 'were', 'include', 'included', 'including', 'namely', ':', 'as']);

/**
 * Nouns that say what a place is in an apposition after its name ("Märsta, a
 * suburb north of the capital", "X, a pedestrian street in the centre").
 */
export const PLACE_APPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'city', 'town', 'village', 'hamlet', 'suburb', 'district', 'region', 'province', 'settlement', 'street', 'avenue',
  'square', 'neighbourhood', 'neighborhood', 'quarter', 'area', 'port', 'resort', 'island', 'river', 'lake',
  'valley', 'gorge', 'mountain', 'county', 'municipality', 'commune', 'enclave', 'exclave', 'oasis', 'mall',
  'bazaar', 'market', 'airport', 'stadium', 'mosque', 'prison', 'camp', 'seaport', 'capital', 'crossing', 'jail',
  // "Gidan Rumfa, the palace of the Emir of Kano": a residence or a shrine.
  'palace', 'residence', 'mausoleum', 'shrine', 'fortress', 'citadel',
  // "Atia Mahal, the militant hideout in Sylhet": a building or a venue.
  'hideout', 'building', 'compound', 'hotel', 'restaurant', 'cafe', 'café', 'church', 'cathedral', 'synagogue', 'temple',
  'barracks', 'checkpoint', 'farmhouse',
]);

/**
 * French and Spanish nouns that say what a place is in an apposition after its
 * name ("Ben Guerdane, une ville d'environ 60 000 habitants", "X, un pueblo de").
 */
export const ROMANCE_PLACE_APPOSITION_NOUNS: ReadonlySet<string> = new Set([
  'ville', 'village', 'commune', 'bourgade', 'localite', 'quartier', 'banlieue', 'region', 'province', 'cite', 'port',
  'ile', 'oasis', 'ciudad', 'pueblo', 'localidad', 'barrio', 'municipio', 'aldea', 'isla', 'puerto',
]);

/** Words that may follow such a French or Spanish noun ("une ville de", "une ville proche de", "una ciudad en"). */
export const ROMANCE_PLACE_APPOSITION_FOLLOWERS: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'a', 'au', 'aux', 'pres', 'proche', 'situee', 'situe', 'frontaliere', 'frontalier', 'cotiere', 'cotier',
  'sur', 'dans', 'en', 'del', 'cerca', 'situada', 'situado', 'fronteriza', 'costera', 'al', 'ou', 'donde', 'natale',
]);

/** Words that may follow a place noun closing an apposition (", a suburb north of ..."). */
export const PLACE_APPOSITION_FOLLOWERS: ReadonlySet<string> = new Set([
  'in', 'of', 'on', 'near', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
  'north-east', 'north-west', 'south-east', 'south-west', 'where', 'which', 'that', 'outside', 'about', 'some',
  'with', 'close', 'just', 'along', 'by', 'known', 'popular', 'home', 'inside', 'at', 'bordering', 'across',
  // "Baghouz, the last village held by Daesh", "X, a town controlled by the rebels"
  'held', 'controlled', 'seized', 'captured', 'located', 'situated', 'once', 'still', 'now',
]);

/**
 * Venue nouns that may follow a name with one modifier between ("the Pallada
 * gun shop", "the Åhléns department store", "Ploshchad Vosstaniya metro station").
 */
export const VENUE_SUFFIXES: ReadonlySet<string> = new Set([
  'shop', 'store', 'station', 'stations', 'restaurant', 'cafe', 'café', 'hotel', 'market', 'mall', 'centre', 'center',
  'base', 'plant', 'factory', 'camp', 'prison', 'hospital', 'range', 'complex', 'mosque', 'school', 'club',
  'bar', 'pub', 'salon', 'gym', 'bakery', 'pharmacy', 'garage', 'warehouse', 'workshop', 'nightclub', 'theatre', 'theater', 'jail',
  'hall', 'arena', 'stadium', 'airport',
]);

/** Lower-case words that follow a place name ("Kunduz province", "Batken region"). */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'province', 'region', 'district', 'oblast', 'governorate', 'city', 'town', 'village', 'valley', 'gorge',
  'camp', 'camps', 'county', 'area', 'nightclub', 'airport', 'mosque', 'church', 'stadium', 'market',
  'bazaar', 'prison', 'hotel', 'square', 'neighbourhood', 'neighborhood', 'settlement', 'border', 'crossing',
  'station', 'range', 'pass', 'ridge', 'plateau', 'canyon', 'dam', 'reservoir', 'canal', 'beach', 'resort', 'port',
  'harbour', 'harbor', 'shop', 'store', 'restaurant', 'cafe', 'café', 'supermarket', 'hospital', 'airbase', 'mine',
  'street', 'avenue', 'boulevard', 'highway', 'quarter', 'oasis', 'steppe', 'river', 'lake', 'mountains',
  'synagogue', 'cathedral', 'monastery', 'temple', 'shrine', 'municipality', 'terminal', 'jail', 'airfield', 'airstrip',
  'peninsula', 'island', 'atoll', 'archipelago', 'meadow', 'meadows', 'forest', 'hills', 'mountain', 'desert', 'coast',
  'enclave', 'bridge', 'checkpoint', 'face', 'summit', 'glacier', 'cantonment',
]);

/** Lower-case words after a city that name its surrounding region ("the Tashkent region"). */
export const REGION_SUFFIXES: ReadonlySet<string> = new Set(['region', 'province', 'oblast', 'governorate', 'county']);

/** Words that join the parts of an organization name. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', 'against', 'in', '&']);

/** Particles inside personal names ("Abu Bakr al-Baghdadi", "Osama bin Laden"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'binti', 'ibn', 'bint', 'al', 'el', 'ul', 'ud', 'wal', 'de', 'des', 'du', 'da', 'di', 'del', 'van', 'von', 'der', 'le', 'la', 'abu', 'umm', 'y',
  'uulu', 'kyzy', 'ogli', 'ugli', 'qizi', 'kizi', 'oglu',
  // Maasai names: "Joseph ole Lenku"; Filipino: "Arnel dela Vega", "Ronald dela Rosa", "Eduardo delos Santos".
  'ole', 'dela', 'delos',
]);

/** Patronymic words that end a Turkic name in lower case ("Nurlan Tokhtar uulu"). */
export const PATRONYMICS: ReadonlySet<string> = new Set(['uulu', 'kyzy', 'ogli', 'ugli', 'qizi', 'kizi', 'oglu']);

/** Words that open a personal name of Arabic form ("Abu Bakr", "Umm Sayyaf"). */
export const KUNYA_WORDS: ReadonlySet<string> = new Set(['abu', 'umm', 'ibn', 'bin']);

/** Letters after a person's name that are no part of it ("Andrew Ritchie QC", "Jane Doe MP"), lower case. */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['qc', 'kc', 'mp', 'mep', 'msp', 'mla', 'obe', 'mbe', 'cbe', 'phd']);

/** Determiners and other words stripped from the start of a capitalised chunk. */
export const LEADING_NOISE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'some', 'many', 'most', 'several', 'all', 'both', 'each', 'every', 'any', 'no', 'other', 'another',
  'mr', 'mrs', 'ms', 'dr',
  // Other languages (languages.yaml `function_words`), as their match keys.
  ...languageVocabulary().functionWords.map(normalizeToken),
]);

/**
 * Religions and peoples as adjectives ("Christian", "Baloch", "Pashtun"): never part of a person's name,
 * but they may open a body's ("Christian Democratic Union", "Baloch Liberation Army").
 */
export const GROUP_ADJECTIVES: ReadonlySet<string> = new Set([
  'muslim', 'sunni', 'shia', 'shiite', 'christian', 'jewish', 'arab', 'kurdish', 'catholic', 'orthodox',
  'protestant', 'evangelical', 'baptist', 'lutheran', 'buddhist', 'hindu', 'sufi', 'ismaili', 'chechen', 'ingush',
  'dagestani', 'avar', 'kurd', 'pashtun', 'uyghur', 'uighur', 'hazara', 'baloch', 'yazidi', 'alawite',
  'druze', 'circassian', 'tatar', 'bashkir', 'karakalpak', 'slavic',
]);

/**
 * Russian words that open a sentence before a surname and are never given names, in lower case:
 * "Сам Абдусамадов" ("Abdusamadov himself"; its match key "sam" is an English given name), "Даже Исмаилов".
 */
export const RUSSIAN_SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'сам', 'сама', 'сами', 'даже', 'лишь', 'только', 'именно', 'ещё', 'еще', 'уже', 'также', 'однако', 'затем', 'потом', 'позже', 'вскоре', 'тогда',
]);

/** Capitalised words that are never part of a name: months, days, pronouns, sentence adverbs. */
export const NEVER_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // ("jan" is left out: a given name as often, "Jan Egeland", "Ján Kubiš"; "mar" too: a Syriac saint's title, "Mar Elias", "Mar Gabriel"; a date's "Jan. 5" or "Mar 5" is read by the date patterns.)
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i', 'he', 'she', 'it', 'we',
  'they', 'you', 'however', 'meanwhile', 'moreover', 'furthermore', 'earlier', 'later', 'also', 'but', 'and',
  'or', 'so', 'yet', 'still', 'thus', 'hence', 'therefore', 'according', 'in', 'on', 'at', 'for', 'from',
  'with', 'by', 'as', 'after', 'before', 'since', 'while', 'when', 'where', 'if', 'although', 'though',
  'because', 'despite', 'during', 'until', 'unlike', 'like', 'among', 'amid', 'over', 'under', 'about',
  'islamists', 'jihadists', 'muslims', 'experts', 'analysts', 'officials', 'authorities', 'islam', 'islamic',
  'arabs', 'kurds', 'western',
  'eastern', 'northern', 'southern', 'central', 'soviet', 'internet', 'quran', 'koran', 'allah', 'god',
  'ramadan', 'eid', 'jihad', 'sharia', 'caliphate', 'mujahideen', 'mujahidin', 'mujahedin', 'salafi',
  'wahhabi', 'telegram', 'facebook', 'twitter', 'youtube', 'whatsapp', 'instagram', 'vkontakte', 'tiktok',
  'odnoklassniki', 'english', 'arabic', 'persian', 'pashto', 'dari', 'turkic', 'photo', 'video', 'source',
  'read', 'click', 'share', 'related', 'update', 'updated', 'breaking', 'news', 'exclusive', 'opinion',
  'analysis', 'commentary', 'editor', "editor's", 'note', 'ap', 'file', 'the', 'a', 'an', 'this', 'that',
  'there', 'here', 'what', 'who', 'why', 'how', 'which', 'these', 'those', 'such', 'one', 'two', 'three',
  'new', 'old', 'speaking', 'asked', 'today', 'yesterday', 'tomorrow', 'now', 'then', 'once', 'first',
  'last', 'next', 'year', 'month', 'week', 'day', 'state', 'government', 'republic', 'minister', 'ministry',
  'chechens', 'pashtuns', 'uyghurs', 'uighurs', 'hazaras', 'yazidis', 'tatars', 'muslims', 'christians', 'jews',
  'shiites', 'shias', 'sunnis', 'alawites', 'ismailis', 'sufis', 'salafis', 'hindus', 'buddhists', 'sikhs', 'catholics',
  'protestants', 'evangelicals', 'circassians', 'avars', 'balochs', 'turkmens', 'kazakhs', 'kyrgyzs', 'uzbeks', 'tajiks',
  'christmas', 'easter', 'halloween', 'thanksgiving', 'nowruz', 'navruz', 'novruz', 'nauryz', 'hanukkah', 'diwali',
  'passover', 'lent', 'ashura',
  ...GROUP_ADJECTIVES,
]);

/** Strong surname endings (Slavic and Central Asian patronymic forms), enough alone. */
export const STRONG_SURNAME_ENDING =
  /(?:[^aeiou]ov|[^aeiou]ova|[^aeiou]ev|[^aeiou]eva|yev|yeva|iev|ieva|aev|aeva|oev|oeva|uev|ueva|ayev|ayeva|uulu|kyzy|bekov|baev|bayev|enko|skiy|skaya|shvili|dze|zoda|zade|ovich|evich|ovna|evna|oglu|oğlu)$/i;

/** Further surname endings (Armenian, Tajik, Iranian, Kazakh), evidence together with other cues. */
export const SURNAME_ENDING = /(?:yan|yants|ullah|ulloh|ullo|zadeh|pour|nejad|uly|bekov|zoda)$/i;

/** Abbreviations whose dot does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep',
  'rev', 'st', 'jr', 'sr', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'dept', 'mt', 'approx', 'est', 'vol', 'al',
]);

/** Opening quotes and brackets: a capital right after one may start a sentence. */
export const OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(', '[', '«', '„']);

/** Sentence-ending punctuation. */
export const TERMINATORS: ReadonlySet<string> = new Set(['.', '!', '?', '…', ':', ';']);

/** English weekdays, which open a run of capitalised words before a name ("On Thursday Amedy Coulibaly ..."). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Prefixes of a rank below or beside a title: "Sub-Inspector", "Vice-Admiral", "Co-Chairman", "Under-Secretary". */
const RANK_PREFIXES: ReadonlySet<string> = new Set(['sub', 'vice', 'deputy', 'assistant', 'under', 'co', 'acting', 'lieutenant', 'lance', 'rear', 'staff']);

/**
 * @param norm A word's match key.
 * @returns Whether it is a title with a rank's prefix joined by a hyphen ("sub-inspector", "vice-admiral").
 */
export function isPrefixedTitle(norm: string): boolean {
  const hyphen = norm.indexOf('-');
  return hyphen > 0 && RANK_PREFIXES.has(norm.slice(0, hyphen)) && TITLE_WORDS.has(norm.slice(hyphen + 1));
}
