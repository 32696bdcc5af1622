import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSeed, toLines } from '../../src/pipeline/stages/read.ts';
import { stripFurniture } from '../../src/pipeline/stages/furniture.ts';
import { AUTHOR_CUE_WEIGHTS, PUBLISHED_CUE_WEIGHTS, extractMetadata, personName } from '../../src/pipeline/stages/metadata.ts';
import { bylineText, findTitleIndex, isDateLine, isMenuShaped as isMenuShapedLine, isSiteNotice } from '../../src/pipeline/lib/lines.ts';
import { buildOutletIndex, loadOutletIndex } from '../../src/pipeline/lib/outlets.ts';
import { SeedError, type ArticleText } from '../../src/pipeline/types.ts';
import { findDates } from '../../src/pipeline/lib/dates.ts';

/** Run the first three stages on a text written in a test. */
function annotate(text: string): ArticleText {
  const lines = toLines(decodeSeed(new TextEncoder().encode(text), 'test.txt'));
  return extractMetadata(stripFurniture(lines).kept, 'test.txt');
}

/** The same, with the lines the furniture stage removed (the masthead and footer name the outlet), as the annotator runs them. */
function annotateWithChrome(text: string): ArticleText {
  const { kept, removed } = stripFurniture(toLines(decodeSeed(new TextEncoder().encode(text), 'test.txt')));
  return extractMetadata(kept, 'test.txt', undefined, removed);
}

/** Run the first three stages on a seed. */
function annotateSeed(name: string): ArticleText {
  const path = new URL(`../../seeds/${name}`, import.meta.url);
  const lines = toLines(decodeSeed(readFileSync(path), `seeds/${name}`));
  return extractMetadata(stripFurniture(lines).kept, `seeds/${name}`);
}

describe('extractMetadata on the seeds', () => {
  it('000: RFE/RL from "a correspondent for RFE/RL\'s Kyrgyz service", signature author, no year so no date', () => {
    const article = annotateSeed('000_dab88c6e5d4aaa94.txt');
    expect(article.metadata).toEqual({
      title: 'More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq',
      outlet: 'RFE/RL',
      author: 'Joanna Paraszczuk',
      published: null,
    });
    expect(article.paragraphs).toHaveLength(15);
    expect(article.paragraphs[0]).toMatch(/^More than 330 Kyrgyz citizens have joined/);
    expect(article.paragraphs.at(-1)).toMatch(/extremist ideas\.$/);
    expect(article.paragraphs.join('\n')).not.toMatch(/Joanna Paraszczuk|Deputy Prime Minister Abdyrakhman Mamataliev\n/);
  });

  it('001: date cut off the title, "told Tengrinews.kz", byline cut off the last paragraph', () => {
    const article = annotateSeed('001_5aa293250e0fc64e.txt');
    expect(article.metadata).toEqual({
      title: 'Syrian militants may come to Kazakhstan',
      outlet: 'Tengrinews.kz',
      author: 'Dmitriy Khegai',
      published: '2013-09-25',
    });
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs[0]).toBe(
      'Kazakhstan authorities should give specially attention to internal security until the military conflict in Syria is fully settled: political analyst Aidos Sarym.',
    );
    expect(article.paragraphs[1]).toMatch(/just like in the case with the Iranian nuclear talks, Zhumaly said\.$/);
  });

  it('002: section label and date line dropped, dateline agency ITAR-TASS, no author', () => {
    const article = annotateSeed('002_d7b3aafb81283db4.txt');
    expect(article.metadata).toEqual({
      title: 'Militants from CIS fighting for IS may threaten regional security upon returning home',
      outlet: 'ITAR-TASS',
      author: null,
      published: '2014-09-26',
    });
    expect(article.paragraphs).toHaveLength(8);
    expect(article.paragraphs[0]).toMatch(/^MOSCOW, September 26\. \/ITAR-TASS\/\. Militants from CIS countries/);
    expect(article.paragraphs).not.toContain('World September 26, 2014, 13:05');
  });

  it('003: lower-case title capitalised, empty dateline brackets name no outlet, no author or date', () => {
    const article = annotateSeed('003_be8157860be4df29.txt');
    expect(article.metadata).toEqual({
      title: 'The risk of a caliphate reappears in Central Asia',
      outlet: null,
      author: null,
      published: null,
    });
    expect(article.paragraphs[0]).toMatch(/^Several Islamist organizations are strengthening/);
    expect(article.paragraphs[1]).toMatch(/^Moscow \(\) – The Kyrgyz Ministry of the Interior/);
    expect(article.paragraphs).toHaveLength(9);
  });
});

describe('extractMetadata on other headers', () => {
  it('Reuters: byline, upper-case date with time, dateline agency; credits line out of the body', () => {
    const article = annotate(`Reuters
World

Kazakhstan says it foiled Islamic State plot in Aktobe

By Olzhas Auyezov

OCTOBER 4, 2016 / 9:12 AM

ALMATY, Oct 4 (Reuters) - Kazakhstan's security service said on Tuesday it had detained five people who were planning attacks on police stations.

The suspects had bought weapons and made explosives at a rented flat, the National Security Committee said.

Reporting by Olzhas Auyezov; Editing by Mark Heinrich`);
    expect(article.metadata).toEqual({
      title: 'Kazakhstan says it foiled Islamic State plot in Aktobe',
      outlet: 'Reuters',
      author: 'Olzhas Auyezov',
      published: '2016-10-04',
    });
    expect(article.paragraphs).toHaveLength(2);
  });

  it('TASS: dateline without a year takes the year from the header', () => {
    const article = annotate(`Society 2015
14:20 MSK

Russian police detain recruiters of Central Asian migrants

ASTANA, October 3. /TASS/. Police in Moscow have detained four people suspected of recruiting migrants from Central Asia for the Islamic State, the Interior Ministry said.

All four are citizens of Tajikistan, the ministry said.`);
    expect(article.metadata).toMatchObject({ outlet: 'TASS', author: null, published: '2015-10-03' });
  });

  it('a dateline without a year and no year anywhere gives no date', () => {
    const article = annotate(`Russian police detain recruiters of Central Asian migrants

MOSCOW, October 3. /TASS/. Police in Moscow have detained four people suspected of recruiting migrants from Central Asia for the Islamic State, the Interior Ministry said.

All four are citizens of Tajikistan, the ministry said on October 3.`);
    expect(article.metadata.published).toBeNull();
    expect(article.metadata.outlet).toBe('TASS');
  });

  it('Russian date line and a Cyrillic "Автор:" byline', () => {
    const article = annotate(`Vlast.kz
Общество

Kazakh court jails five over Syria travel

3 октября 2015, 14:20
Автор: Алия Сейткали

A court in Aktobe has jailed five men who tried to travel to Syria to join armed groups, the court's press service said.

The men were detained at the airport in Almaty last year.`);
    expect(article.metadata).toEqual({
      title: 'Kazakh court jails five over Syria travel',
      outlet: 'Vlast.kz',
      author: 'Алия Сейткали',
      published: '2015-10-03',
    });
    expect(article.paragraphs).toHaveLength(2);
  });

  it('Eurasianet style: name and date on one line under the standfirst, "Written by" in capitals elsewhere is not needed', () => {
    const article = annotate(`EURASIANET

Kazakhstan: Returnees from Syria face long road back

Women brought home from the camps say that the hardest part is finding work.

Aigerim Seitova Sep 26, 2019

Almost a year after she came back from a camp in northeastern Syria, a 27-year-old woman in Shymkent still cannot find a job.

Her story is typical of the returnees, officials at a rehabilitation centre say.`);
    expect(article.metadata).toEqual({
      title: 'Kazakhstan: Returnees from Syria face long road back',
      outlet: 'Eurasianet',
      author: 'Aigerim Seitova',
      published: '2019-09-26',
    });
    expect(article.paragraphs[0]).toBe('Women brought home from the camps say that the hardest part is finding work.');
    expect(article.paragraphs).toHaveLength(3);
  });

  it('title with an outlet suffix, capitalised byline with outlet, ISO date', () => {
    const article = annotate(`Tajik fighters return from Syria to face trial | The Diplomat

BY DILNOZA RAHIMOVA | THE DIPLOMAT
2016-09-05

Dozens of Tajik citizens who fought in Syria have returned home and now face trial, prosecutors in Dushanbe say.

Others have been pardoned under an amnesty for those who come back of their own will.`);
    expect(article.metadata).toEqual({
      title: 'Tajik fighters return from Syria to face trial',
      outlet: 'The Diplomat',
      author: 'Dilnoza Rahimova',
      published: '2016-09-05',
    });
  });

  it('AsiaNews-style bracketed agency and dotted date; "Sept." dates', () => {
    const article = annotate(`KYRGYZSTAN - ISLAM
Bishkek worries about young people leaving for Syria
05.09.2016

Bishkek (AsiaNews) – The authorities are alarmed by the number of young Kyrgyz who leave for the war in Syria, officials said.

Families say they learned of the departures only later.`);
    expect(article.metadata).toMatchObject({ title: 'Bishkek worries about young people leaving for Syria', outlet: 'AsiaNews', published: '2016-09-05' });

    const sept = annotate(`Uzbek officials count returnees

Sept. 12, 2018

TASHKENT (AP) — Officials in Uzbekistan said on Wednesday that 70 citizens had come back from Syria this year.

Most of them are women and children, the officials said.`);
    expect(sept.metadata).toMatchObject({ outlet: 'AP', published: '2018-09-12', author: null });
  });

  it('an agency credit glued to the last paragraph and a "— AFP" line', () => {
    const glued = annotate(`Turkmen border guards killed in clash

Three Turkmen border guards were killed in a clash with armed men on the Afghan border, a source in Ashgabat said.

The government did not comment on the report. — AFP`);
    expect(glued.metadata).toMatchObject({ outlet: 'AFP', author: null, published: null });
    expect(glued.paragraphs.at(-1)).toBe('The government did not comment on the report.');

    const ownLine = annotate(`Turkmen border guards killed in clash

Three Turkmen border guards were killed in a clash with armed men on the Afghan border, a source in Ashgabat said.

The government did not comment on the report.

— AFP`);
    expect(ownLine.metadata.outlet).toBe('AFP');
    expect(ownLine.paragraphs).toHaveLength(2);
  });

  it('"told X" with a domain that is not in the data keeps the name as written', () => {
    const article = annotate(`Osh imam detained over sermon

Police in Osh have detained an imam over a sermon that praised fighters in Syria, his brother told Zanoza.kg on Monday.

The imam denies the charge.`);
    expect(article.metadata.outlet).toBe('Zanoza.kg');
  });

  it('"told Putin" names no outlet, and a byline naming a service gives the outlet but no author', () => {
    const article = annotate(`Tajik leader warns of militants on border

By RFE/RL's Tajik Service

President Emomali Rahmon told Putin on Friday that hundreds of militants had gathered near the Tajik border, his office said.

The two leaders spoke by phone.`);
    expect(article.metadata).toMatchObject({ outlet: 'RFE/RL', author: null });
  });

  it('a contribution note is a credit, not a paragraph', () => {
    const article = annotate(`Tajik Court Jails 12 Over Alleged Links To Islamic State

By Mumin Ahmadi
March 3, 2021

DUSHANBE -- A court in northern Tajikistan has sentenced 12 men to prison terms of between five and 18 years after finding them guilty.

Relatives of several of the men said that the confessions had been obtained under pressure.

RFE/RL's Tajik Service contributed to this report.`);
    expect(article.metadata).toEqual({
      title: 'Tajik Court Jails 12 Over Alleged Links To Islamic State',
      outlet: 'RFE/RL',
      author: 'Mumin Ahmadi',
      published: '2021-03-03',
    });
    expect(article.paragraphs).toHaveLength(2);
  });

  it('without a header date, a full date the lead says things happened "on" gives the month only', () => {
    const article = annotate(`Kyrgyz deputy minister gives new figure for fighters

More than 500 Kyrgyz citizens are in Syria and Iraq, a deputy interior minister said on April 21, 2016, in Bishkek.

He did not say how many had been killed.`);
    expect(article.metadata.published).toBe('2016-04');
  });

  it('a section label, a kicker and a date line between title and body are dropped from the body', () => {
    const article = annotate(`Kun.uz

Uzbek court jails man who called for jihad online

Society
14:51 / 26.09.2014

A court in Namangan has sentenced a 29-year-old man to seven years in prison for posting videos that called for jihad.

The man had shared the videos in several Telegram groups.`);
    expect(article.metadata).toEqual({
      title: 'Uzbek court jails man who called for jihad online',
      outlet: 'Kun.uz',
      author: null,
      published: '2014-09-26',
    });
    expect(article.paragraphs).toEqual([
      'A court in Namangan has sentenced a 29-year-old man to seven years in prison for posting videos that called for jihad.',
      'The man had shared the videos in several Telegram groups.',
    ]);
  });

  it('prefers the published date to an "updated" date', () => {
    const article = annotate(`Court arrests suspects in Moscow attack

UPDATED: March 26, 2024, 02:30
March 25, 2024, 01:47

Moscow's Basmanny court has ordered the suspects held in custody for two months, the court said on Monday.

They are all citizens of Tajikistan.`);
    expect(article.metadata.published).toBe('2024-03-25');
  });

  it('"Posted by X on <date>", a masthead that is not the title, and a bracketed acronym that is no dateline', () => {
    const article = annotate(`Radio Free Europe/Radio Liberty

Kyrgyz Militants Killed In Syrian Air Strike, Relatives Say

Posted by Jane Doe on September 26, 2014

Relatives of three Kyrgyz men who went to Syria two years ago say the men were killed in an air strike near Raqqa.

The National Security Committee (GKNB) - the security service - said it could not confirm the deaths.`);
    expect(article.metadata).toEqual({
      title: 'Kyrgyz Militants Killed In Syrian Air Strike, Relatives Say',
      outlet: 'RFE/RL',
      author: 'Jane Doe',
      published: '2014-09-26',
    });
  });

  it('a time and date glued to the title, "Written by X, City", a place in dateline brackets', () => {
    const article = annotate(`Kazakh imam detained in Aktau 14:51 26.09.2014

Written by Aziza Karimova, Aktau

AKTAU (Kazakhstan) - Police have detained an imam suspected of recruiting young men for armed groups in Syria, the regional police said.

He has denied the charges.`);
    expect(article.metadata).toEqual({
      title: 'Kazakh imam detained in Aktau',
      outlet: null,
      author: 'Aziza Karimova',
      published: '2014-09-26',
    });
  });

  it('a dateline naming a correspondent inside the slashes still gives the agency', () => {
    const article = annotate(`Russia, Kazakhstan discuss returnees

MOSCOW, October 10. /ITAR-TASS correspondent Ivan Petrov/. Security officials of Russia and Kazakhstan discussed the return of militants from Syria, the Kremlin said.

No details were given.`);
    expect(article.metadata.outlet).toBe('ITAR-TASS');
  });

  it('an agency after the dateline dash, a service line under the byline, a dateline on its own line', () => {
    const sputnik = annotate(`Kyrgyz border guards detain man wanted for terrorism

BISHKEK, 26 сен — Sputnik. Border guards at Manas airport have detained a man wanted in Russia on terrorism charges, the border service said.

He was travelling on a forged passport.`);
    expect(sputnik.metadata).toMatchObject({ outlet: 'Sputnik', published: null });

    const bbc = annotate(`Uzbek mothers look for children in Syria

By Rustam Qodirov
BBC Uzbek

26 September 2014

Dozens of Uzbek mothers whose children went to Syria say they have had no news for months.

"I just want to know if he is alive," one of them said.`);
    expect(bbc.metadata).toMatchObject({ outlet: 'BBC', author: 'Rustam Qodirov', published: '2014-09-26' });
    expect(bbc.paragraphs).toHaveLength(2);

    const trend = annotate(`Azerbaijan jails 20 returnees from Syria

Baku, Azerbaijan, Sept. 26 / Trend /

A court in Baku has sentenced 20 people who returned from Syria to prison terms of up to 12 years, the court said.`);
    expect(trend.metadata).toMatchObject({ outlet: 'Trend', published: null });
    expect(trend.paragraphs).toHaveLength(1);
  });

  it('throws a SeedError naming the file when no line looks like a title', () => {
    const lines = toLines('Many militants have returned home from the camps, officials said on Monday in the capital.\nThey said nothing else about it to the reporters present.\n');
    expect(() => extractMetadata(lines, 'seeds/broken.txt')).toThrow(SeedError);
    expect(() => extractMetadata(lines, 'seeds/broken.txt')).toThrow(/^seeds\/broken\.txt:1: has no recognisable title/);
    expect(() => extractMetadata([], 'seeds/empty.txt')).toThrow(/seeds\/empty\.txt: has no recognisable title/);
  });
});

describe('personName', () => {
  it('takes a 2-4 word capitalised name and nothing else', () => {
    expect(personName('Dmitriy Khegai')).toBe('Dmitriy Khegai');
    expect(personName('JOANNA LILLIS, Almaty')).toBe('Joanna Lillis');
    expect(personName('Abu Mu’adh al-Muhajir')).toBe('Abu Mu’adh al-Muhajir');
    expect(personName('Jane Doe and John Roe')).toBe('Jane Doe');
    expect(personName('Staff Reporter')).toBeNull();
    expect(personName('Reuters')).toBeNull();
    expect(personName('Radio Free Europe')).toBeNull();
    expect(personName('the news website')).toBeNull();
  });
});

describe('outlet data', () => {
  it('loads data/knowledge/outlets.yaml and maps spellings to display names', () => {
    const outlets = loadOutletIndex();
    expect(outlets.canonical('Radio Free Europe/Radio Liberty')).toBe('RFE/RL');
    expect(outlets.canonical("RFE/RL's")).toBe('RFE/RL');
    expect(outlets.canonical('KAZINFORM')).toBe('Kazinform');
    expect(outlets.canonical('the Associated Press')).toBe('AP');
    expect(outlets.canonical('ITAR-TASS')).toBe('ITAR-TASS');
    expect(outlets.canonical('tengrinews.kz')).toBe('Tengrinews.kz');
    expect(outlets.canonical('Ministry of Interior')).toBeNull();
  });

  it('finds outlets as whole words, acronyms only in capitals', () => {
    const outlets = buildOutletIndex({ outlets: [{ name: 'AP', aliases: ['Associated Press'] }, { name: 'Kun.uz' }] });
    expect(outlets.findAll('He told the Associated Press and Kun.uz; a cap on taps.').map((found) => found.name)).toEqual(['AP', 'Kun.uz']);
    expect(outlets.findAll('an ap of Kun.uzbek')).toEqual([]);
  });

  it('rejects data of the wrong shape with a clear message', () => {
    expect(() => buildOutletIndex({ outlet: [] })).toThrow(/top-level "outlets:" list/);
    expect(() => buildOutletIndex({ outlets: [{ aliases: ['x'] }] })).toThrow(/entry 1 has no "name"/);
  });

  it('uses an outlet index passed in instead of the data file', () => {
    const outlets = buildOutletIndex({ outlets: [{ name: 'Example Wire', aliases: ['EXW'] }] });
    const lines = toLines('Court jails recruiter in Osh\n\nOSH (EXW) - A court in Osh has jailed a man for recruiting fighters for Syria, the court said.\n');
    expect(extractMetadata(lines, 't.txt', outlets).metadata.outlet).toBe('Example Wire');
  });
});

describe('extractMetadata: the title, date and byline of varied page layouts', () => {
  it('a newspaper page: menus without separators, a kicker, a standfirst, "Name, Central Asia correspondent", "First published" beats the shown date', () => {
    const article = annotate(`The Daily Steppe
Home   News   Business   Culture   Sport   Opinion
Kazakhstan   Central Asia   World   Europe   Americas
Security

Kazakh police detain nine over plot to join militants in Afghanistan

Officers say the men were in touch with a recruiter abroad and had already bought tickets to Istanbul

Anna Petrova, Central Asia correspondent
Mon 3 Feb 2020 09.15 GMT
First published on Sun 2 Feb 2020 18.40 GMT

Kazakh special forces officers during a training exercise near Almaty. Photograph: Ruslan Pryanikov/AFP via Getty Images

Police in southern Kazakhstan have detained nine men suspected of planning to travel to Afghanistan to join an Islamic State affiliate, the National Security Committee said on Sunday.

The men, aged between 19 and 34, were held in Shymkent and the Turkestan region, the committee said in a statement.`);
    expect(article.metadata).toMatchObject({
      title: 'Kazakh police detain nine over plot to join militants in Afghanistan',
      author: 'Anna Petrova',
      published: '2020-02-02',
    });
    const body = article.paragraphs.join('\n');
    expect(body).not.toMatch(/Home News|Central Asia World|correspondent|GMT|Photograph/);
    expect(article.paragraphs.at(-1)).toMatch(/^The men, aged between 19 and 34/);
  });

  it('a wire page: a "FILE PHOTO" caption above the title, a "Trending" box, a credit inside the body', () => {
    const article = annotate(`Skip to main content
World   Business   Markets   Technology   Investigations
Trending:
Tajik migrants in Russia face new checks
Kyrgyz president visits Beijing

FILE PHOTO: Tajik border guards patrol the frontier with Afghanistan near Panj, Tajikistan, October 2, 2021. REUTERS/Nazarali Pirnazarov/File Photo

Tajikistan says it foiled Islamic State plot against Dushanbe police

By Nazira Sharipova
March 14, 2022 11:05 AM UTC

DUSHANBE, March 14 (Reuters) - Tajikistan's security service said on Monday it had detained 12 suspected members of the Islamic State who were planning attacks on police stations in the capital.

Police officers guard a street in central Dushanbe. REUTERS/Nazarali Pirnazarov

The suspects had received instructions from a handler in Afghanistan, the State Committee for National Security said.`);
    expect(article.metadata).toEqual({
      title: 'Tajikistan says it foiled Islamic State plot against Dushanbe police',
      outlet: 'Reuters',
      author: 'Nazira Sharipova',
      published: '2022-03-14',
    });
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs.join('\n')).not.toMatch(/REUTERS\//);
  });

  it('a regional agency: mixed-script language switcher, a menu, a date line with a section and a UTC offset, a byline under the dateline', () => {
    const article = annotate(`Steppe Wire News Agency
English   Русский   Тоҷикӣ   Қарақалпақша
Politics   Business   Society   World   Central Asia   Iran

Uzbekistan hands over five suspects to Tajikistan

Central Asia Materials 3 March 2019 11:20 (UTC +04:00)

Tashkent, Uzbekistan, March 3

By Laylo Yusupova – Steppe Wire:

Uzbekistan has handed over five men wanted in Tajikistan on charges of taking part in an armed group, the Prosecutor-General's Office said on Sunday.

The men had been detained in the Surkhandarya region last year.`);
    expect(article.metadata).toMatchObject({
      title: 'Uzbekistan hands over five suspects to Tajikistan',
      author: 'Laylo Yusupova',
      published: '2019-03-03',
    });
    expect(article.paragraphs).toEqual([
      "Uzbekistan has handed over five men wanted in Tajikistan on charges of taking part in an armed group, the Prosecutor-General's Office said on Sunday.",
      'The men had been detained in the Surkhandarya region last year.',
    ]);
  });

  it('an image credit, then a caption ending with a date, between the date line and the body', () => {
    const article = annotate(`AKIpress
Osh court sentences three for extremist leaflets
20.08.2017 14:15
Photo: Vesti.kg
Suspected members of the banned group in a courtroom in Osh, August 2017
BISHKEK (AKIpress) - A court in Osh has sentenced three men to between five and eight years in prison for distributing leaflets of a banned group.
The men were detained in March during searches in the Kara-Suu district, the security service said.`);
    expect(article.metadata).toEqual({
      title: 'Osh court sentences three for extremist leaflets',
      outlet: 'AKIpress',
      author: null,
      published: '2017-08-20',
    });
    expect(article.paragraphs).toHaveLength(2);
  });

  it('a credit and caption above the headline, the caption followed by the date line', () => {
    const article = annotate(`Breaking News
Live: Explosion reported near Chinese embassy in Bishkek
Photo: social media
Smoke rises over the embassy district of Bishkek on Tuesday morning
30 August 2016 10:42
A car exploded at the gates of the Chinese embassy in Bishkek on Tuesday morning, the Emergency Ministry said.
The driver was killed and at least two embassy staff were injured, according to the Health Ministry.`);
    expect(article.metadata.title).toBe('Live: Explosion reported near Chinese embassy in Bishkek');
    expect(article.metadata.published).toBe('2016-08-30');
    expect(article.paragraphs.join('\n')).not.toMatch(/Smoke rises/);
  });

  it('a name alone under a long title, over a date line with a place', () => {
    const article = annotate(`Fergana News Agency
Society
The long road home: how Kazakhstan brings back its citizens from the war zones of Syria and Iraq
Aliya Nurlanova
Almaty, 14 January 2020
Since January 2019 Kazakhstan has carried out five stages of its repatriation operation and brought home more than 600 citizens from Syria.
Most of them are children.`);
    expect(article.metadata).toMatchObject({
      title: 'The long road home: how Kazakhstan brings back its citizens from the war zones of Syria and Iraq',
      author: 'Aliya Nurlanova',
      published: '2020-01-14',
    });
    expect(article.paragraphs).toHaveLength(2);
  });

  it('a breadcrumb ending with the title, a standfirst without a stop, a slashed date read day first', () => {
    const article = annotate(`Asia-Plus
Home › Politics › Security › Why are Tajik migrants joining ISIS-K?
Why are Tajik migrants joining ISIS-K?
Experts blame poverty, isolation and online recruiters in Russia, while the government points to the banned opposition
05/04/2024 16:22
Since the attack on a concert hall near Moscow, the question of why so many Tajik citizens end up in the ranks of the Islamic State's Afghan branch has been asked in Dushanbe and beyond.
Analysts interviewed for this article say there is no single answer.`);
    expect(article.metadata).toMatchObject({ title: 'Why are Tajik migrants joining ISIS-K?', published: '2024-04-05' });
    expect(article.paragraphs.join('\n')).not.toMatch(/Home ›/);
  });

  it('a sign-off under the last paragraph naming the agency beside the person gives the author', () => {
    const article = annotatePage(`Kazinform
Society
Bishkek hosts a seminar on preventing radicalisation in schools
March 14, 2023  11:05
A seminar for school teachers on recognising signs of radicalisation opened in Bishkek on Tuesday, the education ministry said.
About 60 teachers from the Chui and Osh regions took part in the two-day course.
Aibek Usenov, Kazinform
Latest news
Weather in Bishkek`);
    expect(article.metadata).toMatchObject({ author: 'Aibek Usenov', published: '2023-03-14' });
  });

  it('a slashed date with a two-digit year and a twelve-hour clock is read month first', () => {
    const article = annotate(`Harbor Ledger
Security
Kazakh border guards stop two men heading to Syria
Officials say the pair carried forged papers and a list of contacts in Gaziantep.
By Dana Whitfield
3/11/19, 6:45 PM EST
Border guards at the Khorgos crossing detained two men on Friday who were trying to leave for Syria, the national security committee said.
Both men had bought one-way tickets and had been in touch with a recruiter for several weeks, officials said.`);
    expect(article.metadata).toMatchObject({ author: 'Dana Whitfield', published: '2019-03-11' });
  });

  it('an unknown site name after a bar, "Last update ... (first published ...)", a disclaimer and an editing credit in the footer', () => {
    const article = annotate(`The Steppe Herald
Opinion
Why Central Asia's returnees deserve a second chance | Steppe Herald
By Marat Aliyev
Last update: 4 March 2021 (first published 3 March 2021)
When women and children come back from the camps in Syria, they face a society that mostly sees them as a threat.
That is understandable but wrong, the author argues, because most of them were taken there against their will.
The views expressed in this article are the author's own and do not necessarily reflect the editorial position of The Steppe Herald.
Edited by Sara Kim
Report a typo`);
    expect(article.metadata).toMatchObject({
      title: "Why Central Asia's returnees deserve a second chance",
      author: 'Marat Aliyev',
      published: '2021-03-03',
    });
    expect(article.paragraphs).toHaveLength(2);
  });

  it('Russian labels: "Дата публикации", a name alone under the title, an editorial disclaimer', () => {
    const article = annotate(`Дата публикации: 12.03.2019 15:40
Tajik court sentences 12 for joining Islamic State
Дилноза Рахимова
A court in Khujand has sentenced 12 men to prison terms of between 12 and 20 years for fighting for the Islamic State in Syria, the prosecutor's office said.
Most of them were detained in Turkey and handed over to Tajikistan last year.
Мнение редакции может не совпадать с мнением автора.`);
    expect(article.metadata).toEqual({
      title: 'Tajik court sentences 12 for joining Islamic State',
      outlet: null,
      author: 'Дилноза Рахимова',
      published: '2019-03-12',
    });
    expect(article.paragraphs).toHaveLength(2);
  });

  it('"17:26 GMT 28.07.2021 (updated 18:02 GMT 29.07.2021)": the date before the "updated" label', () => {
    const article = annotate(`Kyrgyz border guards detain armed men near Batken

17:26 GMT 28.07.2021 (updated 18:02 GMT 29.07.2021)

Kyrgyz border guards have detained three armed men who crossed from Tajikistan near the village of Kok-Tash, the border service said on Wednesday.

The men are being questioned.`);
    expect(article.metadata.published).toBe('2021-07-28');
  });

  it('a title printed with a full stop, and a short first line that can only be the title', () => {
    expect(
      annotate(`Kazakh police detain nine over IS plot.
12.03.2020
Police in southern Kazakhstan have detained nine men suspected of planning to travel to Afghanistan to join an armed group, the security committee said on Monday.
The men were held in Shymkent.`).metadata,
    ).toMatchObject({ title: 'Kazakh police detain nine over IS plot.', published: '2020-03-12' });
    const stopped = annotate(`Tajik court jails nine men for joining Islamic State in Syria.
A court in Dushanbe has sentenced nine men to prison terms of between 12 and 20 years for fighting for the Islamic State in Syria, the Supreme Court said on Monday.
Most of them were detained in Turkey.`);
    expect(stopped.metadata.title).toBe('Tajik court jails nine men for joining Islamic State in Syria.');
    expect(stopped.paragraphs).toHaveLength(2);
  });

  it('a kicker that looks like two names is no byline', () => {
    const article = annotate(`Kyrgyzstan jails imam for extremist sermons
Human Rights
14.05.2021
A court in Jalal-Abad has sentenced an imam to five years in prison for sermons that prosecutors said incited religious hatred.
His supporters say the case is political.`);
    expect(article.metadata.author).toBeNull();
  });
});

/** Run the first three stages as the pipeline does: the removed lines go to the metadata stage too. */
function annotatePage(text: string): ArticleText {
  const lines = toLines(decodeSeed(new TextEncoder().encode(text), 'test.txt'));
  const { kept, removed } = stripFurniture(lines);
  return extractMetadata(kept, 'test.txt', undefined, removed);
}

/** Three short paragraphs of an invented report (blank lines between), for the page-shape tests of the later blind sets. */
const FRONTIER_BODY: readonly string[] = [
  'Border guards detained eleven men near the Afghan frontier on Sunday night, the border service said in a statement.',
  '',
  'The men were carrying forged passports and had tried to cross the river at night, the statement said.',
  '',
  'All eleven were handed to investigators in Termez, where a court will decide on their arrest this week.',
];

/** Three body paragraphs of an invented report, to put under the headers of these tests. */
const COURT_REPORT = `A regional court has sentenced four men to between eight and eleven years in prison for recruiting villagers to fight for an armed group abroad, prosecutors said.

The men had sent at least nine people to the conflict zone over three years, the prosecutors said, and had paid for the travel of five of them.

Relatives of two of the recruits told the court they had not heard from them since 2016.`;

describe('extractMetadata: outlets, dates and bylines in chrome, datelines and odd places', () => {
  it('an unlisted agency: masthead tagline, a priced subscription offer that is no title, "Place / dd.mm.yy / Agency:" dateline', () => {
    const article = annotatePage(`KARAKUM Information Agency
TM | RU | EN
Politics
Society
Get the Karakum morning digest for USD 12 a month

Court in Mary jails four recruiters

Ashgabat / 14.02.19 / Karakum: ${COURT_REPORT}`);
    expect(article.metadata).toEqual({ title: 'Court in Mary jails four recruiters', outlet: 'Karakum', author: null, published: '2019-02-14' });
    expect(article.paragraphs[0]).toMatch(/^Ashgabat \/ 14\.02\.19 \/ Karakum: A regional court/);
    expect(article.paragraphs.join('\n')).not.toMatch(/USD 12/);
  });

  it('an unlisted newspaper named only by its masthead and its copyright line; a photo credit names no outlet', () => {
    const article = annotatePage(`Pamir Times
Monday, 3 June 2019
Home | Region | World | Opinion

Khorog court convicts four over recruiting for armed group

Photo: AKIpress
Relatives outside the court building

${COURT_REPORT}

Tags: Khorog, courts
All rights reserved. Copyright © Pamir Times Institute`);
    expect(article.metadata).toMatchObject({ outlet: 'Pamir Times', published: '2019-06-03', author: null });
    const copyrightOnly = annotatePage(`Menu
Search
Court convicts four over recruiting for armed group
3 June 2019
${COURT_REPORT}
© 2019 Steppe Ledger LLC. All rights reserved.`);
    expect(copyrightOnly.metadata.outlet).toBe('Steppe Ledger');
    const bareCopyright = annotatePage(`Court convicts four over recruiting for armed group
3 June 2019
${COURT_REPORT}
© 2019 All rights reserved.`);
    expect(bareCopyright.metadata.outlet).toBeNull();
  });

  it("the site's own prompts name it: \"Support The Oxus Courier!\", \"Follow Kaktus.media on Telegram\"", () => {
    expect(
      annotatePage(`Support The Oxus Courier!
Give monthly
Court convicts four over recruiting for armed group
Updated: March 5, 2022 - 09:10
By Laylo Yusupova
${COURT_REPORT}
A message from The Oxus Courier:
Our reporters need your help.`).metadata,
    ).toEqual({
      title: 'Court convicts four over recruiting for armed group',
      outlet: 'The Oxus Courier',
      author: 'Laylo Yusupova',
      published: '2022-03-05',
    });
    expect(
      annotatePage(`Court convicts four over recruiting for armed group
05.03.2022
${COURT_REPORT}
Follow Kaktus.media on Telegram and Instagram`).metadata.outlet,
    ).toBe('Kaktus.media');
  });

  it('an agency and a reporter in capitals glued to the dateline: both read, and cut from the lead', () => {
    const article = annotatePage(`Osh court jails four recruiters
14/09/17 16:05
OSH - Kabar news agency, Bakyt ISMAILOV. ${COURT_REPORT}`);
    expect(article.metadata).toEqual({ title: 'Osh court jails four recruiters', outlet: 'Kabar', author: 'Bakyt Ismailov', published: '2017-09-14' });
    expect(article.paragraphs[0]).toMatch(/^OSH - A regional court has sentenced/);
  });

  it('numeric header dates with two-digit years read day first, unless only month first makes a date', () => {
    const published = (line: string): string | null =>
      annotatePage(`Osh court jails four recruiters\n${line}\n${COURT_REPORT}`).metadata.published;
    expect(published('14/09/17 16:05')).toBe('2017-09-14');
    expect(published('03/04/18')).toBe('2018-04-03');
    expect(published('09/25/17')).toBe('2017-09-25');
    expect(published('03-04-2018, 11:20')).toBe('2018-04-03');
    expect(published('Опубликовано: 12.03.2019 в 14:20')).toBe('2019-03-12');
    expect(published('2019-03-12T14:20:00+06:00')).toBe('2019-03-12');
    expect(published('3 hours ago')).toBeNull(); // relative: no date
  });

  it('a date, a byline and a section on one line; "Reporter:" and "By:" labels', () => {
    const article = annotatePage(`Court convicts four over recruiting for armed group
12 March 2019 | By Nodira Azimova | Politics
${COURT_REPORT}`);
    expect(article.metadata).toMatchObject({ author: 'Nodira Azimova', published: '2019-03-12' });
    expect(article.paragraphs).toHaveLength(3);
    expect(annotatePage(`Court convicts four over recruiting for armed group\nReporter: Timur Saidov\n5 May 2020\n${COURT_REPORT}`).metadata.author).toBe('Timur Saidov');
    expect(annotatePage(`Court convicts four over recruiting for armed group\nBy: Timur Saidov\n5 May 2020\n${COURT_REPORT}`).metadata.author).toBe('Timur Saidov');
  });

  it('"Name | role | date" gives the author; a body named before a date is no author', () => {
    expect(annotatePage(`Court convicts four over recruiting for armed group
Zarina Yusupova | Staff Writer | 3 March 2020
${COURT_REPORT}`).metadata).toMatchObject({
      author: 'Zarina Yusupova',
      published: '2020-03-03',
    });
    expect(annotatePage(`Court convicts four over recruiting for armed group
Kazakh Police | 3 March 2020
${COURT_REPORT}`).metadata.author).toBeNull();
  });

  it('an unlisted news organisation after a dash in the title; a section after a bar is none', () => {
    const article = annotatePage(`Home › World › Asia
Court convicts four over recruiting for armed group – Example Eurasia News
5 May 2020
${COURT_REPORT}`);
    expect(article.metadata).toMatchObject({ title: 'Court convicts four over recruiting for armed group', outlet: 'Example Eurasia News' });
    expect(annotatePage(`Court convicts four over recruiting for armed group | Opinion\n5 May 2020\n${COURT_REPORT}`).metadata).toMatchObject({
      title: 'Court convicts four over recruiting for armed group',
      outlet: null,
    });
  });

  it("the date by the title beats the site's date above the masthead; a Cyrillic source line names a listed outlet", () => {
    const article = annotatePage(`Friday, 14 October 2022
Example Times of Ferghana
Court convicts four over recruiting for armed group
11.10.2022 | 18:05
${COURT_REPORT}
Источник: Азаттык`);
    expect(article.metadata).toMatchObject({ published: '2022-10-11', outlet: 'Radio Azattyk' });
  });

  it('a headline repeated in the page title beats a deck that the date line follows; an agency in brackets before a full stop', () => {
    const article = annotatePage(`Court convicts four over recruiting for armed group - Aral Courier
Aral Courier
EXCLUSIVE
Court convicts four over recruiting for armed group
The case is the region's largest since 2016
14 hours ago
${COURT_REPORT}
Published: 7 February 2021, 11:04`);
    expect(article.metadata).toMatchObject({ title: 'Court convicts four over recruiting for armed group', outlet: 'Aral Courier', published: '2021-02-07' });
    const bracketed = annotatePage(`Court convicts four over recruiting for armed group
Kyzylorda, 3 April 2019 (Example Regional Press). ${COURT_REPORT}`);
    expect(bracketed.metadata).toMatchObject({ outlet: 'Example Regional Press', published: '2019-04-03' });
  });

  it('a title, a longer deck without a stop, a byline: the first is the title; a caption credited "Photo by X" stays out', () => {
    const article = annotatePage(`Society
Court convicts four over recruiting for armed group
The defendants told the court they had only helped relatives who asked for money
By Asel Nurlanova
15 March 2022, 17:42
Defendants in the courtroom in Kyzylorda. Photo by Asel Nurlanova
${COURT_REPORT}`);
    expect(article.metadata).toMatchObject({ title: 'Court convicts four over recruiting for armed group', author: 'Asel Nurlanova', published: '2022-03-15' });
    expect(article.paragraphs.join('\n')).not.toMatch(/Photo by/);
  });

  it('a name alone next to the date line after a long standfirst is the byline, not a paragraph', () => {
    const article = annotatePage(`Court convicts four over recruiting for armed group
Prosecutors said the four men had sent at least nine villagers to join an armed group abroad over three years
Ruslan Akhmetov
13:20 | 04.10.2019
${COURT_REPORT}`);
    expect(article.metadata).toMatchObject({ author: 'Ruslan Akhmetov', published: '2019-10-04' });
    expect(article.paragraphs).not.toContain('Ruslan Akhmetov');
  });

  it('Russian pages: "/ТАСС/" and "— Кабар." datelines, "Автор:" at the bottom; a dateline "Place, dd.mm.yyyy, Agency —" gives the date', () => {
    const tass = annotatePage(`Главная | Политика | Происшествия
В Оше задержали пятерых подозреваемых в подготовке теракта
23 ноября 2015, 14:20
ОШ, 23 ноября. /ТАСС/. Сотрудники спецслужбы задержали в Оше пятерых человек, подозреваемых в подготовке нападения на отделение полиции.
При обысках изъяты взрывчатка и оружие, сообщили в ведомстве.
Задержанные дают показания.`);
    expect(tass.metadata).toMatchObject({ outlet: 'TASS', published: '2015-11-23', author: null });
    const kabar = annotatePage(`Суд в Бишкеке вынес приговор пятерым участникам группировки
Бишкек, 14.05.2020 — Кабар. Районный суд приговорил пятерых членов запрещенной группировки к срокам от пяти до восьми лет.
Следствие установило, что обвиняемые распространяли запрещенные материалы через мессенджеры.
Приговор еще не вступил в законную силу.
Автор: Нургуль Асанова
Подписывайтесь на наш Telegram-канал`);
    expect(kabar.metadata).toMatchObject({ outlet: 'Kabar', published: '2020-05-14', author: 'Нургуль Асанова' });
    expect(kabar.paragraphs).toHaveLength(3);
    const unlisted = annotatePage(`Court convicts four over recruiting for armed group
Kyzylorda, 23.11.2015, Syr Darya Press — ${COURT_REPORT}`);
    expect(unlisted.metadata).toMatchObject({ outlet: 'Syr Darya Press', published: '2015-11-23' });
  });

  it('an unlisted site named only as the first item of its menu; an Interfax-style dateline wins over it', () => {
    const menu = `Skip to content
samarkand-daily.uz | News | Politics | Society
Court convicts four over recruiting for armed group
5 May 2020`;
    expect(annotatePage(`${menu}
${COURT_REPORT}`).metadata.outlet).toBe('samarkand-daily.uz');
    expect(annotatePage(`${menu}
SAMARKAND. May 5 (Interfax) - ${COURT_REPORT}`).metadata.outlet).toBe('Interfax');
  });

  it('patronymic particles and a social-media handle in a byline', () => {
    expect(personName('Aigerim Toleukhan kyzy')).toBe('Aigerim Toleukhan kyzy');
    expect(personName('Bobur Rashidov ugli, Tashkent')).toBe('Bobur Rashidov ugli');
    expect(personName('Jane Roe @janeroe')).toBe('Jane Roe');
    expect(personName('Айгуль НУРМАТОВА')).toBe('Айгуль Нурматова');
  });

  it('a caption ending in its credit between the date line and the byline stays out of the body; a wire end mark is cut', () => {
    const article = annotatePage(`Court convicts four over recruiting for armed group
Updated: June 4, 2021 - 16:40
Relatives wait outside the court building in Khujand. Social media
By Farrukh Nazarov
${COURT_REPORT} -0-
Read more`);
    expect(article.metadata).toMatchObject({ author: 'Farrukh Nazarov', published: '2021-06-04' });
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs.join('\n')).not.toMatch(/Social media|-0-/);
  });
});

describe('extractMetadata: a photo credit with a copyright mark', () => {
  it('above the body it names no outlet', () => {
    const lines = toLines(
      decodeSeed(
        new TextEncoder().encode(`Court convicts four over recruiting for armed group
5 May 2020
© Reuters
Relatives outside the court
${COURT_REPORT}`),
        'test.txt',
      ),
    );
    const { kept, removed } = stripFurniture(lines);
    expect(extractMetadata(kept, 'test.txt', undefined, removed).metadata.outlet).toBeNull();
  });
});

describe('extractMetadata: site slogans, bare menus, role bylines and name lists by a date', () => {
  it('a menu of bare words ending in "Contact us" and a slogan are no title; the date above the headline marks it', () => {
    const article = annotatePage(`Steppe Ledger
Reporting Central Asia Since 2004
Home  Investigations  Podcasts  Elections  Contact us
12 March 2021 - 09:15
Kazakh prosecutors charge six over online recruitment network
${COURT_REPORT}`);
    expect(article.metadata).toMatchObject({ title: 'Kazakh prosecutors charge six over online recruitment network', published: '2021-03-12' });
    expect(article.paragraphs).toHaveLength(3);
  });

  it('a slogan above the menus takes no credit for the date line below them; "Available in" opens a language switcher', () => {
    const article = annotatePage(`Caspian Rights Monitor
Documenting Abuses Across the Region
Donate
Countries | Topics | Reports | About
Available In English | Русский
14 October 2019
Azerbaijan: Returnees From Syria Held Without Charge
Families say detainees have not seen lawyers for months and were questioned without interpreters
${COURT_REPORT}`);
    expect(article.metadata).toMatchObject({ title: 'Azerbaijan: Returnees From Syria Held Without Charge', published: '2019-10-14' });
    expect(article.paragraphs.join('\n')).not.toMatch(/Documenting Abuses|Available In/);
  });

  it('"headline, kicker, date, updated date, standfirst": the date above the standfirst does not make it the title', () => {
    const article = annotatePage(`Court jails recruiter who sent nine villagers to Syria
Security
June 2, 2022, 10:05
UPDATED: June 2, 2022, 12:30
The four men will stay in custody for two more months, a court spokesman said
${COURT_REPORT}`);
    expect(article.metadata).toMatchObject({ title: 'Court jails recruiter who sent nine villagers to Syria', published: '2022-06-02' });
  });

  it('"Name, <outlet> correspondent" and "Name — <outlet> staff writer" are bylines', () => {
    const first = annotatePage(`Fergana Valley Times
Court jails recruiter who sent nine villagers to Syria
Jul 3, 2016 08:20
Dilnoza Karimova, Example.uz correspondent
${COURT_REPORT}`);
    expect(first.metadata).toMatchObject({ author: 'Dilnoza Karimova', published: '2016-07-03' });
    expect(first.paragraphs.join('\n')).not.toMatch(/correspondent/);
    const second = annotatePage(`Court jails recruiter who sent nine villagers to Syria
Marat Sultanov — RFE/RL staff writer
May 5, 2020
${COURT_REPORT}`);
    expect(second.metadata).toMatchObject({ author: 'Marat Sultanov', published: '2020-05-05' });
  });

  it('two names and a date with "Update :" or "Last updated :" after a half-spaced bar: the first name, the first date', () => {
    const first = annotatePage(`Court jails recruiter who sent nine villagers to Syria
Ayşe Demir and Kemal Öztürk   |12.04.2017 - Update : 13.04.2017
${COURT_REPORT}`);
    expect(first.metadata).toMatchObject({ author: 'Ayşe Demir', published: '2017-04-12' });
    expect(first.paragraphs).toHaveLength(3);
    const second = annotatePage(`Court jails recruiter who sent nine villagers to Syria
Elif Şahin, Murat Yıldız | 05.09.2018 - Last updated : 06.09.2018
${COURT_REPORT}`);
    expect(second.metadata).toMatchObject({ author: 'Elif Şahin', published: '2018-09-05' });
    expect(second.paragraphs.join('\n')).not.toMatch(/Yıldız/);
  });
});

describe('extractMetadata: account links, name lines, releases, address dates, first publication', () => {
  it('"Sign in | Subscribe" above a date line is no title; the headline is, and is not left in the body', () => {
    const article = annotatePage(`News   Region   Economy   Culture
Sign in | Subscribe

4 May 2021, 10:40

Court jails recruiter who sent nine villagers to Syria

${COURT_REPORT}`);
    expect(article.metadata).toMatchObject({ title: 'Court jails recruiter who sent nine villagers to Syria', published: '2021-05-04' });
    expect(article.paragraphs).toHaveLength(3);
  });

  it('reporters\' names between bars under the headline are the byline, not the title', () => {
    const article = annotatePage(`Court jails recruiter who sent nine villagers to Syria

Gulnara Tashkentova | Rustam Abdullaev
Published March 2, 2018 · Updated March 3, 2018 11:20am

${COURT_REPORT}`);
    expect(article.metadata).toMatchObject({
      title: 'Court jails recruiter who sent nine villagers to Syria',
      author: 'Gulnara Tashkentova',
      published: '2018-03-02',
    });
    expect(article.paragraphs.join('\n')).not.toMatch(/Abdullaev/);
  });

  it('a ministry\'s press release: the issuing body is the outlet', () => {
    const article = annotatePage(`Skip to main content
MINISTRY OF INTERIOR AFFAIRS
Home | About | Press Centre | Contacts

Ministry of Interior Affairs
Press Service

PRESS RELEASE
12 October 2020

Court jails recruiter who sent nine villagers to Syria

${COURT_REPORT}`);
    expect(article.metadata).toMatchObject({ outlet: 'Ministry of Interior Affairs', published: '2020-10-12' });
  });

  it('a wire story on a portal dated only by the address line above the title', () => {
    const article = annotatePage(`Example Portal
Home | World | Business | Sport
www.example-portal.com/world/2020-11/05/content_123456.htm

Court jails recruiter who sent nine villagers to Syria

Source: Xinhua

TASHKENT, Nov. 5 (Xinhua) -- ${COURT_REPORT}`);
    expect(article.metadata.published).toBe('2020-11-05');
  });

  it('"Last updated" on top, "First published" at the bottom: the first publication is the date', () => {
    const article = annotatePage(`Court jails recruiter who sent nine villagers to Syria

Staff writer
Last updated 9 June 2022, 07:30 GMT

${COURT_REPORT}

First published: 8 June 2022, 21:15 GMT
Updated: 9 June 2022, 07:30 GMT`);
    expect(article.metadata.published).toBe('2022-06-08');
  });

  it('a masthead and copyright holder named "<Place> Today" is the outlet', () => {
    const article = annotatePage(`ARMENIA TODAY
Politics | Society | Economy | Culture | Sport

Court jails recruiter who sent nine villagers to Syria

June 4th, 2019
By Anna Petrosyan

${COURT_REPORT}

© 2019 ARMENIA TODAY. All rights reserved.`);
    expect(article.metadata.outlet?.toLowerCase()).toBe('armenia today');
  });
});

describe('extractMetadata: a date only in the source address after the body', () => {
  it('reads the date from "Source: https://.../2017/08/21/..." when no date line stands anywhere', () => {
    const article = annotatePage(`Court jails recruiter who sent nine villagers to Syria

${COURT_REPORT}

Source: https://www.example-herald.com/news/2017/08/21/court-jails-recruiter/`);
    expect(article.metadata.published).toBe('2017-08-21');
  });

  it('a compact date in the address above the title: /20160315/', () => {
    const article = annotatePage(`example.kz/society/20160315/court-jails-recruiter.html

Court jails recruiter who sent nine villagers to Syria

${COURT_REPORT}`);
    expect(article.metadata.published).toBe('2016-03-15');
  });
});

describe('extractMetadata: blind-3 mechanisms on invented pages', () => {
  /** As the pipeline runs it: the removed lines go along (a masthead, an address line). */
  function annotateWithRemoved(text: string): ArticleText {
    const stripped = stripFurniture(toLines(decodeSeed(new TextEncoder().encode(text), 'test.txt')));
    return extractMetadata(stripped.kept, 'test.txt', undefined, stripped.removed);
  }
  const LEAD = 'Border guards stopped a truck carrying eleven men who planned to cross into the mountains, the regional governor said on Monday.';
  const SECOND = 'The men were handed to investigators, and a court will rule on their detention this week, according to the governor.';

  it('a site tagline "A Project of ..." is no title; a date | byline | e-mail line marks the headline', () => {
    const article = annotate(`Steppe Security Review
A Project of the Institute for Regional Studies
Home Analysis Podcast Maps Donate

Guards stop eleven men heading for the mountains

May 3, 2023 | By Aliya Serik | aliya.serik@example.org

${LEAD}

${SECOND}`);
    expect(article.metadata.title).toBe('Guards stop eleven men heading for the mountains');
    expect(article.metadata.author).toBe('Aliya Serik');
    expect(article.metadata.published).toBe('2023-05-03');
  });

  it('a language switcher in caseless scripts and a run of section names are no titles', () => {
    const article = annotate(`EXAMPLE NEWS
Kurdî  سۆرانی  English  Türkçe  عربی  فارسی
Regional Council  Human Rights Office  Trust Fund  Press Briefings

Guards stop eleven men heading for the mountains

Published 05-05-2023 10:00

${LEAD}

${SECOND}`);
    expect(article.metadata.title).toBe('Guards stop eleven men heading for the mountains');
  });

  it('"Published" beats "Last updated" in day-first numeric dates; a view counter does not hide a date line', () => {
    const updated = annotate(`Guards stop eleven men heading for the mountains

Example News
Last updated 09-05-2023 08:10
Published 08-05-2023 17:45

${LEAD}

${SECOND}`);
    expect(updated.metadata.published).toBe('2023-05-08');
    const counted = annotate(`Guards stop eleven men heading for the mountains

14.02.2022 09:30   👁 1 208

${LEAD}

${SECOND}`);
    expect(counted.metadata.published).toBe('2022-02-14');
  });

  it('an address without a scheme under the standfirst dates the article', () => {
    const article = annotateWithRemoved(`EXAMPLE MONITOR

Guards stop eleven men heading for the mountains

Officials said the men had been recruited online over several months.

examplemonitor.net/2022/10/05/guards-stop-eleven-men/
By Omar Fayed, Staff Writer

${LEAD}

${SECOND}`);
    expect(article.metadata.published).toBe('2022-10-05');
    expect(article.paragraphs.join('\n')).not.toContain('examplemonitor.net/');
  });

  it('a "Place (Outlet) —" dateline is cut from the lead and names the outlet', () => {
    const article = annotate(`Guards stop eleven men heading for the mountains

12.09.2021 16:20

Khujand (Example.tj) — ${LEAD}

${SECOND}`);
    expect(article.paragraphs[0]).toBe(LEAD);
    expect(article.metadata.outlet).toBe('Example.tj');
  });

  it('a release page of an international organisation names it as the outlet', () => {
    const article = annotateWithRemoved(`World Health Organization
News and Press Releases

3 MARCH 2022

Guards stop eleven men heading for the mountains

${LEAD}

${SECOND}`);
    expect(article.metadata.outlet).toBe('World Health Organization');
  });
});

describe('blind-4 mechanisms: datelines', () => {
  it('cuts a "CITY. Mon D (Agency) -" wire dateline and takes the agency as outlet', () => {
    const result = annotate(`Border guards seize rifles at mountain crossing

14.03.2021 09:15

TBILISI. Mar 14 (Caucasus Wire) - Border guards have seized six rifles and ammunition from a truck at a mountain crossing, the interior ministry said on Sunday.

The driver was detained and a criminal case has been opened.`);
    expect(result.metadata.outlet).toBe('Caucasus Wire');
    expect(result.paragraphs[0]?.startsWith('Border guards have seized')).toBe(true);
  });

  it('cuts a "CITY:" dateline in capitals from the lead', () => {
    const result = annotate(`Blast at market kills three in northwest

Published: March 2, 2022

QUETTA: A bomb hidden in a motorcycle went off near a crowded market on Tuesday, killing three people and wounding eleven, police said.

No group has claimed the attack.`);
    expect(result.paragraphs[0]?.startsWith('A bomb hidden in a motorcycle')).toBe(true);
  });
});

describe('blind-4 mechanisms: print-edition notes', () => {
  it('takes the outlet and date from a print-edition line, never as the title', () => {
    const result = annotatePage(`Газета «Степной вестник» №41 от 03.03.2021, стр. 2

Court jails two recruiters in Karaganda

A court in Karaganda has jailed two men for recruiting young people to fight in Syria, prosecutors said.

The men were sentenced to seven and nine years.`);
    expect(result.metadata.title).toBe('Court jails two recruiters in Karaganda');
    expect(result.metadata.published).toBe('2021-03-03');
    expect(result.metadata.outlet).toBe('Степной вестник');
  });

  it('reads "Published in X, <date>." at the end as outlet and date, and drops it from the body', () => {
    const result = annotatePage(`Police arrest suspected bomb maker in Quetta

Police arrested a man suspected of building explosive devices for a militant group during a raid on his house, officials said.

They seized detonators and two kilogrammes of explosives.

Published in The Frontier Courier, March 3rd, 2022.`);
    expect(result.metadata.outlet).toBe('The Frontier Courier');
    expect(result.metadata.published).toBe('2022-03-03');
    expect(result.paragraphs.some((p) => p.startsWith('Published in'))).toBe(false);
  });
});

describe('blind-4 mechanisms: a bare name after a photo credit at the end', () => {
  it('reads a name under the closing photo credit as the byline', () => {
    const result = annotatePage(`Court jails two recruiters in Karaganda

A court in Karaganda has jailed two men for recruiting young people to fight in Syria, prosecutors said on Monday.

The men were sentenced to seven and nine years in a high-security colony.

Фото: Ольга Смирнова / Степной вестник
Павел Орлов`);
    expect(result.metadata.author).toBe('Павел Орлов');
    expect(result.paragraphs.some((p) => p.includes('Павел Орлов'))).toBe(false);
  });
});

describe('generalised metadata: lines helpers in other languages', () => {
  it('reads German, French and Russian date lines, relative ones included', () => {
    for (const line of [
      '3. November 2020, 17:05',
      'Stand: 31.05.2019 14:05 Uhr',
      'Publié le 30 avril 2019 à 18h42 - Mis à jour le 1er mai 2019 à 09h10',
      '2021-03-12T10:15:00+06:00',
      'vor 2 Stunden',
      'il y a 3 heures',
      '5 часов назад',
      '7 min read · Jan 9, 2023',
    ]) {
      expect(isDateLine(line), line).toBe(true);
    }
    expect(isDateLine('Stand up for the rights of detainees in 2020')).toBe(false);
  });

  it('takes "Von", "Par", "Por" bylines and "X reports from Y", but not a headline opening with "Von der"', () => {
    expect(bylineText('Von Anna Berger, ARD-Studio Moskau')).toBe('Anna Berger, ARD-Studio Moskau');
    expect(bylineText('Par Claire Moreau')).toBe('Claire Moreau');
    expect(bylineText('Por Lucía Fernández')).toBe('Lucía Fernández');
    expect(bylineText('Timur Saidov reports from Khorog')).toBe('Timur Saidov');
    expect(bylineText('Von der Leyen in Samarkand')).toBeNull();
  });

  it('sees cookie banners and subscription requests as site notices, not a headline asking a question', () => {
    expect(isSiteNotice('Nous utilisons des cookies pour améliorer votre expérience. Acceptez-vous ?')).toBe(true);
    expect(isSiteNotice('Subscribe to our newsletter')).toBe(true);
    expect(isSiteNotice('Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.')).toBe(true);
    expect(isSiteNotice('Will Kazakhstan take back its citizens from Syrian camps?')).toBe(false);
    expect(isSiteNotice('Court rules on consent to search phones of suspects')).toBe(false);
    expect(isSiteNotice("Your privacy at risk: Uzbekistan's new surveillance law")).toBe(false);
    expect(isSiteNotice('Did the women consent to return?')).toBe(false);
    expect(isSiteNotice('Why you should subscribe to independent media')).toBe(false);
    expect(isSiteNotice('Sign up for our daily briefing')).toBe(true);
  });
});

describe('generalised metadata: pages in other languages and layouts', () => {
  it('French page: a cookie question is never the title; "Par" byline; "Publié le" beats "Mis à jour"', () => {
    const { metadata } = annotatePage(`Radio Oxus
Afrique  Europe  Asie  Moyen-Orient
Nous utilisons des cookies pour améliorer votre expérience. Acceptez-vous ?

Asie centrale

Le Tadjikistan rapatrie 84 enfants de combattants depuis l'Irak

Par Claire Moreau
Publié le 30 avril 2019 à 18h42 - Mis à jour le 1er mai 2019 à 09h10

Un avion transportant 84 enfants de ressortissants tadjiks partis combattre en Irak a atterri mardi soir à Douchanbé, a annoncé le ministère.

Les enfants, âgés de un à quinze ans, étaient détenus avec leurs mères dans une prison de Bagdad, selon les autorités.

Le gouvernement affirme que près de 1 900 Tadjiks ont rejoint des groupes armés en Syrie et en Irak depuis 2014.`);
    expect(metadata.title).toBe("Le Tadjikistan rapatrie 84 enfants de combattants depuis l'Irak");
    expect(metadata.author).toBe('Claire Moreau');
    expect(metadata.published).toBe('2019-04-30');
  });

  it('German page: a German menu and cookie notice above, "Stand:" date, "Von" byline after the body', () => {
    const { metadata } = annotatePage(`zentralasien-heute.de
Startseite  Inland  Ausland  Wirtschaft  Wissen
Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu.

Usbekistan holt Frauen und Kinder aus syrischen Lagern zurück

Stand: 31.05.2019 14:05 Uhr

Usbekistan hat nach Angaben des Außenministeriums 156 Frauen und Kinder aus Lagern in Nordsyrien zurückgeholt. Sie sollen zunächst in einem Zentrum bei Taschkent leben.

Nach Schätzungen von Experten sind seit 2013 mehr als 1 500 Usbeken in das Bürgerkriegsgebiet gereist.

Die Regierung in Taschkent kündigte an, weitere Flüge zu organisieren.

Von Anna Berger, Studio Moskau`);
    expect(metadata).toEqual({
      title: 'Usbekistan holt Frauen und Kinder aus syrischen Lagern zurück',
      outlet: 'zentralasien-heute.de',
      author: 'Anna Berger',
      published: '2019-05-31',
    });
  });

  it('Russian page: a cookie banner written as prose does not start the body or become the title', () => {
    const { metadata } = annotatePage(`Вести Памира
Главная  Политика  Общество  Экономика
Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.
В Хороге задержаны девять членов запрещенной группировки
12 марта 2019, 10:15
Автор: Фаридун Рахимов
Сотрудники силовых структур задержали в Хороге девять предполагаемых членов запрещенной группировки, сообщает пресс-центр ведомства.
По данным следствия, задержанные вербовали молодых людей для отправки за рубеж.
Возбуждены уголовные дела по статье 307 Уголовного кодекса.`);
    expect(metadata.title).toBe('В Хороге задержаны девять членов запрещенной группировки');
    expect(metadata.author).toBe('Фаридун Рахимов');
    expect(metadata.published).toBe('2019-03-12');
  });

  it('an English cookie banner and a newsletter prompt above the title; "3 hours ago" gives way to an ISO time stamp', () => {
    const { metadata } = annotatePage(`Fergana Valley Monitor
Home | Politics | Security | Economy
We use cookies to give you the best experience on our site. By continuing you agree to our use of cookies.
Subscribe to our newsletter
Court in Osh jails three for recruiting fighters for Syria
Posted 3 hours ago
2021-03-12T10:15:00+06:00
A court in Osh sentenced three men to between six and nine years in prison on Thursday for recruiting young people to fight abroad, prosecutors said.
The men had sent at least seven people abroad since 2016, according to the prosecutors.
Relatives of the recruits said they had not heard from them in years.`);
    expect(metadata.title).toBe('Court in Osh jails three for recruiting fighters for Syria');
    expect(metadata.outlet).toBe('Fergana Valley Monitor');
    expect(metadata.published).toBe('2021-03-12');
  });
});

describe('generalised metadata: bylines without "By"', () => {
  it('"Name, Place" by the date line is the author even when the furniture stage took it for a caption', () => {
    const { metadata, paragraphs } = annotatePage(`Caspian Wire
Politics  Society  Video

Tbilisi

Georgia charges two men with recruiting for armed groups in Syria

Mariam Kapanadze, Tbilisi
14.02.2018 • 11:40

Georgia's State Security Service has charged two residents of the Pankisi Gorge with recruiting young men for armed groups in Syria, the agency said on Wednesday.

The men face up to 15 years in prison if convicted. Investigators say they sent at least four people to Syria in 2015 and 2016.

Relatives of one of the recruits told reporters that he had been killed near Raqqa.`);
    expect(metadata.author).toBe('Mariam Kapanadze');
    expect(metadata.published).toBe('2018-02-14');
    expect(paragraphs.join('\n')).not.toContain('Mariam Kapanadze');
  });

  it('"Name reports from Place" under the title is a byline', () => {
    const { metadata } = annotatePage(`Dushanbe court jails returnees from Syria

Timur Saidov reports from Khorog

Published - March 3, 2022 10:15 am

A court in Dushanbe sentenced five men who had returned from Syria to between eight and twelve years in prison on Wednesday, the prosecutor's office said.

The men had spent up to three years in areas held by the Islamic State, according to the prosecutors.

Their relatives said the men had been deceived by recruiters.`);
    expect(metadata.author).toBe('Timur Saidov');
    expect(metadata.published).toBe('2022-03-03');
  });

  it('a bare name by the date line under a short standfirst is the author', () => {
    const { metadata } = annotatePage(`Oxus Notes
Subscribe  Sign in
Why Central Asia's returnee programmes work better than Europe's
Camps, courts and a lot of patience.
Jane Whitfield
Mar 3, 2024
Since 2019, Kazakhstan has brought home more than 700 citizens from camps in Syria, most of them children. Few European states have taken back even a tenth of that number.
The reason is not money. According to officials I spoke to in Astana, the programme cost less than a single year of detention in Europe would.
Instead, it was a decision taken at the top, and carried out by ministries that were told to make it work.
Thanks for reading Oxus Notes! Subscribe for free to receive new posts and support my work.
© 2024 Jane Whitfield`);
    expect(metadata).toEqual({
      title: "Why Central Asia's returnee programmes work better than Europe's",
      outlet: 'Oxus Notes',
      author: 'Jane Whitfield',
      published: '2024-03-03',
    });
  });

  it('a reporter and an agency after the dateline\'s place ("Osh. Jane Doe – EXA.") are cut from the lead', () => {
    const { metadata, paragraphs } = annotatePage(`Police detain six over recruitment in Osh

[ 3 May 2017 09:40 ]

Osh. Aibek Toktogulov – KNA. Police in Osh have detained six people suspected of recruiting young men for armed groups abroad, the regional police department said on Wednesday.

The suspects are said to have sent at least nine people to Syria since 2014.

The investigation continues.`);
    expect(metadata.author).toBe('Aibek Toktogulov');
    expect(metadata.outlet).toBe('KNA');
    expect(paragraphs[0]).toMatch(/^Osh\. Police in Osh have detained six people/);
  });

  it('a place, a full stop and a sentence that opens with a name is no credit', () => {
    const { metadata, paragraphs } = annotatePage(`Osh police detain six over recruitment

[ 3 May 2017 09:40 ]

Osh. Aibek Toktogulov – the regional police chief – said on Wednesday that six people had been detained on suspicion of recruiting young men for armed groups abroad.

The suspects are said to have sent at least nine people to Syria since 2014.`);
    expect(metadata.author).toBeNull();
    expect(paragraphs[0]).toMatch(/^Osh\. Aibek Toktogulov – the regional police chief/);
  });
});

describe('generalised metadata: the outlet a page names itself', () => {
  it('a ministry\'s news page: masthead and the press service\'s sign-off agree; a menu with "About the Ministry" and a breadcrumb are no title', () => {
    const { metadata } = annotatePage(`Ministry of Emergency Situations of the Republic of Tajikistan
Тоҷикӣ | Русский | English
About the Ministry   News   Documents   Contacts
Home / News
14.06.2022
Rescuers evacuate 40 families after mudflow in Rasht valley
Rescuers of the Ministry of Emergency Situations evacuated 40 families from villages in the Rasht valley after a mudflow blocked the road on Monday night.
No one was hurt, and the road was reopened on Tuesday morning.
Temporary shelters have been set up in the district centre.
Press service of the Ministry of Emergency Situations of the Republic of Tajikistan`);
    expect(metadata.title).toBe('Rescuers evacuate 40 families after mudflow in Rasht valley');
    expect(metadata.outlet).toBe('Ministry of Emergency Situations of the Republic of Tajikistan');
    expect(metadata.published).toBe('2022-06-14');
  });

  it('an embassy\'s press release names the embassy, with "in" in its name', () => {
    const { metadata } = annotatePage(`Embassy of the Kyrgyz Republic in the Republic of Austria
Press release
Kyrgyz citizens returned from Iraq
3 February 2021
Seventy-nine children of Kyrgyz citizens were returned from Iraq on a special flight, the embassy said.
The children will stay in a rehabilitation centre near Bishkek before going home to their relatives.
The operation was prepared over several months.`);
    expect(metadata.outlet).toBe('Embassy of the Kyrgyz Republic in the Republic of Austria');
  });

  it('a known outlet\'s name opening a longer name of a body ("the National Security Council") is no outlet', () => {
    const { metadata } = annotatePage(`Officials question the scale of the threat

An adviser told the National Security Council in May that the number of plots had not grown since 2019.

Most cases concern posts on social media, the adviser said.`);
    expect(metadata.outlet).toBeNull();
  });
});

describe('generalised metadata: more outlet cues', () => {
  it('the page\'s title line above the headline names the site after a bar', () => {
    const { metadata } = annotatePage(`Tashkent court jails 'Islamic State' fundraisers | Oxus Observer
Sign in  Subscribe
Tashkent court jails four Islamic State fundraisers
By Laura Kemp
12 October 2020
A court in Tashkent sentenced four men to between six and ten years in prison for collecting money for the Islamic State group, prosecutors said.
The men had sent about $20,000 to militants in Syria through money changers, according to the prosecutors.
The defence said it would appeal.`);
    expect(metadata.outlet).toBe('Oxus Observer');
    expect(metadata.title).toBe('Tashkent court jails four Islamic State fundraisers');
  });

  it('a page title line whose suffix is a country or section names nothing', () => {
    const { metadata } = annotatePage(`Kazakh court jails three Islamic State recruiters - Kazakhstan
Kazakh court jails three Islamic State recruiters
9 June 2020
A court in Aktobe sentenced three men to prison for recruiting fighters for the Islamic State group, prosecutors said.
The men had sent at least five people to Syria, the prosecutors said.`);
    expect(metadata.outlet).toBeNull();
  });

  it('a page title line that does not repeat the headline names nothing', () => {
    const { metadata } = annotatePage(`Weather in Bishkek | Example Forecasts
Kyrgyz police detain nine over extremist leaflets
9 June 2020
Police in Osh detained nine people who were handing out leaflets of a banned group near a market, the regional police said.
The leaflets called for the overthrow of the government, the police said.`);
    expect(metadata.outlet).toBeNull();
  });

  it('a masthead with a slogan after a dash names the site', () => {
    const { metadata } = annotatePage(`Caspian Post – Independent journalism from the Caspian region
Home  News  Opinion
Turkmen border guards detain smugglers
5 November 2021
Border guards detained three men trying to bring weapons across the border from Afghanistan, a security source said.
The men were handed over to investigators.`);
    expect(metadata.outlet).toBe('Caspian Post');
  });

  it('an organisation whose masthead name speaks in its own text is the outlet; a release\'s dateline in brackets gives the date', () => {
    const { metadata } = annotatePage(`Freedom Monitor Central Asia
Donate
Uzbekistan: Free Jailed Bloggers
(Geneva, June 14, 2022) – The Uzbek authorities should free four bloggers jailed on extremism charges for their posts, Freedom Monitor Central Asia said today.
The four were sentenced in closed trials to between five and eight years.
Their relatives say they were tortured in custody.`);
    expect(metadata.outlet).toBe('Freedom Monitor Central Asia');
    expect(metadata.published).toBe('2022-06-14');
    expect(metadata.author).toBeNull();
  });

  it('a kicker line above the headline that the text names as a speaker is no outlet', () => {
    const { metadata } = annotatePage(`Islamic State
Militants attack checkpoint in northern Afghanistan
3 May 2022
Gunmen attacked a checkpoint in Kunduz province overnight, killing two guards, officials said. The Islamic State said it carried out the attack.
The officials said the attackers fled towards the river.`);
    expect(metadata.outlet).toBeNull();
  });

  it('a dateline agency with digits in its name ("(24.kg) —") is cut and read', () => {
    const { metadata, paragraphs } = annotatePage(`Kyrgyz court jails two for recruiting

BISHKEK (24.kg) — A court in Bishkek has jailed two men for recruiting young people to fight in Syria, the prosecutor's office said on Monday.

The men will serve eight and nine years in a high-security colony.`);
    expect(metadata.outlet).toBe('24.kg');
    expect(paragraphs[0]).toMatch(/^A court in Bishkek/);
  });
});

describe('generalised metadata: more bylines and dates', () => {
  it('a name in capitals by the date line under the title is the author', () => {
    const { metadata } = annotatePage(`Kazakh News Line
News  Features  Opinion
Prisoners riot in colony near Karaganda
ASEL NURLANOVA
12/05/2021
Inmates at a colony near Karaganda set fire to a building during a riot on Tuesday night, the penitentiary service said.
Guards restored order by the morning, and no one was killed, the service said.
An inquiry has been opened.`);
    expect(metadata.author).toBe('Asel Nurlanova');
    expect(metadata.published).toBe('2021-05-12');
  });

  it('"Par X et Y" and "Von X und Y" give the first author', () => {
    expect(personName('Jean Morel et Lucie Bernard')).toBe('Jean Morel');
    const { metadata } = annotatePage(`Le Kazakhstan rapatrie des femmes et des enfants

Par Jean Morel et Lucie Bernard
Le 3 novembre 2020 à 17h05

Le Kazakhstan a rapatrié mardi 45 femmes et enfants de camps du nord-est de la Syrie, a annoncé le ministère des Affaires étrangères.

Les rapatriés seront suivis par des médecins et des psychologues pendant plusieurs semaines.`);
    expect(metadata.author).toBe('Jean Morel');
    expect(metadata.published).toBe('2020-11-03');
  });

  it('"Updated 2 years ago" by an absolute date is still a date line; the absolute date is read', () => {
    const { metadata } = annotatePage(`Tajik border guards repel attack
July 9, 2021 4:20 PM UTC Updated 2 years ago
Tajik border guards repelled an attack by armed men who crossed the border from Afghanistan, the security committee said on Friday.
Two of the attackers were killed in the shootout, the committee said.`);
    expect(metadata.published).toBe('2021-07-09');
  });

  it('a photo author line ("Автор фото: X") is neither the title nor the author', () => {
    const { metadata } = annotatePage(`Степной вестник
В Таразе осуждены двое вербовщиков
Автор фото: Ольга Смирнова
03.03.2021 | 10:15
Суд в Таразе приговорил двух жителей города к восьми годам лишения свободы за вербовку в ряды террористической организации.
По данным прокуратуры, осужденные отправили за рубеж не менее пяти человек.`);
    expect(metadata.title).toBe('В Таразе осуждены двое вербовщиков');
    expect(metadata.author).toBeNull();
  });

  it('"Opinion | X" above the title, "Words: X" after the body, and an author\'s note are bylines', () => {
    expect(
      annotatePage(`Analysis | Tom Ferris
Why the returnee trials in Almaty matter
4 April 2021
The trials of men who came back from Syria will test the courts' independence.
They will also show how the state treats the families of the accused.`).metadata.author,
    ).toBe('Tom Ferris');
    expect(
      annotatePage(`Police detain five over extremist videos
2021/03/03 10:15
Police in Shymkent detained five people suspected of sharing extremist videos in messaging apps, the city police said on Wednesday.
Officers seized phones during searches.
Words: Ruslan Abenov`).metadata.author,
    ).toBe('Ruslan Abenov');
    expect(
      annotatePage(`What the new extremism law changes
5 May 2021
The new law gives the security services wide powers to block websites and to detain suspects for up to 72 hours.
Critics say its vague wording will hit journalists first.
Dana Omarova is a freelance journalist based in Almaty.`).metadata.author,
    ).toBe('Dana Omarova');
  });

  it('cuts the author\'s own note from the end of the body', () => {
    const { metadata, paragraphs } = annotatePage(`Who still fights in Syria
Posted By Dana Omarova on 15 September 2014
The threat level went up on Friday for the first time since 2003.
The more useful question is whether the agencies can watch 160 people at once.
Dana Omarova is an analyst in the institute's counterterrorism program.`);
    expect(metadata.author).toBe('Dana Omarova');
    expect(paragraphs.at(-1)).toBe('The more useful question is whether the agencies can watch 160 people at once.');
  });

  it('a source described in the story\'s last line is no author', () => {
    expect(
      annotatePage(`Families of detainees wait for news
5 May 2021
Relatives of men held after the riots say they have had no news for weeks.
"We do not know if he is alive," said the mother of one detainee.
Aliya Sarsenova is a researcher at a rights group who interviewed the families.`).metadata.author,
    ).toBeNull();
  });

  it('a think-tank byline ("X, Senior Fellow") under a "Commentary" kicker, with the masthead above', () => {
    const { metadata } = annotatePage(`Institute for Steppe Studies
Research  Commentary  Events  About
Commentary
Who still fights for the Islamic State in Central Asia
Dilyara Akhmetova, Senior Fellow
12 April 2022
Three years after the fall of Baghouz, the Central Asian fighters who survived are scattered across Idlib, Afghanistan and prisons.
Their number is hard to pin down, and estimates vary widely.`);
    expect(metadata.title).toBe('Who still fights for the Islamic State in Central Asia');
    expect(metadata.author).toBe('Dilyara Akhmetova');
  });
});

describe('blind-6 mechanisms on invented pages: browser title lines, channel posts, blog platforms, date orders', () => {
  it('takes the headline from the browser title line when the page prints none (a ticker and a French byline below)', () => {
    const { metadata, paragraphs } = annotatePage(`Kyrgyz court jails five over recruitment for armed groups | Steppe Wire
Logo of Steppe Wire
News   Politics   Economy   Culture   Sport
Breaking: Heavy snow closes mountain pass in the south
Published 12 Mar 2021
Texte: Marie Lefort  avec AFP
${COURT_REPORT}`);
    expect(metadata.title).toBe('Kyrgyz court jails five over recruitment for armed groups');
    expect(metadata.author).toBe('Marie Lefort');
    expect(metadata.published).toBe('2021-03-12');
    expect(paragraphs.join('\n')).not.toContain('Heavy snow');
    expect(paragraphs[0]).toMatch(/^A regional court/u);
  });

  it('keeps the printed headline when the browser title line repeats it, and never takes an institute\'s name line', () => {
    const echoed = annotatePage(`Court jails five recruiters in Osh - Steppe Wire
Steppe Wire
Court jails five recruiters in Osh
14 April 2022
${COURT_REPORT}`);
    expect(echoed.metadata.title).toBe('Court jails five recruiters in Osh');
    const institute = annotatePage(`Caspian Institute for Security Studies – Baku
Research   Commentary   Events
New survey counts returnees across the Caspian region
By Leyla Huseynova
3 May 2023
${COURT_REPORT}`);
    expect(institute.metadata.title).toBe('New survey counts returnees across the Caspian region');
  });

  it('reads a channel post: the channel is the outlet, the line under the day separator the title, the views line\'s signature the author', () => {
    const { metadata, paragraphs } = annotatePage(`Telegram
Open in Telegram   Download Telegram
Kestrel Security Notes
@kestrelnotes · 12.5K subscribers
Daily notes on security and courts in the Caucasus. Not affiliated with any party.
Pinned message: our archive is at kestrelnotes.example.org
November 9, 2024
Prosecutors in Makhachkala charge six over a recruitment network
${COURT_REPORT}
👁 8.1K   Amina Magomedova   edited 19:02
Forward   Share   11 comments`);
    expect(metadata.title).toBe('Prosecutors in Makhachkala charge six over a recruitment network');
    expect(metadata.outlet).toBe('Kestrel Security Notes');
    expect(metadata.author).toBe('Amina Magomedova');
    expect(metadata.published).toBe('2024-11-09');
    expect(paragraphs.join('\n')).not.toContain('Pinned message');
  });

  it('reads a blog platform page: account links are no title, the name above "Follow" is the author, the read-time line the date', () => {
    const { metadata, paragraphs } = annotatePage(`Open in app
Sign up   Sign in
Quillpost
Write
What the border villages remember
A decade after the first departures, families still wait for news.
Farida Yusupova
Follow
4 min read · Oct 2, 2022
Listen   Share
${COURT_REPORT}
Written by Farida Yusupova
More from Farida Yusupova
Recommended from Quillpost
Help   Status   About   Careers   Blog   Privacy   Terms`);
    expect(metadata.title).toBe('What the border villages remember');
    expect(metadata.author).toBe('Farida Yusupova');
    expect(metadata.published).toBe('2022-10-02');
    expect(metadata.outlet).toBe('Quillpost');
    expect(paragraphs).not.toContain('Follow');
    expect(paragraphs).not.toContain('Farida Yusupova');
  });

  it('reads a Turkish page: the reporter is the author, not the translator; a lower-case wordmark agreed by the copyright line', () => {
    const { metadata } = annotatePage(`kuzeyhaber
Kuzey Haber Ağı
Türkçe | English
Ankara court hands life terms to two men over airport bombing plot
14 Haziran 2021 Pazartesi, 11:05
Muhabir: Emre Kaya · Çeviri: Zeynep Arslan
${COURT_REPORT}
© kuzeyhaber 2005-2021`);
    expect(metadata.author).toBe('Emre Kaya');
    expect(metadata.published).toBe('2021-06-14');
    expect(metadata.outlet).toBe('kuzeyhaber');
  });

  it('reads a logo\'s alt text as the masthead when the copyright line names the same institution', () => {
    const { metadata } = annotatePage(`Logo of The Meridian Policy Forum
About   Research   Events   Donate
Policy Brief | 11/02/2025
Militant networks adapt to new border controls
${COURT_REPORT}
© 2025 The Meridian Policy Forum. All rights reserved.`);
    expect(metadata.outlet).toBe('The Meridian Policy Forum');
  });

  it('reads a numeric date month first only when the article writes month-first dates that come before it', () => {
    const american = annotatePage(`Policy Brief | 04/09/2023
Militant networks adapt to new border controls
The raid on the border post on March 28 killed six guards and exposed gaps in patrols, officials said.

Investigators said on April 2 that the attackers had crossed the river at night.

The ministry has promised a review.`);
    expect(american.metadata.published).toBe('2023-04-09');
    const regional = annotatePage(`Militant networks adapt to new border controls
04/09/23 12:10
The parliament passed the bill on August 30, officials said, and it took effect at once.

Investigators said the attackers had crossed the river at night.`);
    expect(regional.metadata.published).toBe('2023-09-04');
    const british = annotatePage(`Militant networks adapt to new border controls
04/09/2023
The raid on 28 March killed six guards, officials said.

Investigators said the attackers had crossed the river at night.`);
    expect(british.metadata.published).toBe('2023-09-04');
  });

  it('reads the date of a date line with view and comment counters between the title and the body', () => {
    const { metadata } = annotatePage(`Вечерний Край
Eleven men jailed over a plot against a regional court
22 октября 2020, 09:15 | 👁 4 120 | 💬 37
Текст: Олег Смирнов
${COURT_REPORT}`);
    expect(metadata.published).toBe('2020-10-22');
    expect(metadata.author).toBe('Олег Смирнов');
  });

  it('reads bylines with a second role or the wire agencies after the name', () => {
    expect(bylineText('By Jane Doe · Translated by John Roe')).toBe('Jane Doe');
    expect(bylineText('Author: Anna Berg | Edited by Tom Lind')).toBe('Anna Berg');
    expect(bylineText('Text: Anna Berg with Reuters')).toBe('Anna Berg');
    expect(bylineText('Reporter: Deniz Kara · Photos: Ali Tan')).toBe('Deniz Kara');
    expect(bylineText('Translated by John Roe')).toBeNull();
  });

  it('date lines: view and comment counters, a read time and weekday names around the date', () => {
    expect(isDateLine('22 октября 2020, 09:15 | 👁 4 120 | 💬 37')).toBe(true);
    expect(isDateLine('3 March 2021 · Comments: 12')).toBe(true);
    expect(isDateLine('4 min read · Oct 2, 2022')).toBe(true);
    expect(isDateLine('12 Kasım 2019 Salı, 09:40')).toBe(true);
    expect(isDateLine('14-oktabr 2022, 11:05')).toBe(true);
  });

  it('account links side by side and app prompts are never the title', () => {
    for (const line of ['Sign up Sign in', 'Log in Register', 'Open in Quillpost Download Quillpost', 'Open in app', 'Get the app']) {
      expect(findTitleIndex([line, 'Border villages wait for news of the missing', 'Families in three villages say they have heard nothing for years, officials said.'])).toBe(1);
    }
  });

  it('cuts a "PLACE (Outlet):" dateline off the lead and reads the outlet from it when nothing else names one', () => {
    const { metadata, paragraphs } = annotatePage(`Militant networks adapt to new border controls
14 May 2022
KANDAHAR (Oxus Wire): A regional court has sentenced four men to prison for recruiting villagers, prosecutors said.

The men had sent at least nine people abroad over three years, the prosecutors said.`);
    expect(paragraphs[0]).toMatch(/^A regional court/u);
    expect(metadata.outlet).toBe('Oxus Wire');
  });

  it('a browser title line among the kept lines is the title line itself, and stays out of the body', () => {
    const article = annotate(`Five men jailed for recruiting for armed groups abroad – Oxus Wire
Updated: 3 June 2020
${COURT_REPORT}`);
    expect(article.metadata.title).toBe('Five men jailed for recruiting for armed groups abroad');
    expect(article.metadata.published).toBe('2020-06-03');
    expect(article.paragraphs[0]).toMatch(/^A regional court/u);
  });
});

describe('blind-7 mechanisms: Nordic and Solar Hijri date lines, market tickers, wordmarks and copyright holders', () => {
  it('reads a Norwegian "Publisert ... kl." line and a Gregorian date with a Solar Hijri one as date lines, not titles', () => {
    expect(isDateLine('Publisert 3. maj 2021 kl. 14:05   Oppdatert 3. maj 2021 kl. 16:40')).toBe(true);
    expect(isDateLine('Mar 2, 2024, 9:15 PM  |  ۱۲ اسفند ۱۴۰۲')).toBe(true);
    expect(isDateLine('Mar 2, 2024: Three recruiters detained in Mashhad')).toBe(false);
    const nordic = annotatePage(`Example Kanalen\nNyheter   Sport   Kultur\nUtrikes\nTajik man convicted over Oslo bomb plot\nPublicerad 14 augusti 2020 kl 09.12   Uppdaterad 14 augusti 2020 kl 11.30\n\n${COURT_REPORT}`);
    expect(nordic.metadata.title).toBe('Tajik man convicted over Oslo bomb plot');
    expect(nordic.metadata.published).toBe('2020-08-14');
    const persian = annotatePage(`Example Agency English\nHome   Politics   World\nMar 2, 2024, 9:15 PM  |  ۱۲ اسفند ۱۴۰۲\nNews ID: 4419025\nCourt in Mashhad jails three over recruitment network\n\n${COURT_REPORT}`);
    expect(persian.metadata.title).toBe('Court in Mashhad jails three over recruitment network');
    expect(persian.metadata.published).toBe('2024-03-02');
  });

  it('never takes a market ticker for the headline', () => {
    const article = annotatePage(`Example Markets Daily\nHome   Markets   World\nKASE 4,210.33 (+0.84%)   USD/KZT 452.10 (-0.12%)\nKazakh court jails two for financing a banned group\nBy Aliya Nurlanova | Updated: May 5, 2023 10:15 am\n\n${COURT_REPORT}`);
    expect(article.metadata.title).toBe('Kazakh court jails two for financing a banned group');
    expect(findTitleIndex(['FTSE 7,402.10 (+0.31%)  DAX 15,880.20 (-0.42%)', 'Police arrest three over bomb plot in Bristol'])).toBe(1);
  });
});

describe('blind-8 mechanisms: ticker lines, labelled foreign bylines, name beside the site, agency slash datelines, station mastheads', () => {
  it('passes over a "Breaking:" ticker above the section and date for the unlabelled headline under them', () => {
    const article = annotatePage(`Example Gulf Post
Home   Region   World   Markets   Sport
BREAKING NEWS: Fuel prices rise by five percent in Basra
Politics
Wed, 4 Mar 2026 09:10:44 GMT
Court in Mosul jails recruiters who sent villagers abroad
${COURT_REPORT}`);
    expect(article.metadata.title).toBe('Court in Mosul jails recruiters who sent villagers abroad');
    expect(article.metadata.published).toBe('2026-03-04');
    expect(article.paragraphs.join('\n')).not.toMatch(/Court in Mosul jails|Fuel prices/u);
    // A ticker that is the only headline-shaped line is still the title.
    expect(findTitleIndex(['Срочно: суд в Оше вынес приговор трём вербовщикам', '12 марта 2024', 'Суд приговорил троих мужчин к восьми годам заключения за вербовку, сообщила прокуратура.'])).toBe(0);
  });

  it('reads "Par : X" and "Von: X" bylines with a colon after the foreign word', () => {
    expect(bylineText('Par : Sophie Lemaire')).toBe('Sophie Lemaire');
    expect(bylineText('Von: Anna Berger')).toBe('Anna Berger');
    expect(bylineText('Por: Lucía Romero')).toBe('Lucía Romero');
    const article = annotatePage(`Exemple Infos
Monde   Europe   Afrique
Procès à Lyon: quatre hommes condamnés pour recrutement
Mis à jour le : 05/06/2022 - 11:20
Par : Sophie Lemaire
Le tribunal de Lyon a condamné quatre hommes à des peines de huit à onze ans de prison pour avoir recruté des jeunes pour un groupe armé.

Selon le parquet, les hommes avaient envoyé neuf personnes en Syrie entre 2014 et 2016.`);
    expect(article.metadata.author).toBe('Sophie Lemaire');
    expect(article.paragraphs.join('\n')).not.toMatch(/Par :/u);
  });

  it('takes "Name | Site" under the date for a byline when the site is printed in the chrome, and keeps it out of the body', () => {
    const article = annotatePage(`KARAVAN daily
News | Region | Opinion | English
Court jails four for recruiting villagers for armed group
Families of the recruits say they have had no word since 2016
12 Mart 2021 10:05
Ayşe Korkmaz | Karavan Daily
${COURT_REPORT}
© 2021 Karavan Daily. All rights reserved.`);
    expect(article.metadata.author).toBe('Ayşe Korkmaz');
    expect(article.paragraphs.join('\n')).not.toMatch(/Ayşe Korkmaz/u);
    // A known outlet or a news organisation's name beside the person counts without the chrome; a second person does not.
    const known = annotatePage(`Court jails four for recruiting villagers for armed group\n3 June 2020\nJohn Roe – Steppe Herald\n${COURT_REPORT}`);
    expect(known.metadata.author).toBe('John Roe');
    expect(known.paragraphs.join('\n')).not.toMatch(/Steppe Herald/u);
    const two = annotatePage(`Court jails four for recruiting villagers for armed group\n3 June 2020\nJohn Roe | Mary Major\n${COURT_REPORT}`);
    expect(two.metadata.author).toBe('John Roe');
    // A topic from the tags line is no site's name: the line stays a paragraph.
    const tagged = annotatePage(`Karavan Daily\nCourt jails four for recruiting villagers for armed group\n3 June 2020\nThe court heard from nine witnesses over two days, prosecutors said.\n\nMurat Aydin, Karakoy Pier\n\nThe men had sent nine people abroad over three years, the prosecutors said.\nTags: Karakoy Pier, recruitment`);
    expect(tagged.paragraphs).toContain('Murat Aydin, Karakoy Pier');
  });

  it('cuts an agency\'s "Name/ " opening off the lead and reads the outlet from it', () => {
    const article = annotatePage(`Court jails four for recruiting villagers for armed group
Tue, 3 Mar 2026 11:00:00 GMT
Example News/ A regional court has sentenced four men to prison for recruiting villagers, prosecutors said.

The men had sent at least nine people abroad over three years, the prosecutors said.`);
    expect(article.paragraphs[0]).toMatch(/^A regional court/u);
    expect(article.metadata.outlet).toBe('Example News');
    // A place and a slash is no agency's opening.
    const place = annotatePage(`Court jails four for recruiting villagers for armed group\n3 June 2020\nBishkek/ A regional court has sentenced four men to prison, prosecutors said.\n\nThe men had sent nine people abroad, they said.`);
    expect(place.paragraphs[0]).toMatch(/^Bishkek\//u);
  });

  it('a TV station\'s numbered masthead in capitals and an author\'s note "reporter for X" agree on the outlet over the parent company\'s copyright', () => {
    const article = annotatePage(`KXMP 7 DENVER
News   Weather   Traffic   Sports   Watch Live
Local
Colorado man sentenced for trying to join Islamic State
By Rachel Ortiz • Published June 2, 2021 • Updated on June 2, 2021 at 5:10 pm
A federal judge sentenced a Colorado man to eight years in prison on Wednesday for trying to travel to Syria to join the Islamic State group, prosecutors said.

The man had bought plane tickets and recorded a pledge of allegiance, according to court papers.

Copyright Example Broadcasting Group, Inc. All rights reserved.
Rachel Ortiz is a courts reporter for KXMP Denver.`);
    expect(article.metadata.outlet).toBe('KXMP Denver');
    expect(article.metadata.author).toBe('Rachel Ortiz');
  });
});

describe('weighted votes for the publication date and the author', () => {
  it('an "Updated" date alone by the title loses to a dateline that gives another day; an unlabelled date line beats a lone dateline', () => {
    const updated = annotatePage(`Example Steppe Wire
Police in Aktobe detain six over recruitment chat group
Updated: 12 April 2022 16:40
AKTOBE, April 11, 2022 (Example Steppe Wire) — Police in Aktobe have detained six people suspected of recruiting for an armed group through a chat group, the regional police said.

The six were held after a months-long investigation, the police said.`);
    expect(updated.metadata.published).toBe('2022-04-11');
    const dated = annotatePage(`Police in Aktobe detain six over recruitment chat group
12 April 2022 16:40
AKTOBE, April 11, 2022 — Police in Aktobe have detained six people suspected of recruiting for an armed group through a chat group, the regional police said.

The six were held after a months-long investigation, the police said.`);
    expect(dated.metadata.published).toBe('2022-04-12');
    expect(PUBLISHED_CUE_WEIGHTS.updated).toBeLessThan(PUBLISHED_CUE_WEIGHTS.dateline);
  });

  it('a name under the title that the author\'s note repeats beats a related story\'s byline after the body', () => {
    const article = annotatePage(`Court in Khujand jails three for recruitment
Nodira Karimova
3 March 2021
A court in Khujand has sentenced three men to between seven and nine years in prison for recruiting young people for an armed group, prosecutors said.

The men had sent at least five people abroad over two years, the prosecutors said, and had paid for their tickets.

Police detain two in Isfara over leaflets
By Farrukh Nazarov
Nodira Karimova is a journalist based in Dushanbe.`);
    expect(article.metadata.author).toBe('Nodira Karimova');
    expect(AUTHOR_CUE_WEIGHTS.bareName + AUTHOR_CUE_WEIGHTS.bio).toBeGreaterThan(AUTHOR_CUE_WEIGHTS.byline);
  });

  it('a teaser with its byline above the article: the headline with a whole head (byline and date) under it is the title, its byline the author', () => {
    const article = annotatePage(`Example Valley Times
Markets steady as cotton prices climb
By Peter Sidebar
Court in Khujand jails three for recruitment
By Nodira Karimova
3 March 2021
A court in Khujand has sentenced three men to between seven and nine years in prison for recruiting young people for an armed group, prosecutors said.

The men had sent at least five people abroad over two years, the prosecutors said, and had paid for their tickets.`);
    expect(article.metadata.title).toBe('Court in Khujand jails three for recruitment');
    expect(article.metadata.author).toBe('Nodira Karimova');
    expect(findTitleIndex(['Markets steady as cotton prices climb', 'By Peter Sidebar', 'Court in Khujand jails three for recruitment', '3 March 2021', 'By Nodira Karimova', 'A court in Khujand has sentenced three men to prison for recruiting young people, prosecutors said.'])).toBe(2);
  });

  it('a byline under the title beats a signature line after the body', () => {
    const article = annotatePage(`Court in Khujand jails three for recruitment
By Nodira Karimova
3 March 2021
A court in Khujand has sentenced three men to between seven and nine years in prison for recruiting young people for an armed group, prosecutors said.

The men had sent at least five people abroad over two years, the prosecutors said, and had paid for their tickets.
-- Farrukh Nazarov`);
    expect(article.metadata.author).toBe('Nodira Karimova');
  });
});

describe('date labels and bylines in more languages', () => {
  it('reads Turkish, Spanish, Italian, Uzbek, Kazakh and Ukrainian publication and update labels on date lines', () => {
    for (const line of [
      'Son güncelleme: 7 Eylül 2020 14:32',
      'Yayınlanma tarihi: 7 Eylül 2020',
      'Actualizado el 12/03/2021',
      'Pubblicato il 12/03/2021 alle 18:05',
      "E'lon qilingan: 15.03.2023 10:00",
      'Жаңартылды: 15.03.2023 10:00',
      'Опубліковано 15.03.2023 10:00',
    ]) {
      expect(isDateLine(line), line).toBe(true);
    }
    expect(isDateLine('Il governo approva la legge il 12 marzo 2021')).toBe(false);
    const article = annotatePage(`Ornek Haber
Gündem   Dünya   Ekonomi
Court jails four for recruiting villagers for armed group
Güncelleme: 9 Eylül 2020 08:15
Yayınlanma: 7 Eylül 2020 14:32
${COURT_REPORT}`);
    expect(article.metadata.published).toBe('2020-09-07');
  });

  it('reads labelled and verb bylines in Turkish, German, Dutch, Uzbek, French and Spanish', () => {
    expect(bylineText('Yazan: Ayşe Demir')).toBe('Ayşe Demir');
    expect(bylineText('Autorin: Anna Berger')).toBe('Anna Berger');
    expect(bylineText('Door: Pieter Jansen')).toBe('Pieter Jansen');
    expect(bylineText('Muallif: Dilnoza Yusupova')).toBe('Dilnoza Yusupova');
    expect(bylineText('Écrit par Sophie Lemaire')).toBe('Sophie Lemaire');
    expect(bylineText('Escrito por Lucía Romero')).toBe('Lucía Romero');
    expect(bylineText('Author(s): Jane Doe')).toBe('Jane Doe');
    expect(bylineText('di Mario Rossi')).toBe('Mario Rossi');
    // "Di" before a single surname is a name's particle, not a byline marker that leaves a name.
    expect(personName(bylineText('Di Stefano') ?? '')).toBeNull();
  });

  it('reads Spanish, Italian and Portuguese dates (also with "de"), and a time with an "h" after it', () => {
    expect(findDates('12 marzo 2021')[0]?.date).toBe('2021-03-12');
    expect(findDates('12 de março de 2021')[0]?.date).toBe('2021-03-12');
    expect(findDates('5 dicembre 2019')[0]?.date).toBe('2019-12-05');
    // Spanish "mayo" stays out: "5 Mayo Clinic doctors" is no date.
    expect(findDates('5 Mayo Clinic doctors').length).toBe(0);
    expect(isDateLine('Actualizado: 12.03.2021 - 18:05 h')).toBe(true);
    expect(isDateLine('12.03.2021 18:05h')).toBe(true);
    const italian = annotatePage(`Esempio Quotidiano
Cronaca   Politica   Esteri
Milano, condannati quattro reclutatori
di Mario Rossi
Pubblicato il 12 marzo 2021 alle 18:05
Un tribunale di Milano ha condannato quattro uomini a pene tra otto e undici anni per aver reclutato giovani per un gruppo armato, secondo la procura.

Gli uomini avevano inviato almeno nove persone all'estero in tre anni, secondo i procuratori.`);
    expect(italian.metadata.author).toBe('Mario Rossi');
    expect(italian.metadata.published).toBe('2021-03-12');
    expect(italian.paragraphs.join('\n')).not.toMatch(/Mario Rossi|Pubblicato/u);
  });
});

describe('extractMetadata: author boxes, desks, foreign bylines, datelines and chrome names', () => {
  it('reads the author from an author box after the body (German heading, bare name, biography)', () => {
    const article = annotatePage(`Rheinischer Beispielbote
Lokales   Politik   Sport
Zwei Männer nach Razzia in Duisburg in Untersuchungshaft
14.02.2022, 07:55 Uhr
${COURT_REPORT}
Über den Autor
Lukas Brandauer
Gerichtsreporter. Schreibt seit 2012 für den Beispielboten.
Kommentare (3)`);
    expect(article.metadata.author).toBe('Lukas Brandauer');
    expect(article.metadata.published).toBe('2022-02-14');
    expect(article.paragraphs.join('\n')).not.toMatch(/Brandauer|Über den Autor/u);
  });
  it('reads "Материал подготовил" and "Матеріал підготувала" bylines after the body', () => {
    for (const [line, name] of [['Материал подготовил Тимур Ахмедов', 'Тимур Ахмедов'], ['Матеріал підготувала Оксана Левченко', 'Оксана Левченко']] as const) {
      const article = annotatePage(`Пример Медиа\nСуд приговорил четырех вербовщиков\n12 марта 2021, 10:00\n${COURT_REPORT}\n${line}\n© 2021 Пример Медиа`);
      expect(article.metadata.author).toBe(name);
    }
  });
  it('reads a Ukrainian date under the title and a "Name, Place" line by it', () => {
    const article = annotatePage(`EXAMPLE NEWS WIRE
Politics   Economy   Society
Court jails four recruiters in Odesa region
3 листопада 2022 09:10
Dmytro Kovalenko, Odesa
Photo: court press service
${COURT_REPORT}`);
    expect(article.metadata.published).toBe('2022-11-03');
    expect(article.metadata.author).toBe('Dmytro Kovalenko');
  });
  it('reads Indonesian and Polish bylines ("Oleh:", "Napisała")', () => {
    expect(bylineText('Oleh: Siti Rahmawati')).toBe('Siti Rahmawati');
    expect(bylineText('Napisała Zofia Nowicka')).toBe('Zofia Nowicka');
    const article = annotatePage(`Contoh Harian\nPengadilan menghukum empat perekrut\nOleh: Siti Rahmawati\nRabu, 4 Mei 2016 08:30 WIB\n${COURT_REPORT}`);
    expect(article.metadata.author).toBe('Siti Rahmawati');
    expect(article.metadata.published).toBe('2016-05-04');
  });
  it('gives no author for a news desk\'s credit in other languages', () => {
    for (const desk of ['Dış Haberler Servisi', 'Redaktion Ausland', 'Tim Redaksi']) {
      const article = annotatePage(`Örnek Gazete\nMahkeme dört kişiye hapis cezası verdi\n12 Mart 2021 Cuma, 10:15\n${desk}\n${COURT_REPORT}`);
      expect(article.metadata.author).toBeNull();
    }
  });
  it('cuts an "OUTLET.CO, Place -" dateline off the first paragraph', () => {
    const tempo = annotatePage(`CONTOH.CO\nPengadilan menjatuhkan vonis kepada empat terdakwa\nSenin, 4 Mei 2016 08:30 WIB\nCONTOH.CO, Makassar - ${COURT_REPORT}`);
    expect(tempo.metadata.published).toBe('2016-05-04');
    expect(tempo.paragraphs[0]).toMatch(/^A regional court/u);
  });
  it('keeps a brand word such as "Group" in a name the masthead and the copyright line agree on', () => {
    const article = annotatePage(`Example Peace Research Group
Preventing War. Building Peace.
Regions   Issues   Reports
Report 14 / Central Asia
Border villages and the risk of recruitment
20 January 2016
${COURT_REPORT}
© 2016 Example Peace Research Group. All rights reserved.`);
    expect(article.metadata.outlet).toBe('Example Peace Research Group');
    expect(article.metadata.author).toBeNull();
  });
});

describe('extractMetadata: outlets named by a publisher tagline or a sentence-case masthead', () => {
  /** The metadata stage as the pipeline runs it: kept lines and the removed chrome. */
  const withChrome = (text: string): ArticleText => {
    const { kept, removed } = stripFurniture(toLines(decodeSeed(new TextEncoder().encode(text), 'test.txt')));
    return extractMetadata(kept, 'test.txt', undefined, removed);
  };
  const body = [
    'Security services in the north of the country detained 11 people suspected of recruiting for armed groups abroad, officials said on Monday.',
    'According to the prosecutor, the suspects used closed online chats to find young men willing to travel and collected money for their tickets.',
    'Three of the detained had returned from the conflict zone in 2019 and were under police supervision, the statement added.',
  ];

  it('takes the journal as the outlet when its tagline names the copyright holder as publisher', () => {
    const page = [
      'The Caspian Letter',
      'A peer-reviewed journal of the Baku Centre for Energy & Regional Studies',
      'Home   Issues   Authors   Archive',
      'Recruiters in the north go online',
      '12 March 2021',
      ...body,
      'Read 811 times',
      '© Baku Centre for Energy & Regional Studies',
    ].join('\n\n');
    expect(withChrome(page).metadata.outlet).toBe('The Caspian Letter');
  });

  it('takes a ministry named in sentence case in the masthead and the copyright line', () => {
    const page = [
      'Министерство юстиции Республики Примерия',
      'Русский   English',
      'Главная / Новости',
      'Recruiters in the north go online',
      '12.03.2021 10:15',
      ...body,
      '© 2021 Министерство юстиции Республики Примерия. Все права защищены.',
    ].join('\n\n');
    expect(withChrome(page).metadata.outlet).toBe('Министерство юстиции Республики Примерия');
  });
});

describe('heads of more layouts', () => {
  it('a Russian head: kicker, headline, a shorter deck with a clause, date; the headline is the title', () => {
    const article = annotatePage(`Пример.ру
Политика   Общество   Экономика   Армия
Армия
Пограничники Узбекистана усилили охрану южной границы
Учения прошли у Термеза, рядом с мостом Дружбы
12 марта 2023, 10:20
Автор: Пётр Смирнов
В воскресенье пограничные войска Узбекистана провели учения у Термеза, сообщила пресс-служба ведомства. В учениях участвовали около 500 военнослужащих.

По словам командования, отрабатывалось задержание нарушителей границы.
© 2023 Пример.ру`);
    expect(article.metadata.title).toBe('Пограничники Узбекистана усилили охрану южной границы');
    expect(article.metadata.published).toBe('2023-03-12');
  });

  it('a byline in capitals between a standfirst and the date line stays out of the body', () => {
    const article = annotatePage(`Steppe Ledger
Security
Border guards detain eleven near the Afghan frontier
The men were carrying forged passports and had tried to cross at night, the border service said on Monday in a statement
RUSTAM KARIMOV
4 May, 2023 10:05 am
Border guards detained eleven men near the Afghan frontier on Sunday night, the border service said.

The men were handed to investigators in Termez, it said.`);
    expect(article.paragraphs.join('\n')).not.toContain('RUSTAM KARIMOV');
    expect(article.metadata.published).toBe('2023-05-04');
  });
});

describe('page shapes read since the thirteenth blind set (invented pages)', () => {
  const body = FRONTIER_BODY;

  it('reads a date line with a reading time after it, and the bare name above it as the author', () => {
    const article = annotatePage(['THE STEPPE OBSERVER', 'Published daily by the Example Policy Institute', 'Home   Analysis   Podcast', 'ANALYSIS', 'Why the frontier still leaks', 'A short standfirst that explains the piece without a full stop', 'Dana Kerimova', '4 Mar 2019  ·  Reading time 4 min', ...body, 'Sign up to receive The Steppe Observer in your inbox', '© Copyright Example Policy Institute 2019'].join('\n'));
    expect(article.metadata.published).toBe('2019-03-04');
    expect(article.metadata.author).toBe('Dana Kerimova');
    // The masthead in capitals, as the page spells it elsewhere; not the publisher's name cut short.
    expect(article.metadata.outlet).toBe('The Steppe Observer');
    expect(article.paragraphs.join('\n')).not.toContain('Reading time');
  });

  it('reads a French "Le ... à 08h12, modifié le ..." date line', () => {
    const article = annotatePage(['Le Courrier Exemple', 'Frontière : onze hommes interpellés', 'Par Claire Dumas', 'Le 4 mars 2019 à 08h12, modifié le 4 mars 2019 à 11h40', ...body].join('\n'));
    expect(article.metadata.published).toBe('2019-03-04');
    expect(article.paragraphs.join('\n')).not.toContain('modifié');
  });

  it('takes no outlet from a one-word section of a menu ("National" is not The National)', () => {
    const article = annotatePage(['The Frontier Post Example', 'Home | National | Lahore | Peshawar | Business | Sports', 'Eleven detained near the frontier', 'Asad Khan', ...body, 'Copyright © 2019 The Frontier Post Example. All rights reserved.'].join('\n'));
    expect(article.metadata.outlet).not.toBe('The National');
  });

  it('removes article tools, a long caption over its credit, a media teaser, a "Read more" teaser and a newsletter box between paragraphs', () => {
    const article = annotatePage([
      'Example Zeitung', 'Elf Männer an der Grenze festgenommen', 'Von Jana Berg', '07.10.2021, 10.12 Uhr',
      'Grenzschützer haben in der Nacht elf Männer nahe der afghanischen Grenze festgenommen, teilte der Grenzdienst am Montag mit.',
      'Zur Merkliste hinzufügen   Artikel teilen   Artikel anhören (3 Minuten)',
      'Die Männer trugen gefälschte Pässe bei sich und wollten den Fluss in der Nacht überqueren, hieß es in der Mitteilung.',
      'Grenzposten am Amudarja: Die Behörden verstärken seit Monaten die Kontrollen an der langen Grenze zu Afghanistan',
      'Foto: Max Beispiel / AFP',
      'Alle elf Männer wurden den Ermittlern in Termez übergeben, wo ein Gericht in dieser Woche über ihre Haft entscheidet.',
      'WATCH: Border guards patrol the river at night',
      'Die Behörden haben in diesem Jahr bereits mehr als 40 Menschen an der Grenze festgenommen, sagte ein Sprecher.',
      'Read more',
      'Smugglers turn to drones on the Afghan frontier',
      'Der Sprecher fügte hinzu, dass die Zahl der Festnahmen im Vergleich zum Vorjahr gestiegen sei.',
      'NEWSLETTER — Recevez chaque matin l\'essentiel de l\'actualité   Je m\'inscris',
      'Eine Anklage gegen die elf Männer wird in den kommenden Wochen erwartet, teilte die Staatsanwaltschaft in Taschkent am Dienstag mit.',
    ].join('\n'));
    const text = article.paragraphs.join('\n');
    for (const furniture of ['Merkliste', 'Grenzposten am Amudarja', 'WATCH:', 'Smugglers turn to drones', 'NEWSLETTER']) expect(text).not.toContain(furniture);
    expect(article.paragraphs).toHaveLength(6);
  });
});

describe('page shapes read since the fourteenth blind set (invented pages)', () => {
  const body = FRONTIER_BODY;

  it('names the outlet from its masthead and a footer where the site describes itself', () => {
    const article = annotatePage(['Steppe Radio', 'Home   News   Provinces   Radio', 'Border guards detain eleven men near the frontier', '2 days ago', ...body, 'Published on July 5, 2021', 'Steppe Radio is an independent radio and news service. All rights reserved © 2021'].join('\n'));
    expect(article.metadata.outlet).toBe('Steppe Radio');
  });

  it('a section label that ends the breadcrumb above it is a kicker, not the title', () => {
    const article = annotatePage(['Example Zeitung', 'Startseite › Politik › Terror an der Grenze', 'Terror an der Grenze', 'Grenzschützer nehmen elf Männer am Fluss fest', 'Die Männer trugen gefälschte Pässe. Die Ermittler prüfen nun, ob sie Helfer hatten.', '23.12.2016, 14:05', 'Von Jana Berger', ...body].join('\n'));
    expect(article.metadata.title).toBe('Grenzschützer nehmen elf Männer am Fluss fest');
  });

  it('reads a byline written with the wire agencies ("Jane Doe avec AFP") and a date bar with a link in it', () => {
    const article = annotatePage(['Le Quotidien Exemple', 'Onze hommes interpellés à la frontière', 'Publié le 19/11/15 à 11h23', 'Léa Martin avec AFP', ...body].join('\n'));
    expect(article.metadata.author).toBe('Léa Martin');
    const dated = annotatePage(['Example Court Wire', 'Friday, May 15, 2015   |   Back issues', 'Eleven detained near the frontier', 'By JANE ROE', ...body].join('\n'));
    expect(dated.metadata.published).toBe('2015-05-15');
  });

  it('spells out an outlet that a dateline gives by its initials when the masthead begins with them', () => {
    const article = annotatePage(['Frontier News Service', 'Home   Courts   Law', 'Eleven detained near the frontier', 'By Jane Roe', 'TERMEZ (FN) — Border guards detained eleven men near the Afghan frontier on Sunday night, the border service said.', '', body[2] ?? '', '', body[4] ?? '', '© 2015 Frontier News Service'].join('\n'));
    expect(article.metadata.outlet).toBe('Frontier News Service');
  });

  it('removes a trust-badge link, a "You May Also Like:" teaser, a lone "Commentary" label and a newsletter box that is a sentence', () => {
    const article = annotatePage([
      'Example News', 'Eleven detained near the frontier', 'By Jane Roe', 'Sunday 27 October 2019 16:34, UK', 'Why you can trust Example News',
      'Border guards detained eleven men near the Afghan frontier on Sunday night, the border service said in a statement.',
      'You May Also Like: Smugglers turn to drones on the frontier',
      'The men were carrying forged passports and had tried to cross the river at night, the statement said.',
      'Commentary',
      'All eleven were handed to investigators in Termez, where a court will decide on their arrest this week.',
      'Subscribe to Border Notes   Sign up for our weekly recap of the most important stories from the region.',
      '© 2019 Example News',
    ].join('\n'));
    const text = article.paragraphs.join('\n');
    for (const furniture of ['Why you can trust', 'You May Also Like', 'Commentary', 'Border Notes']) expect(text).not.toContain(furniture);
    expect(article.paragraphs).toHaveLength(3);
  });
});

describe('page shapes read since the fifteenth blind set (invented pages)', () => {
  const body = FRONTIER_BODY;

  it('a blog\'s section name with its tagline under the masthead is no title', () => {
    const article = annotatePage(['Example Institute', 'Frontier Blog', 'Research   Experts   Events', 'Frontier Blog — Security in Central Asia', 'The new border index: arrests up 80 percent, with smugglers ahead of militants', 'Dana Kerimova', 'Wednesday, November 18, 2015', "Editor's note: This post is part of our series on the region's borders.", ...body, 'Dana Kerimova is a nonresident fellow in the Center for Border Studies.', '© 2015 The Example Institute'].join('\n'));
    expect(article.metadata.title).toBe('The new border index: arrests up 80 percent, with smugglers ahead of militants');
    const text = article.paragraphs.join('\n');
    expect(text).not.toContain("Editor's note");
    expect(text).not.toContain('nonresident fellow');
  });

  it('a one-word section under the headline names no outlet, and a holder before the copyright mark does', () => {
    const article = annotatePage(['Steppe Insight', 'Home   National   Business   Sports   Comment', 'Eleven detained near the frontier', 'National', 'By Asad Khan', 'DECEMBER 17, 2014', ...body, 'Steppe Investigative Reporting Network © 2014. All rights reserved.'].join('\n'));
    expect(article.metadata.outlet).toBe('Steppe Investigative Reporting Network');
  });

  it('a masthead whose name is generic ("The Weekly") takes the copyright holder\'s whole name; a date in Solar Hijri digits', () => {
    const article = annotatePage(['The Weekly', 'The Leading Independent Newspaper', 'Home   National   Editorial   Opinion', 'National', '1400/11/19', 'Eleven detained near the frontier', 'By Asad Khan', ...body, 'Copyright © 2022 The Weekly Steppe Monitor. All rights reserved.'].join('\n'));
    expect(article.metadata.outlet).toBe('The Weekly Steppe Monitor');
    expect(article.metadata.published).toBe('2022-02-08');
  });

  it('a section path between slashes over a headline and a shorter deck with a verb: the headline is the title', () => {
    const article = annotatePage(['Steppe Times', 'WORLD   BUSINESS   OPINION', 'WORLD / ASIA PACIFIC', 'Eleven men detained near the frontier after a night chase', 'Officers had been watching the crossing for weeks', 'by Asad Khan', 'Staff Writer', 'Dec 17, 2014', ...body].join('\n'));
    expect(article.metadata.title).toBe('Eleven men detained near the frontier after a night chase');
    expect(article.paragraphs.join('\n')).not.toContain('WORLD / ASIA PACIFIC');
  });

  it('a masthead in capitals over its slogan and the menus is no kicker: the headline under the menus is the title', () => {
    const article = annotatePage(['STEPPE HERALD', "Central Asia's trusted daily", 'News   Politics   Business   Sport   Opinion', 'Eleven men detained near the frontier after a night chase', 'Asad Khan', 'July 6, 2022', ...body].join('\n'));
    expect(article.metadata.title).toBe('Eleven men detained near the frontier after a night chase');
  });

  it('a copyright holder in quotation marks ("© 2013 «Степной вестник».")', () => {
    const article = annotatePage(['Главная | Политика | Общество', 'Одиннадцать задержаны у границы', '20 апреля 2013, 11:35', ...body, '© 2013 «Степной вестник». При перепечатке ссылка обязательна.'].join('\n'));
    expect(article.metadata.outlet).toBe('Степной вестник');
  });

  it('a logo name in camel case, a date line with an unfilled template placeholder, a comment counter with a dash and the comment policy under it', () => {
    const article = annotatePage([
      'SteppeTimes', 'Home | News | Business | Sport', 'Eleven men detained near the frontier after a night chase',
      '26 April 2019 09:31 am - 12 - {{hitsCtrl.values.hits}}', ...body, 'Comments - 12',
      'Add comment    Comments will be edited (grammar, spelling and slang) and authorized at the discretion of the editors.',
      'Reply To:', 'Name - Reply Comment',
    ].join('\n'));
    expect(article.metadata.outlet).toBe('SteppeTimes');
    expect(article.metadata.published).toBe('2019-04-26');
    expect(article.paragraphs.join('\n')).not.toMatch(/Comments|Reply|\{\{/u);
  });

  it('a lower-case wordmark spelled by a domain under the body, a reactions widget and a "READ:" link', () => {
    const article = annotatePage([
      'steppewire', 'News   World   Business   Sports', 'Eleven men detained near the frontier after a night chase', 'Asad Khan', 'Published 3:15 PM, October 23, 2017',
      body[0] ?? '', '', 'How does this story make you feel?   Happy   Sad   Angry   Inspired', 'READ: Border guards seize weapons cache', body[2] ?? '', '', body[4] ?? '', 'SteppeWire.com',
    ].join('\n'));
    expect(article.metadata.outlet).toBe('SteppeWire');
    expect(article.paragraphs.join('\n')).not.toMatch(/How does this story|READ:/u);
  });

  it('"This content was published on" dates a page; a wire credit in brackets names the author; a share widget\'s label is no byline', () => {
    const article = annotatePage([
      'Example Info', 'News   World   Business', 'Eleven men detained near the frontier after a night chase', 'This content was published on March 4, 2010 - 14:22', 'Social Sharing',
      ...body, '(Reporting by Jane Roe; Writing by Karen Doe; Editing by Peter Poe)', 'Copyright 2010 Example Info. All rights reserved.',
    ].join('\n'));
    expect(article.metadata.published).toBe('2010-03-04');
    expect(article.metadata.author).toBe('Jane Roe');
    expect(article.paragraphs.join('\n')).not.toMatch(/This content was published|Social Sharing|Reporting by/u);
  });

  it('a holder before the copyright mark with a dash after the year ("Example-Matin © 2022 - Tous droits réservés"); "16-Nov-05"; an issue label ending in a comma is no title', () => {
    const article = annotatePage(['Example-Matin', 'Accueil   Monde   Sports', 'Reporting Central Asia', 'RCA Issue 418,', '16-Nov-05', 'Eleven men detained near the frontier after a night chase', ...body, 'Example-Matin © 2022 - Tous droits réservés'].join('\n'));
    expect(article.metadata.outlet).toBe('Example-Matin');
    expect(article.metadata.published).toBe('2005-11-16');
    expect(article.metadata.title).toBe('Eleven men detained near the frontier after a night chase');
  });

  it('a masthead named with a newspaper word ("The Example Globe") wins over a parent company\'s copyright', () => {
    const article = annotatePage(['The Steppe Globe', "Today's Paper   Subscribe   Log In", 'Eleven men detained near the frontier after a night chase', 'By Asad Khan | Globe Staff', 'April 23, 2013', ...body, '© 2013 The New York Times Company'].join('\n'));
    expect(article.metadata.outlet).toBe('The Steppe Globe');
  });

  it('a headline over a standfirst with a verb, right over the byline, with no kicker above: the headline is the title', () => {
    const article = annotatePage(['Steppe Evening News', 'News   Sport   Business', 'Steppe News', 'Border crossing attack: 11 dead including guards, police confirm', 'Gunman detonated device as lorries queued at the gate', 'By Asad Khan', 'Chief Reporter', '11:52, 23 MAY 2017', ...body].join('\n'));
    expect(article.metadata.title).toBe('Border crossing attack: 11 dead including guards, police confirm');
  });

  it('an agency named by its kind and its title in quotation marks ("ИА «Степь-Информ»"); a "Media Note" under the title names its issuer', () => {
    const agency = annotatePage(['ИА «Степь-Информ»', 'Главная   Новости   Власть', 'Одиннадцать задержаны у границы', '4 декабря 2014, 18:40', ...body].join('\n'));
    expect(agency.metadata.outlet).toBe('Степь-Информ');
    const note = annotatePage(['Steppe Ministry of Foreign Affairs', 'Home   Policy   Travel', 'Reward offered for information on a wanted recruiter', 'Media Note', 'Office of the Spokesperson', '08/30/2016', ...body, 'More information is on www.steppe-rewards.net.'].join('\n'));
    expect(note.metadata.outlet).toBe('Steppe Ministry of Foreign Affairs');
  });

  it('a note on the wires glued to the last paragraph ("... in Nice. - Additional reporting: agencies") is cut', () => {
    const article = annotatePage(['Steppe Times', 'Eleven men detained near the frontier after a night chase', 'Sun, Apr 9, 2017, 18:32', body[0] ?? '', '', 'All eleven were handed to investigators in Termez, where a court will decide on their arrest this week, officials said. - Additional reporting: agencies'].join('\n'));
    expect(article.paragraphs.at(-1)).toBe('All eleven were handed to investigators in Termez, where a court will decide on their arrest this week, officials said.');
    expect(article.metadata.author).toBeNull();
  });

  it('a page dated only in the Solar Hijri calendar', () => {
    const article = annotatePage(['Example Times Kabul', 'Eleven detained near the frontier', 'Tuesday, 19 Dalw 1400', 'KABUL, February 8 /Example Times/: Border guards detained eleven men near the Tajik frontier on Monday night, the border service said.', '', body[2] ?? '', '', body[4] ?? ''].join('\n'));
    expect(article.metadata.published).toBe('2022-02-08');
  });

  it('removes newsletter boxes named after the site, app promises to the reader and long "À lire aussi" links', () => {
    const article = annotatePage([
      'Example News', 'Eleven detained near the frontier', 'By Jane Roe', 'Sunday 27 October 2019 16:34',
      body[0] ?? '',
      "À lire aussi : Frontière : des milliers d'hommes ont fui vers le Kazakhstan et la Géorgie depuis septembre",
      body[2] ?? '',
      "Example Newsletter — Recevez chaque matin l'essentiel de l'actualité internationale.   Je m'inscris",
      'Real-time updates and all local stories you want right in the palm of your hand.',
      'RP+ Jetzt 4 Wochen für 1 Euro testen: Alle Artikel, alle Hintergründe.   Jetzt abonnieren',
      body[4] ?? '',
      '© 2019 Example News',
    ].join('\n'));
    const text = article.paragraphs.join('\n');
    for (const furniture of ['À lire aussi', 'Newsletter', 'palm of your hand', 'Jetzt abonnieren']) expect(text).not.toContain(furniture);
    expect(article.paragraphs).toHaveLength(3);
  });
});

describe('page shapes read since the sixteenth blind set (invented pages)', () => {
  const body = FRONTIER_BODY;

  it('reads a Swedish date line, and removes a Swedish cookie notice, a "Lyssna:" teaser and the site promoting its own programme', () => {
    const article = annotatePage(['Example Radio', 'Svenska   English   Русский', 'Vi använder kakor (cookies) för att förbättra webbplatsen.   OK   Läs mer', 'Eleven detained near the frontier', 'Publicerat tisdag 17 oktober 2023 kl 11.45', body[0] ?? '', 'Lyssna: Example Radio Weekly', body[2] ?? '', 'Example Radio Weekly – nyheter på lätt engelska varje fredag', body[4] ?? '', '-- Karin Ek'].join('\n'));
    expect(article.metadata.published).toBe('2023-10-17');
    expect(article.metadata.title).toBe('Eleven detained near the frontier');
    const text = article.paragraphs.join('\n');
    for (const furniture of ['kakor', 'Lyssna', 'Weekly']) expect(text).not.toContain(furniture);
  });

  it('a date line opened by "Outlet avec AFP.", a button row under it, and a rights notice naming the holder', () => {
    const article = annotatePage(['Le Courrier Exemple', "L'actualité en continu", 'Onze hommes interpellés à la frontière', 'Le Courrier Exemple avec AFP.   Publié le 29/06/2022 à 21h58   Modifié le 29/06/2022 à 23h15', 'Écouter   Partager', ...body, 'Tous droits réservés - Le Courrier Exemple'].join('\n'));
    expect(article.metadata.published).toBe('2022-06-29');
    expect(article.metadata.author).toBeNull();
    expect(article.metadata.outlet).toBe('Le Courrier Exemple');
  });

  it('a deck of two clauses under the headline, and a desk credit before the date', () => {
    const article = annotatePage(['EXAMPLE NEWS', 'Home   World   Business', 'Gulf  >  Kuwait', 'Bomber kills 27 at mosque in the capital', 'Death toll rises to 27; Emir visits the scene', 'Example News Report', 'Published: Sat 27 Jun 2015, 00:40 GST', ...body].join('\n'));
    expect(article.metadata.title).toBe('Bomber kills 27 at mosque in the capital');
  });

  it('keeps a short last paragraph after a newsletter box that describes itself', () => {
    const article = annotatePage(['Example News', 'Eleven detained near the frontier', 'By Jane Roe', '3 March 2021', ...body, "Newsletter Justice : recevez chaque soir l'essentiel de l'actualité", 'The men have ten days to appeal the ruling.', '', 'Example News', '© 2021 Example News'].join('\n'));
    expect(article.paragraphs.at(-1)).toBe('The men have ten days to appeal the ruling.');
  });
});

describe('page shapes read since the seventeenth blind set (invented pages)', () => {
  const body = FRONTIER_BODY;

  it('a menu with language links in other scripts, and the site\'s slogan under its masthead, are no titles', () => {
    const menu = annotatePage(['THE EXAMPLE TIMES', 'Israel   Jewish Times   Middle East   Ops & Blogs   Podcasts   עברית   العربية   Français', 'Log in   Sign up', 'ISRAEL & THE REGION', 'Gunmen kill two officers in northern town, second attack in a week', 'The attackers, one of them jailed in 2016 for trying to join the jihadist group in Syria, were shot dead by officers dining nearby', 'By STAFF', '28 March 2022, 10:52 am', ...body].join('\n'));
    expect(menu.metadata.title).toBe('Gunmen kill two officers in northern town, second attack in a week');
    const slogan = annotatePage(['STEPPE TODAY', "Steppe's news in English", 'Home | News | Crime | Politics', 'NO | EN', 'CRIME', '04.07.2024 14:05', 'Gunman handed 30 years for attack on a pub', ...body].join('\n'));
    expect(slogan.metadata.title).toBe('Gunman handed 30 years for attack on a pub');
  });

  it('a date line with its sources after it, a row of tools with a comment counter, and story highlights', () => {
    const article = annotatePage(['EXAMPLE ONLINE', 'Zahl der Festnahmen steigt um 22 Prozent', '29. Februar 2024, 10:41 Uhr   Quelle: EXAMPLE ONLINE, dpa, AFP, lk', 'Vorlesen   Teilen   Kommentare: 48', 'Story highlights', 'The foreign ministry thanked its neighbours for help with the operation', ...body].join('\n'));
    expect(article.metadata.published).toBe('2024-02-29');
    const text = article.paragraphs.join('\n');
    for (const furniture of ['Vorlesen', 'thanked its neighbours', 'Quelle']) expect(text).not.toContain(furniture);
  });

  it('removes a caption closed by "PHOTO: AGENCY", an "Also Read |" link and a call to join a Telegram channel', () => {
    const article = annotatePage(['Example News', 'Eleven detained near the frontier', 'By Jane Roe', '3 March 2021', body[0] ?? '', 'A guard walks past a portrait of the president in central Termez. PHOTO: AFP', body[2] ?? '', "Also Read | Smugglers turn to drones on the frontier", body[4] ?? '', "Join EN's Telegram channel and get the latest breaking news delivered to you.", '© 2021 Example News'].join('\n'));
    const text = article.paragraphs.join('\n');
    for (const furniture of ['PHOTO: AFP', 'Also Read', 'Telegram']) expect(text).not.toContain(furniture);
    expect(article.paragraphs).toHaveLength(3);
  });
});

describe('page shapes read since the twenty-first and twenty-second blind sets (invented pages)', () => {
  const body = FRONTIER_BODY;

  it('a menu row of names that a long headline is not, and a plea about ad blockers, stay out of the title and the body', () => {
    const article = annotatePage(['ExampleTownLive', 'News Example City Harbour Vale What\'s On Property Jobs Obituaries Local Life', 'Our journalism is free to read. Please consider turning off your ad blocker.', 'News > Example Town News', 'Eleven detained near the frontier after a night raid', 'By Jane Roe, Chief Reporter', '19:02, 3 MAR 2021', ...body].join('\n'));
    expect(article.metadata.title).toBe('Eleven detained near the frontier after a night raid');
    expect(article.metadata.published).toBe('2021-03-03');
    expect(article.metadata.outlet).toBe('ExampleTownLive');
    expect(article.paragraphs.join('\n')).not.toContain('ad blocker');
  });

  it('dates with a comma before the year or after the month, a "Name | Place" byline, an app offer, a "Most Visited" teaser', () => {
    const comma = annotatePage(['Example Arabia', 'Eleven detained near the frontier', 'Published: 03 March ,2021: 02:40 PM GST', ...body].join('\n'));
    expect(comma.metadata.published).toBe('2021-03-03');
    const month = annotatePage(['Example Agency', 'Eleven detained near the frontier', 'March, 3, 2021 - 11:27', ...body].join('\n'));
    expect(month.metadata.published).toBe('2021-03-03');
    const byline = annotatePage(['EXAMPLE NEWS', 'Eleven detained near the frontier', 'The suspects were held overnight after a tip-off from neighbours', 'Ana Ferrer | Termez', '03.03.2021 - 13:17 H', body[0] ?? '', 'Example News app: download now for breaking news', body[1] ?? '', 'Most Visited:', 'Guards seize a record haul of drugs on the river', ...body.slice(2)].join('\n'));
    expect(byline.metadata.author).toBe('Ana Ferrer');
    const text = byline.paragraphs.join('\n');
    for (const furniture of ['Ana Ferrer', 'app:', 'Most Visited', 'record haul']) expect(text).not.toContain(furniture);
  });
});

describe('page shapes read since the twenty-third and twenty-fourth blind sets (invented pages)', () => {
  const body = FRONTIER_BODY;

  it('a print edition\'s date, a bare name under a standfirst, a Russian headline over its longer deck', () => {
    const french = annotatePage(['Le Quotidien', 'Édition du mardi 22 janvier 2013', 'Actualité', 'Onze hommes arrêtés près de la frontière', '11 suspects interpellés, 3 armes saisies', 'Nadia Kermoun', ...body].join('\n'));
    expect(french.metadata.published).toBe('2013-01-22');
    expect(french.metadata.author).toBe('Nadia Kermoun');
    const russian = annotatePage(['Пример Медиа', 'Общество', 'Суд арестовал одиннадцать жителей Сурхандарьи', 'Задержанных подозревают в попытке незаконно пересечь границу с Афганистаном ночью', '17 апреля 2025', 'Ольга Петрова', ...body].join('\n'));
    expect(russian.metadata.title).toBe('Суд арестовал одиннадцать жителей Сурхандарьи');
  });

  it('a date line with its section and site after it, a byline before the date, a wire credit of several reporters', () => {
    const section = annotatePage(['EXAMPLE ONLINE', "Steppe's leading independent news source", 'HOME | NEWS | CONTACT', 'Eleven detained near the frontier', 'Friday January 27, 2023 - 10:48:12 in Latest News by Example Online', ...body].join('\n'));
    expect(section.metadata.title).toBe('Eleven detained near the frontier');
    expect(section.metadata.published).toBe('2023-01-27');
    const wire = annotatePage(['Example Report', 'Eleven detained near the frontier', 'By Reuters, Wire Service Content   June 12, 2016, at 7:31 p.m.', ...body, '(Reporting by Lena Crane in Termez and Mark Dalen in Tashkent; Editing by Paul Tarn)'].join('\n'));
    expect(wire.metadata.published).toBe('2016-06-12');
    expect(wire.metadata.author).toBe('Lena Crane');
  });

  it('"Place - Name" and "Author`s name X" bylines, and a site that credits the agency whose copy it runs', () => {
    const dashed = annotatePage(['EXAMPLE DAILY', 'Eleven detained near the frontier', 'Termez - Karim al-Jabri', 'Friday, 22 January, 2021 - 05:45', ...body].join('\n'));
    expect(dashed.metadata.author).toBe('Karim al-Jabri');
    const labelled = annotatePage(['EXAMPLE.RU', 'Eleven detained near the frontier', '3 июня 2015, 09:12', ...body, 'Author`s name Anna Volkova', 'Example.Ru © 1999-2015'].join('\n'));
    expect(labelled.metadata.author).toBe('Anna Volkova');
    const credited = annotatePage(['Steppe Today', 'Eleven detained near the frontier', 'Steppe Today / AFP', '23 June 2025 at 10:12 am', `TERMEZ, June 23 (AFP) – ${body[0]}`, ...body.slice(1), '© 2025 Steppe Today. All rights reserved.'].join('\n'));
    expect(credited.metadata.outlet).toBe('Steppe Today');
  });
});

describe('a numeric date that reads both ways, read by what the article reports (invented pages)', () => {
  it('month first when only that reading follows the latest month reported closely ("the end of December" over "01/05/2024")', () => {
    const page = (date: string, first: string) => annotatePage(['EXAMPLE POLICY CENTER', 'Analysis', 'Kazakhstan takes a group off its list', date, 'Author: Dana Roe', first, '', 'The ministry said the list follows the sanctions lists of the United Nations.'].join('\n'));
    expect(page('01/05/2024', 'At the end of December, Kazakhstan removed the movement from its national list of banned organizations.').metadata.published).toBe('2024-01-05');
    // Both readings come months after March: the region's day-first order stands.
    expect(page('01/05/2024', 'In March, Kazakhstan removed the movement from its national list of banned organizations.').metadata.published).toBe('2024-05-01');
  });
});

describe('bylines of the twenty-fifth blind set\'s kinds (own text)', () => {
  it('"Name in Place" under the deck is the author, and leaves the body', () => {
    const article = annotate(`Example Business Weekly
WORLD
Steppe capital shuts markets after blast as toll climbs to 41
Officials blame a banned group; the group denies any role
Mira Tolen in Almaty
March 23, 2024
ALMATY, March 23 /EBW/ - Officials said on Saturday that 41 people had died in the blast at a market in the city centre.
The mayor cancelled all public events for the weekend.
`);
    expect(article.metadata.author).toBe('Mira Tolen');
    expect(article.paragraphs.join('\n')).not.toContain('Mira Tolen in Almaty');
  });
});

describe('titles and mastheads of the twenty-fifth blind set\'s kinds (own text)', () => {
  it('a headline with a rank\'s abbreviation ("Sgt. Jane Roe") over its deck is the title, not the deck', () => {
    const article = annotate(`The Example Courier
LOCAL NEWS
'She never missed a shift': Riverton mourns Sgt. Jane Roe
Officer from the county's tactical unit was shot while guarding the courthouse
Thu., Oct. 23, 2014
The flag over the station hung at half-mast on Thursday, and by noon its steps had disappeared under flowers.
Sgt. Jane Roe, 34, was standing guard at the courthouse on Wednesday morning when a gunman opened fire, police said.
`);
    expect(article.metadata.title).toBe("'She never missed a shift': Riverton mourns Sgt. Jane Roe");
  });

  it('a topic label over the headline and a deck of two sentences: the headline is the title', () => {
    const article = annotate(`EXAMPLE ZEITUNG
Stadt   Region   Politik   Sport   Kultur   Blaulicht
Anmelden   |   Abo
Stadt > Blaulicht
EZ+
Messerangriff auf dem Bahnhofsplatz
Schaffner Jan Beispiel erliegt seinen Verletzungen
Die Stadt trauert um den 41-jährigen Mitarbeiter. Die Staatsanwaltschaft geht von einem gezielten Angriff aus.
Von Jana Beispiel
03.06.2024, 06:00 Uhr   |   Aktualisiert: 03.06.2024, 14:20 Uhr
Der Schaffner, der am Freitag am Bahnhof schwer verletzt worden war, ist tot, wie die Polizei am Sonntag mitteilte.
Der Angreifer wurde noch am Tatort festgenommen.
`);
    expect(article.metadata.title).toBe('Schaffner Jan Beispiel erliegt seinen Verletzungen');
  });

  it('a headline of three words over a standfirst of sentences, a bare byline and the date; a brand in lower camel case is the outlet', () => {
    const article = annotateWithChrome(`exampleDemocracy

free thinking on the steppe

Home   About   Donate

Steppe: east and west

Tashkent's mosque question

Why did a quiet preacher go to prison? His case shows how narrow the room for sermons has become.

Mira Tolen

2 February 2016

Friday prayers at the mosque used to draw worshippers from across the valley and from over the border.

Last summer security officers detained the imam, and a court later sentenced him to five years in prison.

© 2016 exampleDemocracy
`);
    expect(article.metadata.title).toBe("Tashkent's mosque question");
    expect(article.metadata.author).toBe('Mira Tolen');
    expect(article.metadata.outlet).toBe('exampleDemocracy');
  });
});

describe('metadata of the twenty-seventh blind set\'s kinds (own text)', () => {
  it('a newspaper named by one title word in the masthead; a copyright line of years only names nobody', () => {
    const article = annotateWithChrome(`Herald
Riverton, Oakvale and the Quell Valley
News   Sport   What's On   Jobs
Court jails man who plotted attack on MP's surgery
Updated: 13th April 2022 16:05
By Mira Tolen
A man who planned an attack on an MP's constituency surgery was jailed for life on Wednesday, prosecutors said.
The judge said he would serve at least 30 years.
Example Media Group Ltd, registered in England and Wales. © Copyright 2001-2022. All rights reserved.
`);
    expect(article.metadata.outlet).toBe('Herald');
  });

  it('"Name, специально для SITE" under the headline is the byline, not the title', () => {
    const article = annotate(`RUS.EXAMPLE.LV
Новости  →  В мире
Президент поблагодарил коллегу за помощь в предотвращении теракта
Ольга Квеллова, специально для RUS.EXAMPLE.LV
17 декабря 2017 20:41
Президент в воскресенье позвонил коллеге и поблагодарил его за информацию, которая помогла задержать семь человек.
ФСБ в пятницу объявила о задержании в Петербурге семи сторонников запрещенной группировки.
`);
    expect(article.metadata.title).toBe('Президент поблагодарил коллегу за помощь в предотвращении теракта');
    expect(article.metadata.author).toBe('Ольга Квеллова');
  });
});

describe('bylines of the twenty-eighth blind set\'s kinds (own text)', () => {
  it('a bare name with a Scottish prefix ("McLeod") over the reporter\'s role and the date is the author', () => {
    const article = annotate(`WORLD NEWS
Agency says militants can field up to 4,500 fighters
Kirsty McQuell
US Correspondent
12 Sep 2014 / 00:00
THE militant group that has seized a swathe of the valley has far more men under arms than previously thought, according to a new assessment.
The agency said last night that the militants could muster between 2,000 and 4,500 fighters.
`);
    expect(article.metadata.author).toBe('Kirsty McQuell');
  });
});

describe('heads of the twenty-ninth blind set\'s kinds (own text)', () => {
  it('takes the name over a masthead slogan ("Steppe\'s Leading English Daily"), not the slogan', () => {
    const article = annotateWithChrome(`The Meridian
Steppe's Leading English Daily
Home   Steppe   Business   Sports   Opinion   World
World
Border guards find weapons cache in mountain village, ministry says
12 Mar 2016 - 09:12
AFP
RIVERTON: Border guards found a cache of rifles and explosives in a mountain village on Friday, the interior ministry said in a statement.
The ministry said 14 people had been detained and that the weapons had been brought in from across the border over several months.
Copyright © 2016 The Meridian Newspaper. All rights reserved.
`);
    expect(article.metadata.outlet).toMatch(/^The Meridian/);
  });

  it('reads a long headline over a short deck of one clause under a trail, across a cookie notice, as the title', () => {
    const article = annotateWithChrome(`Riverton Live
News   Sport   What's On   Property   Jobs
Local News   >   Harbourside
Privacy: We use cookies to improve your experience. Continue   |   Find out more
Depot bomber who lived with Harbourside foster parents jailed for at least 20 years
Tomas Reed was found guilty of attempted murder last month
By Ina Marsh
16:05, 23 MAR 2018
The teenager who left a homemade bomb at the fuel depot while living with foster parents in Harbourside has been jailed for life.
Reed, 19, was sentenced at the crown court on Friday, a month after a jury convicted him of attempted murder.
`);
    expect(article.metadata.title).toBe('Depot bomber who lived with Harbourside foster parents jailed for at least 20 years');
    expect(article.metadata.author).toBe('Ina Marsh');
  });
});

describe('outlets of the thirtieth blind set\'s kinds (own text)', () => {
  it('takes a masthead that the footer opens with, set apart by a bar or a dash', () => {
    const article = annotateWithChrome(`Agência Exemplo
Empresa Exemplo de Comunicação
Português | English | Español
Home   Politics   Economy   Justice   International
International
Woman among three killed in knife attack at harbour church
Publicado em 29/10/2020 - 17:48
A woman was among the three people killed on Thursday morning when a man armed with a knife attacked worshippers inside the church.
The Foreign Ministry said in a note that the victim had lived abroad for about 30 years and was a mother of three.
Agência Exemplo - Todo o conteúdo pode ser reproduzido desde que citada a fonte
`);
    expect(article.metadata.outlet).toBe('Agência Exemplo');
  });

  it('reads a reporter\'s handle under the byline as no channel ("By Jane Doe" over "@JaneDoeHG")', () => {
    const article = annotateWithChrome(`Harbour Globe
News | Sport | What's On | Jobs
Depot blast: what we know so far
By Ina Marsh
@InaMarshHG
Published: 16 November 2021
POLICE say the man who died when a bomb went off outside the depot had built the device himself, detectives said on Monday.
Officers have searched three addresses in the town and arrested four men under the Terrorism Act, the force said.
Harbour Globe | Registered in England & Wales
`);
    expect(article.metadata.outlet).not.toMatch(/^By /);
    expect(article.metadata.author).toBe('Ina Marsh');
  });

  it('reads a copyright holder written with "(Pvt) Ltd"', () => {
    const article = annotateWithChrome(`The Lantern
Home   Latest News   Features   Editorial   Sports
Click here to read today's print edition
Foreign News
Man who stabbed seven in harbour supermarket was under police watch for five years
September 5, 2021, 9:12 pm
The Prime Minister has described Friday's knife attack in a supermarket as a terrorist act carried out by a violent extremist.
The man stabbed seven people at the supermarket in the shopping centre on Friday afternoon, police said.
Copyright © 2021 Beacon Newspapers (Pvt) Ltd. All Rights Reserved.
`);
    expect(article.metadata.outlet).toBe('Beacon Newspapers');
  });
});

describe('date lines of the thirtieth blind set\'s kinds (own text)', () => {
  it('reads a date line that opens with the reporters\' places and a bullet ("Makassar/Jakarta   ●   Mon, March 29, 2021")', () => {
    expect(isDateLine('Harbour/Riverton   ●   Mon, March 29, 2021')).toBe(true);
    expect(isDateLine('Harbour   ■   Mon, March 29, 2021')).toBe(true);
  });
});

describe('heads of the thirty-first blind set\'s kinds (own text)', () => {
  it('reads a date line that names the newspaper\'s section after a bar ("published : 21 Apr 2017 at 17:05 | newspaper section: World")', () => {
    expect(isDateLine('published : 21 Apr 2017 at 17:05   |   newspaper section: World')).toBe(true);
    expect(isDateLine('12 May 2021 | Category: Politics')).toBe(true);
    const article = annotate(`Harbour Post
World
Gunman who shot a guard had attacked police before
published : 21 Apr 2017 at 17:05   |   newspaper section: World
HARBOUR - The gunman who shot dead a guard at the port on Thursday night had served a prison term for attacking police, investigators said.
Prosecutors said a note praising the group had been found near the body, and that the man had been released for lack of evidence.
`);
    expect(article.metadata.published).toBe('2017-04-21');
    expect(article.paragraphs.join('\n')).not.toContain('published :');
  });

  it('takes the headline, not the topic label of three words above it ("Terror in Riverland" over the headline)', () => {
    const article = annotateWithChrome(`HARBOUR POST in English
The Riverland's English-language newspaper since 1984
Home | Local News | Region | Lifestyle | Property | What's On | Classifieds
This site uses cookies to improve your browsing experience. More info   OK
REGION
Terror in Riverland
Eleven dead on the promenade as police kill four suspects in Portvale
Friday, 18 August 2017, 13:05
A day of mourning in the capital after a van ploughed through crowds on the city's busiest avenue
Riverland woke up on Friday to the news that a second attack had been stopped in the seaside town of Portvale, hours after a van killed 11 people on the promenade.
The driver of the van zigzagged for several hundred metres down the crowded promenade before abandoning the vehicle and escaping on foot, police said.
`);
    expect(article.metadata.title).toBe('Eleven dead on the promenade as police kill four suspects in Portvale');
  });

  it('takes a Russian headline over a deck as long as itself under a section trail in sentence case', () => {
    const article = annotateWithChrome(`ГАЗЕТА ПРИМЕРА
Главная   Политика   Общество   В мире   Спорт
В мире / Теракты в Примерске
Прокурор Примерска назвал число погибших в терактах
Нападения в пятницу вечером совершили три группы боевиков
14 ноября 2015, 22:47
Жертвами серии нападений в Примерске стали 40 человек, сообщил в субботу вечером прокурор города. По его словам, ранены 90 человек.
Прокурор рассказал, что атаки совершили три скоординированные группы, и добавил, что следствие продолжается.
`);
    expect(article.metadata.title).toBe('Прокурор Примерска назвал число погибших в терактах');
  });
});

describe('heads of the thirty-second and thirty-third blind sets\' kinds (own text)', () => {
  it('reads a date line with a reading time in minutes, and the name under a byline label', () => {
    expect(isDateLine('Published Apr 11, 2025  •  Last updated Apr 11, 2025  •  3 minute read')).toBe(true);
    const article = annotateWithChrome(`HARBOUR POST
News   Opinion   Sports   Culture   Life
World
Citizen wanted over the 2008 port attacks extradited
The former army doctor who ran an immigration business abroad is now in the custody of the anti-terror agency
Author of the article:
Jane Roe
Published Apr 11, 2025  •  Last updated Apr 11, 2025  •  3 minute read
A citizen wanted over the 2008 port attacks was flown to the capital on Thursday and handed over to the anti-terror agency, officials said.
The former doctor, 64, was formally arrested by the agency after his special flight landed at an air base near the capital, and a court remanded him to 18 days in custody.
`);
    expect(article.metadata.author).toBe('Jane Roe');
    expect(article.metadata.published).toBe('2025-04-11');
    expect(article.paragraphs.join('\n')).not.toContain('Jane Roe');
  });

  it('takes the headline under a trail over a one-clause standfirst, a name and a date line, not a discount banner above it', () => {
    const article = annotateWithChrome(`Harbour Morning Post
HMP
Harbour   China   Asia   World   Opinion   Business
Get 50% off your first year of HMP digital
Asia / South Asia
Suicide bomber kills five foreign engineers and driver in the north
The attack near the dam targeted a convoy heading to the foreign-built dam, the second deadly strike on the project's workers since 2021
Jane Roe
+ FOLLOW
Published: 7:15am, 27 Mar 2024
Five foreign nationals and their driver were killed on Tuesday when a suicide bomber drove a car packed with explosives into their convoy in the north, police said.
The engineers were travelling from the capital to the camp of the hydropower project when the car rammed their vehicle on the mountain highway, officials said.
`);
    expect(article.metadata.title).toBe('Suicide bomber kills five foreign engineers and driver in the north');
  });

  it('takes the headline that repeats the short label above it ("Harbour Gazette trial" over "... as Harbour Gazette trial ends")', () => {
    const texts = [
      'World',
      'Harbour Gazette trial',
      'Accomplice of harbour gunman jailed for 30 years as Harbour Gazette trial ends',
      '16.12.2020 19:05',
      'A court on Wednesday sentenced a close associate of the gunman to 30 years in prison at the end of the trial over the January 2015 attacks on the port, prosecutors said.',
      'The special court found the man, 35, guilty of complicity in terrorist crimes, the most serious charge in the case.',
    ];
    expect(findTitleIndex(texts)).toBe(2);
  });

  it('cuts the site\'s own name and a dash that open the first paragraph', () => {
    const article = annotateWithChrome(`Harbour News
Home   Local   World
Ten killed in attacks at the castle, four gunmen dead
Monday, December 19, 2016
Harbour News - Ten people, among them seven members of the security services, were killed in a series of attacks by gunmen on Sunday, according to the police.
The police said in a statement that 34 people were wounded, some of them seriously, and that four gunmen were killed at the castle.
Follow Harbour News on Twitter for breaking news
All rights reserved © Harbour News 2016
`);
    expect(article.metadata.outlet).toBe('Harbour News');
    expect(article.paragraphs[0]).toMatch(/^Ten people, among them/);
  });
});

describe('heads of the thirty-fourth blind set\'s kinds (own text)', () => {
  it('takes the headline under a kicker, not the slogan under a masthead in capitals, and the outlet a partner line names', () => {
    const article = annotateWithChrome(`THE HARBOUR REVIEW
Academic rigour, plain words
Edition:   Australia   Global   UK
Arts + Culture   Business + Economy   Education   Health + Medicine   Politics + Society
Politics + Society
Foreign fighters in Syria: the numbers keep growing
Published: June 10, 2014 2.17pm AEST
Author
Jane Roe
Lecturer in Security Studies, Harbour University
Disclosure statement
Jane Roe does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article.
Partners
Harbour University provides funding as a member of The Harbour Review AU.
A report released this month puts the number of foreigners who have gone to fight in the civil war at more than 12,000, from at least 81 countries.
The largest groups come from the Arab world, the report says, with about 3,000 fighters from one country alone.
`);
    expect(article.metadata.title).toBe('Foreign fighters in Syria: the numbers keep growing');
    expect(article.metadata.outlet).toBe('The Harbour Review');
    expect(article.metadata.author).toBe('Jane Roe');
    expect(article.paragraphs[0]).toMatch(/^A report released this month/);
  });

  it('takes the headline under a topic label in capitals, past a French section row', () => {
    const article = annotateWithChrome(`LeQuotidien.fr
Accueil   Lyon   Rhône   Faits divers   Politique   Sports   Loisirs
Publié le 22/03/2012 à 16:48
ATTAQUES DE LYON
Le suspect tué par la police après trente heures de siège
Le jeune homme de 23 ans a été abattu ce jeudi en sautant par la fenêtre de son appartement, a indiqué le procureur.
Le siège de l'immeuble aura duré 32 heures, selon le ministre de l'Intérieur, qui a salué le travail des policiers.
`);
    expect(article.metadata.title).toBe('Le suspect tué par la police après trente heures de siège');
  });

  it('reads the author from a date line that goes on "by Name in Section"', () => {
    expect(bylineText('July 18th, 2015 by Jane Roe in Breaking News')).toBe('Jane Roe');
    expect(bylineText('12 March 2019 by John Roe')).toBe('John Roe');
    expect(bylineText('In 2015 by the ministry')).toBeNull();
  });
});

describe('heads of the thirty-fifth blind set\'s kinds (own text)', () => {
  it('takes the headline with an attribution tail over a shorter deck, not the slogan under the masthead', () => {
    const article = annotateWithChrome(`HARBOUR WIRE
The inside story on crises
Home   Countries   Themes   Investigations   Photo   Video   Donate
Afghanistan
Civilian casualties hit new record in 2015, UN says
Fighting moves into towns and cities as the insurgents take ground
NEWS
14/2/2016
Jane Roe
KABUL — More civilians were killed or wounded in 2015 than in any year since the United Nations began keeping count, the UN mission said on Sunday.
The mission documented 11,002 civilian casualties last year, it said in its annual report on the protection of civilians.
`);
    expect(article.metadata.title).toBe('Civilian casualties hit new record in 2015, UN says');
  });

  it('takes a Russian headline under a trail over a shorter deck', () => {
    const article = annotateWithChrome(`ГАЗЕТА ПРИМЕР
Главное   Экономика   Финансы   Бизнес   Политика   Мнения
Политика / Мир
Среди погибших при захвате отеля оказались шесть граждан страны
Все они были сотрудниками одной авиакомпании
21 ноября 2015, 12:40
Во время захвата гостиницы в столице погибли шесть граждан страны, сообщила в субботу авиакомпания.
Вооруженные люди ворвались в гостиницу в пятницу утром, по данным гостиничного оператора.
`);
    expect(article.metadata.title).toBe('Среди погибших при захвате отеля оказались шесть граждан страны');
  });

  it('drops a desk credit under the deck from the body, reads a copyright year after the word, and a hyphenated surname in a signature', () => {
    const article = annotateWithChrome(`Harbour Live
The city's first English-language news source
HOME   POLITICS   SECURITY   ECONOMY   SOCIETY
Death toll in harbour rally bombings rises to 95
Twin blasts tore through a crowd of union members outside the main station on Saturday.
SUNDAY, OCTOBER 11, 2015
HARBOUR DAILY / ANKARA
The death toll from the two explosions that struck a rally on Saturday rose to 95 overnight, the prime minister's office said.
The blasts went off seconds apart shortly after 10 a.m. near the central station, where thousands had gathered.
-- Mariam Al-Hakimi
© Copyright 2015 Harbour Live. All Rights Reserved.
`);
    expect(article.paragraphs.join('\n')).not.toContain('HARBOUR DAILY / ANKARA');
    expect(article.metadata.outlet).toBe('Harbour Live');
    expect(article.metadata.author).toBe('Mariam Al-Hakimi');
    expect(personName('Al-Masry Al-Youm')).toBeNull();
  });
});

describe('heads of the thirty-sixth blind set\'s kinds (own text)', () => {
  it('takes no author from a share row of network names', () => {
    const article = annotateWithChrome(`harbour.com
NEWS   SPORTS   ENTERTAINMENT   OPINION
Harbour bomber sentenced to life in prison
Published 1:38 p.m. ET Feb. 13, 2018 | Updated 5:02 p.m. ET Feb. 13, 2018
Facebook   Twitter   Email
A man who set off a pressure-cooker bomb on a crowded street in the city in September 2016 was sentenced Tuesday to life in prison.
A federal judge handed down the sentence four months after a jury found him guilty on all eight counts he faced.
`);
    expect(article.metadata.author).toBeNull();
  });
});

describe('heads of the thirty-sixth blind set\'s kinds, continued (own text)', () => {
  it('drops "X and agencies" between the standfirst and the date from the body', () => {
    const article = annotateWithChrome(`harbournews
Israel News   Middle East   Opinion   Travel   Magazine
Middle East
Gunmen kill 16 soldiers at border post, try to cross the frontier
Border guards killed at sunset meal; one stolen vehicle blows up at the crossing, second hit
Harbour and agencies
Published:  08.06.12, 08:41 / Israel News
Share   Tweet   Talkback (31)
Gunmen attacked a border post at sunset on Sunday, killing 16 soldiers, and then drove a stolen armoured vehicle towards the frontier, the army said.
Aircraft struck the vehicle after it crossed, the army said, and the attackers inside were killed.
`);
    expect(article.paragraphs.join('\\n')).not.toContain('Harbour and agencies');
  });
});

/** Two paragraphs of a body of our own, under the heads the tests below vary. */
const lead = `Police in the northern province detained 14 suspected members of the group on Monday, the provincial police chief said.

The men, three of them foreign citizens, were arrested in a raid on a house outside the city, a police spokesman told reporters.`;

describe('heads of common shapes no set had yet (own text, fourteenth session)', () => {
  it('drops a writer\'s title from a byline ("By Dr. Jane Doe")', () => {
    expect(personName('Dr. Jane Doe')).toBe('Jane Doe');
    expect(personName('Prof Jane Doe, Example University')).toBe('Jane Doe');
    expect(personName('Корреспондент Анна Иванова')).toBe('Анна Иванова');
    expect(personName('Correspondent Jane Doe')).toBe('Jane Doe');
    const article = annotateWithChrome(`Home | World | Asia

Police detain 14 suspects in the north

By Dr. Jane Doe
November 3, 2015

${lead}`);
    expect(article.metadata.author).toBe('Jane Doe');
  });

  it('takes a headline printed with a full stop over a menu row', () => {
    const article = annotateWithChrome(`Home | World

Police detain 14 suspected militants in the north.

By Jane Doe
November 3, 2015

${lead}`);
    expect(article.metadata.title).toBe('Police detain 14 suspected militants in the north.');
    expect(article.paragraphs[0]).toMatch(/^Police in the northern province/u);
  });

  it('reads a byline in capitals parted from its date by a bullet', () => {
    const article = annotateWithChrome(`Home | World | Asia

Police detain 14 suspects in the north

JANE DOE  •  NOV 3, 2015

${lead}`);
    expect(article.metadata.author).toBe('Jane Doe');
    expect(article.metadata.published).toBe('2015-11-03');
  });
});

describe('heads of the thirty-seventh blind set\'s kinds (own text)', () => {
  it('reads a byline with the site in brackets after two names', () => {
    expect(bylineText('By Li Wen and Wang Jun (Example Daily)')).toBe('Li Wen and Wang Jun (Example Daily)');
    expect(personName('Li Wen and Wang Jun (Example Daily)')).toBe('Li Wen');
  });

  it('reads the name after the site in capitals and a bar, and the first of a signature of three', () => {
    expect(personName(bylineText('EXAMPLE CHRONICLE. | R. KUMAR') ?? '')).toBe('R. Kumar');
    expect(personName(bylineText('-- Jane Doe, John Roe and Ann Poe') ?? '')).toBe('Jane Doe');
    expect(bylineText('WORLD | Asia')).toBeNull();
  });

  it('gives no author when the credit under the headline is the site\'s own name', () => {
    const article = annotateWithChrome(`Example Masr
News   Politics   Culture

Police detain 14 suspects in the north
Example Masr
December 13, 2016

${lead}

© 2016 Example Masr`);
    expect(article.metadata.outlet).toBe('Example Masr');
    expect(article.metadata.author).toBeNull();
  });

  it('reads a date line in Arabic with a Moroccan, an Egyptian or a Levantine month name', () => {
    expect(isDateLine('الخميس 17 دجنبر 2020 - 20:15')).toBe(true);
    expect(findDates('الخميس 17 دجنبر 2020 - 20:15').map((date) => [date.year, date.month, date.day])).toEqual([[2020, 12, 17]]);
    expect(findDates('٣ كانون الأول ٢٠١٩').map((date) => [date.year, date.month, date.day])).toEqual([[2019, 12, 3]]);
    expect(findDates('5 أبريل 2016').map((date) => [date.year, date.month, date.day])).toEqual([[2016, 4, 5]]);
  });
});

describe('heads of the thirty-eighth blind set\'s kinds (own text)', () => {
  it('keeps the headline and its standfirst under a "Top Stories" kicker, and takes the headline over a masthead slogan', () => {
    const article = annotateWithChrome(`EXAMPLE OBSERVER
Monday to Sunday | Riverton
Home | Region | Nation | World | Business | Sports | Opinion
ADVERTISEMENT
Top Stories
Militant Leader Hanged In Central Jail, Buried Inside Prison; Curfew Across District
Relatives say they learnt of it from television
Observer News Service
Sunday, 10 February 2013 01:15
${lead}`);
    expect(article.metadata.title).toBe('Militant Leader Hanged In Central Jail, Buried Inside Prison; Curfew Across District');
    expect(article.paragraphs.join('\n')).not.toMatch(/Monday to Sunday|Observer News Service/u);
  });

  it('reads a byline with the writer\'s e-mail address after the name', () => {
    expect(bylineText('By Jane Doe jdoe@example-courier.com')).toBe('Jane Doe');
    const article = annotateWithChrome(`The Example Courier
News   Politics   Business   Sports
Jury sentences gunman to death for church attack
By Jane Doe jdoe@example-courier.com
Jan 10, 2017   Updated Jan 11, 2017
${lead}`);
    expect(article.metadata.title).toBe('Jury sentences gunman to death for church attack');
    expect(article.metadata.author).toBe('Jane Doe');
  });

  it('takes a Russian menu row, whose items of two words keep the second in lower case, for no headline', () => {
    const article = annotateWithChrome(`ПримерТВ
Прямой эфир   Новости   Шоу   Подкасты   Спецпроекты   О канале
Мир
Взрыв в центре города: задержана подозреваемая, власти обвиняют боевиков
Иван Петров
14 ноября 2022, 11:20
Полиция задержала женщину, которую власти считают исполнительницей теракта. Об этом в понедельник сообщил министр внутренних дел.

Взрыв прогремел в воскресенье на пешеходной улице, погибли шесть человек, еще 81 человек получил ранения.`);
    expect(article.metadata.title).toBe('Взрыв в центре города: задержана подозреваемая, власти обвиняют боевиков');
    expect(isMenuShapedLine('Прямой эфир Новости Шоу Подкасты Спецпроекты О канале')).toBe(true);
    expect(isMenuShapedLine('Владимир Путин и Си Цзиньпин обсудили новости в Москве')).toBe(false);
  });

  it('keeps a menu row in title case over a headline, without a comma or a function word, from the title', () => {
    const article = annotateWithChrome(`Example Gazette Europe
News  Investigations  Opinion  Podcasts  Russian version
Military court hands six men up to 19 years for party membership
15 марта 2023, 16:20
${lead}`);
    expect(article.metadata.title).toBe('Military court hands six men up to 19 years for party membership');
  });
});

describe('heads of the thirty-ninth blind set\'s kinds (own text)', () => {
  it('reads a byline whose surname opens with the Arabic article glued to it', () => {
    expect(bylineText('By Saif al-Hamdani')).toBe('Saif al-Hamdani');
    expect(personName(bylineText('By Saif al-Hamdani') ?? '')).toBe('Saif al-Hamdani');
  });

  it('takes no paywall notice above the headline for the title', () => {
    const article = annotateWithChrome(`EXAMPLEPRESS
Example African News Agency
EN | FR | PT | AR
Home > Politics > Security
Subscribers' area: log in to read the full wire
Niger: 71 soldiers killed in attack on army camp
Published on: 12/12/2019 - 10:05 GMT
${lead}`);
    expect(article.metadata.title).toBe('Niger: 71 soldiers killed in attack on army camp');
  });
});

describe('heads of the forty-fourth blind set\'s kinds (own text, twentieth session)', () => {
  it('reads a date written "Mar - 04 - 2019 , 09:15" under the title', () => {
    expect(isDateLine('Mar - 04 - 2019 , 09:15')).toBe(true);
    const article = annotateWithChrome(`DAILY EXAMPLE ONLINE
Home  News  Politics  Sports
Gunmen kill nine in attack on market town
Mar - 04 - 2019 , 09:15
${lead}`);
    expect(article.metadata.published).toBe('2019-03-04');
  });

  it('reads the reporter, the place and the date on one line: "Jane Doe in Quetta | May 15, 2015"', () => {
    expect(isDateLine('Sana Mirza in Quetta  |  May 15, 2015')).toBe(true);
    expect(isDateLine('Arrests in Quetta | May 15, 2015')).toBe(false);
    const article = annotateWithChrome(`The Example Weekly
News  |  Politics  |  Analysis
Analysis
Siege at the market
Who planned the raid, and why the city's calm looks hollow
Sana Mirza in Quetta  |  May 15, 2015
${lead}`);
    expect(article.metadata.author).toBe('Sana Mirza');
    expect(article.metadata.published).toBe('2015-05-15');
  });

  it('reads a byline in capitals under a standfirst and a date line', () => {
    const article = annotateWithChrome(`EXAMPLE TODAY
Home   World   Politics
Gunmen go on trial over church attack
One suspect refuses to speak, another says he was a driver
6 Ocak 2025 Pazartesi 18:24
AYLIN DEMIR
${lead}`);
    expect(article.metadata.author).toBe('Aylin Demir');
  });

  it('names the outlet from a masthead or copyright line that opens with a lower-case letter and digits', () => {
    const article = annotateWithChrome(`k12NEWS
Home   World   Middle East
Pilgrims among victims of island shooting
10/05/2023 - 14:05
${lead}
© 2023 k12NEWS. All rights reserved.`);
    expect(article.metadata.outlet).toBe('k12NEWS');
  });
});

describe('page forms of eval-blind-45 (own text, twenty-first session)', () => {
  it('reads a reporter\'s credit "Rep: X/ Red: Y" as the author, and a Somali date line', () => {
    const rep = annotateWithChrome(`Blast kills two near market
Kamis 14 Jan 2016 21:30 WIB
Rep: Siti Rahmawati/ Red: Budi Santoso
${lead}`);
    expect(rep.metadata.author).toBe('Siti Rahmawati');
    const somali = annotateWithChrome(`Blast kills two near market
Sabti, 3da Agoosto 2024
By Amina Yusuf
${lead}`);
    expect(somali.metadata.title).toBe('Blast kills two near market');
    expect(somali.metadata.published).toBe('2024-08-03');
  });
});

describe('page forms of eval-blind-46 (own text, twenty-second session)', () => {
  it('reads a date with a Roman month and a date in Hausa', () => {
    const roman = annotateWithChrome(`Blast kills two near market
Wed, 14.X.2020 · 11:40 (GMT+5)
By Dilshod Karimov
${lead}`);
    expect(roman.metadata.published).toBe('2020-10-14');
    const hausa = annotateWithChrome(`Blast kills two near market
Litinin, 3 Afrilu, 2023 | 08:15
By Musa Ibrahim
${lead}`);
    expect(hausa.metadata.published).toBe('2023-04-03');
  });

  it('reads the writer and the outlet of "PLACE / Name (Outlet) –" and cuts a wire dateline "PLACE, MONTH DAY, AGENCY."', () => {
    const signed = annotateWithChrome(`Blast kills two near market
Friday 9 April 2021
MOSUL / Ahmed Jasim (Example Iraq News) – ${lead}`);
    expect(signed.metadata.author).toBe('Ahmed Jasim');
    expect(signed.paragraphs[0]?.startsWith('Police in the northern province')).toBe(true);
    const wire = annotateWithChrome(`Blast kills two near market
12 May 2019
TBILISI, MAY 12, GEOPRESS. ${lead}`);
    expect(wire.paragraphs[0]?.startsWith('Police in the northern province')).toBe(true);
    expect(wire.metadata.outlet).toBe('GEOPRESS');
  });

  it('reads the paper\'s name from "© Деловая газета X" when the masthead\'s second line is only its kind', () => {
    const page = annotateWithChrome(`ВЕСТНИК
ДЕЛОВАЯ ГАЗЕТА
Происшествия
12 мая 2019, 10:15
Взрыв на рынке: двое погибших
${lead}
© 2019 Деловая газета ВЕСТНИК. Все права защищены.`);
    expect(page.metadata.outlet).toBe('Деловая газета ВЕСТНИК');
  });
});

describe('a date line opened by a Bengali or Hindi weekday (own text, twenty-third session)', () => {
  it('reads "মঙ্গলবার, ২৮ মার্চ ২০১৭, ২১:১০" and "सोमवार, १५ अगस्त २०२१" as date lines', () => {
    expect(isDateLine('বুধবার, ১২ এপ্রিল ২০২৩, ০৯:৪৫')).toBe(true);
    expect(isDateLine('सोमवार, १५ अगस्त २०२१')).toBe(true);
  });
});

describe('mastheads, bylines and dates 48 showed (own text, twenty-fourth session)', () => {
  const body = 'Police on Sunday arrested two men over an attack on a ferry terminal in the capital, officials said, and searched three houses on the island.\n\nThe two men were held overnight and will appear before a magistrate on Monday, a police spokesman told reporters.';

  it('reads a date written in Dhivehi ("ހޮނިހިރު، 14 މާރިޗު 2021") and the name beside the site\'s domain', () => {
    expect(isDateLine('ހޮނިހިރު، 14 މާރިޗު 2021')).toBe(true);
    const page = annotateWithChrome(`AVAS\nAtoll Post · atollpost.mv\nNews   Sport   Business\nTwo held over ferry terminal attack\nހޮނިހިރު، 14 މާރިޗު 2021\nAishath Shifa\n${body}\n© 2021 Atoll Media Group. All rights reserved.`);
    expect(page.metadata.published).toBe('2021-03-14');
    expect(page.metadata.outlet).toBe('Atoll Post');
    expect(page.metadata.author).toBe('Aishath Shifa');
  });

  it('reads a byline with its surname in capitals ("Ислам ХАМЗАТОВ") as the author', () => {
    const page = annotateWithChrome(`ПРИМЕР.RU\nПроисшествия\nДвое задержаны после нападения на паром\n14 марта 2021 10:15\nАйбек ТОКТОГУЛОВ\nПолиция в воскресенье задержала двух мужчин после нападения на паромный терминал в столице, сообщили в ведомстве.\n\nЗадержанных допросят в понедельник, сообщил представитель полиции.`);
    expect(page.metadata.author).toBe('Айбек Токтогулов');
  });

  it('reads a masthead of press words only ("DAILY NEWS") when its slogan stands under it', () => {
    const page = annotateWithChrome(`WEEKLY OBSERVER\nThe Coast's leading newspaper since 1961\nHome  National  Business\nTwo held over ferry terminal attack\nSunday, March 14, 2021\nBy Asha Mwinyi\n${body}\n© 2021 Coastal Standard (Newspapers) Ltd. All Rights Reserved.`);
    expect(page.metadata.outlet).toBe('Weekly Observer');
  });
});
