/**
 * Word lists for the synthetic benchmark corpus: names, countries, cities,
 * state bodies, armed groups, outlets and page furniture of the kind the
 * real corpus holds. Invented people only: given names and surnames common in
 * the region, recombined.
 */

/** A country the synthetic articles report on. */
export interface CountryWords {
  name: string;
  /** Adjective and demonym ("Kyrgyz"). */
  demonym: string;
  cities: readonly string[];
  /** State bodies that publish figures, full name first, short form second. */
  agencies: ReadonlyArray<readonly [string, string]>;
  /** The parliament's name. */
  parliament: string;
}

/** Countries whose citizens the articles count. */
export const homeCountries: readonly CountryWords[] = [
  {
    name: 'Kyrgyzstan',
    demonym: 'Kyrgyz',
    cities: ['Bishkek', 'Osh', 'Jalal-Abad', 'Karakol', 'Batken', 'Naryn', 'Tokmok'],
    agencies: [
      ['State Committee for National Security', 'GKNB'],
      ['Interior Ministry', 'the ministry'],
      ['Prosecutor-General’s Office', 'the prosecutors'],
      ['State Commission for Religious Affairs', 'the commission'],
    ],
    parliament: 'Jogorku Kenesh',
  },
  {
    name: 'Kazakhstan',
    demonym: 'Kazakh',
    cities: ['Almaty', 'Astana', 'Shymkent', 'Aktobe', 'Atyrau', 'Karaganda', 'Taraz', 'Pavlodar'],
    agencies: [
      ['National Security Committee', 'KNB'],
      ['Interior Ministry', 'the ministry'],
      ['Agency for Religious Affairs', 'the agency'],
      ['General Prosecutor’s Office', 'the prosecutors'],
    ],
    parliament: 'Mazhilis',
  },
  {
    name: 'Uzbekistan',
    demonym: 'Uzbek',
    cities: ['Tashkent', 'Samarkand', 'Namangan', 'Andijan', 'Bukhara', 'Fergana', 'Termez', 'Nukus'],
    agencies: [
      ['State Security Service', 'SGB'],
      ['Interior Ministry', 'the ministry'],
      ['Committee on Religious Affairs', 'the committee'],
    ],
    parliament: 'Oliy Majlis',
  },
  {
    name: 'Tajikistan',
    demonym: 'Tajik',
    cities: ['Dushanbe', 'Khujand', 'Kulob', 'Bokhtar', 'Istaravshan', 'Khorog'],
    agencies: [
      ['State Committee for National Security', 'GKNB'],
      ['Interior Ministry', 'the ministry'],
      ['Prosecutor-General’s Office', 'the prosecutors'],
    ],
    parliament: 'Majlisi Oli',
  },
  {
    name: 'Turkmenistan',
    demonym: 'Turkmen',
    cities: ['Ashgabat', 'Turkmenabat', 'Dashoguz', 'Mary'],
    agencies: [
      ['Ministry of National Security', 'the ministry'],
      ['Interior Ministry', 'the ministry'],
    ],
    parliament: 'Mejlis',
  },
  {
    name: 'Russia',
    demonym: 'Russian',
    cities: ['Moscow', 'Kazan', 'Grozny', 'Makhachkala', 'Yekaterinburg', 'Novosibirsk', 'Ufa'],
    agencies: [
      ['Federal Security Service', 'FSB'],
      ['Interior Ministry', 'the ministry'],
      ['Investigative Committee', 'the committee'],
      ['National Anti-Terrorism Committee', 'NAK'],
    ],
    parliament: 'State Duma',
  },
];

/** Where the fighters go, and the places named beside them. */
export const conflictPlaces: readonly string[] = ['Syria', 'Iraq', 'Afghanistan', 'Syria and Iraq', 'Libya', 'Pakistan'];

/** Towns and camps of the conflict zones. */
export const conflictTowns: readonly string[] = ['Raqqa', 'Mosul', 'Idlib', 'Aleppo', 'Deir ez-Zor', 'Kunduz', 'Jalalabad', 'Baghuz', 'al-Hol', 'Kabul'];

/** Armed and banned groups, full name and short form. */
export const groups: ReadonlyArray<readonly [string, string]> = [
  ['Islamic State', 'IS'],
  ['Jabhat al-Nusra', 'al-Nusra'],
  ['Hizb ut-Tahrir', 'Hizb ut-Tahrir'],
  ['Katibat Imam al-Bukhari', 'the battalion'],
  ['Islamic Movement of Uzbekistan', 'IMU'],
  ['Katibat al-Tawhid wal-Jihad', 'the group'],
  ['Taliban', 'the Taliban'],
  ['Jamaat Ansarullah', 'Ansarullah'],
  ['Islamic State Khorasan', 'IS-K'],
  ['Al-Qaeda', 'al-Qaeda'],
];

/** International bodies that appear beside the states. */
export const internationalBodies: readonly string[] = [
  'United Nations',
  'Collective Security Treaty Organization',
  'Shanghai Cooperation Organization',
  'Commonwealth of Independent States',
  'European Union',
  'International Committee of the Red Cross',
  'Human Rights Watch',
  'International Crisis Group',
];

/** Given names, men's then women's (women's surnames take -a). */
export const givenNamesMale: readonly string[] = [
  'Azamat', 'Bakyt', 'Nurlan', 'Timur', 'Erlan', 'Daniyar', 'Ruslan', 'Marat', 'Aibek', 'Kanat', 'Ulan', 'Talant', 'Bolot',
  'Farrukh', 'Sherzod', 'Jasur', 'Otabek', 'Rustam', 'Shukhrat', 'Komil', 'Davron', 'Alisher', 'Bakhtiyor', 'Yerlan',
  'Serik', 'Askar', 'Murat', 'Olzhas', 'Parviz', 'Farhod', 'Umed', 'Dmitry', 'Sergei', 'Alexei', 'Oleg', 'Igor',
];

/** Women's given names. */
export const givenNamesFemale: readonly string[] = [
  'Aigerim', 'Gulnara', 'Dilnoza', 'Saodat', 'Nodira', 'Asel', 'Dinara', 'Zarina', 'Cholpon', 'Elmira', 'Madina', 'Irina', 'Olga',
];

/** Surnames in their men's form. */
export const surnames: readonly string[] = [
  'Abdyldaev', 'Toktogulov', 'Sultanbekov', 'Ismailov', 'Yusupov', 'Rakhimov', 'Nazarov', 'Tursunov', 'Sadykov', 'Zhumabaev',
  'Omurbekov', 'Kasymov', 'Akhmedov', 'Mirzaev', 'Khodjaev', 'Saidov', 'Sharipov', 'Nurmagambetov', 'Dzhumagulov', 'Usenov',
  'Abdrakhmanov', 'Esenbaev', 'Temirov', 'Orozbekov', 'Kenzhebaev', 'Umarov', 'Alimov', 'Latipov', 'Safarov', 'Davletov',
  'Sabirov', 'Iskakov', 'Mukanov', 'Zakirov', 'Bekmurzaev', 'Kadyrov', 'Aliev', 'Baimukhamedov', 'Ergeshov', 'Osmonov',
  'Volkov', 'Sokolov', 'Petrov', 'Morozov', 'Lebedev', 'Kuznetsov',
];

/** What an official is. */
export const officialTitles: readonly string[] = [
  'deputy head', 'spokesman', 'head of the counterterrorism department', 'first deputy chairman', 'press secretary', 'director',
];

/** What an expert is. */
export const expertRoles: readonly string[] = [
  'political analyst', 'security analyst', 'researcher on extremism', 'former intelligence officer', 'theologian', 'human rights lawyer',
];

/** Outlets, as the articles would credit them. */
export const outlets: readonly string[] = [
  'RFE/RL', 'Radio Azattyk', 'AKIpress', '24.kg', 'Kaktus.media', 'Kloop', 'Tengrinews.kz', 'Kazinform', 'Vlast.kz', 'Kun.uz',
  'Gazeta.uz', 'Asia-Plus', 'Eurasianet', 'Fergana', 'The Diplomat', 'CABAR.asia', 'TASS', 'Interfax', 'RIA Novosti', 'Reuters',
  'AFP', 'AsiaNews', 'Anadolu Agency', 'Voice of America', 'Current Time',
];

/** English months. */
export const monthNames: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Russian months in the genitive, as dates are written ("25 сентября"). */
export const russianMonths: readonly string[] = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];

/** Lines of site navigation and advertising above an article. */
export const headerFurniture: readonly string[] = [
  'Accessibility links', 'Skip to main content', 'Breaking News', 'Menu', 'Search', 'Log in', 'Subscribe', 'Share', 'Print this page',
  'Most popular', 'Home', 'News', 'Politics', 'Security', 'Region', 'World',
];

/** Lines below an article. */
export const footerFurniture: readonly string[] = [
  'Source link', 'Join Telegram', 'Read more on the site →', 'Latest Posts', 'Related articles', 'Subscribe to our newsletter',
  'Share this article', 'Comments', 'Most read', 'Follow us on Twitter',
];

/** Numbers written as words in prose. */
export const numberWords: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen', 'dozens of'];
