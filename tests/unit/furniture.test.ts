import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSeed, toLines } from '../../src/pipeline/stages/read.ts';
import { stripFurniture } from '../../src/pipeline/stages/furniture.ts';
import { isAdLabel, lineRuleVerdict } from '../../src/pipeline/lib/furniture-rules.ts';
import type { StrippedSeed } from '../../src/pipeline/types.ts';
import {
  bylineText,
  findTitleIndex,
  hasCaptionCue,
  hasPhotoCreditMarker,
  isBareNameLine,
  isBareNameList,
  isDateBylineLine,
  isDateLine,
  isLanguageSwitcherShaped,
  isMenuShaped,
} from '../../src/pipeline/lib/lines.ts';

/** Strip a text written in a test. */
function strip(text: string): StrippedSeed {
  return stripFurniture(toLines(decodeSeed(new TextEncoder().encode(text), 'test.txt')));
}

/** Strip a seed file. */
function stripSeed(name: string): StrippedSeed {
  const path = new URL(`../../seeds/${name}`, import.meta.url);
  return stripFurniture(toLines(decodeSeed(readFileSync(path), `seeds/${name}`)));
}

/** Assert exactly which lines are kept: every other line must be removed. */
function expectKept(result: StrippedSeed, kept: string[]): void {
  expect(result.kept.map((line) => line.text)).toEqual(kept);
}

/** Assert that lines were removed. */
function expectRemoved(result: StrippedSeed, removed: string[]): void {
  const texts = result.removed.map((line) => line.text);
  for (const line of removed) expect(texts).toContain(line);
}

describe('stripFurniture on the seeds', () => {
  it('000 (RFE/RL blog): banners, doubled caption, "About This Blog" and its blurb, "Latest Posts"', () => {
    const result = stripSeed('000_dab88c6e5d4aaa94.txt');
    expectRemoved(result, [
      'Accessibility links',
      'Breaking News',
      'Kyrgyz Deputy Prime Minister Abdyrakhman Mamataliev',
      'About This Blog',
      'Latest Posts',
    ]);
    expect(result.removed.some((line) => line.text.startsWith('"Under The Black Flag" provides news'))).toBe(true);
    const kept = result.kept.map((line) => line.text);
    expect(kept[0]).toBe('More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq');
    expect(kept.at(-1)).toBe('-- Joanna Paraszczuk');
    expect(kept).toHaveLength(17); // title, 15 paragraphs, signature
    expect(kept.filter((text) => text.includes('Mamataliev'))).not.toContain('Kyrgyz Deputy Prime Minister Abdyrakhman Mamataliev');
  });

  it('001 (Tengrinews): ad with phone, numbered menu, "Found a bug?", "Join Telegram"', () => {
    const result = stripSeed('001_5aa293250e0fc64e.txt');
    expectRemoved(result, ['Реклама +7(700) 388 81 09', '1. Main', '2. Learn', '3. Incidents', '4. Unrest', '• Found a bug?', 'Join Telegram']);
    const kept = result.kept.map((line) => line.text);
    expect(kept[0]).toBe('Syrian militants may come to Kazakhstan 25 сентября 2013, 14:51');
    expect(kept).toHaveLength(3);
    expect(kept[2]).toMatch(/^Kazakhstan authorities have to focus .* Zhumaly said\. By Dmitriy Khegai$/);
  });

  it('002 (TASS): "Read more on the site →", standfirst repeated in the body kept once, date line kept', () => {
    const result = stripSeed('002_d7b3aafb81283db4.txt');
    expectRemoved(result, ['Read more on the site →']);
    const kept = result.kept.map((line) => line.text);
    expect(kept.slice(0, 3)).toEqual([
      'Militants from CIS fighting for IS may threaten regional security upon returning home',
      'World September 26, 2014, 13:05',
      expect.stringMatching(/^MOSCOW, September 26\. \/ITAR-TASS\/\./),
    ]);
    const standfirst = 'At the previous meeting of CIS security officials, the participants discussed the situations in the Middle East and in Northern Africa';
    expect(kept.filter((text) => text.includes(standfirst))).toHaveLength(1);
    expect(kept).toHaveLength(10);
  });

  it('003 (AsiaNews): section label before the title and "Source link"', () => {
    const result = stripSeed('003_be8157860be4df29.txt');
    expectRemoved(result, ['Asia', 'Source link']);
    const kept = result.kept.map((line) => line.text);
    expect(kept[0]).toBe('the risk of a caliphate reappears in Central Asia');
    expect(kept).toHaveLength(10); // title, standfirst, 8 paragraphs
  });
});

describe('stripFurniture on other sites', () => {
  it('a Kyrgyz agency page: unbulleted menu, ad with phone, counter, share, typo prompt, tags, copyright', () => {
    const result = strip(`AKIpress News Agency
Home
Kyrgyzstan
Central Asia
World
Advertisement
Tel.: +996 (312) 90 12 34

Police in Osh detain three over extremist leaflets

BISHKEK (AKIpress) - Police in Osh have detained three men suspected of handing out leaflets of a banned group, the Interior Ministry said on Tuesday.

The men, aged between 24 and 31, were found with about 200 leaflets and several books that a court had earlier declared extremist, the ministry said.

If convicted, they face up to five years in prison under the Criminal Code.

The ministry said it had opened 47 such cases since January.

Views: 1520
Share on Facebook
Tweet
Tags: Osh, extremism, police
Found a typo? Select it and press Ctrl+Enter
© 2007-2017 AKIpress. All rights reserved.`);
    expectKept(result, [
      'AKIpress News Agency',
      'Police in Osh detain three over extremist leaflets',
      'BISHKEK (AKIpress) - Police in Osh have detained three men suspected of handing out leaflets of a banned group, the Interior Ministry said on Tuesday.',
      'The men, aged between 24 and 31, were found with about 200 leaflets and several books that a court had earlier declared extremist, the ministry said.',
      'If convicted, they face up to five years in prison under the Criminal Code.',
      'The ministry said it had opened 47 such cases since January.',
    ]);
  });

  it('an Al Jazeera-style page: skip links, live banner, labels with pipes, credit line kept', () => {
    const result = strip(`Skip links
Skip to Content
Live
Navigation menu
News|
Show more
Sponsored
Listen to this article

News|Islamic State
Iraq brings home 150 families from Syria's al-Hol camp

The returnees will stay at a rehabilitation centre in Nineveh province before going back to their towns.

Published On 14 Mar 2023
14 Mar 2023

Iraq has brought back 150 families from the al-Hol camp in northeast Syria, the migration ministry said on Tuesday, the latest group in a programme that began two years ago.

The families, most of them women and children, crossed the border at the Rabia crossing in a convoy escorted by the army.

Officials say about 25,000 Iraqis remain in the camp, which is run by Kurdish-led forces.

Source: Al Jazeera and news agencies
Follow Al Jazeera English:`);
    expectKept(result, [
      "Iraq brings home 150 families from Syria's al-Hol camp",
      'The returnees will stay at a rehabilitation centre in Nineveh province before going back to their towns.',
      'Published On 14 Mar 2023',
      '14 Mar 2023',
      'Iraq has brought back 150 families from the al-Hol camp in northeast Syria, the migration ministry said on Tuesday, the latest group in a programme that began two years ago.',
      'The families, most of them women and children, crossed the border at the Rabia crossing in a convoy escorted by the army.',
      'Officials say about 25,000 Iraqis remain in the camp, which is run by Kurdish-led forces.',
      'Source: Al Jazeera and news agencies',
    ]);
  });

  it('an RFE/RL-style page: skip links, doubled photo caption, byline, footer buttons', () => {
    const result = strip(`Accessibility links
Skip to main content
Skip to main Navigation
Skip to Search
Previous
Next
Breaking News

Tajik Court Jails 12 Over Alleged Links To Islamic State

Security officers at a checkpoint near Khujand (file photo)
Security officers at a checkpoint near Khujand (file photo)

By Mumin Ahmadi

March 3, 2021

DUSHANBE -- A court in northern Tajikistan has sentenced 12 men to prison terms of between five and 18 years after finding them guilty of recruiting for the Islamic State group.

Relatives of several of the men told RFE/RL that the confessions had been obtained under pressure, a claim the authorities deny.

"My son has never been to Syria. He worked on building sites in Russia," the mother of one defendant said.

RFE/RL's Tajik Service contributed to this report.

Copyright (c) 2021. RFE/RL, Inc. All Rights Reserved.
Share
Facebook
Twitter
Email
Comments
Back to top`);
    expectKept(result, [
      'Tajik Court Jails 12 Over Alleged Links To Islamic State',
      'By Mumin Ahmadi',
      'March 3, 2021',
      'DUSHANBE -- A court in northern Tajikistan has sentenced 12 men to prison terms of between five and 18 years after finding them guilty of recruiting for the Islamic State group.',
      'Relatives of several of the men told RFE/RL that the confessions had been obtained under pressure, a claim the authorities deny.',
      '"My son has never been to Syria. He worked on building sites in Russia," the mother of one defendant said.',
      "RFE/RL's Tajik Service contributed to this report.",
    ]);
  });

  it('a Kazakh site in Russian chrome: read-also link, Telegram appeal, reuse notice, typo prompt', () => {
    const result = strip(`Tengrinews.kz
Новости
Реклама
Лента новостей

Almaty court sentences preacher for inciting hatred

12 апреля 2017, 10:15

An Almaty court has sentenced a 41-year-old preacher to five years in prison for inciting religious hatred in sermons he posted online, the court's press service reported.

Читайте также: Суд в Актобе вынес приговор вербовщику
Investigators said the videos had been viewed more than 30,000 times before they were blocked.

The preacher pleaded not guilty and said he would appeal.

Подпишитесь на наш Telegram-канал
Нашли ошибку? Выделите текст и нажмите Ctrl+Enter
При полном или частичном использовании материалов ссылка на Tengrinews.kz обязательна.`);
    expectKept(result, [
      'Tengrinews.kz',
      'Almaty court sentences preacher for inciting hatred',
      '12 апреля 2017, 10:15',
      "An Almaty court has sentenced a 41-year-old preacher to five years in prison for inciting religious hatred in sermons he posted online, the court's press service reported.",
      'Investigators said the videos had been viewed more than 30,000 times before they were blocked.',
      'The preacher pleaded not guilty and said he would appeal.',
    ]);
  });

  it('a blog page: signature, "About the author" with a bio, "Latest Posts" and "Related" lists', () => {
    const result = strip(`Eurasianet
Newsletter
Donate

Why Central Asian migrants are the recruiters' target

Oct 2, 2017

Labour migrants from Central Asia working on Russian building sites have become the main pool from which militant recruiters in Syria draw new fighters, researchers say.

Most were radicalised in Russia rather than at home, according to a study of 150 cases by a group of academics in Bishkek.

Isolation, debt and police harassment leave young men open to approaches from people who offer them a sense of purpose.

-- Bakyt Osmonov

About the author
Bakyt Osmonov is a journalist in Bishkek who has covered religion and security in Kyrgyzstan for a decade.
Latest Posts
Kazakhstan tightens rules on religious education
Tajik officials say 300 militants killed in Syria
Related
Uzbekistan pardons returnees`);
    expectKept(result, [
      'Eurasianet',
      "Why Central Asian migrants are the recruiters' target",
      'Oct 2, 2017',
      'Labour migrants from Central Asia working on Russian building sites have become the main pool from which militant recruiters in Syria draw new fighters, researchers say.',
      'Most were radicalised in Russia rather than at home, according to a study of 150 cases by a group of academics in Bishkek.',
      'Isolation, debt and police harassment leave young men open to approaches from people who offer them a sense of purpose.',
      '-- Bakyt Osmonov',
    ]);
  });

  it('a magazine page: an inline ad and a subheading inside the body stay apart, the paywall prompt goes', () => {
    const result = strip(`The Diplomat
Subscribe
Log In
Asia Defense | Security | Central Asia

Tajikistan's Uneasy Border With the Taliban

The border is long, poorly guarded and crossed by smugglers who answer to nobody.

By Leyla Mirzoeva
September 9, 2021

Along the Panj River, Tajik border guards watch a frontier that runs for more than 1,300 kilometres through mountains and river valleys.

Advertisement

Dushanbe has refused to recognise the Taliban government, the only Central Asian capital to take such a firm line, and has hosted anti-Taliban figures.

The militant threat

Officials fear that fighters from Tajikistan who are now in northern Afghanistan could try to cross into the country.

Analysts say the threat is real but often exaggerated by governments that want more security aid.

Leyla Mirzoeva is a freelance journalist covering Central Asia.
Enjoying this article? Click here to subscribe for full access.`);
    expectKept(result, [
      'The Diplomat',
      "Tajikistan's Uneasy Border With the Taliban",
      'The border is long, poorly guarded and crossed by smugglers who answer to nobody.',
      'By Leyla Mirzoeva',
      'September 9, 2021',
      'Along the Panj River, Tajik border guards watch a frontier that runs for more than 1,300 kilometres through mountains and river valleys.',
      'Dushanbe has refused to recognise the Taliban government, the only Central Asian capital to take such a firm line, and has hosted anti-Taliban figures.',
      'The militant threat',
      'Officials fear that fighters from Tajikistan who are now in northern Afghanistan could try to cross into the country.',
      'Analysts say the threat is real but often exaggerated by governments that want more security aid.',
    ]);
    expectRemoved(result, ['Advertisement', 'Leyla Mirzoeva is a freelance journalist covering Central Asia.']);
  });

  it('an AsiaNews-style page: section kicker, donation and share buttons, email-a-friend', () => {
    const result = strip(`AsiaNews.it
KYRGYZSTAN - ISLAM
Donate
Send to a friend
Print this article

Bishkek worries about young people leaving for Syria

Bishkek (AsiaNews) – The authorities are alarmed by the number of young Kyrgyz who leave for the war in Syria, where they join jihadist groups.

According to the security services, the number of those who left rose sharply last year, and many of them were students.

Families say they learned of the departures only after their children called from Turkey.

Share this
Email
Facebook
Twitter
Newsletter
Subscribe to AsiaNews daily newsletter`);
    expectKept(result, [
      'AsiaNews.it',
      'Bishkek worries about young people leaving for Syria',
      'Bishkek (AsiaNews) – The authorities are alarmed by the number of young Kyrgyz who leave for the war in Syria, where they join jihadist groups.',
      'According to the security services, the number of those who left rose sharply last year, and many of them were students.',
      'Families say they learned of the departures only after their children called from Turkey.',
    ]);
  });

  it('an Uzbek site: language switcher, weather, currency, photo credit, view counter, hashtags', () => {
    const result = strip(`Kun.uz
O'zbekcha Ўзбекча Русский English
Tashkent +18°
USD 10 950.40 | EUR 11 820.15
👁 3 450

Uzbek court jails man who called for jihad online

Photo: Kun.uz
Photo: Kun.uz

A court in Namangan has sentenced a 29-year-old man to seven years in prison for posting videos that called for jihad, the Supreme Court's press service said.

The man had shared the videos in several Telegram groups with a total of about 4,000 members, investigators found.

Read also: Namangan imam detained over sermon
#Namangan #court #extremism
Share: Telegram Facebook
Subscribe to our Telegram channel: @example_news`);
    expectKept(result, [
      'Kun.uz',
      'Uzbek court jails man who called for jihad online',
      "A court in Namangan has sentenced a 29-year-old man to seven years in prison for posting videos that called for jihad, the Supreme Court's press service said.",
      'The man had shared the videos in several Telegram groups with a total of about 4,000 members, investigators found.',
    ]);
  });

  it('a Reuters-style page: menu, reading time, credits line kept as byline, trust principles and footer sentences', () => {
    const result = strip(`Reuters
World
Business
Markets
Sign In

Kazakhstan says it foiled Islamic State plot in Aktobe

By Olzhas Auyezov

4 Min Read

ALMATY, Oct 4 (Reuters) - Kazakhstan's security service said on Tuesday it had detained five people who were planning attacks on police stations in the western city of Aktobe on behalf of the Islamic State group.

The suspects had bought weapons and made explosives at a rented flat, the National Security Committee said in a statement, without naming them.

Aktobe was the scene of deadly attacks on gun shops and a military unit in 2016.

Reporting by Olzhas Auyezov; Editing by Mark Heinrich

Our Standards: The Thomson Reuters Trust Principles.
Reuters News now delivers the latest headlines
Apps Newsletters Advertise with Us Terms of Use
All quotes delayed a minimum of 15 minutes.`);
    expectKept(result, [
      'Kazakhstan says it foiled Islamic State plot in Aktobe',
      'By Olzhas Auyezov',
      "ALMATY, Oct 4 (Reuters) - Kazakhstan's security service said on Tuesday it had detained five people who were planning attacks on police stations in the western city of Aktobe on behalf of the Islamic State group.",
      'The suspects had bought weapons and made explosives at a rented flat, the National Security Committee said in a statement, without naming them.',
      'Aktobe was the scene of deadly attacks on gun shops and a military unit in 2016.',
      'Reporting by Olzhas Auyezov; Editing by Mark Heinrich',
    ]);
  });

  it('a Kyrgyz news site: breadcrumbs, cookie notice, real bulleted list kept, empty brackets and URL dropped', () => {
    const result = strip(`Home > News > Security
We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.

Kyrgyz security service lists who left for Syria

Published: 22.05.2016, 09:30

The State Committee for National Security has published new figures on citizens of Kyrgyzstan who have gone to fight in Syria and Iraq.

According to the committee:
• 560 citizens of Kyrgyzstan have left for the conflict zone since 2012.
• 120 of those who left are women, and at least 30 are children.
• 76 people have been killed in the fighting.

The committee said it was working with Turkey to track those who travel through Istanbul.

( )
https://example.kg/news/12345
Related:
Kazakhstan counts its fighters abroad`);
    expectKept(result, [
      'Kyrgyz security service lists who left for Syria',
      'Published: 22.05.2016, 09:30',
      'The State Committee for National Security has published new figures on citizens of Kyrgyzstan who have gone to fight in Syria and Iraq.',
      'According to the committee:',
      '• 560 citizens of Kyrgyzstan have left for the conflict zone since 2012.',
      '• 120 of those who left are women, and at least 30 are children.',
      '• 76 people have been killed in the fighting.',
      'The committee said it was working with Turkey to track those who travel through Istanbul.',
    ]);
  });

  it('keeps a short closing sentence after the last long paragraph but drops a closing prompt', () => {
    const result = strip(`Militants leave northern Afghanistan for Pakistan

Several hundred fighters of the Islamic State's regional branch have moved from northern Afghanistan to Pakistan, local officials in Kunduz said on Sunday.

The officials said the move followed weeks of raids by the Taliban on hideouts near the Tajik border.

The Taliban did not comment.
Got a news tip?
Contact us`);
    expectKept(result, [
      'Militants leave northern Afghanistan for Pakistan',
      "Several hundred fighters of the Islamic State's regional branch have moved from northern Afghanistan to Pakistan, local officials in Kunduz said on Sunday.",
      'The officials said the move followed weeks of raids by the Taliban on hideouts near the Tajik border.',
      'The Taliban did not comment.',
    ]);
  });

  it('a "Most Read" box above the title takes its teasers but not the title; a comment counter goes alone', () => {
    const result = strip(`Radio Free Europe/Radio Liberty
Most Read
Kazakh Police Detain Suspected Recruiters In Shymkent
Uzbek Court Frees Returnee Mother Of Four

Kyrgyz Militants Killed In Syrian Air Strike, Relatives Say

Posted by Jane Doe on September 26, 2014
0 comments

BISHKEK -- Relatives of three Kyrgyz men who went to Syria two years ago say the men were killed in an air strike near Raqqa last week.

The Kyrgyz Foreign Ministry said it could not confirm the deaths.`);
    expectKept(result, [
      'Radio Free Europe/Radio Liberty',
      'Kyrgyz Militants Killed In Syrian Air Strike, Relatives Say',
      'Posted by Jane Doe on September 26, 2014',
      'BISHKEK -- Relatives of three Kyrgyz men who went to Syria two years ago say the men were killed in an air strike near Raqqa last week.',
      'The Kyrgyz Foreign Ministry said it could not confirm the deaths.',
    ]);
  });

  it('a page title repeated as the headline is kept once', () => {
    const result = strip(`Uzbek returnees face trial
Uzbek returnees face trial

Thirty Uzbek men who returned from Syria will go on trial next month, the Supreme Court said in a statement.`);
    expectKept(result, [
      'Uzbek returnees face trial',
      'Thirty Uzbek men who returned from Syria will go on trial next month, the Supreme Court said in a statement.',
    ]);
  });

  it('returns every input line exactly once, in order, between kept and removed', () => {
    const lines = toLines(decodeSeed(readFileSync(new URL('../../seeds/000_dab88c6e5d4aaa94.txt', import.meta.url)), 'seeds/000.txt'));
    const { kept, removed } = stripFurniture(lines);
    expect([...kept, ...removed].sort((a, b) => a.line - b.line)).toEqual(lines);
  });
});

describe('stripFurniture: menus, switchers, captions and prompts of more layouts', () => {
  it('menus written without separators go anywhere, a title in title case stays', () => {
    const result = strip(`The Daily Steppe
News   Opinion   Sport   Culture   Lifestyle
World   Europe   US   Americas   Asia   Australia   Middle East   Africa
ГЛАВНАЯ   НОВОСТИ   ОБЩЕСТВО   ПРОИСШЕСТВИЯ   ВИДЕО

Kyrgyz Returnee From Syria Jailed For Seven Years

A Kyrgyz man who returned from Syria has been sentenced to seven years in prison for taking part in the fighting there.

His lawyer said he would appeal.`);
    expectRemoved(result, ['The Daily Steppe', 'ГЛАВНАЯ НОВОСТИ ОБЩЕСТВО ПРОИСШЕСТВИЯ ВИДЕО']);
    expectKept(result, [
      'Kyrgyz Returnee From Syria Jailed For Seven Years',
      'A Kyrgyz man who returned from Syria has been sentenced to seven years in prison for taking part in the fighting there.',
      'His lawyer said he would appeal.',
    ]);
  });

  it('language switchers in two scripts, with a name the word list lacks, go', () => {
    const result = strip(`English   Русский   Тоҷикӣ   Қарақалпақша
Oʻzbekcha   Ўзбекча   Русский   English

Uzbekistan hands over five suspects to Tajikistan

Uzbekistan has handed over five men wanted in Tajikistan on charges of taking part in an armed group, prosecutors said on Sunday.`);
    expectKept(result, [
      'Uzbekistan hands over five suspects to Tajikistan',
      'Uzbekistan has handed over five men wanted in Tajikistan on charges of taking part in an armed group, prosecutors said on Sunday.',
    ]);
  });

  it('captions marked as such go wherever they stand: "FILE -", "(AP Photo/...)", "[File]", "Photo: X", "REUTERS/X", "In this photo"', () => {
    const captions = [
      'FILE - Police officers stand guard outside a court in Bishkek, Kyrgyzstan, on March 3, 2019. (AP Photo/Vladimir Voronin, File)',
      'Women and children wait at a camp gate in north-eastern Syria. [File]',
      'The defendant in the courtroom in Taraz. Photo: Taraz regional court',
      'Kazakh children at a rehabilitation centre in Aktau. REUTERS/Mariya Gordeyeva',
      'In this photo taken on October 12, 2019, women walk through the al-Hol camp.',
    ];
    const result = strip(`${captions[0]}

Court in Taraz jails woman for recruiting girls to Syria

14.03.2019

${captions[1]}

A court in Taraz has sentenced a 31-year-old woman to six years in prison for recruiting three young women to travel to Syria, the regional court said on Tuesday.

${captions[2]}

${captions[3]}

According to investigators, the woman contacted the girls through messaging apps and persuaded them to marry fighters.

${captions[4]}

She denied the charges.`);
    expectRemoved(result, captions);
    expect(result.kept.map((line) => line.text)).toEqual([
      'Court in Taraz jails woman for recruiting girls to Syria',
      '14.03.2019',
      'A court in Taraz has sentenced a 31-year-old woman to six years in prison for recruiting three young women to travel to Syria, the regional court said on Tuesday.',
      'According to investigators, the woman contacted the girls through messaging apps and persuaded them to marry fighters.',
      'She denied the charges.',
    ]);
  });

  it('a caption next to a credit line goes, before the body and between paragraphs; a subheading stays', () => {
    const result = strip(`Kyrgyzstan brings home 59 citizens from Syria
21.02.2023
© Foreign Ministry / Handout
Women and children at the airport in Bishkek on Tuesday
Fifty-nine citizens of Kyrgyzstan, among them 47 children, have been flown home from camps in north-eastern Syria, the Foreign Ministry said on Tuesday.
A rehabilitation centre outside the capital
Photo: Kyrgyz Ministry of Health
The returnees will spend several weeks at a rehabilitation centre, the ministry said.
Why they went
Human rights groups say many of the women were taken to Syria by their husbands.`);
    expectKept(result, [
      'Kyrgyzstan brings home 59 citizens from Syria',
      '21.02.2023',
      'Fifty-nine citizens of Kyrgyzstan, among them 47 children, have been flown home from camps in north-eastern Syria, the Foreign Ministry said on Tuesday.',
      'The returnees will spend several weeks at a rehabilitation centre, the ministry said.',
      'Why they went',
      'Human rights groups say many of the women were taken to Syria by their husbands.',
    ]);
  });

  it('an image credit inside the body is not an end marker: the paragraphs after it stay', () => {
    const result = strip(`Tajik court jails 12 returnees

A court in Khujand has sentenced 12 men to long prison terms for fighting for the Islamic State in Syria, prosecutors said.

Most of them were detained in Turkey and handed over to Tajikistan last year, the prosecutor's office said.

© Reuters / Nazarali Pirnazarov

Relatives of the men gathered outside the court building and said the trial had been held behind closed doors.

The defence said it would appeal against all twelve sentences in the regional court.`);
    expectRemoved(result, ['© Reuters / Nazarali Pirnazarov']);
    expect(result.kept.map((line) => line.text).at(-1)).toBe('The defence said it would appeal against all twelve sentences in the regional court.');
  });

  it('reader prompts, disclaimers and credits after the body go; a name alone right after the body stays as a byline', () => {
    const result = strip(`Almaty attack anniversary: families still wait for answers

Relatives of the victims of the Almaty shooting gathered on Monday at the memorial near the police station where the attack began a year ago.

Ten people, eight of them police officers, died in the attack.

Daniyar Bekov
The opinions expressed by the author do not necessarily reflect the position of the editorial board.
Edited by Sara Kim
Did you find this article useful?
Yes   No
Rate this article
Понравилась статья?
Report a typo`);
    expectKept(result, [
      'Almaty attack anniversary: families still wait for answers',
      'Relatives of the victims of the Almaty shooting gathered on Monday at the memorial near the police station where the attack began a year ago.',
      'Ten people, eight of them police officers, died in the attack.',
      'Daniyar Bekov',
    ]);
  });

  it('a masthead tagline and teasers above the menus are not the title; a "Video:" headline is no photo credit', () => {
    const result = strip(`Kyrgyz National News Agency
Top stories
Kazakhstan tightens checks on migrants returning from Russia
Uzbek president calls for joint fight against extremism
Politics   Economy   Society   World   Sport

Video: Kyrgyz border guards show weapons seized from smugglers near Batken

Photo: Kyrgyz Border Service

Border guards in the Batken region have seized four rifles and more than 2,000 rounds of ammunition from a group of smugglers, the border service said on Friday.`);
    expectKept(result, [
      'Video: Kyrgyz border guards show weapons seized from smugglers near Batken',
      'Border guards in the Batken region have seized four rifles and more than 2,000 rounds of ammunition from a group of smugglers, the border service said on Friday.',
    ]);
  });

  it('sentence-shaped footers go (tips appeal, comment notices, reuse and translation notes); a police appeal in the body stays', () => {
    const result = strip(`Police seek two men over Shymkent knife attack
3 min read
Police in Shymkent are looking for two men who attacked a security guard outside a mosque on Friday evening, the city police department said.
If you have information about the suspects, call 102, the police said.
Send your news tips to newsdesk@steppe.example.
This material may not be published, broadcast, rewritten or redistributed.
Read the original article in Russian.
Comments are closed.
You must be logged in to post a comment.`);
    expectKept(result, [
      'Police seek two men over Shymkent knife attack',
      'Police in Shymkent are looking for two men who attacked a security guard outside a mosque on Friday evening, the city police department said.',
      'If you have information about the suspects, call 102, the police said.',
    ]);
  });

  it('a breadcrumb that ends with the title goes, the title stays', () => {
    const result = strip(`Home > Security > Central Asia > Kazakhstan brings home 14 children from al-Hol camp
Kazakhstan brings home 14 children from al-Hol camp
Kazakhstan has brought home 14 children from the al-Hol camp in Syria, the Foreign Ministry said on Monday.`);
    expectKept(result, [
      'Kazakhstan brings home 14 children from al-Hol camp',
      'Kazakhstan has brought home 14 children from the al-Hol camp in Syria, the Foreign Ministry said on Monday.',
    ]);
  });
});

describe('line shapes behind the title choice', () => {
  it('isMenuShaped: section names in a row, not a headline in title case', () => {
    expect(isMenuShaped('News Opinion Sport Culture Lifestyle')).toBe(true);
    expect(isMenuShaped('Azerbaijan Business Politics Society World Central Asia Iran Turkey')).toBe(true);
    expect(isMenuShaped('World News U.S. News Politics Sports Entertainment Business Science Fact Check')).toBe(true);
    expect(isMenuShaped('Kazakhstan Police Arrest Extremists')).toBe(false);
    expect(isMenuShaped("ISKP's Central Asian Turn")).toBe(false);
    expect(isMenuShaped('More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq')).toBe(false);
    expect(isMenuShaped('Security Council Meets On Central Asia')).toBe(false);
  });

  it('isLanguageSwitcherShaped: capitalised words in two scripts', () => {
    expect(isLanguageSwitcherShaped('English Русский Oʻzbekcha Қазақ')).toBe(true);
    expect(isLanguageSwitcherShaped('English Only')).toBe(false);
    expect(isLanguageSwitcherShaped('Kazakhstan: «Жусан» operation ends')).toBe(false);
  });

  it('hasPhotoCreditMarker and hasCaptionCue: caption markers, not headlines or paragraphs', () => {
    expect(hasPhotoCreditMarker('FILE - A police car outside the court in Osh. (AP Photo/Jane Roe, File)')).toBe(true);
    expect(hasPhotoCreditMarker('Kazakh troops at a drill near Almaty. Photograph: John Roe/AFP via Getty Images')).toBe(true);
    expect(hasPhotoCreditMarker('This undated photo shows the suspect in Osh')).toBe(true);
    expect(hasPhotoCreditMarker('The survey was carried out by AP/NORC.')).toBe(false);
    expect(hasPhotoCreditMarker('FBI files show the suspect travelled to Turkey')).toBe(false);
    expect(hasCaptionCue('Afghan soldiers wait at a checkpoint on the Tajik border, July 2021')).toBe(true);
    expect(hasCaptionCue('The damaged gates of the embassy in Bishkek, August 30, 2016')).toBe(true);
    expect(hasCaptionCue('Syrian militants may come to Kazakhstan 25 сентября 2013, 14:51')).toBe(false);
    expect(hasCaptionCue('Kyrgyzstan to vote on new constitution on April 11')).toBe(false);
  });

  it('isBareNameLine and role bylines', () => {
    expect(isBareNameLine('Aliya Nurlanova')).toBe(true);
    expect(isBareNameLine('Jean-Luc Moreau')).toBe(true);
    expect(isBareNameLine('Islamic State')).toBe(false);
    expect(isBareNameLine('Central Asia')).toBe(false);
    expect(isBareNameLine('Human Rights')).toBe(false);
    expect(bylineText('Helen Marsh, security correspondent')).toBe('Helen Marsh, security correspondent');
    expect(bylineText('JOHN ROE | Staff Writer')).toBe('JOHN ROE | Staff Writer');
    expect(bylineText('Anna Petrova, our correspondent in Almaty')).not.toBeNull();
    expect(bylineText('Rahat Sulaymanov, the spokesman for the committee')).toBeNull();
  });

  it('isDateLine: labels in English and Russian, time zones and offsets', () => {
    expect(isDateLine('Central Asia Materials 8 June 2016 16:05 (UTC +04:00)')).toBe(true);
    expect(isDateLine('Дата публикации: 12.03.2019 15:40')).toBe(true);
    expect(isDateLine('Last update: 3 March 2020')).toBe(true);
    expect(isDateLine('2022-03-10T14:05:00+05:00')).toBe(true);
    expect(isDateLine('Police detained him on 3 March 2020 in Almaty')).toBe(false);
  });

  it('findTitleIndex: a date line after the title outweighs a teaser; a standfirst under the title is no title', () => {
    expect(
      findTitleIndex([
        'Uzbek court frees returnee mother of four',
        'Kyrgyz militants killed in Syrian air strike, relatives say',
        'Posted by Jane Doe on September 26, 2014',
        'Relatives of three Kyrgyz men who went to Syria two years ago say the men were killed in an air strike near Raqqa last week.',
      ]),
    ).toBe(1);
    expect(
      findTitleIndex([
        'Tajik migrants face new checks',
        'Officials say the checks will cover every worker arriving from Russia and will last until the end of the year at least',
        'By Jane Doe',
        'Tajikistan has begun checking every migrant worker who returns from Russia, the Migration Service said on Monday.',
      ]),
    ).toBe(0);
  });
});

describe('stripFurniture: offers, banners, captions with credits and date-byline lines', () => {
  const report = `A court in Termez has sentenced three men to prison for helping a relative travel to an armed group abroad, prosecutors said on Tuesday.

The men bought his ticket and hid his departure from the police for more than a year, according to the verdict.

All three have ten days to appeal.`;

  it('a priced subscription offer, a newsletter box and a Russian channel prompt go; the title is the headline, not the offer', () => {
    const result = strip(`Surkhon Daily
Get the Surkhon evening digest for USD 9 a month
Only $1 for the first month
Termez court jails three over relative's departure
2 November 2021
${report}
Enter your email address
Thank you for subscribing!
Подписывайтесь на наш Telegram-канал`);
    expectRemoved(result, [
      'Get the Surkhon evening digest for USD 9 a month',
      'Only $1 for the first month',
      'Enter your email address',
      'Thank you for subscribing!',
      'Подписывайтесь на наш Telegram-канал',
    ]);
    expect(result.kept.map((line) => line.text)).toContain("Termez court jails three over relative's departure");
  });

  it('a short paragraph with a monthly sum and a sentence about bookmarks stay', () => {
    const result = strip(`Termez court jails three over relative's departure
2 November 2021
${report}
He earned $300 a month.
Bookmarking sites were blocked in 2019 by the regulator.`);
    expect(result.kept.map((line) => line.text)).toContain('He earned $300 a month.');
    expect(result.kept.map((line) => line.text)).toContain('Bookmarking sites were blocked in 2019 by the regulator.');
  });

  it('an ad banner between paragraphs and a caption that ends with its credit go', () => {
    const result = strip(`Termez court jails three over relative's departure
2 November 2021
Relatives gather outside the court in Termez. Social media
A court in Termez has sentenced three men to prison for helping a relative travel to an armed group abroad, prosecutors said on Tuesday.
Scroll to continue with content
The men bought his ticket and hid his departure from the police for more than a year, according to the verdict.
Police guard the entrance to the court on Tuesday. Jane Roe/Example Photo Agency
All three have ten days to appeal.`);
    expectRemoved(result, [
      'Relatives gather outside the court in Termez. Social media',
      'Scroll to continue with content',
      'Police guard the entrance to the court on Tuesday. Jane Roe/Example Photo Agency',
    ]);
    expect(result.kept).toHaveLength(5);
  });

  it('a line with a date, a byline and a section is kept for the metadata, not taken for a menu', () => {
    const result = strip(`Termez court jails three over relative's departure
2 November 2021 | By Dilshod Rakhimov | Society
${report}`);
    expect(result.kept.map((line) => line.text)).toContain('2 November 2021 | By Dilshod Rakhimov | Society');
    expect(isDateBylineLine('World · By Jane Doe · 3 March 2020')).toBe(true);
    expect(isDateBylineLine('News | Politics | Society')).toBe(false);
    expect(isDateBylineLine('3 March 2020 | Almaty | USD 470')).toBe(false);
  });

  it('hasCaptionCue: a sentence and a short credit after it; a headline or a two-sentence paragraph is none', () => {
    expect(hasCaptionCue('The aftermath of the blast near the market in Kunduz. Social media')).toBe(true);
    expect(hasCaptionCue('Border guards on patrol near the river. Press service of the ministry')).toBe(true);
    expect(hasCaptionCue('Uzbek court frees returnee mother of four')).toBe(false);
    expect(hasCaptionCue('The court met on Tuesday. The verdict was read in full.')).toBe(false);
    expect(hasCaptionCue('He spoke to Mr. Smith about it')).toBe(false);
  });

  it('embedded posts, players and version notes inside the body go', () => {
    const result = strip(`Termez court jails three over relative's departure
2 November 2021
A court in Termez has sentenced three men to prison for helping a relative travel to an armed group abroad, prosecutors said on Tuesday.
Listen to this article
The men bought his ticket and hid his departure from the police for more than a year, according to the verdict.
pic.twitter.com/Xy12AbCd
— Surkhandarya Prosecutor's Office (@surkhon_prok) November 2, 2021
View this post on Instagram
A post shared by Example Termez (@example_termez)
All three have ten days to appeal.
Read in Russian
Our Telegram channel: @example_termez
The post Termez court jails three appeared first on Example Termez News.`);
    expect(result.kept.map((line) => line.text)).toEqual([
      "Termez court jails three over relative's departure",
      '2 November 2021',
      expect.stringMatching(/^A court in Termez/),
      expect.stringMatching(/^The men bought/),
      'All three have ten days to appeal.',
    ]);
  });

  it('findTitleIndex: a kicker over the title outweighs a deck that the byline follows; a name over a line is no kicker', () => {
    const body = 'A court in Termez has sentenced three men to prison for helping a relative travel to an armed group abroad, prosecutors said on Tuesday.';
    expect(findTitleIndex(['Society', 'Termez court jails three recruiters', 'The men said they had only lent their relative money for a ticket', 'By Jane Roe', body])).toBe(1);
    expect(findTitleIndex(['EXCLUSIVE', 'Termez court jails three recruiters', 'The men said they had only lent their relative money for a ticket', 'By Jane Roe', body])).toBe(1);
    expect(findTitleIndex(['Termez court jails three recruiters', 'Jane Roe', 'Staff correspondent', 'Termez, 3 March 2023', body])).toBe(0);
  });

  it('isDateLine: a numeric date with a two-digit year, alone or with a time', () => {
    expect(isDateLine('05/08/16')).toBe(true);
    expect(isDateLine('05-08-16 10:37')).toBe(true);
    expect(isDateLine('Опубликовано: 12.03.2019 в 14:20')).toBe(true);
    expect(isDateLine('Page 5/8/16 of the report')).toBe(false);
  });
});

describe('stripFurniture: funding, licence and subscription notes; bare menus; name lists', () => {
  const report = `A court in Termez has sentenced three men to prison for helping a relative travel to an armed group abroad, prosecutors said on Tuesday.

The men bought the relative a plane ticket to Istanbul in 2015 and sent him money twice after he crossed into Syria, the prosecutors said.`;

  it('notes on funding, a Creative Commons licence and a wire service\'s subscriptions go; news prose on such topics stays', () => {
    const result = strip(`Termez court jails three over relative's departure
2 November 2021
${report}
This material was prepared with the support of the Example Foundation for Independent Media.
The contents of this publication are the sole responsibility of the author and do not necessarily reflect the views of the donor.
This article is republished from Steppe Ledger under a Creative Commons licence. Read the original article.
Example Wire's website carries only a small part of the stories delivered to its subscribers on the terminal. Please contact us for subscription options.`);
    expectKept(result, ["Termez court jails three over relative's departure", '2 November 2021', expect.stringMatching(/^A court in Termez/) as unknown as string, expect.stringMatching(/^The men bought/) as unknown as string]);
    const prose = strip(`Termez court jails three over relative's departure
${report}
The report was published as part of a project on labour migrants, the researchers said, and was funded by a foreign donor.
"Please contact us if you see anything suspicious," the police said on its website, adding that subscribers of the hotline would get alerts.
Material prepared by the investigators was handed to the court in March.
Supported by the border guards, the special forces stormed the house on Friday.`);
    expect(prose.kept.map((line) => line.text)).toHaveLength(7);
  });

  it('short notes without a subject: "Produced with the support of ...", "Supported by ...", "Opinions expressed ...", "Republished with permission"', () => {
    const result = strip(`Termez court jails three over relative's departure
2 November 2021
${report}
Opinions expressed by contributors are their own.
Produced with the financial support of the Example Foundation.
Supported by the Example Fund for Free Media
Republished with permission from Steppe Ledger.`);
    expect(result.kept.map((line) => line.text)).toHaveLength(4);
    expectRemoved(result, ['Produced with the financial support of the Example Foundation.', 'Supported by the Example Fund for Free Media']);
  });

  it('isMenuShaped: "About us" and "Contact us" count as menu items; a headline with "about us" is none', () => {
    expect(isMenuShaped('Home Reports Elections Podcasts Contact us')).toBe(true);
    expect(isMenuShaped('News Analysis Documents Elections Opinion About us')).toBe(true);
    expect(isMenuShaped('What Voters Told Us About Elections')).toBe(false);
  });

  it('isBareNameList and isDateBylineLine: names joined by "and" or commas by a date after a half-spaced bar', () => {
    expect(isBareNameList('Ayşe Demir and Kemal Öztürk')).toBe(true);
    expect(isBareNameList('Elif Şahin, Murat Yıldız & Deniz Aydın')).toBe(true);
    expect(isBareNameList('Kazakhstan and Kyrgyzstan')).toBe(false);
    expect(isBareNameList('Jane Doe')).toBe(false);
    expect(isDateBylineLine('Ayşe Demir and Kemal Öztürk |12.04.2017 - Update : 13.04.2017')).toBe(true);
    expect(isDateBylineLine('Politics and Security |12.04.2017')).toBe(false);
  });

  it('bylineText: a role after a dash, an outlet with a dot or a slash before the role', () => {
    expect(bylineText('Dilnoza Karimova, Example.uz correspondent')).not.toBeNull();
    expect(bylineText('Marat Sultanov — RFE/RL staff writer')).not.toBeNull();
    expect(bylineText('Court Jails Opposition Leader — Rights Groups')).toBeNull();
    expect(bylineText('Gulnara Ibraimova (Example.kg correspondent)')).not.toBeNull();
    expect(bylineText('Gulnara Ibraimova, editor-in-chief')).not.toBeNull();
    expect(bylineText('Gulnara Ibraimova, Special to Example News')).not.toBeNull();
    expect(bylineText('Gulnara Ibraimova (centre) with reporters')).toBeNull();
  });
});

describe('captions ending in a credit: "— Photo courtesy: X", "(AA Photo)", "Фото: X"', () => {
  it('marks the credit forms', () => {
    expect(hasPhotoCreditMarker('Rescue workers search the rubble of the market. — Photo courtesy: Provincial Disaster Authority')).toBe(true);
    expect(hasPhotoCreditMarker('Police officers escort the detained men to the courthouse in Ankara. (IHA Photo)')).toBe(true);
    expect(hasPhotoCreditMarker('Задержанные в здании суда в Бишкеке. Фото: пресс-служба ГКНБ')).toBe(true);
    expect(hasPhotoCreditMarker('The ministry said the photo showed the men at the border crossing in May.')).toBe(false);
    expect(hasPhotoCreditMarker('He said the group had released the video (a short clip) on Monday.')).toBe(false);
  });

  it('removes such captions between and above the paragraphs', () => {
    const result = strip(`Court jails recruiter who sent nine villagers to Syria

March 2, 2018

Relatives wait outside the regional court on Friday. — Photo courtesy: Court Press Office

A regional court has sentenced four men to between eight and eleven years in prison for recruiting villagers to fight for an armed group abroad, prosecutors said.

The convicted men are led out of the courtroom after the verdict. (DHA Photo)

The men had sent at least nine people to the conflict zone over three years, the prosecutors said, and had paid for the travel of five of them.`);
    expectRemoved(result, [
      'Relatives wait outside the regional court on Friday. — Photo courtesy: Court Press Office',
      'The convicted men are led out of the courtroom after the verdict. (DHA Photo)',
    ]);
  });
});

describe('title choice: account links and name lines are never the title', () => {
  it('skips "Log in | Register" and "Jane Doe | John Roe"', () => {
    const texts = ['Log in | Register', '11 Sep 2017, 09:12', 'Court jails recruiter who sent nine villagers to Syria', 'Farida Nazarova | Timur Aliev', 'Published June 11, 2014', 'A regional court has sentenced four men to between eight and eleven years in prison for recruiting villagers, prosecutors said.'];
    expect(findTitleIndex(texts)).toBe(2);
    expect(findTitleIndex(['Sign in / Subscribe', 'May 4, 2021', 'Court jails recruiter who sent nine villagers to Syria', 'The court said the men had recruited nine villagers over three years and sent them abroad.'])).toBe(2);
  });
});

describe('title choice: the slug of the page\'s address echoes the headline', () => {
  it('prefers the candidate spelled in the slug, even when the slug is cut short', () => {
    const body = 'A regional court has sentenced four men to between eight and eleven years in prison for recruiting villagers, prosecutors said.';
    const teaser = 'Border guards detain smugglers at a river crossing';
    const title = 'Court jails recruiter who sent nine villagers to Syria';
    expect(findTitleIndex([teaser, title, body])).toBe(0);
    expect(findTitleIndex(['https://www.example-herald.com/news/2021/05/04/court-jails-recruiter-who-sent-nine', teaser, title, body])).toBe(2);
    expect(findTitleIndex(['example-herald.com/world/court_jails_recruiter_who_sent_nine_villagers_to_syria.html', teaser, title, body])).toBe(2);
  });
});

describe('title choice: credits and sidebar headings above a date line are no title', () => {
  it('passes over "Photographs by X", "Photo: X" and "Most read stories", but not a "Video: ..." headline', () => {
    const body = 'A regional court has sentenced four men to between eight and eleven years in prison for recruiting villagers, prosecutors said.';
    const title = 'Court jails recruiter who sent nine villagers to Syria';
    for (const line of ['Photographs by Daniyar Seitkali', 'Photo: Daniyar Seitkali', 'Most read stories', 'Related articles']) {
      expect(findTitleIndex([line, '11 Sep 2017, 09:12', title, body])).toBe(2);
    }
    expect(findTitleIndex(['11 Sep 2017, 09:12', 'Video: Police detain nine recruiters in an Osh raid', body])).toBe(1);
  });
});

describe('stripFurniture: teasers, scheme-less addresses and press-office notes', () => {
  it('removes them and keeps the text', () => {
    const body1 = 'Police in the port city detained four men on Thursday on suspicion of planning an attack on a ferry terminal.';
    const body2 = 'Prosecutors said the men had bought chemicals online and had filmed the terminal twice.';
    const result = strip(`Four held over ferry terminal plot

examplecoast.org/2020/07/16/four-held-ferry-plot/

${body1}

Read more  Members only  Inside the network that armed the ferry plotters

For information media. Not an official record.

${body2}`);
    const kept = result.kept.map((line) => line.text);
    expect(kept).toContain(body1);
    expect(kept).toContain(body2);
    expect(kept.some((text) => text.includes('examplecoast.org'))).toBe(false);
    expect(kept.some((text) => text.startsWith('Read more'))).toBe(false);
    expect(kept.some((text) => text.startsWith('For information media'))).toBe(false);
  });
});

describe('blind-4 mechanisms', () => {
  it('keeps a paragraph that names two sums in currency codes (not a ticker)', () => {
    const para = 'The smugglers were promised USD 12,000 for the route, and investigators traced a further EUR 3,400 sent through a money changer in Istanbul.';
    const result = strip(`Smuggling ring charged in Bishkek

${para}

The trial opens next month.

USD 89.50 | EUR 97.10 | KZT 0.19`);
    const kept = result.kept.map((line) => line.text);
    expect(kept).toContain(para);
    expect(kept.some((text) => text.startsWith('USD 89.50'))).toBe(false);
  });
});

describe('blind-4 mechanisms: run-together menu', () => {
  it('drops a "Home About ... Careers" menu written without separators and keeps a "Home Office" headline', () => {
    const result = strip(`Home  About Us  Projects  Newsroom  Events  Contact

Home Office bans far-right group after long inquiry

The government has banned a far-right group under anti-terrorism law after a year-long inquiry, the interior minister said on Monday.

Membership of the group will be punishable by up to fourteen years in prison.`);
    const kept = result.kept.map((line) => line.text);
    expect(kept.some((text) => text.startsWith('Home  About'))).toBe(false);
    expect(kept).toContain('Home Office bans far-right group after long inquiry');
  });
});

describe('blind-4 mechanisms: end-of-article furniture', () => {
  it('drops a bare tag list, a role biography, a pitch prompt and a social follow prompt', () => {
    const para1 = 'Remittance channels used by migrant workers are being exploited to move small sums to armed groups, investigators in three countries say.';
    const para2 = 'Regulators should watch repeated small transfers rather than wait for large ones, the analysts argue.';
    const result = strip(`Small Sums, Big Networks: Funding Militancy Through Remittances

Maria Ortega
12 June 2023
Counter-Terrorism, Money Laundering, South Asia

${para1}

${para2}

Maria Ortega is a Senior Research Fellow at the Example Institute, where she studies illicit finance.
Got an idea for an essay you would like to write? Send a short pitch to essays@example.org and we will reply.
Like World Desk on Facebook, follow @WorldDeskEx on Twitter to receive all updates on our latest stories.`);
    const kept = result.kept.map((line) => line.text);
    expect(kept).toContain(para1);
    expect(kept).toContain(para2);
    expect(kept).toContain('Maria Ortega');
    expect(kept.some((text) => text.startsWith('Counter-Terrorism,'))).toBe(false);
    expect(kept.some((text) => text.startsWith('Maria Ortega is'))).toBe(false);
    expect(kept.some((text) => text.startsWith('Got an idea'))).toBe(false);
    expect(kept.some((text) => text.startsWith('Like World Desk'))).toBe(false);
  });

  it('keeps a sentence that lists countries with "and"', () => {
    const para = 'Kazakhstan, Kyrgyzstan and Tajikistan signed the agreement on Friday.';
    const result = strip(`Three states sign border pact\n\n${para}\n\nThe pact takes effect in May.`);
    expect(result.kept.map((line) => line.text)).toContain(para);
  });
});

describe('blind-4 mechanisms: language switcher of Caucasus codes', () => {
  it('drops "ENG RUS GEO ARM" above the title', () => {
    const result = strip(`ENG  RUS  GEO  ARM

Tbilisi court jails recruiter for five years

A court in Tbilisi has jailed a man for five years for recruiting two villagers to fight in Syria, prosecutors said.

He denied the charges.`);
    expect(result.kept.some((line) => line.text.startsWith('ENG'))).toBe(false);
  });
});

describe('blind-5 mechanisms: credits, captions, counters and notices in several languages', () => {
  const para1 = 'Prosecutors in Graz charged two men on Thursday with financing a banned group, saying they had sent money to contacts in Idlib.';
  const para2 = 'The trial is expected to open in the spring, a court spokeswoman said.';

  it('drops a photo credit opened by "Foto:", "Fotó:", "Bild:", "Фото:" or "Credit:", and the caption written under it after the body', () => {
    for (const credit of ['Foto: APA/Erika Muster', 'Fotó: MTI/Kiss Péter', 'Bild: dpa', 'Фото: пресс-служба суда', 'Credit: Jane Roe', 'KEYSTONE/Max Huber', 'dpa/Erika Muster']) {
      const result = strip(`Two men charged with financing banned group\n\n${para1}\n\n${para2}\n\n${credit}\nDas Landesgericht in Graz am Mittwoch.`);
      const kept = result.kept.map((line) => line.text);
      expect(kept, credit).toEqual(['Two men charged with financing banned group', para1, para2]);
    }
  });

  it('drops a credit written as a phrase ("Image courtesy of ...", "Photo via ..."), not a sentence about images', () => {
    for (const credit of ['Image courtesy of Flickr user Steppe Defence.', 'Photo courtesy of the Interior Ministry', 'Header image via Wikimedia Commons.']) {
      const result = strip(`Two men charged with financing banned group\n\n${para1}\n\n${para2}\n\n${credit}`);
      expect(result.kept.map((line) => line.text), credit).toEqual(['Two men charged with financing banned group', para1, para2]);
    }
    const prose = 'Images from the camp showed people fleeing across the fields at night.';
    expect(strip(`Two men charged with financing banned group\n\n${para1}\n\n${prose}\n\n${para2}`).kept.map((line) => line.text)).toContain(prose);
  });

  it('keeps a short paragraph under a credit when the caption stands above the credit', () => {
    const result = strip(`Two men charged with financing banned group\n\n${para1}\n\nThe court building in Graz\nFoto: APA/Erika Muster\n\nBoth men deny the charges, their lawyers told reporters outside the court.\n\n${para2}`);
    const kept = result.kept.map((line) => line.text);
    expect(kept).toContain('Both men deny the charges, their lawyers told reporters outside the court.');
    expect(kept).not.toContain('The court building in Graz');
  });

  it('drops a caption whose credit follows a bar or a dot ("... | Photo Credit: X", "... · Foto: Y")', () => {
    for (const caption of [
      'Police officers outside the court in Graz on Thursday. | Photo Credit: Special Correspondent',
      'Das Landesgericht in Graz am Donnerstag · Foto: APA/Erika Muster',
      'Police outside the court in Graz — Photo: Jane Roe',
    ]) {
      expect(hasPhotoCreditMarker(caption), caption).toBe(true);
      const result = strip(`Two men charged with financing banned group\n\nMarch 3, 2022\n\n${caption}\n\n${para1}\n\n${para2}`);
      expect(result.kept.map((line) => line.text)).not.toContain(caption);
    }
    expect(hasPhotoCreditMarker('The ministry said the photo was taken in May.')).toBe(false);
    expect(hasPhotoCreditMarker('Attack in Graz — Photo essay')).toBe(false);
  });

  it('reads a dated caption that ends with a bracketed credit ("..., 2019 (Example Agency)")', () => {
    expect(hasCaptionCue('Border guards at a crossing near Osh, 2019 (Fergana Post)')).toBe(true);
    expect(hasCaptionCue('Women queue at a camp gate, March 2020 (Jane Roe/AFP)')).toBe(true);
    expect(hasCaptionCue('Court jails recruiter (Update)')).toBe(false);
    const caption = 'Border guards at a crossing near Osh, 2019 (Fergana Post)';
    const result = strip(`Kyrgyzstan reinforces southern border\n\nBy Jane Roe\n\n${caption}\n\n${para1}\n\n${para2}`);
    expect(result.kept.map((line) => line.text)).not.toContain(caption);
  });

  it('drops a row of icon or word counters ("♥ 1.2K  💬 40  ⟳ 3", "214 likes · 37 comments") but keeps numbers in text', () => {
    const counters = ['♥ 1.2K   💬 40   ⟳ 3', '👍 18 · 👎 2', '★★★★☆ 4.1', '214 likes · 37 comments · 18 shares', 'Likes 12  Comments 3'];
    for (const row of counters) {
      const result = strip(`Two men charged with financing banned group\n\n${row}\n\n${para1}\n\n${para2}`);
      expect(result.kept.map((line) => line.text), row).not.toContain(row);
    }
    const result = strip(`Two men charged with financing banned group\n\n${para1}\n\nThe court heard 14 witnesses → 3 of them abroad.\n\n${para2}`);
    expect(result.kept.map((line) => line.text)).toContain('The court heard 14 witnesses → 3 of them abroad.');
  });

  it('drops cookie notices written in German, French or Russian', () => {
    for (const notice of [
      'Diese Website nutzt Cookies. Mit der weiteren Nutzung stimmen Sie zu. Akzeptieren',
      'Nous utilisons des cookies pour améliorer votre expérience. Accepter',
      'Мы используем файлы cookie, чтобы сайт работал лучше. Принять',
    ]) {
      const result = strip(`${notice}\n\nTwo men charged with financing banned group\n\n${para1}\n\n${para2}`);
      const kept = result.kept.map((line) => line.text);
      expect(kept, notice).not.toContain(notice);
      expect(kept[0]).toBe('Two men charged with financing banned group');
    }
  });

  it('keeps a day-first date line that looks like a numbered item ("3. März 2021, 08:15")', () => {
    const result = strip(`Two men charged with financing banned group\n\n3. März 2021, 08:15\n\n${para1}\n\n${para2}`);
    expect(result.kept.map((line) => line.text)).toContain('3. März 2021, 08:15');
  });

  it('drops a newsletter\'s "Subscribe to <Name>" prompt and the blurb under it after the body', () => {
    const result = strip(`Field Notes from the Caspian\n\nWhat the new extremism statute changes\n\nBy Jane Roe\n\n${para1}\n\nThe statute also lengthens the terms for recruiting minors, which the old code punished with up to eight years.\n\n${para2}\n\nSubscribe to Field Notes from the Caspian\nLaw, security and politics around the Caspian. A new letter every Monday.\nType your email...  Subscribe`);
    const kept = result.kept.map((line) => line.text);
    expect(kept.at(-1)).toBe(para2);
    expect(kept).not.toContain('Law, security and politics around the Caspian. A new letter every Monday.');
  });
});

describe('stripFurniture: app buttons, channel previews, bios and bracketed credits', () => {
  const first =
    'Prosecutors in Bishkek said on Friday that they had charged three men with recruiting for an armed group abroad, and that the men had sent at least nine people to Syria since 2014.';
  const second =
    'The three men deny the charges. Their lawyer told reporters that the evidence consisted of chat messages that the police had obtained without a court order.';

  it('drops rows of buttons whose separators were lost ("Sign in Subscribe", "Listen Share", "Follow")', () => {
    const result = strip(`Open in app\nSign in   Get started\nWrite\n\nWhy the border villages stopped talking\n\nRecruiters used to work openly in the markets. That changed in 2016.\n\nKamila Serikbaeva\nFollow\n\n9 min read · Jun 2, 2022\n\nListen   Share\n\n${first}\n\n${second}`);
    const kept = result.kept.map((line) => line.text);
    expect(kept[0]).toBe('Why the border villages stopped talking');
    for (const button of ['Sign in Get started', 'Write', 'Follow', 'Listen Share']) expect(kept).not.toContain(button);
    expect(kept).toContain('Kamila Serikbaeva');
    expect(kept).toContain('9 min read · Jun 2, 2022');
  });

  it('drops app buttons naming a network ("Open in Telegram   Download Telegram", "Forward   Share   12 comments")', () => {
    for (const row of ['View in Telegram   Download Telegram', 'Open in WhatsApp', 'Forward   Share   12 comments', 'Reply   Repost   Save']) {
      expect(lineRuleVerdict(row), row).toBe('button row');
    }
    // Headlines and sentences that start with a button's word stay.
    for (const line of ['Follow the money: how the cell was paid', 'Watch the video', 'Share of returnees in work rises to 40%', 'Open in Kabul again, the embassy issues visas']) {
      expect(lineRuleVerdict(line), line).toBeNull();
    }
  });

  it('a channel preview: the blurb above the day and the headline goes, the post stays', () => {
    const result = strip(`Telegram\nOpen in Telegram   Download Telegram\nSteppe Security Digest\n@steppedigest · 12 040 subscribers\nDaily notes on policing and militancy in Kazakhstan and Kyrgyzstan. Run by two volunteers.\nPinned post: the monthly archive lives at steppedigest.example.org\nJune 12, 2024\nKNB reports arrests of three recruiters in Shymkent\n${first}\n${second}`);
    const kept = result.kept.map((line) => line.text);
    expect(kept).not.toContain('Daily notes on policing and militancy in Kazakhstan and Kyrgyzstan. Run by two volunteers.');
    expect(kept).not.toContain('Pinned post: the monthly archive lives at steppedigest.example.org');
    expect(kept).toContain('KNB reports arrests of three recruiters in Shymkent');
    expect(kept).toContain('June 12, 2024');
    expect(kept.slice(-2)).toEqual([first, second]);
  });

  it('keeps a standfirst under the title even when a date line and a subheading follow it', () => {
    const result = strip(`Three charged with recruiting in Bishkek\n\nThe prosecution says the men sent at least nine people to Syria.\n\nJune 12, 2024\n\nWhat the charges say\n\n${first}\n\n${second}`);
    expect(result.kept.map((line) => line.text)).toContain('The prosecution says the men sent at least nine people to Syria.');
  });

  it('drops a biography set off by a dash and the author card under it; a lone closing byline stays', () => {
    const result = strip(`Why the border villages stopped talking\n\nKamila Serikbaeva\n\n${first}\n\n${second}\n\n— Kamila Serikbaeva is a journalist based in Almaty who covers courts and security.\n\nWritten by Kamila Serikbaeva`);
    const kept = result.kept.map((line) => line.text);
    expect(kept).not.toContain('— Kamila Serikbaeva is a journalist based in Almaty who covers courts and security.');
    expect(kept).not.toContain('Written by Kamila Serikbaeva');
    expect(kept).toContain('Kamila Serikbaeva');
    const alone = strip(`Why the border villages stopped talking\n\n${first}\n\n${second}\n\nWritten by Kamila Serikbaeva`);
    expect(alone.kept.map((line) => line.text)).toContain('Written by Kamila Serikbaeva');
  });

  it('drops captions: a line ending in a bracketed credit, and the caption under a credit below a byline or a time stamp', () => {
    const bracketed = strip(`Three charged with recruiting in Bishkek\n\n${first}\n\nPolice outside the court building in Bishkek [Photo: AFP]\n\n${second}`);
    expect(bracketed.kept.map((line) => line.text)).not.toContain('Police outside the court building in Bishkek [Photo: AFP]');
    expect(lineRuleVerdict('Relatives wait outside the prison gate in Osh [File: Reuters]')).toBe('photo caption');
    for (const header of ['Author: Timur Osmonov · Photos: Aizada Bekova', '14-iyun 2024, 09:40 · 2 310 views']) {
      const result = strip(`Three charged with recruiting in Bishkek\n${header}\nPhoto: Press service of the Prosecutor General\nThe three defendants in the glass cage during the hearing.\n${first}\n${second}`);
      expect(result.kept.map((line) => line.text), header).not.toContain('The three defendants in the glass cage during the hearing.');
      expect(result.kept.map((line) => line.text)).toContain(first);
    }
  });

  it('drops player lengths, "more on this topic" links, no-comment notes, wire input notes, live-news promos and captions closed by an agency credit', () => {
    expect(lineRuleVerdict('Audio 4 Min.')).toBe('embed or player');
    expect(lineRuleVerdict('Podcast 12:30')).toBe('embed or player');
    expect(lineRuleVerdict('Lire aussi : Le procès des recruteurs de Nice')).toBe('read-also link');
    expect(lineRuleVerdict('Mehr dazu: Prozess gegen mutmaßliche IS-Unterstützer')).toBe('read-also link');
    expect(lineRuleVerdict('À lire aussi > Le marché a rouvert ses portes sous surveillance')).toBe('read-also link');
    expect(lineRuleVerdict('Lesen Sie auch: Die Polizei sucht weiter nach dem Fahrer')).toBe('read-also link');
    expect(lineRuleVerdict('Lea también: El juicio de la célula de Ripoll empieza en Madrid')).toBe('read-also link');
    expect(lineRuleVerdict('Il faut lire aussi le rapport de la commission, a-t-il dit.')).not.toBe('read-also link');
    expect(lineRuleVerdict('Note: No comments yet.')).toBe('comments');
    expect(lineRuleVerdict('With inputs from PTI')).toBe('production credits');
    expect(lineRuleVerdict('Get breaking news and live updates on examplepost.in every day.')).toBe('call to action');
    expect(lineRuleVerdict('Relatives gather outside the court in Dushanbe on Monday. (Reuters)')).toBe('photo caption');
    // Prose that only resembles them stays.
    expect(lineRuleVerdict('The agency said the men had trained in Turkey before travelling to Moscow (AFP).')).toBeNull();
    expect(lineRuleVerdict('Video recordings from 2019 showed the men at a training camp near the border.')).toBeNull();
    expect(lineRuleVerdict('Investigators said they would track the suspects on social networks and get help from Interpol.')).toBeNull();
  });

  it('drops a publisher\'s note and the author biography above it at the end of a commentary', () => {
    const bio = 'Jane Roe is a senior fellow with the Security Programme at the Example Policy Institute in Tbilisi.';
    const note = 'Briefs are published by the Example Policy Institute, an independent research body. Its views are its authors\' own.';
    const result = strip(`Why the border villages stopped talking\n\nJane Roe\n\n${first}\n\n${second}\n\n${bio}\n${note}`);
    const kept = result.kept.map((line) => line.text);
    expect(kept).not.toContain(bio);
    expect(kept).not.toContain(note);
    expect(kept).toContain(second);
    // Without a biography above, such a sentence is kept: it may be the article's own.
    const last = 'The report is published by the Example Policy Institute, an independent research body, every year.';
    expect(strip(`Why the border villages stopped talking\n\n${first}\n\n${second}\n\n${last}`).kept.map((line) => line.text)).toContain(last);
  });
});

describe('stripFurniture: author boxes, consent banners and file-photo captions', () => {
  const body = [
    'Border guards stopped two lorries carrying forged passports at a mountain checkpoint on Saturday, the regional customs office said.',
    'The drivers told investigators they had been paid to carry sealed boxes and did not know what was inside them, according to the office.',
    'Both men were released after questioning, while the passports were sent to the capital for examination by specialists.',
  ];
  it('removes an author box in another language after the body: heading, name and biography', () => {
    for (const heading of ['Über den Autor', 'À propos de l’auteure', 'Yazar hakkında', 'Об авторе']) {
      const result = strip(['Grenzposten stoppt zwei Lastwagen mit gefälschten Pässen', '', body.join('\n\n'), heading, 'Marta Kowalczyk', 'Reporterin für Sicherheitsthemen. Lebt in Graz.', 'Mehr zum Thema'].join('\n'));
      expectRemoved(result, [heading, 'Marta Kowalczyk', 'Reporterin für Sicherheitsthemen. Lebt in Graz.']);
      expect(result.kept.map((line) => line.text)).toContain(body[2]);
    }
  });
  it('removes a consent banner written as buttons', () => {
    expect(lineRuleVerdict('Your choices matter to us. Accept all | Reject all')).toBe('cookie notice');
    expect(lineRuleVerdict('Tout accepter | Paramétrer')).toBe('cookie notice');
    // A sentence about accepting all terms is prose, not a button.
    expect(lineRuleVerdict('The union said it would not accept all of the new terms.')).toBeNull();
  });
  it('removes a caption closed by a newspaper\'s file-photo credit', () => {
    const result = strip(['Court frees two men held over forged passports', '', 'One of the two men walks out of the district court in 2019. (Example Gazette file photo)', '', body.join('\n\n')].join('\n'));
    expectRemoved(result, ['One of the two men walks out of the district court in 2019. (Example Gazette file photo)']);
  });
});

describe('lineRuleVerdict: a labelled author biography', () => {
  it('removes a note on the writer that a label opens', () => {
    expect(lineRuleVerdict("AUTHOR'S BIO: Jana Novak is a lecturer in security studies at a university in Prague.")).toBe('author biography');
    expect(lineRuleVerdict('About the author: Tomas Berg covers the Caucasus for a Nordic weekly and lives in Tbilisi.')).toBe('author biography');
    expect(lineRuleVerdict('Об авторе: Иван Петров — политолог, специалист по Южному Кавказу.')).toBe('author biography');
  });

  it('keeps a paragraph that only mentions a biography', () => {
    expect(lineRuleVerdict("The author's biography of the general, published in 2019, drew on his letters from the front.")).toBeNull();
  });
});

describe('paid-content label', () => {
  it('drops a bare "Paid Content" label but keeps a sentence about paid content', () => {
    expect(lineRuleVerdict('Paid Content')).not.toBeNull();
    expect(lineRuleVerdict('PAID POST')).not.toBeNull();
    expect(lineRuleVerdict('Paid content made up a third of revenue.')).toBeNull();
  });
  it('drops an "Also on OUTLET" teaser heading but keeps a sentence starting "Also on"', () => {
    expect(lineRuleVerdict('Also on EURASIANET')).not.toBeNull();
    expect(lineRuleVerdict('Also on The Diplomat')).not.toBeNull();
    expect(lineRuleVerdict('Also on Friday, border guards detained two men near Osh.')).toBeNull();
  });
});

describe('title over a standfirst, under a label (eval-blind-11 mechanisms, own text)', () => {
  const body =
    'Border guards in the Fergana valley have detained more people crossing on foot this spring than in the whole of last year, officials said.';

  it('a breadcrumb over a long headline: the standfirst under it, though the byline follows it, is no title', () => {
    const texts = [
      'Home', 'World', 'Asia',
      'World News › Asia › Security',
      "Why the Fergana valley's young men keep leaving: a recruiter's road from Andijan to the Turkish border",
      'Smugglers, cheap tickets and a cousin in Istanbul are all a recruit needs, reports our correspondent in Osh',
      'By Jane Roe, Osh',
      '3 May 2016 • 9:00am',
      body,
    ];
    // The menus and the breadcrumb are furniture by then (line rules, menu runs).
    expect(findTitleIndex(texts, () => false, { removed: (i) => i <= 3 })).toBe(4);
  });

  it('a kicker over a title-case headline: a sentence-case deck of the same length is the standfirst', () => {
    const texts = [
      'Markets',
      "Remittances to Tajikistan Fall as Russia's Building Boom Slows Down",
      'Banks in Dushanbe report fewer transfers from migrant workers in the Urals',
      'By John Doe',
      'June 2, 2024 at 8:00 AM GMT+5',
      body,
    ];
    expect(findTitleIndex(texts)).toBe(1);
  });

  it('a teaser over the title is no headline: the line under it must read as a standfirst', () => {
    const texts = ['Live', 'Explosion reported near Dushanbe airport', 'Court in Khujand jails five men for recruiting students to fight in Syria', 'By Jane Roe', '3 May 2021', body];
    expect(findTitleIndex(texts)).toBe(2);
  });

  it('a menu row under a masthead is no headline over the real title', () => {
    // The masthead's name is no kicker, and a row of items between wide gaps is no headline.
    const texts = ['Example Review Europe', 'News  Analysis  Opinion  Video  English version', 'Support independent journalism', 'Court in Kazan jails four men over a banned Islamist group', '12 апреля 2022, 10:15', body];
    expect(findTitleIndex(texts, () => false, { removed: (i) => i === 2 })).toBe(3);
  });

  it('the standfirst stays in the body', () => {
    const result = strip(
      [
        'Opinion',
        'Bishkek Wants Its Citizens Back From Syria, but Not All of Them',
        'The government is quietly sorting returnees into those it will try and those it will not',
        'By Jane Roe',
        'April 4, 2022',
        body,
        'The interior ministry has not published a list of the returnees, and relatives say they have been told little about where the men are held.',
      ].join('\n'),
    );
    expect(result.kept.map((line) => line.text)).toContain('The government is quietly sorting returnees into those it will try and those it will not');
  });
});

describe('caption credits, present-tense captions, button-label endings (own text)', () => {
  it('a caption with a "Name/AGENCY via Getty Images" or "Name/Site" credit after a bar is a caption', () => {
    expect(hasPhotoCreditMarker('Police outside the court in Osh after the verdict | Jane Roe/AFP via Getty Images')).toBe(true);
    expect(hasPhotoCreditMarker('Relatives wait at the airport in Almaty | John Doe/Example.kz')).toBe(true);
    expect(hasPhotoCreditMarker('Migrants queue at a registration centre in Moscow. John Doe via Getty Images')).toBe(true);
    expect(lineRuleVerdict('Police outside the court in Osh after the verdict | Jane Roe/AFP via Getty Images')).toBe('photo caption');
  });

  it('a page title with a section path after a bar is no caption', () => {
    expect(hasPhotoCreditMarker('Court jails recruiter in Osh | News/Asia')).toBe(false);
    expect(hasPhotoCreditMarker('Court jails recruiter in Osh | Example Times')).toBe(false);
  });

  it('a one-sentence caption in the present tense is a caption; past-tense prose is not', () => {
    expect(lineRuleVerdict('Aibek Toktogulov is seen in an undated handout photo released by the prosecutor’s office.')).toBe('photo caption');
    expect(lineRuleVerdict('Two of the suspects are shown in a still from surveillance footage.')).toBe('photo caption');
    expect(lineRuleVerdict('Relatives of the detainees are pictured outside the court in Khujand on Monday.')).toBe('photo caption');
    expect(lineRuleVerdict('The recruiter was seen in Raqqa in a photo released by the group in 2015.')).toBeNull();
    expect(lineRuleVerdict('The commander is seen as a rising figure among the Uzbek fighters.')).toBeNull();
    expect(lineRuleVerdict('The man who is seen in the video has not been identified.')).toBeNull();
    expect(lineRuleVerdict('He is seen in a video filmed near Idlib. Officials believe it dates from 2017.')).toBeNull();
    expect(lineRuleVerdict('"He is seen in the photo with the emir," the prosecutor said.')).toBeNull();
  });

  it('a caption sentence inside a paragraph stays with the paragraph', () => {
    const result = strip(
      [
        'Court jails Osh man who trained snipers for Islamic State',
        'By Jane Roe',
        '3 May 2021',
        'Aibek Toktogulov is seen in an undated photo released by the prosecutor’s office.',
        'A court in Osh sentenced a 38-year-old man to twelve years in prison on Friday for training snipers for the Islamic State in Syria.',
        'Prosecutors said he was seen in Raqqa in a photo released by the group in 2015. He denied the charges and said he had worked as a driver.',
      ].join('\n'),
    );
    expectRemoved(result, ['Aibek Toktogulov is seen in an undated photo released by the prosecutor’s office.']);
    expect(result.kept.map((line) => line.text)).toContain(
      'Prosecutors said he was seen in Raqqa in a photo released by the group in 2015. He denied the charges and said he had worked as a driver.',
    );
  });

  it('a form, prompt or banner closed by a button label is a call to action', () => {
    expect(lineRuleVerdict('Enter your work email   Subscribe')).toBe('call to action');
    expect(lineRuleVerdict('Know something we should look into? Contact Us')).toBe('call to action');
    expect(lineRuleVerdict('Our morning briefing, straight to your inbox   SIGN UP')).toBe('call to action');
    expect(lineRuleVerdict('The region in numbers, every week on our data desk LEARN MORE')).toBe('call to action');
  });

  it('a headline or sentence ending in the same words is kept', () => {
    expect(lineRuleVerdict('Why Young Kyrgyz Men Sign Up')).toBeNull();
    expect(lineRuleVerdict('Thousands of migrants were told where to sign up')).toBeNull();
    expect(lineRuleVerdict('Fewer Uzbek students register.')).toBeNull();
    expect(lineRuleVerdict('Recruiters ask one question: will you join?')).toBeNull();
  });
});

describe('teaser blocks in the middle of the body (own text)', () => {
  const paragraphs = [
    'Kazakhstan has brought back more than 700 citizens from camps in north-east Syria since 2019, most of them children, the foreign ministry said on Tuesday.',
    'Officials said the returnees had been through a rehabilitation programme and that several of the men had been tried and sentenced.',
    'Human rights groups say the programme has worked better than most, but that it depends on the goodwill of local officials in the regions.',
  ];

  it('an "Also on OUTLET" heading takes the headlines under it, up to the next paragraph', () => {
    const result = strip(
      ['Kazakhstan completes another repatriation flight from Syria', 'By Jane Roe', '3 May 2021', paragraphs[0], paragraphs[1], 'Also on Example Post', 'The long road home from al-Hol', 'What Almaty learned from its returnees', paragraphs[2]].join('\n'),
    );
    expectRemoved(result, ['Also on Example Post', 'The long road home from al-Hol', 'What Almaty learned from its returnees']);
    expect(result.kept.map((line) => line.text)).toContain(paragraphs[2]);
  });

  it('a "Paid content" label takes the ad teaser under it', () => {
    const result = strip(
      ['Kazakhstan completes another repatriation flight from Syria', 'By Jane Roe', '3 May 2021', paragraphs[0], paragraphs[1], 'PAID POST', 'Doctors stunned by this easy morning habit', paragraphs[2]].join('\n'),
    );
    expectRemoved(result, ['PAID POST', 'Doctors stunned by this easy morning habit']);
    expect(result.kept.map((line) => line.text)).toEqual(expect.arrayContaining(paragraphs));
  });
});

describe('teasers, donation prompts and offer rows of more layouts', () => {
  it('removes a "Read:" teaser in Kyrgyz, Kazakh, Uzbek and Tajik, and a "Related news:" teaser', () => {
    expect(lineRuleVerdict('Окуңуз: Ошто жаңы мектеп ачылды')).toBe('read-also link');
    expect(lineRuleVerdict('Сондай-ақ оқыңыз: Алматыда жаңа көпір салынды')).toBe('read-also link');
    expect(lineRuleVerdict("Shuningdek o'qing: Samarqandda yangi maktab ochildi")).toBe('read-also link');
    expect(lineRuleVerdict('Related news: Court in Osh jails two for recruiting')).toBe('read-also link');
  });

  it('removes a donation prompt without a full stop, keeps a sentence about a contribution', () => {
    expect(lineRuleVerdict('Help keep Steppe Ledger independent: make a contribution today')).toBe('donation appeal');
    expect(lineRuleVerdict('Please help us keep Oxus Post free')).toBe('donation appeal');
    expect(lineRuleVerdict('The mayor asked every district to make a contribution to the fund.')).toBeNull();
  });

  it('removes a row of language offers, keeps a sentence naming languages', () => {
    expect(lineRuleVerdict('Read in Persian  |  Read in Russian')).toBe('language switcher');
    expect(lineRuleVerdict('Available in English · Available in Turkish')).toBe('language switcher');
    expect(lineRuleVerdict('He reads in Arabic and writes in Turkish.')).toBeNull();
  });
});

describe('a bare ad label between paragraphs does not cut the last paragraph (own text)', () => {
  const head = ['Tajik court jails three men for recruiting fighters', 'By John Smith', '14 March 2022'];
  const body = [
    'A court in Dushanbe sentenced three men on Monday to between eight and twelve years in prison for recruiting young people to fight in Syria, prosecutors said.',
    'The men had used messaging apps to reach migrant workers in Russia and had paid for the travel of at least five recruits, according to the indictment.',
  ];
  const closing = 'Their lawyers said they would appeal the verdict.';

  for (const label of ['Advertisement', 'Sponsored', 'ADVERTISEMENT', 'Advert', 'Anzeige', 'Publicité']) {
    it(`keeps a short final paragraph after "${label}" and drops the label`, () => {
      const result = strip([...head, ...body, label, closing].join('\n'));
      expect(result.kept.map((line) => line.text)).toEqual(expect.arrayContaining([...body, closing]));
      expectRemoved(result, [label]);
    });
  }

  it('keeps a short final quoted paragraph after "Реклама" in a Russian article', () => {
    const result = strip(
      [
        'В Бишкеке осудили вербовщика',
        '12 мая 2023',
        'Суд в Бишкеке приговорил местного жителя к восьми годам лишения свободы за вербовку молодых людей в ряды террористической организации, сообщили в прокуратуре.',
        'По данным следствия, мужчина связывался с земляками через мессенджеры и оплачивал им билеты до Турции.',
        'Реклама',
        '«Приговор пока не вступил в силу», — уточнили в суде.',
      ].join('\n'),
    );
    expect(result.kept.map((line) => line.text)).toContain('«Приговор пока не вступил в силу», — уточнили в суде.');
    expectRemoved(result, ['Реклама']);
  });

  it('still cuts teaser headlines and a footer after the label', () => {
    const result = strip(
      [...head, ...body, closing, 'Advertisement', 'Uzbekistan opens new rehabilitation centre for returnees', 'Five things to know about the Fergana valley', '© 2022 Example News. All rights reserved.'].join('\n'),
    );
    expectKept(result, [...head, ...body, closing]);
  });

  it('still cuts teaser headlines after a "Sponsored" label with no footer', () => {
    const result = strip(
      [...head, ...body, closing, 'Sponsored', 'Doctors stunned by this easy morning habit', 'The one gadget every traveller wants this year'].join('\n'),
    );
    expectKept(result, [...head, ...body, closing]);
  });

  it('keeps the short paragraph after the label but cuts the related block and footer below it', () => {
    const result = strip(
      [...head, ...body, 'Advertisement', closing, 'Related', 'Uzbekistan opens new rehabilitation centre for returnees', 'Five things to know about the Fergana valley', '© 2022 Example News. All rights reserved.'].join('\n'),
    );
    expectKept(result, [...head, ...body, closing]);
  });
});

describe('lines of the eighteenth and nineteenth blind sets\' kinds (own text)', () => {
  it.each([
    ['Police officers guard the courthouse in Osh. (AFP: Jane Roe)', 'photo caption'],
    ['Residents look at a damaged house after the raid. (Jane Roe/The Associated Press)', 'photo caption'],
    ['The author is a journalist in Kyrgyzstan who writes under a pen name.', 'author note'],
    ['TEXT AD: Plots for sale near the airport, instalments available. Call 0700 123 456', 'advertisement'],
    ['Read more in Steppe Weekly: "What the border talks have achieved"', 'read-also link'],
    ['Steppe Weekly on Twitter: follow @steppeweekly for breaking news', 'call to action'],
    ['How does this story make you feel?   Happy   Sad   Angry', 'button row'],
    ['Comments - 12', 'counter'],
  ])('%s -> %s', (line, verdict) => {
    expect(lineRuleVerdict(line)).toBe(verdict);
  });

  it.each([
    'Police officers said the house was damaged in the raid (the second in a week).',
    'The author of the report is a former officer, the ministry said.',
    'Read aloud in court, the verdict took two hours.',
    'Officers follow the suspects to the border every night.',
  ])('keeps prose: %s', (line) => {
    expect(lineRuleVerdict(line)).toBeNull();
  });
});

describe('lines of the twentieth blind set\'s kinds (own text)', () => {
  it.each([
    ['Subscribe to the Steppe Daily e-paper for as little as 20 som a day', 'call to action'],
    ['The Office of Web Services, Bureau of Public Affairs, manages this site as a portal for information from the ministry.', 'site notice'],
    ['External links to other Internet sites should not be construed as an endorsement of the views contained therein.', 'site notice'],
  ])('%s -> %s', (line, verdict) => {
    expect(lineRuleVerdict(line)).toBe(verdict);
  });

  it('keeps prose about a site', () => {
    expect(lineRuleVerdict('The ministry said the group manages a website that recruits fighters.')).toBeNull();
  });
});

describe('line rules for chrome other pages hold, read without their context (own lines)', () => {
  it.each([
    ['Dela:   Facebook   X   Länk kopierad', 'share buttons'],
    ['Ulashish: Telegram   Facebook   X', 'share buttons'],
    ['Share:   f   t   in   ✉', 'share buttons'],
    ['Tags   kazakhstan   terrorism   returnees', 'tag list'],
    ['Filed under  isis ,  court ,  uzbekistan', 'tag list'],
    ['Posted in: Society', 'tag list'],
    ['Views: 5 906   Comments: 21', 'counter'],
    ['Read 3412 times', 'counter'],
    ['Suivez Exemple Info sur WhatsApp', 'call to action'],
    ['Steppe-News in Telegram', 'call to action'],
    ['Kabar in Telegram: @examplekg', 'call to action'],
    ['Download full report (PDF)', 'navigation or banner'],
    ['Get short URL', 'navigation or banner'],
    ['Bu haberi paylaşın', 'navigation or banner'],
    ['An official website of the United States government  Here\'s how you know', 'navigation or banner'],
    ['Illustrative photo. Source: Depositphotos', 'photo credit'],
    ['Advertise with us: ads@example.af', 'advertisement'],
    ['A woman walks through the camp in Hasakah province. Source: AAP / Supplied', 'photo caption'],
    ['The suspect in a photo released by the police in April 2013. (Courtesy Police)', 'photo caption'],
    ['Take action: Demand the release of the two lawyers', 'call to action'],
    ['Media contact: media@example.org', 'call to action'],
    ['For more information or to arrange an interview please contact the Press Office.', 'call to action'],
    ['Get the Morning Brief: the region\'s security news every morning.', 'call to action'],
    ['Our journalism needs your support. Subscribe to the Herald for $0.99 a week.', 'call to action'],
  ] as const)('%s -> %s', (line, verdict) => {
    expect(lineRuleVerdict(line)).toBe(verdict);
  });

  it.each([
    'Tags are used by the police to track the suspects.',
    'The group on Telegram claimed the attack on Friday.',
    'Officials read the names of the 12 victims three times.',
    'Download speeds in the region were cut during the protests, the regulator said.',
    'The toll rose to 25. Source: Health Ministry',
    'Police said 40 people subscribe to the channel, which costs $5 a month.',
  ])('keeps prose: %s', (line) => {
    expect(lineRuleVerdict(line)).toBeNull();
  });
});

describe('lines of the twenty-fifth blind set\'s kinds (own text)', () => {
  it.each([
    ['Lesedauer: 4 Min.', 'reading time'],
    ['Temps de lecture : 6 min', 'reading time'],
    ['Contributing: Wire reports', 'production credits'],
    ['Contributors: Jane Roe, Ali Karimov', 'production credits'],
    ['Also on the topic: How the patent for migrants changed in 2019', 'read-also link'],
    ['Подписывайтесь на «Степные вести» в Дзене', 'call to action'],
  ] as const)('%s -> %s', (line, verdict) => {
    expect(lineRuleVerdict(line)).toBe(verdict);
  });

  it.each([
    'Reading the verdict took the judge 40 minutes.',
    'Contributing to the fund were 12 companies, the ministry said.',
    'Also on the list were 14 women, officials said.',
  ])('keeps prose: %s', (line) => {
    expect(lineRuleVerdict(line)).toBeNull();
  });

  it('drops a closing biography that gives the beat and a contact, with the bare byline above the body', () => {
    const result = strip(
      [
        'Steppe man charged over plot to attack a polling station',
        'Mira Tolen',
        'The Steppe Ledger',
        'Published 9:10 a.m. Oct. 2, 2024',
        'A man who moved to the city three years ago was charged on Tuesday with planning an attack on a polling station, prosecutors said.',
        'He is due in court next week and remains in custody after his arrest by federal agents on Monday.',
        'Mira Tolen covers courts and public safety for The Steppe Ledger. Contact her at mtolen@example.com.',
      ].join('\n'),
    );
    expectRemoved(result, ['Mira Tolen covers courts and public safety for The Steppe Ledger. Contact her at mtolen@example.com.']);
    expect(result.kept.map((line) => line.text)).toContain('He is due in court next week and remains in custody after his arrest by federal agents on Monday.');
  });
});

describe('lines of the twenty-sixth blind set\'s kinds (own text)', () => {
  it.each([
    ['Don\'t miss the main news - subscribe to our channel in Telegram', 'call to action'],
    ['Follow Steppe Recorder on Google News', 'call to action'],
    ['GKNB press service photo: the detainees at the airport', 'photo caption'],
  ] as const)('%s -> %s', (line, verdict) => {
    expect(lineRuleVerdict(line)).toBe(verdict);
  });

  it('keeps prose: a sentence that does not miss', () => {
    expect(lineRuleVerdict('Officials said they did not miss the warning signs, the ministry said.')).toBeNull();
  });
});

describe('lines of the twenty-seventh blind set\'s kinds (own text)', () => {
  it.each([
    ['Print   License article   Comments', 'button row'],
    ['Support Provided By: Learn more', 'sponsor label'],
    ['EZ Morgen: Unser Newsletter bringt Sie jeden Morgen auf den neuesten Stand.', 'call to action'],
    ['Listen to the report on Evening Edition  ( 4′ 05″ )', 'embed or player'],
  ] as const)('%s -> %s', (line, verdict) => {
    expect(lineRuleVerdict(line)).toBe(verdict);
  });

  it.each(['Der Newsletter der Behörde warnte vor 40 Gefährdern.', 'Listen to what the minister said about the 40 detainees.'])('keeps prose: %s', (line) => {
    expect(lineRuleVerdict(line)).toBeNull();
  });

  it('drops a closing biography that gives the beat and ends with the outlet\'s name', () => {
    const result = strip(
      [
        'Steppe man charged over airport bombing',
        'Published March 4, 2025',
        'A man accused of helping to plan the bombing at the airport appeared in court on Wednesday, prosecutors said.',
        'He is due back in court next month and remains in custody after his arrest in February.',
        'Mira Tolen covers the Justice Department and national security for Steppe Stars and Stripes.',
      ].join('\n'),
    );
    expectRemoved(result, ['Mira Tolen covers the Justice Department and national security for Steppe Stars and Stripes.']);
  });
});

describe('lines of the twenty-eighth blind set\'s kinds (own text)', () => {
  it.each([
    ['Police officers guard the station in Riverton, February 15, 2025. — Example pic', 'photo caption'],
    ['Steppe votes: all our election coverage in one place', 'promotion'],
  ] as const)('%s -> %s', (line, verdict) => {
    expect(lineRuleVerdict(line)).toBe(verdict);
  });

  it('keeps prose that ends with a dash', () => {
    expect(lineRuleVerdict('The minister said 12 people were held in Riverton — all of them foreigners.')).toBeNull();
  });

  it('reads "Last update: about 10 years ago" after a date as a date line', () => {
    expect(isDateLine('Tuesday, 14 June 2016, 15:48 Last update: about 10 years ago')).toBe(true);
  });
});

describe('lines and boxes of the twenty-ninth blind set\'s kinds (own text)', () => {
  it.each([
    ['kmoreau@riverton-herald.example', 'link'],
    ['Also watch: Floods cut the road to the northern valley', 'read-also link'],
  ] as const)('%s -> %s', (line, verdict) => {
    expect(lineRuleVerdict(line)).toBe(verdict);
  });

  it('reads "ADVERTISING" as "Advertisement" and an address after "Email:" as furniture', () => {
    expect(lineRuleVerdict('ADVERTISING')).toBe(lineRuleVerdict('Advertisement'));
    expect(isAdLabel('ADVERTISING')).toBe(true);
    expect(lineRuleVerdict('Email: desk@steppe-news.example')).not.toBeNull();
  });

  it('keeps a sentence that only mentions an email address', () => {
    expect(lineRuleVerdict('Readers can send tips to desk@steppe-news.example, the editor said on Monday.')).toBeNull();
  });

  const story = [
    'Court jails Riverton man for plotting attack on depot',
    'A man who planned to bomb a fuel depot in Riverton was jailed for 14 years on Friday, the court heard at the end of a two-week trial.',
    'Prosecutors said he had bought chemicals online over three months and filmed the depot twice in the spring before his arrest.',
  ];

  it('takes a "Trending in X" box, a bare "Comments" heading and what closes the page', () => {
    const result = strip(
      [
        ...story,
        'His lawyer said he would appeal against the sentence, which the judge called a necessary deterrent to others.',
        'Trending in Riverton',
        'Harbour: Woman, 40, charged after crash on the coast road',
        'Comments',
        'We invite all readers to share their views on our stories. Comments may take an hour to appear.',
      ].join('\n'),
    );
    expectRemoved(result, [
      'Trending in Riverton',
      'Harbour: Woman, 40, charged after crash on the coast road',
      'Comments',
      'We invite all readers to share their views on our stories. Comments may take an hour to appear.',
    ]);
  });

  it('takes a "Lesen Sie auch" box with a question headline and a "Don\'t miss" box between paragraphs, keeping the paragraph after them', () => {
    const result = strip(
      [
        ...story,
        'Lesen Sie auch',
        'Nach dem Prozess: Wie gefährlich sind die Rückkehrer?',
        'Don\'t miss',
        'Council approves new homes plan for the harbour',
        'The depot\'s owners, who had asked for more police patrols last year, were not accused of any failings.',
      ].join('\n'),
    );
    expectRemoved(result, ['Lesen Sie auch', 'Nach dem Prozess: Wie gefährlich sind die Rückkehrer?', 'Don\'t miss', 'Council approves new homes plan for the harbour']);
    expect(result.kept.map((line) => line.text)).toEqual([...story, 'The depot\'s owners, who had asked for more police patrols last year, were not accused of any failings.']);
  });
});

describe('lines of the thirtieth blind set\'s kinds (own text)', () => {
  it.each([
    ['Leia também: Embassy sets up a line for citizens abroad', 'read-also link'],
    ['Police guard the area around the cathedral in the port city on Sunday. (HP/Handout)', 'photo caption'],
    ['Our newsletter is free. Sign up here for the latest news from across the county.', 'call to action'],
    ['Get involved with the news in your community', 'call to action'],
    ['Example.com is now on Viber. Join our community for the latest news!', 'call to action'],
    ['This website and associated newspapers adhere to the Independent Press Standards Organisation\'s Editors\' Code of Practice.', 'disclaimer'],
  ] as const)('%s -> %s', (line, verdict) => {
    expect(lineRuleVerdict(line)).toBe(verdict);
  });

  it('keeps prose that names a newsletter or a code of practice without an appeal', () => {
    expect(lineRuleVerdict('The group used a newsletter to recruit members, prosecutors said on Monday.')).toBeNull();
    expect(lineRuleVerdict('The police said the officers had followed the code of practice during the raid.')).toBeNull();
  });

  it('takes a "Comments: Our rules" heading and the policy under it', () => {
    const result = strip(
      [
        'Court jails Riverton man for plotting attack on depot',
        'A man who planned to bomb a fuel depot in Riverton was jailed for 14 years on Friday, the court heard at the end of a two-week trial.',
        'Prosecutors said he had bought chemicals online over three months and filmed the depot twice in the spring before his arrest.',
        'Comments: Our rules',
        'We want our comments to be a lively and valuable part of our community, a place where readers can debate local issues.',
      ].join('\n'),
    );
    expectRemoved(result, ['Comments: Our rules', 'We want our comments to be a lively and valuable part of our community, a place where readers can debate local issues.']);
  });
});

describe('furniture of the thirty-first blind set\'s kinds (own text)', () => {
  it('removes a site\'s "X is now on Facebook" prompt and a podcast\'s "listen now" teaser', () => {
    expect(lineRuleVerdict('The Harbour Times is now on Facebook. Like our page')).toBe('call to action');
    expect(lineRuleVerdict('Harbour Weekly Podcast: listen now')).toBe('call to action');
    expect(lineRuleVerdict('Witnesses said: watch')).toBeNull();
  });

  it('keeps a short last sentence under a photo credit that holds its own caption', () => {
    const result = strip(`Harbour Post
Car attack at the university injures eleven
November 28, 2016
A student drove a car into a crowd outside an engineering building on Monday morning and then attacked people with a knife before a police officer shot him dead, officials said.
The university's president thanked the police and the first responders, and said the campus would reopen on Tuesday morning.
Photo: Police cordon outside the engineering hall on Monday. Jane Roe | Assistant Photo Editor
Classes were cancelled for the rest of the day.
Share this:   Facebook   Twitter   Email
`);
    expect(result.kept.map((line) => line.text)).toContain('Classes were cancelled for the rest of the day.');
  });
});

describe('furniture of the thirty-second and thirty-third blind sets\' kinds (own text)', () => {
  it('removes byline labels, empty ad slots, discounts, teasers, sponsor labels, newsletter offers and house ads', () => {
    expect(lineRuleVerdict('Author of the article:')).toBe('byline label');
    expect(lineRuleVerdict('Written by:')).toBe('byline label');
    expect(lineRuleVerdict('This advertisement has not loaded yet, but your article continues below.')).toBe('advertisement');
    expect(lineRuleVerdict('Get 50% off your first year of Harbour Post digital')).toBe('subscription offer');
    expect(lineRuleVerdict('Get 50% off at the harbour pharmacy')).toBeNull();
    expect(lineRuleVerdict('More: Governor reviews security situation in the capital')).toBe('read-also link');
    expect(lineRuleVerdict('More: the police said five men were held.')).toBeNull();
    expect(lineRuleVerdict('READ FULL ARTICLE: Why foreign workers keep becoming targets')).toBe('read-also link');
    expect(lineRuleVerdict('Sponsor Message')).toBe('advertisement');
    expect(lineRuleVerdict('Harbour newsletter: subscribe to receive our latest dispatches by e-mail.')).toBe('call to action');
    expect(lineRuleVerdict("Advertisement — Reach the region's decision-makers. Advertise with the Harbour Herald.")).toBe('advertisement');
  });

  it('reads "Sketch: AFP" after a caption and "X via Getty Images" as photo credits or captions', () => {
    expect(lineRuleVerdict('The court during the trial at the harbour courthouse. Sketch: AFP')).toBe('photo caption');
    expect(lineRuleVerdict('AFP via Getty Images')).toBe('photo credit');
    expect(lineRuleVerdict('Jane Roe/AFP via Getty Images')).toBe('photo credit');
    expect(lineRuleVerdict('Jane Roe/AP')).toBe('photo credit');
  });

  it('removes a caption of one short sentence over its credit between paragraphs, and keeps a reported sentence there', () => {
    const page = (caption: string): string[] =>
      strip(`Harbour Post
Gunman who killed 23 at a store sentenced to 90 life terms
July 7, 2023
A federal judge on Friday sentenced the man who killed 23 people at a store in the border city to 90 consecutive life terms, prosecutors said.
The gunman pleaded guilty in February to 90 federal charges, and the Justice Department said in January that it would not seek the death penalty in the case.
${caption}
AFP via Getty Images
On the day of the attack the gunman drove more than 600 miles from his home and opened fire in the crowded store, killing 23 people and injuring 22 others.
`).kept.map((line) => line.text);
    expect(page('Family members embrace outside the federal courthouse on Friday.')).not.toContain('Family members embrace outside the federal courthouse on Friday.');
    expect(page('The U.S. District Courthouse in the city on Monday, the first day of sentencing.')).not.toContain('The U.S. District Courthouse in the city on Monday, the first day of sentencing.');
    expect(page('The families of the victims said they were relieved that the case was over.')).toContain('The families of the victims said they were relieved that the case was over.');
  });
});

describe('furniture of the thirty-fourth blind set\'s kinds (own text)', () => {
  it('removes disclosure notes, partner lines, view counters, post footers, newsletter boxes and slashed caption labels', () => {
    expect(lineRuleVerdict('Jane Roe does not work for, consult, own shares in or receive funding from any company that would benefit from this article.')).toBe('interest disclosure');
    expect(lineRuleVerdict('The author declares no conflict of interest.')).toBe('interest disclosure');
    expect(lineRuleVerdict('Harbour University provides funding as a member of Harbour Review UK.')).toBe('interest disclosure');
    expect(lineRuleVerdict('The university receives funding from the ministry for its research on radicalisation.')).toBeNull();
    expect(lineRuleVerdict('Partners')).toBe('navigation or banner');
    expect(lineRuleVerdict('This story has been viewed 1204 times.')).toBe('counter');
    expect(lineRuleVerdict('Posted in Harbour County on Monday, May 4, 2015 9:10 am.')).toBe('post footer');
    expect(lineRuleVerdict('Filed under: Courts, Terrorism')).not.toBeNull();
    expect(lineRuleVerdict('Posted in the camp for two years, he said he had seen the men leave.')).toBeNull();
    expect(lineRuleVerdict('Posted in Kabul for two years, he said he had seen the men leave.')).toBeNull();
    expect(lineRuleVerdict("📩 Newsletter Lyon : recevez chaque soir l'essentiel de l'actualité")).toBe('call to action');
    expect(lineRuleVerdict('Photo/Illustration A still from the video shows the two men in orange clothes. (Captured from the Internet)')).toBe('photo caption');
    expect(lineRuleVerdict('Photo by Staff Photographer /Harbour Post.')).toBe('photo credit');
    expect(lineRuleVerdict('Want the latest? Sign up for our breaking news alerts.')).toBe('call to action');
    expect(lineRuleVerdict('Why did he go? Sign up forms found at his flat point to a recruiter.')).toBeNull();
  });

  it('reads section rows joined by "+" and French section rows as menus', () => {
    expect(lineRuleVerdict('Arts + Culture   Business + Economy   Education   Health + Medicine   Politics + Society')).not.toBeNull();
    expect(lineRuleVerdict('Accueil   Lyon   Rhône   Faits divers   Politique   Sports   Loisirs')).not.toBeNull();
    expect(lineRuleVerdict('Accueil de réfugiés à Lyon')).toBeNull();
  });

  it('removes a one-sentence caption of up to 24 words under a photo credit, and keeps a paragraph of speech there', () => {
    const page = (line: string): string[] =>
      strip(`Harbour Post
Sailor dies of wounds, raising toll of harbour attack to five
July 18th, 2015 by Jane Roe in Breaking News
A Navy sailor who was badly hurt in Thursday's attack on a reserve center in the harbour city died early Saturday, the Navy said.
The gunman first fired at a recruiting office on the main road and then drove to the reserve center, where he kept shooting until police officers killed him.
Photo by Staff Photographer /Harbour Post.
${line}
The FBI, which leads the investigation, said agents were treating the case as a terrorism investigation until they could show otherwise.
`).kept.map((kept) => kept.text);
    const caption = 'Flowers, flags and handwritten notes have piled up outside the recruiting office on the main road of the harbour city.';
    expect(page(caption)).not.toContain(caption);
    const speech = 'The mayor said the city would hold a vigil for the five servicemen on Sunday evening at the memorial park by the river.';
    expect(page(speech)).toContain(speech);
  });
});

describe('furniture of the thirty-fifth blind set\'s kinds (own text)', () => {
  it('removes share boxes with the title, wire credits, newsletter consent lines and the site\'s advertising offer', () => {
    expect(lineRuleVerdict('Share this Story : Harbour man gets five years in terror case')).toBe('share buttons');
    expect(lineRuleVerdict('-- With files from The Harbour Press')).toBe('production credits');
    expect(lineRuleVerdict('By signing up you consent to receive the above newsletter from Harbour Media Inc.')).toBe('call to action');
    expect(lineRuleVerdict("Advertise with the Harbour Times — call our city office")).toBe('advertisement');
    expect(lineRuleVerdict('Advertisers said the campaign would go ahead.')).toBeNull();
  });

  it('keeps a sentence that tells of an appeal to donate blood', () => {
    expect(lineRuleVerdict('Leaders of all communities condemned the attack and urged people to donate blood.')).toBeNull();
    expect(lineRuleVerdict('Donate to the Harbour Times today')).toBe('donation appeal');
  });

  it('removes a newsletter\'s name under its label, and the headlines under "Recommended from X"', () => {
    const kept = strip(`Harbour Journal
Harbour man gets five years in terror case as preacher is jailed for life
July 30, 2024
A Harbour man has been sentenced to five years in prison in London for belonging to a banned group, a court said on Tuesday.
NEWSLETTER
The Noon Harbour Roundup
By signing up you consent to receive the above newsletter from Harbour Media Inc.
The preacher, 57, was ordered to serve a minimum of 28 years, the judge said in his ruling at the end of the trial.
Recommended from Editorial
Harbour police warn of phone scam targeting seniors
© 2024 Harbour Journal. All rights reserved.
`).kept.map((line) => line.text);
    expect(kept).not.toContain('The Noon Harbour Roundup');
    expect(kept).not.toContain('Harbour police warn of phone scam targeting seniors');
    expect(kept).toContain('The preacher, 57, was ordered to serve a minimum of 28 years, the judge said in his ruling at the end of the trial.');
  });
});

describe('furniture of the thirty-sixth blind set\'s kinds (own text)', () => {
  it('removes a share row with a talkback counter', () => {
    expect(lineRuleVerdict('Share   Tweet   Talkback (31)')).toBe('button row');
  });

  it('keeps the last sentence between a newsletter prompt and the writer\'s signature', () => {
    const kept = strip(`Harbour English
Shrine bomb: death toll reaches 20
A bomb exploded at the shrine in the centre of the city on Monday evening, killing 20 people and wounding more than 120, the police said.
The police chief said the footage showed a young man leaving a backpack under a bench inside the shrine's grounds minutes before the blast.
Subscribe to our newsletter
Nobody has so far claimed the attack.
-- Jane Roe
Tags: Bomb, Shrine
`).kept.map((line) => line.text);
    expect(kept).toContain('Nobody has so far claimed the attack.');
    expect(kept).not.toContain('Subscribe to our newsletter');
  });
});

describe('furniture of common shapes no set had yet (own text, fourteenth session)', () => {
  it('knows pagers, links to the original, syndication notes, calls to follow and a post\'s categories', () => {
    for (const line of [
      'Continue reading the main story',
      'Page 1 of 2',
      'Next page',
      'Read the full story on Example News',
      'Disclaimer: This story has not been edited by Example staff and is published from a syndicated feed.',
      "Don't miss out on the latest news",
      'For the latest news, follow us on Telegram',
      'Posted in Asia, World',
    ]) expect(lineRuleVerdict(line), line).not.toBeNull();
  });

  it('keeps sentences of news that open the same way', () => {
    for (const line of [
      'Posted in the morning, the video showed 12 men in uniform.',
      'For the latest attack, the group used two trucks packed with explosives, police said.',
      'Page after page of the indictment lists transfers to the group.',
    ]) expect(lineRuleVerdict(line), line).toBeNull();
  });
});

describe('furniture of the thirty-seventh blind set\'s kind (own text)', () => {
  it('drops a comment widget\'s label with the site\'s initials, and keeps the paragraphs under it', () => {
    expect(lineRuleVerdict('EN Comments')).not.toBeNull();
    expect(lineRuleVerdict('UN Comments on the report were due in May.')).toBeNull();
  });
});

describe('furniture of the thirty-eighth blind set\'s kinds (own text)', () => {
  it('removes a lone button label, subscription offers in other languages and the writer\'s contact line', () => {
    for (const line of [
      'Buy Now',
      'LEARN MORE',
      'Abonnez-vous au Journal pour 1 € le premier mois — sans engagement',
      'Jetzt abonnieren für 9,99 € im Monat',
      'Reach Jane Doe at jdoe@example-courier.com. Follow her on Twitter @janedoe.',
      'Contact the reporter: jdoe@example-courier.com',
    ]) expect(lineRuleVerdict(line), line).not.toBeNull();
  });

  it('keeps sentences that open with the same words', () => {
    for (const line of [
      'Reached by phone, the lawyer said his client would appeal the 20-year sentence.',
      'Subscribers to the channel paid 5 € a month, prosecutors said, and the money went to the group.',
      'Buy now, pay later schemes were used to fund the travel of 12 recruits, the court heard.',
    ]) expect(lineRuleVerdict(line), line).toBeNull();
  });
});

describe('furniture of the thirty-ninth blind set\'s kinds (own text)', () => {
  it('removes paywall notices, a messenger\'s call with its "click" in any language, and French calls to subscribe', () => {
    for (const line of [
      "Subscribers' area: log in to read the full wire",
      'Log in to read the full article',
      'Example News ab WhatsApp par bhi - join karne ke liye click karein',
      "Abonnez-vous à notre newsletter et recevez l'essentiel de l'actualité chaque matin",
      'Suivez-nous sur Facebook',
    ]) expect(lineRuleVerdict(line), line).not.toBeNull();
  });

  it('keeps sentences that name a messenger or a log-in', () => {
    for (const line of [
      'The recruiters used WhatsApp and asked the youths to click on links to IS videos, police said.',
      'Subscribers to the channel were asked to log in to a second group, the court heard.',
    ]) expect(lineRuleVerdict(line), line).toBeNull();
  });
});

describe('furniture of the forty-first blind set\'s kinds (own text)', () => {
  it('removes a short prompt in any language closed by a colon and an address without its scheme', () => {
    for (const line of ["Kanalimizga obuna bo'ling: t.me/misolnews", 'Suivez-nous : t.me/exemple_info', 'Подписывайтесь: t.me/primer_kg']) {
      expect(lineRuleVerdict(line), line).not.toBeNull();
    }
  });

  it('keeps a sentence that ends with an address, and a line that names a site alone', () => {
    for (const line of ['The group posted its claim on a channel that has since been closed: t.me/example.', 'Interior Ministry spokesman said the list is at mvd.example.uz']) {
      expect(lineRuleVerdict(line), line).toBeNull();
    }
  });

  it('reads Portuguese, Spanish, Turkish and Uzbek weekdays on a date line', () => {
    for (const line of ['Segunda-feira, 29 Março 2021  -  14:20', 'Lunes, 3 de marzo de 2021', 'Perşembe, 7 Eylül 2020 14:32', 'Juma, 12-mart 2021']) {
      expect(isDateLine(line), line).toBe(true);
    }
    expect(isDateLine('Domingo said the attack began on 29 March 2021')).toBe(false);
  });
});

describe('date lines of the forty-second blind set\'s kinds (own text)', () => {
  it('reads a Bengali or Hindi date line with its labels and times, but no Bengali sentence with a year', () => {
    expect(isDateLine('প্রকাশ: ১২ মার্চ ২০১৮, ০৯:১৫  |  আপডেট: ১২ মার্চ ২০১৮, ১১:০২')).toBe(true);
    expect(isDateLine('प्रकाशित: २३ सितंबर २०१९, १०:३० IST')).toBe(true);
    expect(isDateLine('২০১৮ সালে হামলা হয়েছিল')).toBe(false);
  });
});

describe('an "Also on <site>:" teaser (own text, nineteenth session)', () => {
  it('is a read-also link, and a sentence opening with "Also on" stays', () => {
    expect(lineRuleVerdict('ALSO ON DAVAONEWS: Farmers in Bukidnon get crop insurance payouts')).toBe('read-also link');
    expect(lineRuleVerdict('Also on Monday, the police arrested two more suspects in Cotabato City.')).toBeNull();
  });
});

describe('a magazine\'s teaser of the same issue (own text, twentieth session)', () => {
  it('drops "Also in this issue: ..." but keeps a sentence opening "Also in"', () => {
    expect(lineRuleVerdict('Also in this issue: The port city, year three: 900 arrests and counting')).not.toBeNull();
    expect(lineRuleVerdict("Also in today's edition: Ten questions for the new governor")).not.toBeNull();
    expect(lineRuleVerdict('Also in this issue, the magazine looks at the police response.')).toBeNull();
  });
});

describe('Indonesian labels and an invitation to write in (own text, twenty-first session)', () => {
  it('drops "Iklan", "Baca juga: ..." and "We welcome your comments at <address>", and keeps sentences like them', () => {
    expect(lineRuleVerdict('Iklan')).not.toBeNull();
    expect(lineRuleVerdict('Baca juga: Polisi tangkap tiga terduga teroris di Bekasi')).toBe('read-also link');
    expect(lineRuleVerdict('We welcome your comments at letters@example.in.')).not.toBeNull();
    expect(lineRuleVerdict('We welcome your comments, the minister told the families, and we will act on them.')).toBeNull();
  });
});

describe('teasers and share lines in other languages (own text, twenty-second session)', () => {
  it('drops media teasers in capitals, Spanish and Turkish related-story labels and French share lines, and keeps prose', () => {
    const result = strip([
      'The Kabul Chronicle',
      'Suicide bomber kills 14 at Kunduz market',
      'Kunduz, March 3 (KC) — A suicide bomber killed 14 people at a crowded market in the northern city of Kunduz on Sunday, police said.',
      'WATCH | Survivors describe the attack',
      'The provincial police spokesman said 32 other people were wounded, most of them shopkeepers.',
      'Lee también: El ejército retoma el control de la ciudad',
      'İlgili Haberler',
      'No group has claimed the attack, but the Islamic State has carried out similar bombings in the north.',
      'Residents said the market had reopened only two weeks earlier after repairs.',
      'Partager sur Facebook',
    ].join('\n'));
    const removed = result.removed.map((line) => line.text);
    expect(removed).toEqual(expect.arrayContaining(['WATCH | Survivors describe the attack', 'Lee también: El ejército retoma el control de la ciudad', 'İlgili Haberler', 'Partager sur Facebook']));
    const kept = result.kept.map((line) => line.text.slice(0, 30));
    expect(kept).toEqual(expect.arrayContaining(['The provincial police spokesma', 'No group has claimed the attac', 'Residents said the market had ']));
    // (A sentence that reports a video is prose: "Watch" opens no teaser there.)
    expect(lineRuleVerdict('Watch officials in Kunduz said 14 people had died.')).toBeNull();
  });
});

describe('a public broadcaster\'s underwriting label (own text, twenty-fourth session)', () => {
  it('removes "Support comes from" and its kin standing alone between paragraphs', () => {
    expect(isAdLabel('Support comes from')).toBe(true);
    expect(isAdLabel('Brought to you by')).toBe(true);
    expect(isAdLabel('Support comes from readers like you, who keep our reporting free.')).toBe(false);
  });
});
