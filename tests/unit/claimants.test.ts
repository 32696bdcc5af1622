/**
 * Claimant mechanisms of the figures stage, each proven on sentences written for
 * these tests (invented people and outlets; facts in the style of Central Asian news).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/pipeline/stages/figures.ts';
import { extractEntities } from '../../src/pipeline/stages/entities.ts';
import { loadKnowledge } from '../../src/pipeline/knowledge.ts';
import type { ArticleEntity, ArticleText } from '../../src/pipeline/types.ts';

const person = (id: string, name: string, aliases: string[] = []): ArticleEntity => ({ id, name, type: 'person', aliases });
const org = (id: string, name: string, aliases: string[] = []): ArticleEntity => ({ id, name, type: 'organization', aliases });
const place = (id: string, name: string, aliases: string[] = []): ArticleEntity => ({ id, name, type: 'place', aliases });

/** An article with a publication date and body paragraphs. */
function article(paragraphs: string[], title = 'Test'): ArticleText {
  return { metadata: { title, outlet: null, author: null, published: '2021-03-15' }, paragraphs };
}

/**
 * The claimant of every figure, keyed by its value (or "min-max").
 * @param paragraphs Body paragraphs.
 * @param entities The article's entities.
 * @param title The article's title.
 */
function claimants(paragraphs: string[], entities: ArticleEntity[], title?: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const figure of extractFigures(article(paragraphs, title), entities)) {
    out[String(figure.value ?? `${figure.min}-${figure.max}`)] = figure.claimant;
  }
  return out;
}

const BORDER_CHIEF = person('ilyas-temirov', 'Ilyas Temirov', ['Temirov']);
const OTHER_SPEAKER = person('sanjar-yuldashev', 'Sanjar Yuldashev', ['Yuldashev']);
const BORDER_SERVICE = org('border-service', 'Border Service', []);
const JUSTICE_MINISTRY = org('justice-ministry', 'Ministry of Justice', ['Justice Ministry']);

describe('a person named in an earlier sentence speaks for what follows', () => {
  it('carries "He added that ..." to the speaker of the sentence before', () => {
    const found = claimants(
      ['Ilyas Temirov, who heads the border service in the Sughd region, spoke to reporters on Friday. He added that 45 young men had been turned back at the crossing since January.'],
      [BORDER_CHIEF],
    );
    expect(found['45']).toBe('ilyas-temirov');
  });

  it('prefers a newer person who opens a sentence over an older speaker for "he said"', () => {
    const found = claimants(
      [
        'In a long interview with state television last autumn, Sanjar Yuldashev said the problem had been exaggerated.',
        'This week, deputy border chief Ilyas Temirov offered a fuller picture. Altogether 212 residents of the region were abroad in conflict zones, among them 30 women, he said. Another 17 had died there.',
      ],
      [OTHER_SPEAKER, BORDER_CHIEF],
    );
    expect(found['212']).toBe('ilyas-temirov');
    expect(found['30']).toBe('ilyas-temirov');
    expect(found['17']).toBe('ilyas-temirov');
  });

  it('does not give "she" to a man or "he" to a woman when the surnames show it', () => {
    const deputy = person('aida-sultanova', 'Aida Sultanova', ['Sultanova']);
    const minister = person('kubat-osmonov', 'Kubat Osmonov', ['Osmonov']);
    const found = claimants(
      [
        'In a long speech in parliament last week, Aida Sultanova said 300 residents were missing.',
        'Interior Minister Kubat Osmonov arrived later. She added that 41 women had come back. He said 42 of the returnees were in custody.',
      ],
      [deputy, minister],
    );
    expect(found['41']).toBe('aida-sultanova');
    expect(found['42']).toBe('kubat-osmonov');
  });

  it('reads "According to him," as the person last speaking', () => {
    const found = claimants(
      ['Ilyas Temirov briefed lawmakers on Tuesday.', 'According to him, 19 smugglers were detained in February alone.'],
      [BORDER_CHIEF],
    );
    expect(found['19']).toBe('ilyas-temirov');
  });

  it('gives a quoted paragraph to the speaker who introduced the statement', () => {
    const found = claimants(
      [
        'Ilyas Temirov read out a statement at the briefing.',
        '"Over the past year, 64 attempts to cross the border illegally were stopped, and 11 recruiters were handed over to the police," the statement said.',
      ],
      [BORDER_CHIEF],
    );
    expect(found['64']).not.toBeNull();
    expect(found['11']).toBe(found['64']);
  });

  it('gives an unattributed quotation opening a paragraph to the source that introduced it', () => {
    const byColon = claimants(
      [
        'Ilyas Temirov, the head of the Border Service, told a briefing in Khujand on Monday:',
        '"Since the start of the year, 58 people have been stopped at the crossing. Another 6 were handed to the police."',
      ],
      [BORDER_CHIEF, BORDER_SERVICE],
    );
    expect(byColon['58']).toBe('ilyas-temirov');
    expect(byColon['6']).toBe('ilyas-temirov');
    const byStatement = claimants(
      ['The Border Service released a statement on Tuesday.', '"In March alone, 23 forged passports were confiscated."'],
      [BORDER_SERVICE],
    );
    expect(byStatement['23']).toBe('border-service');
  });
});

describe('attribution verbs and nouns in the style of translated reports', () => {
  it('attributes "noted", "stressed" and "informed" to their subjects', () => {
    const found = claimants(
      [
        'Sanjar Yuldashev noted that 27 criminal cases had been opened.',
        'The Border Service informed that 8 tonnes of drugs were seized.',
        'Ilyas Temirov stressed that 140 officers had been retrained.',
      ],
      [OTHER_SPEAKER, BORDER_SERVICE, BORDER_CHIEF],
    );
    expect(found['27']).toBe('sanjar-yuldashev');
    expect(found['8']).toBe('border-service');
    expect(found['140']).toBe('ilyas-temirov');
  });

  it('reads "as reported by", "data of" and "statistics of" a body as that body', () => {
    const found = claimants(
      [
        'As reported by the Justice Ministry, 73 religious groups were registered last year.',
        'Data of the Border Service show that 2,400 foreigners were refused entry.',
        'According to statistics of the Ministry of Justice, 510 prisoners were released early.',
      ],
      [JUSTICE_MINISTRY, BORDER_SERVICE],
    );
    expect(found['73']).toBe('justice-ministry');
    expect(found['2400']).toBe('border-service');
    expect(found['510']).toBe('justice-ministry');
  });

  it('reads "as noted by the head of ..., <Name>," as the person named in apposition', () => {
    const found = claimants(['As noted by the head of the regional department, Ilyas Temirov, 45 migrants were sent home.'], [BORDER_CHIEF]);
    expect(found['45']).toBe('ilyas-temirov');
  });

  it('reads "This was reported by <body>" as that body\'s claim for the figures around it', () => {
    const found = claimants(
      [
        'In 2023, 52 foreigners were barred from entering and 8 were deported. This was reported by the press service of the Border Service. In addition, 14 smugglers were detained.',
        'Kabar was told by the Justice Ministry that 33 inmates had been released.',
      ],
      [BORDER_SERVICE, JUSTICE_MINISTRY],
    );
    expect(found['52']).toBe('border-service');
    expect(found['8']).toBe('border-service');
    expect(found['14']).toBe('border-service');
    expect(found['33']).toBe('justice-ministry');
  });

  it('reads Russian "Об этом сообщила пресс-служба <body>" as that body\'s claim for the figures around it', () => {
    const guard = org('border-guard', 'Пограничная служба', ['Погранслужбы']);
    const found = claimants(
      [
        'За неделю на заставах задержали 12 нарушителей границы. Об этом сообщила пресс-служба Погранслужбы. Кроме того, изъято 40 кг наркотиков.',
      ],
      [guard],
    );
    expect(found['12']).toBe('border-guard');
    expect(found['40']).toBe('border-guard');
  });

  it('reads "Об этом сообщает" in the present as the body named after it', () => {
    const ministry = org('foreign-ministry-of-kyrgyzstan', 'Министерство иностранных дел КР', ['Министерства иностранных дел КР']);
    const found = claimants(['Сегодня из Сирии доставлены 31 женщина и 65 детей. Об этом сообщает пресс-служба Министерства иностранных дел КР.'], [ministry]);
    expect(found['31']).toBe('foreign-ministry-of-kyrgyzstan');
    expect(found['65']).toBe('foreign-ministry-of-kyrgyzstan');
  });

  it('reads a report "published by" a body as that body, not a body named inside the title', () => {
    const europeanUnion = org('european-union', 'European Union', ['EU']);
    const agency = org('eurojust', 'Eurojust', []);
    const found = claimants(
      ['According to the EU Criminal Justice Report released by Eurojust in May, 412 people were tried for terrorism in 2020, and 301 of those trials ended in convictions.'],
      [europeanUnion, agency],
    );
    expect(found['412']).toBe('eurojust');
    expect(found['301']).toBe('eurojust');
  });

  it('reads "had spoken of" as speech and keeps a "while" clause to its own subject', () => {
    const found = claimants(
      ['In March, Sanjar Yuldashev put the number of Uzbeks in Afghanistan at about 90, while the Border Service had spoken of roughly 150 a year earlier.'],
      [OTHER_SPEAKER, BORDER_SERVICE],
    );
    expect(found['90']).toBe('sanjar-yuldashev');
    expect(found['150']).toBe('border-service');
  });

  it('takes the person, not their employer, from "Name, spokesman for Body, told ..."', () => {
    const found = claimants(
      ['Guards have detained nine men suspected of smuggling weapons across the river, Ilyas Temirov, spokesman for the Border Service, told a briefing on Monday.'],
      [BORDER_CHIEF, BORDER_SERVICE],
    );
    expect(found['9']).toBe('ilyas-temirov');
  });
});

describe('unnamed sources stay words', () => {
  it('keeps the head noun of an unnamed source and drops its relative clause', () => {
    const found = claimants(
      ['Local police officers who spoke to the newspaper put the number of missing villagers at between 40 and 60.'],
      [],
    );
    expect(found['40-60']?.toLowerCase()).toBe('local police officers');
  });

  it('gives "officials said" and "media reported" their words', () => {
    const found = claimants(
      [
        'At least 14 people were wounded in the blast, officials said.',
        'Local media reported that 6 of the wounded were children.',
      ],
      [],
    );
    expect(found['14']).toBe('officials');
    expect(found['6']?.toLowerCase()).toBe('local media');
  });
});

describe('the outlet or body issuing a report', () => {
  it('attributes a count to a news agency that publishes it', () => {
    const agency = org('akipress', 'AKIpress', []);
    const found = claimants(['AKIpress has counted 37 court cases against returnees since 2019.'], [agency]);
    expect(found['37']).toBe('akipress');
  });

  it('attributes "the report" to the body that issued it', () => {
    const watchdog = org('crisis-watch', 'Crisis Watch', []);
    const kabul = place('kabul', 'Kabul');
    const found = claimants(
      ['Crisis Watch released its annual survey on Thursday. The report counts 1,150 civilians killed in Kabul in 2022.'],
      [watchdog, kabul],
    );
    expect(found['1150']).toBe('crisis-watch');
  });
});

describe('a paragraph that opens with its source is that source\'s account', () => {
  it('carries "Investigators say ..." across sentences without figures to a later count', () => {
    const found = claimants(
      ['Investigators say the ring was set up in Osh in 2019. Its members rented flats for recruits and bought them tickets. Five of the eight are also charged with financing terrorism.'],
      [],
    );
    expect(found['5']?.toLowerCase()).toBe('investigators');
  });

  it('does not carry a source into a later paragraph or past a new actor', () => {
    const found = claimants(
      [
        'Investigators say the ring was set up in Osh in 2019.',
        'Police later detained 14 of its members in a raid.',
      ],
      [],
    );
    expect(found['14']).toBeNull();
  });
});

describe('a paragraph introduced by a colon', () => {
  it('gives the figures of the next paragraph to the source that introduced them, but not a later new actor\'s', () => {
    const spokeswoman = person('elnura-bekova', 'Elnura Bekova', ['Bekova']);
    const found = claimants(
      [
        "The Border Service's spokeswoman, Elnura Bekova, gave the latest figures at a briefing on Thursday:",
        'Since January, 87 people suspected of extremism have been detained. Twelve of them are women. Another 19 cases have been sent to court.',
        'Police later released 5 of them on bail.',
      ],
      [spokeswoman, BORDER_SERVICE],
    );
    expect(found['87']).toBe('elnura-bekova');
    expect(found['12']).toBe('elnura-bekova');
    expect(found['19']).toBe('elnura-bekova');
    expect(found['5']).toBeNull();
  });

  it('reads "Per the ministry," like "according to"', () => {
    expect(claimants(['Per the Justice Ministry, 64 prisoners took part in the programme.'], [JUSTICE_MINISTRY])['64']).toBe('justice-ministry');
    expect(claimants(['About 20 per cent of the 300 inmates took part.'], [JUSTICE_MINISTRY])['300']).toBeNull();
  });
});

describe('small numbers in words that state a count', () => {
  /**
   * The values of the figures found in one paragraph.
   * @param paragraph The paragraph.
   */
  const values = (paragraph: string): number[] => extractFigures(article([paragraph]), []).map((f) => f.value ?? -1);

  it('reads a partitive with a verb as a count, but not "one of them"', () => {
    expect(values('Police named four suspects. Three of them are still at large.')).toEqual([4, 3]);
    expect(values('One of them was a teacher.')).toEqual([]);
  });

  it('reads a number word the sentence gives as a count: "put the toll at three"', () => {
    expect(values('The regional governor put the number of dead guards at three.')).toEqual([3]);
  });

  it('reads a breakdown of a figure given before it', () => {
    expect(values('The ministry said nine militants had been killed, five in Khorog and four in Vanj.')).toEqual([9, 5, 4]);
  });

  it('reads "two more" after a figure, and "all four men detained"', () => {
    expect(values('The court handed down six death sentences and two more in absentia.')).toEqual([6, 2]);
    expect(values('Officials said all three men detained at the station were from Osh.')).toEqual([3]);
    expect(values('All five countries signed the declaration.')).toEqual([]);
  });

  it('reads a number word before a quoted modifier', () => {
    expect(values('Two "senior" commanders of the group were captured near the border.')).toEqual([2]);
  });
});

describe('counts before and after a change', () => {
  it('reads "rose from 120 to 180" as two counts of one thing, and "from 300 to 400 fighters" as a range', () => {
    const changed = extractFigures(article(['The number of registered returnees rose from 120 to 180 last year.']), []);
    expect(changed.map((f) => f.value)).toEqual([120, 180]);
    expect(changed[1]?.what).toBe(changed[0]?.what);
    const ranged = extractFigures(article(['From 300 to 400 fighters are still in the camps.']), []);
    expect(ranged.map((f) => [f.min, f.max])).toEqual([[300, 400]]);
  });
});

describe('sources carried and resolved in the second session (sentences written for these tests)', () => {
  const SECURITY_SERVICE = org('national-security-service', 'National Security Service', ['NSS']);
  const SPEAKER = person('timur-aliyev', 'Timur Aliyev', ['Aliyev']);

  it('never takes a sentence-opening determiner for a body: "The agency said" is the body that has been speaking', () => {
    const found = claimants(
      [
        'Three gunmen died in the firefight near the airport, the National Security Service (NSS) said on Monday.',
        'The agency said the gunmen had arrived from abroad. Two soldiers were killed and five were hurt, the agency said.',
      ],
      [SECURITY_SERVICE],
    );
    expect(found['2']).toBe('national-security-service');
    expect(found['5']).toBe('national-security-service');
    expect(Object.values(found)).not.toContain('The');
  });

  it('carries a body that recounts events without figures of its own into the next sentence', () => {
    const opening = claimants(
      ['Troops surrounded the farm at dawn. The gunmen refused to lay down their weapons, the NSS said in a statement. Three of them were killed and one was captured.'],
      [SECURITY_SERVICE],
    );
    expect(opening['3']).toBe('national-security-service');
    const according = claimants(
      ['According to the NSS, the men had rented the flat a month earlier. Seven other members of the cell were detained in the capital.'],
      [SECURITY_SERVICE],
    );
    expect(according['7']).toBe('national-security-service');
  });

  it('keeps the body a paragraph is credited to over the doers of a "found" verb', () => {
    const found = claimants(
      ['According to the NSS, officers found three rifles and a suicide vest in the car. Four other suspects were detained in the south of the country.'],
      [SECURITY_SERVICE],
    );
    expect(found['3']).toBe('national-security-service');
    expect(found['4']).toBe('national-security-service');
  });

  it('names an unnamed spokesman for a department by his role, without the article', () => {
    const found = claimants(
      ['Thirty-one people were taken to hospital, a spokesman for the city ambulance service said.'],
      [],
    );
    expect(found['31']).toBe('spokesman for the city ambulance service');
  });

  it('gives "he" to the unnamed source just quoted rather than to a person named paragraphs before', () => {
    const found = claimants(
      [
        'Timur Aliyev was killed in an air strike in 2019.',
        '"The prisons are full and nobody runs any programmes," a former warden of the central prison told the website. He estimated that about 900 convicts were serving terms for extremism.',
      ],
      [SPEAKER],
    );
    expect(found['900']).toBe('former warden of the central prison');
  });

  it('gives a ", saying ..." clause to the body that opens the sentence', () => {
    const found = claimants(
      ['The NSS closed two madrasas in the north, saying they had taught 85 pupils without a licence.'],
      [SECURITY_SERVICE],
    );
    expect(found['85']).toBe('national-security-service');
  });

  it('reads "its press service" as the body just named', () => {
    const found = claimants(
      ['The National Security Service said on Monday that 14 people had been detained. Its press service added that 3 of them were foreigners.'],
      [SECURITY_SERVICE],
    );
    expect(found['3']).toBe('national-security-service');
  });

  it('keeps an unnamed source\'s institution: "a source in the security services"', () => {
    const found = claimants(['A source in the security services told the agency that the cell had 11 members.'], []);
    expect(found['11']).toBe('a source in the security services');
  });

  it('does not carry a weak source into a sentence where a country acts', () => {
    const found = claimants(
      ['Some 1,200 Kazakh nationals went to Syria, official data show. Kazakhstan brought back more than 600 people from the camps in 2019.'],
      [place('kazakhstan', 'Kazakhstan')],
    );
    expect(found['600']).toBeNull();
  });
});

describe('figures stated without a counted noun of their own (sentences written for these tests)', () => {
  /**
   * The figures found in one paragraph, as "value unit".
   * @param paragraph The paragraph.
   */
  const figures = (paragraph: string): string[] =>
    extractFigures(article([paragraph]), []).map((f) => `${f.value ?? `${f.min}-${f.max}`}${f.unit ? ` ${f.unit}` : ''}`);

  it('reads the parts of a total: "nine of them seriously", "and two in the second"', () => {
    expect(figures('Forty people were hurt, eleven of them seriously, doctors said.')).toEqual(['40', '11']);
    expect(figures('Three of the fighters died in the first car and two in the second.')).toEqual(['3', '2']);
    expect(figures('Four tourists were killed, one of them a child.')).toEqual(['4']);
  });

  it('reads a partitive of people with a possessive and a person noun after a relative clause', () => {
    expect(figures('The minister was dismissed in May. Three of his deputies were later detained.')).toEqual(['3']);
    expect(figures('Five teachers of the madrasa, who had no licence, were fined last month.')).toEqual(['5']);
  });

  it('reads a small measure in words: "about three kilograms of explosives"', () => {
    expect(figures('The bomb held the equivalent of about three kilograms of TNT.')).toEqual(['3 kg']);
  });

  it('reads a prison term someone "received", but not years of something else', () => {
    expect(figures('The driver received 11 years, and his brother was acquitted.')).toEqual(['11 years']);
    expect(figures('She received 12 years of schooling in Osh.')).toEqual([]);
  });

  it('leaves out the later numbers of a list of legal provisions', () => {
    expect(figures('Prosecutors charged 14 men under articles 205 and 361 of the penal code.')).toEqual(['14']);
  });
});

describe('a new described speaker, a claimed act and a place phrase', () => {
  const FRANCE = place('france', 'France');
  const UNITED_STATES = place('united-states', 'United States');
  const RAPPORTEUR = person('lena-varga', 'Lena Varga', ['Varga']);

  it('switches to "the representative of <country>" instead of the person who spoke before', () => {
    const found = claimants(
      [
        'Lena Varga, a rapporteur of the United Nations, said 40 camps were still open.',
        'During the debate, the representative of the United States said her country had taken back 25 of its nationals. The representative of France said Paris had returned 12 orphans.',
      ],
      [RAPPORTEUR, UNITED_STATES, FRANCE],
    );
    expect(found['40']).toBe('lena-varga');
    expect(found['25']).toBe('representative of the United States');
    expect(found['12']).toBe('representative of France');
  });

  it('switches to "<country>\'s envoy" and "the delegate of <country>" too', () => {
    const found = claimants(
      ['Lena Varga, a rapporteur of the United Nations, said 40 camps were still open.', "Norway's envoy said Oslo had returned 12 children. The delegate of Japan said Tokyo had sent 30 experts."],
      [RAPPORTEUR, place('norway', 'Norway'), place('japan', 'Japan')],
    );
    expect(found['12']).toBe("Norway's envoy");
    expect(found['30']).toBe('delegate of Japan');
  });

  it('credits "X claimed to have fired 12 shells" to X', () => {
    const found = claimants(
      ['On May 3, the Northern Brigade claimed to have fired 12 mortar shells at an army post near the border.'],
      [org('northern-brigade', 'Northern Brigade', [])],
    );
    expect(found['12']).toBe('northern-brigade');
  });

  it('gives no claimant to the toll of an attack a group "claimed" (an act, not a statement)', () => {
    const found = claimants(
      ['The Northern Front claimed the March 4 car bombing at the central market that killed 21 shoppers. The attack came weeks after a truce.'],
      [org('northern-front', 'Northern Front', [])],
    );
    expect(found['21']).toBeNull();
  });

  it('still credits "X claimed 30 fighters had died in clashes" to X', () => {
    const found = claimants(
      ['The Northern Front claimed 30 of its fighters had died in clashes with the army.'],
      [org('northern-front', 'Northern Front', [])],
    );
    expect(found['30']).toBe('northern-front');
  });

  it('credits "Several channels close to the police described 4 of them as ..." to the channels', () => {
    const found = claimants(
      [
        'The Federal Penitentiary Service said guards stormed the building on Sunday.',
        'Several Telegram channels close to the security services described at least four of the attackers as natives of the region.',
      ],
      [org('fps', 'Federal Penitentiary Service', ['FPS'])],
    );
    expect(found['4']).toBe('Telegram channels');
  });

  it('credits what a speaker "thanked X for having done" to the speaker', () => {
    const found = claimants(
      ['Mr. Temirov thanked States in the region for having brought home nearly 1,500 women and children.'],
      [BORDER_CHIEF],
    );
    expect(found['1500']).toBe('ilyas-temirov');
  });

  it('never takes a place phrase such as "south of Samarra" for the source', () => {
    const found = claimants(
      ['The returnees, some 900 people in all, were taken to a camp near Tikrit, south of Samarra, said Omar Salih, the ministry spokesman.'],
      [person('omar-salih', 'Omar Salih', ['Salih']), place('samarra', 'Samarra')],
    );
    expect(found['900']).toBe('omar-salih');
  });
});

describe('claimants in forms read since the sixth blind set', () => {
  it('"he said" after an unnamed official described in the sentence before is that official, not a person named earlier', () => {
    const spokesman = person('farid-haidari', 'Farid Haidari', ['Haidari']);
    const result = claimants(
      [
        'Farid Haidari, the police spokesman, told reporters that 300 families had left the district.',
        'A border officer who asked not to be named said the group had crossed at night. "About 70 of the fighters were from Pakistan," he said.',
      ],
      [spokesman],
    );
    expect(result['300']).toBe('farid-haidari');
    expect(result['70']).toBe('border officer');
  });

  it('the writer\'s own count ("My own tally, drawn from court files and Hizb ut-Tahrir leaflets, lists ...") is unattributed', () => {
    const hizb = org('hizb-ut-tahrir', 'Hizb ut-Tahrir');
    const result = claimants(
      ['My own tally, drawn from court files and Hizb ut-Tahrir leaflets, lists 85 people jailed since 2019. At least 20 of them were women.'],
      [hizb],
    );
    expect(result['85']).toBeNull();
    expect(result['20']).toBeNull();
  });

  it('an indictment is the prosecution\'s, never the court\'s that reads it', () => {
    const court = org('almaty-city-court', 'Almaty City Court');
    const result = claimants(
      ['The Almaty City Court opened the trial on Monday. According to the indictment, the defendant transferred about 4,000 dollars to a recruiter in Turkey.'],
      [court],
    );
    expect(result['4000']).toBe('indictment');
  });
});

describe('the subject of a speech verb (sixth blind set mechanisms)', () => {
  it('"..., the investigators said." is the investigators\', not a body named in the reported clause, and carries on', () => {
    const navy = org('black-sea-fleet', 'Black Sea Fleet');
    const result = claimants(
      ['The men had photographed Black Sea Fleet ships and had planned to attack a sailor in Sevastopol, the investigators said. To pay for weapons, they allegedly sold a car for 9,000 dollars.'],
      [navy],
    );
    expect(result['9000']).toBe('investigators');
  });

  it('a speech verb joined by "and" shares the clause\'s subject, not a person in apposition just before it', () => {
    const agency = org('al-naba', 'Al-Naba');
    const leader = person('abu-hafs', 'Abu Hafs al-Hashimi', ['Abu Hafs']);
    const result = claimants(
      ["The group's weekly Al-Naba on Thursday printed photographs of six men pledging loyalty to its leader, Abu Hafs al-Hashimi, and said they had carried out the raid. It said 12 soldiers died."],
      [agency, leader],
    );
    expect(result['6']).not.toBe('abu-hafs');
    expect(result['12']).not.toBe('abu-hafs');
  });
});

describe('eighth blind set mechanisms: speakers, documents and pronouns (sentences written for these tests)', () => {
  it('gives a "saying" participle to the spokesman a body names before it, not to the body', () => {
    const entities = [org('kremlin', 'Kremlin'), person('dmitry-orlov', 'Dmitry Orlov')];
    const got = claimants(['Kremlin spokesman Dmitry Orlov dismissed the report on Telegram, saying that fewer than 50 of the recruits had left.'], entities);
    expect(got['50']).toBe('dmitry-orlov');
  });

  it('reads "Officials add that ..." and "Analysts warn that ..." as speech', () => {
    const got = claimants(['The programme has housed 400 families since 2020. Officials add that about 70% of the children now attend school.'], []);
    expect(got['70']).toBe('officials');
  });

  it('does not read "X, accused of hiding the suspects," as X speaking', () => {
    const entities = [person('rustam-aliev', 'Rustam Aliev')];
    const got = claimants(['Rustam Aliev, accused of hiding the two suspects, received a sentence of 12 years.'], entities);
    expect(got['12']).toBeNull();
  });

  it('gives a term asked for to whoever asked for it ("His lawyer asked for a term of six to eight years")', () => {
    const entities = [person('nodira-karimova', 'Nodira Karimova')];
    const got = claimants(['The defendant admitted the transfers. His lawyer, Nodira Karimova, asked for a term of six to eight years, arguing that he had four children.'], entities);
    expect(got['6-8']).toBe('nodira-karimova');
  });

  it('resolves "They said" to the body cited as a source earlier in the paragraph', () => {
    const entities = [org('prosecutor-office', "Prosecutor's Office of the Northern District", ['Northern District prosecutors'])];
    const got = claimants(["Prosecutors with the Prosecutor's Office of the Northern District argued that he had planned the attack for months. They said he had kept about 40 manuals on his laptop."], entities);
    expect(got['40']).toBe('prosecutor-office');
  });

  it('follows a document to its author: "A new study by X\'s mission says", "the study says", "according to the study"', () => {
    const entities = [org('osce', 'OSCE')];
    const got = claimants([
      "A new study by the OSCE's election observation mission says voting was orderly in most districts.",
      'The mission estimates that 1,200 polling stations opened late. The study says 35 complaints were filed, and 14 of them were upheld, according to the study.',
    ], entities);
    expect(got['1200']).toBe('election observation mission');
    expect(got['35']).toBe('election observation mission');
    expect(got['14']).toBe('election observation mission');
  });
});

describe('French reported speech (sentences written for these tests)', () => {
  it('reads "Selon X," and "d\'après X" as "according to X"', () => {
    const entities = [org('dgsi', 'Direction générale de la sécurité intérieure', ['DGSI'])];
    const got = claimants(['Selon la DGSI, le groupe a collecté environ 30 000 euros. Les passeurs recevaient jusqu\'à 9 000 dollars, d\'après les enquêteurs.'], entities);
    expect(got['30000']).toBe('dgsi');
    expect(got['9000']).toBe('enquêteurs');
  });

  it('reads "X estime que" and "X a indiqué que" as speech, and "qu\'il ferait appel" as what was said', () => {
    const entities = [org('ministere', "Ministère de l'Intérieur"), person('claire-dubois', 'Claire Dubois')];
    const got = claimants([
      "Le Ministère de l'Intérieur estime qu'une vingtaine de jihadistes sont partis en 2019.",
      "Le parquet avait requis jusqu'à sept ans. L'avocate, Me Claire Dubois, a indiqué qu'elle ferait appel.",
    ], entities);
    expect(got['20']).toBe('ministere');
  });
});

describe('more attribution verbs and German sources (sentences written for these tests)', () => {
  it('reads "give a figure of", "speak of" and "traced" as their subject\'s account', () => {
    expect(claimants(['The ministry says about 40 citizens are abroad. Independent researchers give a figure of 150 to 300.'], [])['150-300']).toBe('Independent researchers');
    expect(claimants(['Tajik security services speak of about 1,900 citizens who left for Syria.'], [])['1900']).toBe('Tajik security services');
    expect(claimants(['Auditors traced payments worth about 3.1 million manat over two years.'], [])['3100000']).toBe('Auditors');
  });

  it('reads German "laut", "nach Angaben der" and "nach Einschätzung des X ... Die Behörde zählte"', () => {
    const entities = [org('bka', 'Bundeskriminalamt', ['BKA'])];
    const got = claimants([
      'Der Verdächtige gilt nach Einschätzung des Bundeskriminalamt als gefährlich. Die Behörde zählte zuletzt etwa 1.400 Gefährder in Deutschland.',
      'Laut BKA wurden 12 Wohnungen durchsucht.',
    ], entities);
    expect(got['1400']).toBe('bka');
    expect(got['12']).toBe('bka');
  });
});

describe('passive attributions and people speaking for others (sentences written for these tests)', () => {
  const entities = [person('ivan-petrov', 'Ivan Petrov', ['Petrov']), org('interfax', 'Interfax')];

  it('credits "X was quoted (by Y) as saying" to X, before or after the figures', () => {
    const got = claimants([
      'Ivan Petrov was quoted by Interfax as saying that 25 people had been detained.',
      'Some 300 Kyrgyz are still in Syria, Petrov was cited as saying.',
    ], entities);
    expect(got['25']).toBe('ivan-petrov');
    expect(got['300']).toBe('ivan-petrov');
  });

  it('credits "X\'s lawyer said" to the lawyer, not to X', () => {
    const got = claimants(["Ivan Petrov's lawyer said he would appeal the 12-year sentence."], entities);
    expect(got['12']).toBe("Ivan Petrov's lawyer");
  });
});

describe('attribution in other languages (language-vocabulary.ts)', () => {
  it('reads the source after "по данным" and "menurut"', () => {
    const migration = org('migration-service', 'Миграционная служба', []);
    const bnn = org('bnn', 'Badan Narkotika Nasional', ['BNN']);
    const found = claimants(['По данным Миграционная служба, в стране работают 340 иностранцев.', 'Menurut BNN, sekitar 900 orang ditangkap tahun lalu.'], [migration, bnn]);
    expect(found['340']).toBe('migration-service');
    expect(found['900']).toBe('bnn');
  });

  it('reads a named source before Turkish "göre", not an unnamed one', () => {
    const expert = person('cem-kaya', 'Cem Kaya', ['Kaya']);
    const police = org('emniyet', 'Emniyet', []);
    const found = claimants(["Kaya'ya göre 75 kişi yurt dışına çıktı.", 'Emniyet kaynaklarından alınan bilgiye göre 40 kişi gözaltına alındı.'], [expert, police]);
    expect(found['75']).toBe('cem-kaya');
    expect(found['40']).not.toBe('emniyet');
  });

  it('reads a speaker before a Russian or Indonesian speech verb', () => {
    const official = person('timur-saliev', 'Тимур Салиев', ['Салиев']);
    const found = claimants(['Тимур Салиев заявил, что задержаны 14 человек.'], [official]);
    expect(found['14']).toBe('timur-saliev');
  });
});

describe('"according to figures X gave to Y": the giver speaks, not the recipient', () => {
  const interior = org('interior-ministry', 'Interior Ministry');
  const senate = org('senate', 'Senate');
  const auditors = org('audit-chamber', 'Audit Chamber');

  it('credits the body that gave the figures', () => {
    const found = claimants(['Police opened 52 cases of online recruitment last year, according to figures the Interior Ministry gave to the Senate.'], [interior, senate]);
    expect(found['52']).toBe('interior-ministry');
    const shared = claimants(['Some 410 migrants were deported, according to data that the Audit Chamber provided to Parliament.'], [auditors, senate]);
    expect(shared['410']).toBe('audit-chamber');
  });

  it('still credits the author of an estimate "by" or "of" a body', () => {
    expect(claimants(['About 90 fighters remain in the camps, according to an estimate by the Interior Ministry.'], [interior, senate])['90']).toBe('interior-ministry');
  });
});

describe('"attacks claimed by X": a passive participle, not a speech frame', () => {
  const militants = org('example-front', 'Example Front');
  it('does not credit the sentence subject with a toll in a clause about attacks claimed by a group', () => {
    const found = claimants(['Fighters trained in the mountain camps have been behind several raids claimed by the Example Front, including the 2016 ambush near the pass, which killed 23 soldiers.'], [militants]);
    expect(found['23']).toBeNull();
  });
  it('still reads an active "claimed" as speech', () => {
    const found = claimants(['The Example Front claimed by telephone that 40 soldiers had died.'], [militants]);
    expect(found['40']).toBe('example-front');
  });
});

describe('attribution in other languages: verb-final and inverted subjects (sentences written for these tests)', () => {
  it('gives a Turkish sentence "Subject, ... verb." to the subject that opens it', () => {
    const police = org('emniyet-genel-mudurlugu', 'Emniyet Genel Müdürlüğü', []);
    const minister = person('ahmet-yilmaz', 'Ahmet Yılmaz', ['Yılmaz']);
    const iraq = place('iraq', 'Irak', []);
    const found = claimants(
      [
        "Emniyet Genel Müdürlüğü, geçen yıl 340 yabancı terör şüphelisinin sınır dışı edildiğini açıkladı.",
        "Adalet Bakanı Ahmet Yılmaz, bu hafta yaptığı açıklamada cezaevlerinde 1.450 hükümlünün bulunduğunu, Irak'ta ise 95 kişinin yakalandığını söyledi.",
      ],
      [police, minister, iraq],
    );
    expect(found['340']).toBe('emniyet-genel-mudurlugu');
    expect(found['1450']).toBe('ahmet-yilmaz');
    expect(found['95']).toBe('ahmet-yilmaz');
  });

  it('gives it to a source noun of languages.yaml, not to any opening word', () => {
    const found = claimants(['Savcılık, şebekenin son iki yılda 800 bin lira topladığını tahmin ediyor.', 'Dün, 45 kişinin serbest bırakıldığını söyledi.'], []);
    expect(found['800000']).toBe('Savcılık');
    expect(found['45']).toBeNull();
    // The noun speaks for its own sentence only.
    const next = claimants(['Savcılık, şebekenin 600 bin lira topladığını tahmin ediyor. Yakalananlar arasında iki Tacik de bulunuyor.'], []);
    expect(next['600000']).toBe('Savcılık');
    expect(next['2']).toBeNull();
  });

  it('does not read the English "say" inside a Turkish word ("çok sayıda")', () => {
    const found = claimants(['Operasyonlarda çok sayıda belge, 12 bin 300 lira ve 4 bin 100 euro ele geçirildi.'], []);
    expect(found['12300']).toBeNull();
    expect(found['4100']).toBeNull();
  });

  it('reads Indonesian "mencatat" and Russian "оценивала" as speech verbs', () => {
    const bnn = org('bnn', 'Badan Narkotika Nasional', ['BNN']);
    const borders = org('border-service', 'Государственная пограничная служба', []);
    const found = claimants(
      ['Badan Narkotika Nasional (BNN) mencatat sekitar 700 warga telah direhabilitasi tahun lalu.', 'Государственная пограничная служба оценивала число нарушителей границы примерно в 640 человек.'],
      [bnn, borders],
    );
    expect(found['700']).toBe('bnn');
    expect(found['640']).toBe('border-service');
  });

  it('reads a German subject after its verb when an opening phrase comes first', () => {
    const police = org('polizei-bonn', 'Polizei Bonn', []);
    const found = claimants(['Für das Stadtfest kündigte die Polizei Bonn an, rund 800 Beamte einzusetzen.'], [police]);
    expect(found['800']).toBe('polizei-bonn');
    const unnamed = claimants(['Für den Marathon kündigte die Polizei an, 450 Kräfte einzusetzen.', 'Für den Marathon kündigte die Stadt an, 300 Helfer einzusetzen.'], []);
    expect(unnamed['450']).toBe('Polizei');
    expect(unnamed['300']).not.toBe('Für den Marathon');
  });

  it('reads the subject of "В <body> сообщили" (they said at the body)', () => {
    const customs = org('customs', 'Государственной таможенной службы', []);
    const found = claimants(['В пресс-службе Государственной таможенной службы журналистам сообщили, что задержаны 25 человек.'], [customs]);
    expect(found['25']).toBe('customs');
  });
});

describe('"speaks of" is a speech verb, not a plural noun before "of" (sentences written for these tests)', () => {
  it('gives the figure after "X speaks of" to X, not to the clause before', () => {
    const ministry = org('tajik-interior', 'Interior Ministry of Tajikistan', []);
    const found = claimants(['Kazakh officials put their count at over 150, while the Interior Ministry of Tajikistan speaks of nearly 90.'], [ministry]);
    expect(found['150']).toBe('Kazakh officials');
    expect(found['90']).toBe('tajik-interior');
  });
});

describe('which noun phrases speak for a figure (sentences written for these tests)', () => {
  const DEPUTY = person('rustam-kadyrov', 'Rustam Kadyrov', ['Kadyrov']);
  const ENVOY = person('ines-moreau', 'Ines Moreau', ['Moreau']);
  const SMUGGLER = person('yusuf', 'Yusuf', []);
  const ATTACKER = person('farid-nazarov', 'Farid Nazarov', ['Nazarov']);
  const OFFICE = org('ocha', 'OCHA', []);

  it('takes the subject after a verb that follows a comma, not the name of an operation before it', () => {
    const found = claimants(
      ['Since 2020, the country has brought back 412 of its citizens in four flights of the operation "Safe Return", said Rustam Kadyrov, deputy head of the migration agency.'],
      [DEPUTY],
    );
    expect(found['412']).toBe('rustam-kadyrov');
  });

  it('takes the name in apposition to a role after the verb, not a counted noun phrase before it', () => {
    const found = claimants(
      ['Ines Moreau arrived in Dushanbe on Monday.', 'OCHA has trained more than 90 nurses, teachers and imams in the border districts, said the office\'s country representative, Ines Moreau.'],
      [ENVOY, OFFICE],
    );
    expect(found['90']).toBe('ines-moreau');
  });

  it('takes the name an unnamed speaker gives in a relative clause, not the description', () => {
    const found = claimants(
      ['One of the drivers, a Kurd from near Qamishli who gave his name only as Yusuf, said he took between $300 and $600 for each crossing.'],
      [SMUGGLER],
    );
    expect(found['300-600']).toBe('yusuf');
    const asked = claimants(
      ['A nurse from the camp clinic, who asked to be identified only as Yusuf, estimated that between 40 and 60 children arrived every week.'],
      [SMUGGLER],
    );
    expect(asked['40-60']).toBe('yusuf');
  });

  it('gives the subject of a clause after ", and" its own verb, not the body named before', () => {
    const found = claimants(
      ['The Freedom Front claimed responsibility, and local prosecutors say the bombers were each paid 2 million tenge.'],
      [org('freedom-front', 'Freedom Front', [])],
    );
    expect(found['2000000']).toBe('local prosecutors');
    const according = claimants(
      ['The region lacked about 30,000 nurses last year, according to the Health Observatory, and private clinics say they have raised pay by 25% to keep staff.'],
      [org('health-observatory', 'Health Observatory', [])],
    );
    expect(according['30000']).toBe('health-observatory');
    expect(according['25']).toBe('private clinics');
  });

  it('does not make an attacker who "admitted to the attack" the source of its toll', () => {
    const found = claimants(
      ['Farid Nazarov was arrested at a bus station on Sunday.', 'According to the city police, he has admitted to the bombing, which killed six people and wounded 22, and told detectives he had acted alone.'],
      [ATTACKER],
    );
    expect(found['6']).toBe('city police');
    expect(found['22']).toBe('city police');
  });

  it('reads "put the Kyrgyz figure at close to 300" as a statement of the body', () => {
    const found = claimants(['The Border Service put the Kyrgyz figure at close to 300 in March.'], [BORDER_SERVICE]);
    expect(found['300']).toBe('border-service');
  });

  it('carries no earlier source into a clause that a new actor opens after ", and"', () => {
    const found = claimants(
      ['Aid officials estimate that about 9,000 foreigners are held in camps in the north-east. The new government has asked other states to take their citizens home, and Tajikistan has flown back more than 300 women and children since May.'],
      [place('tajikistan', 'Tajikistan')],
    );
    expect(found['9000']).toBe('Aid officials');
    expect(found['300']).toBeNull();
  });
});

describe('claimants on the eval-blind-12 mechanisms (own sentences)', () => {
  it('takes the head of "Analysts who study the movement estimate", not the relative clause', () => {
    const found = claimants(['Analysts who study the movement estimate that it has between 300 and 600 members in the valley.'], []);
    expect(found['300-600']).toBe('analysts');
  });

  it('resolves Russian "по его словам" and "по её оценке" to the speaker of the sentence before', () => {
    const speaker = person('ruslan-kadyrbekov', 'Руслан Кадырбеков', []);
    const found = claimants(
      ['Руслан Кадырбеков заявил журналистам, что ситуация остается сложной. По его словам, в лагерях остаются около 400 граждан республики.'],
      [speaker],
    );
    expect(found['400']).toBe('ruslan-kadyrbekov');
  });

  it('reads "in his account" as the speaker named before', () => {
    const found = claimants(
      ['"The networks are older than people think," said Ilyas Temirov. A courier, in his account, is paid about $500 for each trip.'],
      [BORDER_CHIEF],
    );
    expect(found['500']).toBe('ilyas-temirov');
  });

  it('credits quoted figures to a man known only by his first name', () => {
    const found = claimants(
      ['The driver at the border post would give only his first name, Rustam. "Last winter we were 12 in the convoy," he said. "Now there are 30 of us."'],
      [],
    );
    expect(found['12']).toBe('Rustam');
    expect(found['30']).toBe('Rustam');
  });

  it('does not make a video the source of what it shows, nor carry an earlier source into it', () => {
    const found = claimants(
      ['Officials have said that about 200 citizens remain in the camps. Footage posted online last month showed about 60 women and children at a checkpoint, and the agency later said it had identified most of them.'],
      [],
    );
    expect(found['200']).toBe('officials');
    expect(found['60']).toBeNull();
  });

  it('carries no earlier source into "It was reported last year that ..."', () => {
    const found = claimants(
      ['According to the Border Service, 410 citizens have left for Syria since 2013. It was reported last year that 15 of the women had been moved to another camp.'],
      [BORDER_SERVICE],
    );
    expect(found['410']).toBe('border-service');
    expect(found['15']).toBeNull();
  });

  it('makes prosecutors who "asked the court to" the source of the count', () => {
    const found = claimants(['Prosecutors also asked the court to block about 45 channels on Telegram that had shared the videos.'], []);
    expect(found['45']).toBe('prosecutors');
  });

  it('drops an acronym trailing a described body: "the national police service NPS said"', () => {
    const found = claimants(['The national police service NPS said that officers had detained 23 people in the raids.'], []);
    expect(found['23']).toBe('national police service');
  });
});

describe('claimants read since the twenty-first and twenty-second blind sets (own sentences)', () => {
  const MISSION = org('steppe-mission', 'Steppe Monitoring Mission', ['SMM']);
  const GROUP = org('frontier-front', 'Frontier Front', ['FF']);
  const INSTITUTE = org('oxus-institute', 'Oxus Peace Institute', ['OPI']);

  it('"X said ... that it had recorded": the body that speaks in the sentence, not the last body cited before', () => {
    const found = claimants(
      ['The Frontier Front claimed two raids across the border in April.', 'SMM said in a report in July that it had recorded 410 civilians killed.'],
      [MISSION, GROUP],
    );
    expect(found['410']).toBe('steppe-mission');
  });

  it('an index "compiled by" a body is that body\'s, and so is "the report" on it later, also putting a cost "at" a sum', () => {
    const found = claimants(
      ['The index, compiled by the Oxus Peace Institute (OPI), counted 2,376 deaths in 2015. Five countries accounted for 72 per cent of all deaths, the report found.', 'The report put the economic impact of the violence at $9.6 billion in 2015.'],
      [INSTITUTE],
    );
    expect(found['2376']).toBe('oxus-institute');
    expect(found['72']).toBe('oxus-institute');
    expect(found['9600000000']).toBe('oxus-institute');
  });

  it('a given name that is also a speech verb ("Said") is no verb', () => {
    const found = claimants(['The court sentenced Karim Tashev to 12 years. A third defendant, Said Rahimov, received eight years.'], [person('said-rahimov', 'Said Rahimov')]);
    expect(found['8']).toBeNull();
  });

  it('a source that gives "the nationalities of the injured" speaks for the counts that follow', () => {
    const found = claimants(['Mrs Amanova gave the nationalities of the injured. Twelve were Kazakh and three were Kyrgyz schoolchildren.'], [person('dana-amanova', 'Dana Amanova', ['Amanova'])]);
    expect(found['12']).toBe('dana-amanova');
    expect(found['3']).toBe('dana-amanova');
  });

  it('Russian: "по последним данным X" and "доложил"', () => {
    const committee = org('investigative-committee', 'Следственный комитет', ['Следственного комитета']);
    const chief = person('ivan-sorokin', 'Иван Сорокин', ['Сорокин']);
    const found = claimants(['По последним данным Следственного комитета, погибли 137 человек.', 'Директор службы Иван Сорокин доложил о задержании 11 человек.'], [committee, chief]);
    expect(found['137']).toBe('investigative-committee');
    expect(found['11']).toBe('ivan-sorokin');
  });
});

describe('French and Russian pronouns for the last speaker (own sentences)', () => {
  const PM = person('abdel-karimi', 'Abdel Karimi', ['Karimi']);

  it('"Selon lui, ..." and "Il a ajouté que ..." are the person who spoke before', () => {
    const found = claimants(
      ['Le Premier ministre, Abdel Karimi, a livré hier le premier bilan. Selon lui, 37 otages étrangers ont trouvé la mort. Il a ajouté que le groupe comptait trois Algériens.'],
      [PM],
    );
    expect(found['37']).toBe('abdel-karimi');
    expect(found['3']).toBe('abdel-karimi');
  });
});

describe('claimants read since the twenty-fifth blind set (own sentences)', () => {
  const CONSULTANCY = org('meridian-risk', 'Meridian Risk', []);
  const POLICE = org('steppe-police', 'SRP', []);
  const BAROMETER = org('violence-barometer', 'Steppe Violence Index', ['SVI']);

  it('"Its figures for X were ..." and "Their estimates ...": the body that gave figures just before', () => {
    const found = claimants(
      ['In March Meridian Risk, a London consultancy, put the number of fighters from the region at 4,100.', 'Its figures for the valley were 640 from Osh and 215 from Batken. A further 73 came from the capital.'],
      [CONSULTANCY],
    );
    expect(found['4100']).toBe('meridian-risk');
    expect(found['640']).toBe('meridian-risk');
    expect(found['215']).toBe('meridian-risk');
  });

  it('"The force said": the police body named before, even by its acronym alone', () => {
    const found = claimants(['The suspect had been watched by the SRP, which took his passport in May.', 'The force said on Friday it was monitoring 57 people who had tried to leave.'], [POLICE]);
    expect(found['57']).toBe('steppe-police');
  });

  it('an article about a document its headline names: figures nobody else gives are the document\'s', () => {
    const paragraphs = [
      'Violent deaths in the region fell last year, according to the third Steppe Violence Index (SVI), published on Monday.',
      'The report counts 812 deaths in 2022.',
      'Deaths in the border districts rose by 41 percent to 230.',
      'Officials in Bishkek said 12 of the dead were police officers.',
    ];
    const about = claimants(paragraphs, [BAROMETER], 'Steppe Violence Index 2023: deaths fall but the border bleeds');
    expect(about['812']).toBe('violence-barometer');
    expect(about['41']).toBe('violence-barometer');
    expect(about['230']).toBe('violence-barometer');
    expect(about['12']).toBe('officials in Bishkek');
    // The same text under a headline that is not about the document: the narrator's figures stay unattributed.
    const other = claimants(paragraphs, [BAROMETER], 'Border districts count their dead');
    expect(other['41']).toBeNull();
  });
});

describe('background compared with an earlier year (own sentences)', () => {
  it('"the deadliest since the siege of 2004, in which 330 died" is no more of the source named just before', () => {
    const COMMITTEE = org('steppe-committee', 'Steppe Investigative Committee', []);
    const found = claimants(
      ['By Saturday evening the toll had risen to 97, the Steppe Investigative Committee said. It is the deadliest attack in the country since the school siege of 2004, in which more than 330 people died.'],
      [COMMITTEE],
    );
    expect(found['97']).toBe('steppe-committee');
    expect(found['330']).toBeNull();
  });
});

describe('claimants read since the twenty-sixth blind set (own sentences)', () => {
  it('"In a statement carried by <agency>, it said": the body before, not the agency that carried it', () => {
    const MINISTRY = org('steppe-interior', 'Ministry of Interior of Steppe', ['Steppe Interior Ministry']);
    const AGENCY = org('steppe-press-agency', 'Steppe Press Agency', ['SPA']);
    const found = claimants(
      ['The Steppe Interior Ministry said the bomber had been identified. In a statement carried by the Steppe Press Agency (SPA), it said 31 members of his cell had been arrested.'],
      [MINISTRY, AGENCY],
    );
    expect(found['31']).toBe('steppe-interior');
  });

  it('"At a hearing on May 11 prosecutors had asked for eight years": the term asked for, and who asked', () => {
    const found = claimants(['At a hearing on May 11 prosecutors had asked for eight years for her and life terms for four of the men.'], []);
    expect(found['8']).toBe('prosecutors');
    expect(found['4']).toBe('prosecutors');
  });

  it('Russian: "Как сообщал X, ..." and "X называл цифру в ..."', () => {
    const general = person('andrei-tavrin', 'Андрей Таврин', ['Таврин']);
    const minister = person('oleg-quellov', 'Олег Квеллов', ['Квеллов']);
    const found = claimants(
      ['Как сообщал в начале января генерал-полковник Андрей Таврин, летчики выполнили 420 боевых вылетов.', 'В сентябре министр Олег Квеллов называл цифру в 1,8 тыс. человек.'],
      [general, minister],
    );
    expect(found['420']).toBe('andrei-tavrin');
    expect(found['1800']).toBe('oleg-quellov');
  });
});

describe('a reward promised, in Russian (own sentence)', () => {
  it('"X пообещал до 3 млн долларов за информацию": the one who promised', () => {
    const department = org('steppe-department', 'Государственный департамент Степи', []);
    const found = claimants(['Государственный департамент Степи в 2016 году пообещал до 2 млн долларов за информацию о нем.'], [department]);
    expect(found['2000000']).toBe('steppe-department');
  });
});

describe('claimants read since the twenty-seventh blind set (own sentences)', () => {
  it('a lede\'s unnamed speaker ("the prosecutor in charge of the investigation") is the one person described so later', () => {
    const prosecutor = person('jean-quellard', 'Jean Quellard', ['Quellard']);
    const found = claimants(
      [
        'Sixty-one people were killed when a truck was driven into the crowd, the prosecutor in charge of the investigation said on Friday.',
        'Jean Quellard, the Paris prosecutor who leads the country\'s terrorism inquiries, told reporters that 140 people had been injured.',
      ],
      [prosecutor],
    );
    expect(found['61']).toBe('jean-quellard');
    // Not when the description names a body ("the spokesman for the health department") or is indefinite.
    const body = claimants(
      ['Twenty-eight people were injured, a spokesman for the regional health department said.', 'Ivan Tavrin, the spokesman of the committee, said 3 were detained.'],
      [person('ivan-tavrin', 'Ivan Tavrin', ['Tavrin'])],
    );
    expect(body['28']).not.toBe('ivan-tavrin');
  });

  it('an earlier event\'s toll in a clause about it ("of November 2015, in which 130 people were killed") is nobody\'s claim', () => {
    const president = person('marc-tavrin', 'Marc Tavrin', ['Tavrin']);
    const found = claimants(['President Marc Tavrin said the state of emergency imposed after the attacks of November 2015, in which 130 people were killed, would be extended by three months.'], [president]);
    expect(found['130']).toBeNull();
    // A source's account that runs on in ", killing": still the source's.
    const authorities = claimants(['The authorities say his men attacked a police station in early September 2015, killing at least 26 people.'], []);
    expect(authorities['26']).toBe('authorities');
  });
});

describe('a lede\'s "new study" named later (own sentences)', () => {
  it('"... rose by 47 percent, a new study says", then "The index, compiled by the institute": the institute', () => {
    const institute = org('oxus-institute', 'Oxus Peace Institute', []);
    const found = claimants(
      ['Violent deaths in the region rose by 47 percent in 2013, a new study says.', 'The Steppe Violence Index, compiled by the Oxus Peace Institute, counted 1,204 deaths.'],
      [institute],
    );
    expect(found['47']).toBe('oxus-institute');
    expect(found['1204']).toBe('oxus-institute');
  });
});

describe('an index released by "the Sydney-based think tank" (own sentences)', () => {
  it('is the body named just before, and so are the index\'s figures', () => {
    const institute = org('oxus-institute', 'Oxus Peace Institute', ['OPI']);
    const found = claimants(
      ['A yearly study by the Oxus Peace Institute (OPI) shows that violent deaths fell to 1,204 in 2019.', 'The Steppe Violence Index 2020, released on Wednesday by the Almaty-based think tank, says deaths are now 37 percent below their peak.'],
      [institute],
    );
    expect(found['37']).toBe('oxus-institute');
  });
});

describe('a convict "told he must serve" a term (own sentences)', () => {
  it('is told, not telling: the term has no claimant from that clause', () => {
    const found = claimants(['The teenager who left a bomb at the depot has been jailed for life and told he must serve at least 22 years.'], []);
    expect(found['22']).toBeNull();
  });

  it('still reads an active "told" with its listener', () => {
    const found = claimants(['The prosecutor told the court that 14 people had been hurt in the blast.'], []);
    expect(found['14']).toBe('prosecutor');
  });
});

describe('French subjects after the verb, a day or an abbreviated title between (own text)', () => {
  const minister = person('karim-bensalem', 'Karim Bensalem', ['Bensalem']);
  it('skips a day before the subject and reads the name in apposition to its role', () => {
    const result = claimants(['Le bilan est de 21 assaillants abattus et neuf civils tués, a annoncé ce jeudi le chef du gouvernement, Karim Bensalem, à Alger.'], [minister]);
    expect(result['21']).toBe('karim-bensalem');
    expect(result['9']).toBe('karim-bensalem');
  });

  it('reads "M. X" after the verb as the person, not the letter', () => {
    const result = claimants(['Parmi les blessés figurent quatorze gendarmes, a précisé M. Bensalem.'], [minister]);
    expect(result['14']).toBe('karim-bensalem');
  });
});

describe('a Russian relative clause\'s subject (own text, twenty-second session)', () => {
  it('reads the subject after "которых", without the pronoun', () => {
    const result = claimants(['Перед судом предстанут 12 человек, которых следствие считает вербовщиками.'], []);
    expect(result['12']).toBe('следствие');
  });
});

describe('a French toll given by a body (own text, twenty-second session)', () => {
  it('reads the agent after "bilan donné par" as the source, not the speaker of the sentence before', () => {
    const spokesman = person('jean-kasongo', 'Jean Kasongo', ['Kasongo']);
    const result = claimants([
      "Le capitaine Jean Kasongo a confirmé lundi la mort de deux otages, a-t-il précisé. Le bilan provisoire communiqué samedi par la police faisait état de sept morts.",
    ], [spokesman]);
    expect(result['7']).toBe('police');
  });
});

describe('Russian sources in the genitive, said at a body, and background a year back (own text, twenty-second session)', () => {
  it('reads "по данным властей" as "власти" and stops carrying it into a sentence opening "В мае прошлого года"', () => {
    const result = claimants([
      'По данным властей, с 2019 года из Сирии вернули 300 человек. В мае прошлого года самолетом доставили 42 ребенка.',
    ], []);
    expect(result['300']).toBe('власти');
    expect(result['42']).toBeNull();
  });

  it('reads "как уточнили в Росгвардии" as the National Guard, not "как", and knows "Росгвардии" as a case of "Росгвардия"', () => {
    const text = article(['На телах троих нападавших, как уточнили в Росгвардии, нашли гранаты.']);
    const entities = extractEntities(text, loadKnowledge());
    expect(entities.find((entity) => entity.id === 'rosgvardia')?.aliases).toContain('Росгвардии');
    const figures = extractFigures(text, entities);
    expect(figures.map((figure) => [figure.value, figure.claimant])).toEqual([[3, 'rosgvardia']]);
  });
});

describe('an unnamed speaker named again by a definite role (own text, twenty-second session)', () => {
  it('gives "the rescue official" the figures of "a senior rescue official", not the last named person; "By nightfall a journalist" speaks for itself', () => {
    const witness = person('musa-danladi', 'Musa Danladi', ['Danladi']);
    const result = claimants([
      'At least 80 people were killed on Friday, a senior rescue official said.',
      'A trader, Musa Danladi, said he heard three blasts.',
      'Earlier, the rescue official had put the toll at 45 bodies. By nightfall a journalist at the morgue had counted 71 corpses. Officials initially spoke of two attackers.',
    ], [witness]);
    expect(result['80']).toBe('senior rescue official');
    expect(result['45']).toBe('senior rescue official');
    expect(result['71']).toBe('journalist');
    expect(result['2']).toBe('officials');
  });
});
