import { describe, expect, it } from 'vitest';
import { channelHeader, chromeVote, copyrightHolder, isOrganisationName, mastheadName, pageOutlet, releaseIssuer, republishedFrom } from '../../src/pipeline/lib/page-outlet.ts';
import { buildOutletIndex, loadOutletIndex } from '../../src/pipeline/lib/outlets.ts';

const outlets = loadOutletIndex();

describe('copyrightHolder', () => {
  it('reads the holder after the mark and the years, without legal suffixes or an abbreviation in brackets', () => {
    expect(copyrightHolder('© 2019 Steppe Ledger. All rights reserved.', outlets)).toBe('Steppe Ledger');
    expect(copyrightHolder('Copyright © 2012-2020 Oxus Post (OP) | All rights reserved', outlets)).toBe('Oxus Post');
    expect(copyrightHolder('All rights reserved. Copyright © Pamir Times Institute', outlets)).toBe('Pamir Times');
    expect(copyrightHolder('(c) 2018 Karakum Media Group', outlets)).toBe('Karakum Media');
    expect(copyrightHolder('Copyright © The Steppe Strategic Policy Institute Limited 2014', outlets)).toBe('The Steppe Strategic Policy Institute');
    expect(copyrightHolder('© example-news.kz 2021. Reprinting only with a hyperlink.', outlets)).toBe('example-news.kz');
  });

  it('reads a Russian company\'s name in quotation marks after its legal form ("АО «...»")', () => {
    expect(copyrightHolder('© АО «СТЕПНОЙ ВЕСТНИК», 1995–2024', outlets)).toBe('СТЕПНОЙ ВЕСТНИК');
    expect(copyrightHolder('© ТОО «Пример Медиа» 2021', outlets)).toBe('Пример Медиа');
  });

  it('gives a listed outlet its display name', () => {
    expect(copyrightHolder('Copyright 2020 The Associated Press. All rights reserved.', outlets)).toBe('AP');
    expect(copyrightHolder('© 1997-2015 Kazinform. Use of materials only with a hyperlink.', outlets)).toBe('Kazinform');
  });

  it('a photo credit, a bare notice and a line without a mark name nothing', () => {
    expect(copyrightHolder('© Sputnik / Ivan Petrov', outlets)).toBeNull();
    expect(copyrightHolder('© Photo: press service of the ministry', outlets)).toBeNull();
    expect(copyrightHolder('© 2021 All rights reserved.', outlets)).toBeNull();
    expect(copyrightHolder('The court heard the case in 2019.', outlets)).toBeNull();
  });
});

describe('mastheadName and isOrganisationName', () => {
  it('takes a listed outlet or a domain, also as the first item of a menu', () => {
    expect(mastheadName('www.kun.uz', outlets)).toBe('Kun.uz');
    expect(mastheadName('samarkand-daily.uz | News | Politics', outlets)).toBe('samarkand-daily.uz');
    expect(mastheadName('Kloop', outlets)).toBe('Kloop');
  });

  it('takes a Russian site written as a Cyrillic domain, and gives a listed one its name', () => {
    expect(mastheadName('Степь.ру', outlets)).toBe('Степь.ру');
    expect(mastheadName('Лента.ру', outlets)).toBe('Lenta.ru');
    expect(mastheadName('Силовые структуры', outlets)).toBeNull();
  });

  it('takes an unlisted name holding a news word and a name of its own', () => {
    expect(mastheadName('ZARAFSHON Information Agency', outlets)).toBe('ZARAFSHON Information Agency');
    expect(mastheadName('Khujand Herald', outlets)).toBe('Khujand Herald');
    expect(isOrganisationName('The Oxus Courier')).toBe(true);
  });

  it('refuses section labels, menus, slogans and sentences', () => {
    for (const line of ['News', 'World News', 'Latest News', 'Breaking News', 'Radio', 'Politics Economy Society News Video', 'Subscribe to our newsletter', 'Police detain five in Osh']) {
      expect(mastheadName(line, outlets), line).toBeNull();
    }
    expect(isOrganisationName('Independent Journalism')).toBe(false);
  });
});

describe('pageOutlet', () => {
  it('prefers the masthead, then the copyright line, then a prompt naming the site', () => {
    expect(pageOutlet(['Khujand Herald', 'Monday, 3 June 2019'], ['© 2019 Other Owner LLC'], outlets)).toBe('Khujand Herald');
    expect(pageOutlet(['Menu', 'Search'], ['Share', '© 2019 Other Owner LLC', 'Follow Kloop on Telegram'], outlets)).toBe('Other Owner');
    expect(pageOutlet(['Menu'], ['Follow Kloop on Telegram'], outlets)).toBe('Kloop');
    expect(pageOutlet(['Support The Oxus Courier!'], ['Support The Oxus Courier!'], outlets)).toBe('The Oxus Courier');
    expect(pageOutlet(['Menu'], ['Follow us on Telegram', 'Support independent journalism!'], outlets)).toBeNull();
  });

  it('reads only the first three lines above the title as a masthead', () => {
    expect(pageOutlet(['Menu', 'Search', 'Log in', 'Khujand Herald'], [], outlets)).toBeNull();
  });
});

describe('OutletIndex.findAt and canonical', () => {
  it('finds the longest known name right at a position, and nothing elsewhere', () => {
    const index = buildOutletIndex({ outlets: [{ name: 'Example Wire', aliases: ['EW', 'Example Wire Service'] }] });
    expect(index.findAt('told Example Wire Service on Monday', 5)).toEqual({ name: 'Example Wire', index: 5, text: 'Example Wire Service' });
    expect(index.findAt('told the Example Wire', 5)?.name).toBe('Example Wire');
    expect(index.findAt('told Example Wire', 0)).toBeNull();
    expect(index.findAt('told ew', 5)).toBeNull(); // acronyms only in capitals
  });

  it('knows Cyrillic spellings of listed agencies and rejects long text at once', () => {
    expect(outlets.canonical('ТАСС')).toBe('TASS');
    expect(outlets.canonical('Интерфакс')).toBe('Interfax');
    expect(outlets.canonical('TURAN Information Agency')).toBe('Turan');
    expect(outlets.canonical('A court in Osh said on Monday that Kloop had reported the case first.')).toBeNull();
  });
});

describe('pageOutlet: copyright lines only after the body', () => {
  it('a "© Agency" photo credit names no publisher; the same notice in the footer does', () => {
    expect(pageOutlet(['Menu'], ['© Reuters', 'Share'], outlets, [])).toBeNull();
    expect(pageOutlet(['Menu'], ['© Reuters', 'Share'], outlets, ['© 2024 Reuters'])).toBe('Reuters');
    expect(copyrightHolder('Photo: © Reuters', outlets)).toBeNull();
  });
});

describe('republishedFrom', () => {
  it('reads the site of a feed footer', () => {
    expect(republishedFrom('The post Court jails three appeared first on Example Termez News.', outlets)).toBe('Example Termez News');
    expect(republishedFrom('The post Court jails three appeared first on Kun.uz.', outlets)).toBe('Kun.uz');
    expect(pageOutlet(['Menu'], ['The post Court jails three appeared first on Example Termez News.', '© 2021 Other Owner'], outlets)).toBe('Example Termez News');
    expect(republishedFrom('It first appeared in 2019.', outlets)).toBeNull();
  });
});

describe('OutletIndex.findAll after its first-word filter', () => {
  it('still finds names in brackets, after a colon or a slash, with a possessive or a final stop', () => {
    const names = (text: string): string[] => outlets.findAll(text).map((mention) => mention.name);
    expect(names('(Reuters)')).toEqual(['Reuters']);
    expect(names('Photo:Reuters')).toEqual(['Reuters']);
    expect(names('AFP/Getty Images')).toEqual(['AFP']);
    expect(names("RFE/RL's Kazakh Service")).toEqual(['RFE/RL']);
    expect(names('as reported by Kun.uz.')).toEqual(['Kun.uz']);
    expect(names('—Interfax-Kazakhstan')).toEqual(['Interfax-Kazakhstan']);
    expect(names('A court in Osh jailed four men on Monday.')).toEqual([]);
  });
});

describe('releaseIssuer and "<Place> Today" names', () => {
  it('names the body issuing a press release, a department or ministry before an office, mixed case before capitals', () => {
    expect(releaseIssuer(['MINISTRY OF DEFENCE', 'Ministry of Defence', 'Press Office', 'NEWS RELEASE'])).toBe('Ministry of Defence');
    expect(releaseIssuer(["U.S. Attorney's Office, Eastern District of New York", 'FOR IMMEDIATE RELEASE'])).toBe("U.S. Attorney's Office, Eastern District of New York");
    expect(releaseIssuer(['Ministry of Foreign Affairs of the Republic of Kazakhstan', 'Press release'])).toBe('Ministry of Foreign Affairs of the Republic of Kazakhstan');
    // No release marker: a ministry named in the head is no outlet.
    expect(releaseIssuer(['Ministry of Defence', 'Latest news'])).toBeNull();
  });

  it('accepts "<Place> Today" in a masthead and a copyright line, not "Today" alone', () => {
    const outlets = buildOutletIndex({ outlets: [] });
    expect(copyrightHolder('© 2018 ARMENIA TODAY. All rights reserved.', outlets)).toBe('ARMENIA TODAY');
    expect(mastheadName('Kyrgyzstan Today', outlets)).toBe('Kyrgyzstan Today');
    expect(isOrganisationName('Today')).toBe(false);
    expect(isOrganisationName('News Today')).toBe(false);
  });
});

describe('releaseIssuer: international organisations and "X and Press Releases" pages', () => {
  it('names the organisation over its organs', () => {
    expect(releaseIssuer(['United Nations', 'Meetings Coverage and Press Releases', 'Trusteeship Council'])).toBe('United Nations');
    expect(releaseIssuer(['European Union', 'Statements and Press Releases'])).toBe('European Union');
    expect(releaseIssuer(['United Nations', 'Daily Digest'])).toBeNull();
  });
});

describe('releaseIssuer: releases of public bodies in other languages', () => {
  it('takes a German prosecutor\'s office above a "Pressemitteilung" marker', () => {
    expect(releaseIssuer(['Die Staatsanwaltschaft beim Landgericht Bremen', 'Startseite > Presse', 'Pressemitteilung', '04.05.2021'])).toBe(
      'Die Staatsanwaltschaft beim Landgericht Bremen',
    );
  });

  it('takes a Prosecutor General\'s office above "Пресс-релиз"', () => {
    expect(releaseIssuer(['Office of the Prosecutor General of Kazakhstan', 'Пресс-релиз'])).toBe('Office of the Prosecutor General of Kazakhstan');
  });
});

describe('chromeVote: a name the page gives in two places', () => {
  it('masthead and copyright holder agree on a long public body\'s name', () => {
    expect(
      chromeVote(
        ['Agency for Religious Affairs of the Republic of Example', 'English | Русский'],
        ['Print | Share', '© 2022 Agency for Religious Affairs of the Republic of Example. 100000, Example City, Main St 1'],
        outlets,
      ),
    ).toBe('Agency for Religious Affairs of the Republic of Example');
  });

  it('masthead and a newsletter prompt agree, whatever the copyright line says', () => {
    expect(chromeVote(['Pamir Dispatches', 'Subscribe  Sign in'], ['Subscribe to Pamir Dispatches', '© 2025 Jane Doe · Privacy ∙ Terms'], outlets)).toBe('Pamir Dispatches');
    expect(chromeVote(['The Aral Brief'], ['The Aral Brief is a reader-supported publication. To receive new posts, consider becoming a subscriber.'], outlets)).toBe('The Aral Brief');
  });

  it('masthead and a press service\'s sign-off agree', () => {
    expect(chromeVote(['Ministry of Water Resources'], ['Press service of the Ministry of Water Resources'], outlets)).toBe('Ministry of Water Resources');
  });

  it('masthead and the institution of an author\'s note agree (a think tank\'s own page)', () => {
    expect(
      chromeVote(['Institute for Steppe Studies', 'Research  Commentary  Events'], ['Dana Omarova is a senior fellow at the Institute for Steppe Studies.'], outlets),
    ).toBe('Institute for Steppe Studies');
    expect(chromeVote(['Institute for Steppe Studies'], ['Dana Omarova is a professor of history at Example University.'], outlets)).toBeNull();
  });

  it('one place alone, or two places naming different things, decide nothing', () => {
    expect(chromeVote(['Pamir Dispatches'], ['Share this post'], outlets)).toBeNull();
    expect(chromeVote(['Pamir Dispatches'], ['© 2025 Jane Doe'], outlets)).toBeNull();
    expect(chromeVote(['Home  News  Politics'], ['Subscribe to Home  News  Politics'], outlets)).toBeNull();
  });
});

describe('releaseIssuer with a longer name', () => {
  it('takes an embassy "of X in Y"', () => {
    expect(releaseIssuer(['Embassy of the Republic of Example in the Kingdom of Sample', 'Press release'])).toBe('Embassy of the Republic of Example in the Kingdom of Sample');
  });
});

describe('isOrganisationName for a publication read as a menu', () => {
  it('a name ending with Review or Monitor is a publication even when its other words are section names', () => {
    expect(isOrganisationName('Central Asia Security Review')).toBe(true);
    expect(isOrganisationName('Home World Politics News')).toBe(false);
  });
});

describe('blind-6 mechanisms: logos, wordmarks, platform footers, channel headers', () => {
  it('reads a logo\'s alt text as the masthead', () => {
    expect(mastheadName('Logo of Eurasianet', outlets)).toBe('Eurasianet');
    expect(chromeVote(['Logo of The Harbour Policy Forum', 'About  Research  Events'], ['© 2023 The Harbour Policy Forum. All rights reserved.'], outlets)).toBe(
      'The Harbour Policy Forum',
    );
  });

  it('a lower-case wordmark wins when the copyright line agrees, not alone', () => {
    expect(chromeVote(['steppenet', 'Қазақша | English'], ['steppenet is funded by its readers. © steppenet 2010-2024'], outlets)).toBe('steppenet');
    expect(chromeVote(['steppenet'], ['Share this post'], outlets)).toBeNull();
  });

  it('a publishing platform\'s "Recommended from X" agrees with its masthead', () => {
    expect(chromeVote(['Open in app', 'Sign up  Sign in', 'Inkwell'], ['More from Dana Omarova', 'Recommended from Inkwell'], outlets)).toBe('Inkwell');
  });

  it('finds a channel\'s name above its handle line, and nothing without one', () => {
    expect(channelHeader(['Telegram', 'Open in Telegram', 'Caucasus Court Watch', '@ccwatch · 9 870 subscribers', 'About courts.'])).toEqual({
      name: 'Caucasus Court Watch',
      handleAt: 3,
    });
    expect(channelHeader(['Steppe Wire', '@steppewire', 'News'])).toEqual({ name: 'Steppe Wire', handleAt: 1 });
    expect(channelHeader(['Steppe Wire', 'News  Politics', 'Write to @steppewire for tips'])).toBeNull();
    expect(channelHeader(['We report on the courts.', '@steppewire · 1.2K members'])).toBeNull();
  });
});

describe('blind-7 mechanisms: more places of the chrome vote', () => {
  it('reads "© Copyright X Limited" as X', () => {
    expect(copyrightHolder('© Copyright Examplevision Media Limited 2021. All rights reserved.', outlets)).toBe('Examplevision Media');
  });

  it('a wordmark agrees with the company that holds the copyright and bears its name first', () => {
    expect(chromeVote(['EXTV', 'हिंदी | English'], ['Top Stories', '© Copyright EXTV Convergence Limited 2021. All rights reserved.'], outlets)).toBe('EXTV');
    expect(chromeVote(['EXTV'], ['© Copyright Other Holdings Limited 2021.'], outlets)).toBeNull();
  });

  it('a lower-case wordmark agrees with the domain of a copyright line that names two holders', () => {
    expect(chromeVote(['nachrichtenblick', 'Startseite   Inland   Ausland'], ['Teilen   Facebook   E-Mail', '© Beispiel-Rundfunk / nachrichtenblick.de'], outlets)).toBe('nachrichtenblick');
    expect(chromeVote(['nachrichtenblick'], ['© Beispiel-Rundfunk / anderesblatt.de'], outlets)).toBeNull();
  });

  it('a masthead of a short and a long name votes for each; an author\'s note may name the institution and its city', () => {
    expect(chromeVote(['ECPS | Example Centre for Policy Studies', 'Skip to main content'], ['© 2022 by the Example Centre for Policy Studies. All rights reserved.'], outlets)).toBe('Example Centre for Policy Studies');
    expect(chromeVote(['Example Centre for Policy Studies'], ['Jane Roe is a research fellow at the Example Centre for Policy Studies in Tbilisi, Georgia.'], outlets)).toBe('Example Centre for Policy Studies');
    expect(chromeVote(['ECPS | Example Centre for Policy Studies'], ['Related Content'], outlets)).toBeNull();
  });
});

describe('chromeVote: station mastheads and "reporter for X" notes', () => {
  it('drops a channel number from a masthead and takes the mixed-case spelling another place gives', () => {
    expect(chromeVote(['WXYT 12 CLEVELAND'], ['Jane Doe is an investigative reporter for WXYT Cleveland.'], outlets)).toBe('WXYT Cleveland');
    expect(chromeVote(['Lakeside Courier'], ['Jane Doe is a freelance writer for Lakeside Courier.'], outlets)).toBe('Lakeside Courier');
  });

  it('a note naming another outlet agrees with nothing, and a parent company alone decides nothing', () => {
    expect(chromeVote(['WXYT 12 CLEVELAND'], ['Jane Doe is a reporter for the Example Wire.'], outlets)).toBeNull();
    expect(chromeVote(['Channel 9 Denver'], ['© 2021 Mountain Media Inc.'], outlets)).toBeNull();
  });
});

describe('chromeVote: a publisher tagline, "&" in a name and names in sentence case', () => {
  it('a masthead whose tagline names the copyright holder as its publisher is the outlet', () => {
    expect(
      chromeVote(
        ['The Danube Policy Review', 'A quarterly journal of the Vienna Institute for Border & Migration Studies', 'Home   Issues   Archive'],
        ['Filed under   Migration', '© Vienna Institute for Border & Migration Studies'],
        outlets,
      ),
    ).toBe('The Danube Policy Review');
    expect(chromeVote(['Harbour Notes', 'Published by Lakeside Civic Trust', 'Home   About'], ['Copyright 2023 Lakeside Civic Trust.'], outlets)).toBe('Harbour Notes');
    // The tagline names one publisher and the copyright another: no agreement.
    expect(chromeVote(['Harbour Notes', 'Published by Lakeside Civic Trust'], ['© 2023 Riverside Printing Works'], outlets)).toBeNull();
  });

  it('a name joined by "&" counts where it is written twice', () => {
    expect(chromeVote(['Baltic Security & Defence Monitor'], ['© 2020 Baltic Security & Defence Monitor. All rights reserved.'], outlets)).toBe('Baltic Security & Defence Monitor');
  });

  it('a ministry named in sentence case in its masthead and its copyright line is the outlet', () => {
    expect(
      chromeVote(['Министерство внутренних дел Республики Примерия', 'Русский   English'], ['© 2021 Министерство внутренних дел Республики Примерия. Все права защищены.'], outlets),
    ).toBe('Министерство внутренних дел Республики Примерия');
    // One place alone decides nothing, and a slogan is not the copyright holder.
    expect(chromeVote(['Министерство внутренних дел Республики Примерия'], ['Подписывайтесь на наш канал'], outlets)).toBeNull();
  });
});

describe('releaseIssuer: a breadcrumb that ends in press releases', () => {
  it('reads the body above a "Home / Press releases" breadcrumb', () => {
    expect(releaseIssuer(['Ministry of Justice of the Republic of Examplestan', 'Home / Media / Press releases', 'Court rules on appeal'])).toBe(
      'Ministry of Justice of the Republic of Examplestan',
    );
    expect(releaseIssuer(['Ministry of Justice of the Republic of Examplestan', 'Home > News > Interviews'])).toBeNull();
  });
});

describe('mastheadName: a domain of a European or Asian country code', () => {
  it('reads "Example.nl" and "example.kr" at the top of the page as the outlet', () => {
    expect(mastheadName('PolderPost.nl', outlets)).toBe('PolderPost.nl');
    expect(mastheadName('hanriver.kr', outlets)).toBe('hanriver.kr');
  });
});

describe('outlet names of the thirty-first blind set\'s kinds (own text)', () => {
  it('reads a copyright holder whose name holds a place\'s abbreviation ("St. Harbour Times")', () => {
    expect(copyrightHolder('Copyright 2016 St. Harbour Times. All rights reserved.', outlets)).toBe('St. Harbour Times');
    expect(copyrightHolder('© 2016 Mt. Example Herald. All rights reserved.', outlets)).toBe('Mt. Example Herald');
    // Any other full stop still ends the holder.
    expect(copyrightHolder('© 2016 Example Co. All rights reserved.', outlets)).toBe('Example Co');
  });

  it('reads a masthead followed by the group that owns it ("Example Herald | Part of the Example Network")', () => {
    expect(mastheadName('St. Harbour Times | Part of the RIVER MEDIA NETWORK', outlets)).toBe('St. Harbour Times');
    expect(mastheadName('Example Herald | A Riverside Media company', outlets)).toBe('Example Herald');
    expect(mastheadName('Home | Part of the network', outlets)).toBeNull();
  });
});

describe('a slogan under the masthead', () => {
  it('reads a line with a founding year or "X\'s National ..." as a slogan, and the name above it as the outlet', () => {
    expect(mastheadName("Oxus's National Daily Since 1922", outlets)).toBeNull();
    expect(mastheadName('The Karakum Times, established 1890', outlets)).toBeNull();
    expect(pageOutlet(['The Steppe Ledger', "Oxus's National Daily Since 1922"], [], outlets, ['© The Steppe Ledger'])).toBe('The Steppe Ledger');
  });
});
