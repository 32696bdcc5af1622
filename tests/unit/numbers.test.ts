import { describe, expect, it } from 'vitest';
import { findNumbers, parseDigits, parseNumberWords } from '../../src/pipeline/lib/numbers.ts';
import { findQuantities } from '../../src/pipeline/lib/quantities.ts';

/** The numbers of a text as "text=value" strings. */
function numbersOf(text: string): string[] {
  return findNumbers(text).map((t) => `${t.text}=${t.value}`);
}

/** The quantities of a sentence, reduced to what the tests compare. */
function quantitiesOf(sentence: string) {
  return findQuantities(sentence).map((q) => ({
    text: q.text,
    ...(q.value === undefined ? { min: q.min, max: q.max } : { value: q.value }),
    ...(q.approx === undefined ? {} : { approx: q.approx }),
    ...(q.unit === undefined ? {} : { unit: q.unit }),
  }));
}

describe('parseDigits', () => {
  it('reads separators of both styles', () => {
    expect(parseDigits('2,000')).toBe(2000);
    expect(parseDigits('1 500')).toBe(1500);
    expect(parseDigits('1\u00a0500\u00a0000')).toBe(1_500_000);
    expect(parseDigits('2.5')).toBe(2.5);
    expect(parseDigits('two')).toBeNull();
  });
});

describe('parseNumberWords', () => {
  it('reads English number words', () => {
    expect(parseNumberWords('one hundred')).toBe(100);
    expect(parseNumberWords('thirty-five')).toBe(35);
    expect(parseNumberWords('two hundred and fifty')).toBe(250);
    expect(parseNumberWords('thirty-five thousand')).toBe(35_000);
    expect(parseNumberWords('a thousand')).toBe(1000);
    expect(parseNumberWords('half a million')).toBe(500_000);
    expect(parseNumberWords('one and a half million')).toBe(1_500_000);
    expect(parseNumberWords('a dozen')).toBe(12);
    expect(parseNumberWords('two dozen')).toBe(24);
  });

  it('rejects words that are not numbers', () => {
    expect(parseNumberWords('hundreds')).toBeNull();
    expect(parseNumberWords('several')).toBeNull();
    expect(parseNumberWords('million')).toBeNull();
  });
});

describe('findNumbers', () => {
  it('finds digits with scales, Russian-style groups and decimal commas', () => {
    expect(numbersOf('More than 330 Kyrgyz, 50 thousand militants, 2,000 and 1 500 people, 2.5 million, 1,5 million tenge')).toEqual([
      '330=330', '50 thousand=50000', '2,000=2000', '1 500=1500', '2.5 million=2500000', '1,5 million=1500000',
    ]);
  });

  it('reads abbreviated scales only after a currency sign', () => {
    expect(numbersOf('$2m and $5bn')).toEqual(['2m=2000000', '5bn=5000000000']);
    expect(numbersOf('15px wide, the 1990s, the 21st century, a 3D map')).toEqual([]);
  });

  it('reads only number words, not names that every object has', () => {
    expect(numbersOf('The constructor of the plan, valueOf and toString, hired seven engineers.')).toEqual(['seven=7']);
  });

  it('leaves numbers inside host names alone', () => {
    expect(numbersOf('OSH /24.kg/. Police held 14 people; see 112.ua and news.7.tv for more.')).toEqual(['14=14']);
    expect(numbersOf('It rose by 2.5 percent to 24. Then it fell.')).toEqual(['2.5=2.5', '24=24']);
  });

  it('finds numbers written in words, and keeps ranges in words apart', () => {
    expect(numbersOf('around one hundred Kazakhstan citizens')).toEqual(['one hundred=100']);
    expect(numbersOf('between two and three thousand Uzbeks')).toEqual(['two=2', 'three thousand=3000']);
    expect(numbersOf('a dozen militants and one thousand and one nights')).toEqual(['a dozen=12', 'one thousand and one=1001']);
  });

  it('does not read a day and the next number as one Russian-style number', () => {
    expect(numbersOf('on April 16 330 people')).toEqual(['16=16', '330=330']);
  });

  it('does not treat vague plurals as numbers', () => {
    expect(numbersOf('hundreds of fighters and dozens of women, thousands more')).toEqual([]);
  });
});

describe('findQuantities', () => {
  it('reads qualifiers as written, lower-cased', () => {
    expect(quantitiesOf('More than 330 Kyrgyz citizens have joined the Islamic State.')).toEqual([
      { text: 'More than 330', value: 330, approx: 'more than' },
    ]);
    expect(quantitiesOf('the "official" figure of somewhere around 330 Kyrgyz')).toEqual([
      { text: 'somewhere around 330', value: 330, approx: 'somewhere around' },
    ]);
    expect(quantitiesOf('unofficial data suggests as many as 500 Kyrgyz citizens')).toEqual([
      { text: 'as many as 500', value: 500, approx: 'as many as' },
    ]);
    expect(quantitiesOf('There are up to 20 illegal international groups and 30 or more cells.')).toEqual([
      { text: 'up to 20', value: 20, approx: 'up to' },
      { text: '30 or more', value: 30, approx: 'or more' },
    ]);
    expect(quantitiesOf('a dozen militants')).toEqual([{ text: 'a dozen', value: 12, approx: 'a dozen' }]);
  });

  it('reads ranges and shares a trailing scale', () => {
    expect(quantitiesOf('“Experts say, between 30 and 50 thousand militants are fighting,” he said.')).toEqual([
      { text: 'between 30 and 50 thousand', min: 30_000, max: 50_000 },
    ]);
    expect(quantitiesOf('between 2,000 and 4,000 people, 10-15 attacks, two or three fighters')).toEqual([
      { text: 'between 2,000 and 4,000', min: 2000, max: 4000 },
      { text: '10-15', min: 10, max: 15 },
      { text: 'two or three', min: 2, max: 3 },
    ]);
  });

  it('reads currencies and percentages', () => {
    expect(quantitiesOf('The state spent 500 million tenge ($2.7 million) and 15 percent of its budget, or 3% more.')).toEqual([
      { text: '500 million tenge', value: 500_000_000, unit: 'KZT' },
      { text: '$2.7 million', value: 2_700_000, unit: 'USD' },
      { text: '15 percent', value: 15, unit: 'percent' },
      { text: '3%', value: 3, unit: 'percent' },
    ]);
    expect(quantitiesOf('fines of up to 850,000 rubles and €3.5 million')).toEqual([
      { text: 'up to 850,000 rubles', value: 850_000, approx: 'up to', unit: 'RUB' },
      { text: '€3.5 million', value: 3_500_000, unit: 'EUR' },
    ]);
  });

  it('leaves out dates, years, times, phones and year ranges', () => {
    expect(quantitiesOf('Syrian militants may come to Kazakhstan 25 сентября 2013, 14:51')).toEqual([]);
    expect(quantitiesOf('World September 26, 2014, 13:05')).toEqual([]);
    expect(quantitiesOf('Latest PostsРеклама +7(700) 388 81 09')).toEqual([]);
    expect(quantitiesOf('The December meeting yielded cooperation plans for 2014-2015.')).toEqual([]);
    expect(quantitiesOf('The first meeting took place in Moscow in December 2013.')).toEqual([]);
    expect(quantitiesOf('In 2014 the group said on April 21 that it met at 10 a.m.')).toEqual([]);
  });

  it('leaves out names, ages, durations, short lengths and idioms', () => {
    expect(quantitiesOf('UN Security Council Resolution 2178 and Article 205 of the Criminal Code')).toEqual([]);
    expect(quantitiesOf('A 23-year-old student, aged 19, and Ivanov, 41, spent two years in Syria')).toEqual([]);
    expect(quantitiesOf('They drove for 6 hours, stopped 300 metres from the border and were held in Room 3')).toEqual([]);
    expect(quantitiesOf('The camp covers 40 square kilometres and the wall is 12 feet high.')).toEqual([]);
    expect(quantitiesOf('The suspects, aged between 19 and 35, included Karimov, 44. He is 25 and his son is younger than 10.')).toEqual([]);
    expect(quantitiesOf('Her son, 19, and a daughter aged 6 and 4 stayed; call 0 (312) 55 41 41.')).toEqual([]);
  });

  it('keeps prison terms in years, the one span of time that is a figure', () => {
    expect(quantitiesOf('A court sentenced three men to between 6 and 12 years in prison.')).toEqual([
      { text: 'three', value: 3 },
      { text: 'between 6 and 12 years', min: 6, max: 12, unit: 'years' },
    ]);
    expect(quantitiesOf('Prosecutors asked for terms of up to 15 years; members face up to seven years in jail.')).toEqual([
      { text: 'up to 15 years', value: 15, approx: 'up to', unit: 'years' },
      { text: 'up to seven years', value: 7, approx: 'up to', unit: 'years' },
    ]);
    expect(quantitiesOf('He spent 3 years in Turkey and worked there for 10 years.')).toEqual([]);
    expect(quantitiesOf('He is 100 percent sure; 98 children under 15 were freed.')).toEqual([{ text: '98', value: 98 }]);
  });

  it('keeps distances in kilometres and miles, with their unit', () => {
    expect(quantitiesOf('The convoy stopped about 100 km from the border, some 60 miles north of the town.')).toEqual([
      { text: 'about 100 km', value: 100, approx: 'about', unit: 'km' },
      { text: 'some 60 miles', value: 60, approx: 'some', unit: 'miles' },
    ]);
    expect(quantitiesOf('Guards patrol the 1,300-kilometre frontier; the farm lay two kilometres away.')).toEqual([
      { text: '1,300-kilometre', value: 1300, unit: 'km' },
      { text: 'two kilometres', value: 2, unit: 'km' },
    ]);
    expect(quantitiesOf('Le village se trouve à 40 kilomètres de la ville, в 150 километрах от столицы.')).toEqual([
      { text: '40 kilomètres', value: 40, unit: 'km' },
      { text: '150 километрах', value: 150, unit: 'km' },
    ]);
  });

  it('joins two amounts of one unit, each with its unit written, into a range', () => {
    expect(quantitiesOf('The terms sought range from seven years and six months to 349 years and six months.')).toEqual([
      { text: 'from seven years and six months to 349 years and six months', min: 7.5, max: 349.5, unit: 'years' },
    ]);
    expect(quantitiesOf('Between 10 percent and 20 percent of them came back.')).toEqual([
      { text: 'Between 10 percent and 20 percent', min: 10, max: 20, unit: 'percent' },
    ]);
    expect(quantitiesOf('They make up an estimated 10% to 20% of the people.')).toEqual([
      { text: 'an estimated 10% to 20%', min: 10, max: 20, approx: 'an estimated', unit: 'percent' },
    ]);
    // Two terms for two men are two figures, not a range.
    expect(quantitiesOf('They were sentenced to 5 years and 10 years respectively.')).toEqual([
      { text: '5 years', value: 5, unit: 'years' },
      { text: '10 years', value: 10, unit: 'years' },
    ]);
  });

  it('reads the years a charge carries as a prison term', () => {
    expect(quantitiesOf('Membership of a terrorist organization carries between seven and 15 years.')).toEqual([
      { text: 'between seven and 15 years', min: 7, max: 15, unit: 'years' },
    ]);
  });

  it('keeps a four-digit count that is not a year', () => {
    expect(quantitiesOf('2000 militants crossed the border in 2015.')).toEqual([{ text: '2000', value: 2000 }]);
  });
});

describe('numbers written with a scale word in the middle (translated style)', () => {
  it('reads "2 thousand 300" and "1 million 200 thousand" as one number each', () => {
    expect(findNumbers('Over 2 thousand 300 websites were blocked.').map((n) => n.value)).toEqual([2300]);
    expect(findNumbers('The budget is 1 million 200 thousand soms.').map((n) => n.value)).toEqual([1_200_000]);
  });

  it('keeps "5 thousand" apart from "200 of them"', () => {
    expect(findNumbers('Some 5 thousand 200 of them returned.').map((n) => n.value)).toEqual([5000, 200]);
  });
});

describe('French numbers (sentences written for these tests)', () => {
  it('reads French number words and collectives, not "un"/"une" alone nor "Sept." or "seize"', () => {
    expect(numbersOf('deux femmes, trois hommes et quinze enfants')).toEqual(['deux=2', 'trois=3', 'quinze=15']);
    expect(numbersOf('une centaine de femmes et un millier de personnes')).toEqual(['une centaine=100', 'un millier=1000']);
    expect(numbersOf('une femme et un homme')).toEqual([]);
    expect(numbersOf('Police seize weapons on Sept. 12')).toEqual(['12=12']);
  });

  it('reads "sept" before a plural noun in lower case and after a ten, never as the month', () => {
    expect(numbersOf('ainsi que sept militaires')).toEqual(['sept=7']);
    expect(numbersOf('vingt-sept soldats')).toEqual(['vingt-sept=27']);
    expect(numbersOf('On Sept 12 and in Sept. the police')).toEqual(['12=12']);
    expect(numbersOf('Sept people')).toEqual([]);
  });

  it('reads French ranges, qualifiers, prison terms and ages', () => {
    expect(quantitiesOf('des peines allant de deux à six ans de prison')).toEqual([{ text: 'de deux à six ans', min: 2, max: 6, unit: 'years' }]);
    expect(quantitiesOf('entre 2 000 et 2 500 combattants')).toEqual([{ text: 'entre 2 000 et 2 500', min: 2000, max: 2500 }]);
    expect(quantitiesOf('environ 45 000 euros')).toEqual([{ text: 'environ 45 000 euros', value: 45000, approx: 'environ', unit: 'EUR' }]);
    expect(quantitiesOf('condamné à 14 ans de réclusion')).toEqual([{ text: '14 ans', value: 14, unit: 'years' }]);
    expect(quantitiesOf('un homme de 34 ans')).toEqual([]);
    expect(quantitiesOf('pendant dix ans')).toEqual([]);
  });
});

describe('German numbers and number words inside other words (sentences written for these tests)', () => {
  it('reads thousands dots ("27.200") but keeps decimals before a scale or percent sign', () => {
    expect(numbersOf('etwa 27.200 Menschen und 1.250.000 Euro')).toEqual(['27.200=27200', '1.250.000=1250000']);
    expect(numbersOf('a $1.125 billion deal and a 3.125% rate')).toEqual(['1.125 billion=1125000000', '3.125=3.125']);
    expect(quantitiesOf('a 3.125% rate')).toEqual([{ text: '3.125%', value: 3.125, unit: 'percent' }]);
  });

  it('reads German number words, and never a number word inside a longer word ("töten")', () => {
    expect(numbersOf('zwei Männer und fünf Frauen')).toEqual(['zwei=2', 'fünf=5']);
    expect(numbersOf('Sie wollten Polizisten töten.')).toEqual([]);
  });

  it('reads German ages and spans as no quantity, and a term "Jahren Haft" as a prison term', () => {
    expect(quantitiesOf('Die beiden Verdächtigen, 30 und 23 Jahre alt, wurden vorgeführt.')).toEqual([]);
    expect(quantitiesOf('seit zehn Jahren')).toEqual([]);
    expect(quantitiesOf('zu sechs Jahren Haft verurteilt')).toEqual([{ text: 'sechs Jahren', value: 6, unit: 'years' }]);
  });
});

describe('numbers of other languages (language-vocabulary.ts)', () => {
  it('reads foreign scale words after digits, with the rest of the number', () => {
    expect(numbersOf('Polis 12 bin 750 lira ve 3 bin 100 euro buldu.')).toEqual(['12 bin 750=12750', '3 bin 100=3100']);
    expect(numbersOf('ущерб оценили в 45 миллионов рублей')).toEqual(['45 миллионов=45000000']);
    expect(numbersOf('Kerugian mencapai Rp 250 juta.')).toEqual(['250 juta=250000000']);
    expect(numbersOf('Der Schaden liegt bei 4 Millionen Euro.')).toEqual(['4 Millionen=4000000']);
  });

  it('reads foreign number words and a lone "thousand" after a comparative', () => {
    expect(numbersOf('Polisi menangkap lima tersangka dan dua saksi.')).toEqual(['lima=5', 'dua=2']);
    expect(numbersOf('задержаны три подозреваемых')).toEqual(['три=3']);
    expect(numbersOf('в регион прибыли более тысячи беженцев')).toEqual(['тысячи=1000']);
    expect(numbersOf('Jedes Jahr kommen rund acht Millionen Besucher.')).toEqual(['acht Millionen=8000000']);
  });

  it('leaves "bin" in names and lone scale words alone', () => {
    expect(numbersOf('Hamza bin Laden was killed in 2019.')).toEqual(['2019=2019']);
    expect(numbersOf('тысячи людей вышли на улицы')).toEqual([]);
  });

  it('reads ranges written with foreign range words', () => {
    expect(quantitiesOf('в лагерях находятся от 40 до 60 детей')).toEqual([expect.objectContaining({ min: 40, max: 60 })]);
    expect(quantitiesOf('kelompok itu beranggotakan antara 12 dan 15 orang')).toEqual([expect.objectContaining({ min: 12, max: 15 })]);
  });

  it('reads foreign prison terms as figures and other spans of time as durations', () => {
    expect(quantitiesOf('Hakim menjatuhkan hukuman delapan tahun penjara.')).toEqual([expect.objectContaining({ value: 8, unit: 'years' })]);
    expect(quantitiesOf('Суд приговорил его к шести годам лишения свободы.')).toEqual([expect.objectContaining({ value: 6, unit: 'years' })]);
    expect(quantitiesOf('Он прожил там три года.')).toEqual([]);
    expect(quantitiesOf('Mereka tinggal di sana dua bulan.')).toEqual([]);
  });

  it('counts a number word after a capitalised German word when a counted noun follows', () => {
    expect(quantitiesOf('In Graz wurden am Montag vier Personen festgenommen.')).toEqual([expect.objectContaining({ value: 4 })]);
  });
});

describe('more numbers of other languages', () => {
  it('joins a ten and a unit written apart', () => {
    expect(numbersOf('домой вернулись тридцать пять человек')).toEqual(['тридцать пять=35']);
  });

  it('takes a German "N-Jährige" for an age', () => {
    expect(quantitiesOf('Gegen den 41-Jährigen wird ermittelt.')).toEqual([]);
  });
});

describe('Russian ordinals with a case ending', () => {
  it('does not count "102-я бригада" or "1990-х годах"', () => {
    expect(findQuantities('В учениях участвовала 102-я бригада, созданная в 1990-х годах, и около 800 военнослужащих.').map((q) => q.value)).toEqual([800]);
  });
});

describe('Indian and Pakistani counting units (languages.yaml hi)', () => {
  it('reads "lakh" and "crore" after digits, and after a number word (twelfth session)', () => {
    expect(numbersOf('an ex gratia payment of Rs 10 lakh to each family')).toEqual(['10 lakh=1000000']);
    expect(numbersOf('the scheme will cost 2.5 crore rupees')).toEqual(['2.5 crore=25000000']);
    expect(numbersOf('three lakhs of pilgrims')).toContain('three lakhs=300000');
  });
});

describe('Russian thousands in other cases', () => {
  it('reads "о четырех тысячах"', () => {
    expect(numbersOf('речь идет о четырех тысячах человек')).toEqual(['четырех тысячах=4000']);
  });
});

describe('numbers of the thirty-third blind set\'s kinds (own sentences)', () => {
  it('reads a number word before the South Asian scale words "lakh" and "crore"', () => {
    expect(findNumbers('The force has more than three lakh personnel.').map((token) => token.value)).toContain(300000);
    expect(findNumbers('a budget of two crore rupees').map((token) => token.value)).toContain(20000000);
  });
});

describe('a scale glued to digits before a noun of people or money (own text, fourteenth session)', () => {
  it('reads "1.2m people" and "3bn dollars", not "100m sprint"', () => {
    expect(findNumbers('More than 1.2m people have been displaced.').map((n) => n.value)).toEqual([1_200_000]);
    expect(findNumbers('The fund holds about 3bn dollars.').map((n) => n.value)).toEqual([3_000_000_000]);
    expect(findNumbers('He won the 100m sprint and fell from a 5m wall.').map((n) => n.value)).toEqual([]);
  });
});

describe('numbers of several words in French and Russian (own sentences, nineteenth session)', () => {
  it('reads French hundreds, thousands and the compounds of seventy, eighty and ninety', () => {
    expect(numbersOf('Le bilan fait état de cent trente-deux civils tués.')).toEqual(['cent trente-deux=132']);
    expect(numbersOf('deux cents soldats et mille deux cents réfugiés')).toEqual(['deux cents=200', 'mille deux cents=1200']);
    expect(numbersOf('soixante-dix morts, quatre-vingts blessés et quatre-vingt-dix-neuf disparus')).toEqual(['soixante-dix=70', 'quatre-vingts=80', 'quatre-vingt-dix-neuf=99']);
    expect(numbersOf('dix-sept otages, vingt-et-un gendarmes, soixante-douze détenus')).toEqual(['dix-sept=17', 'vingt-et-un=21', 'soixante-douze=72']);
    expect(numbersOf('plus de mille morts et plus d\u2019un million de déplacés')).toEqual(['mille=1000', 'un million=1000000']);
  });

  it('leaves "pour cent", "a cent" and "two cents" alone', () => {
    expect(numbersOf('32 pour cent des électeurs')).toEqual(['32=32']);
    expect(numbersOf('He did not pay a cent, not even two cents.')).toEqual(['two=2']);
  });

  it('reads a Russian hundred and the tens and units after it as one number, scaled or not', () => {
    expect(numbersOf('погибли сто двадцать пять человек')).toEqual(['сто двадцать пять=125']);
    expect(numbersOf('штраф в двести пять тысяч рублей')).toEqual(['двести пять тысяч=205000']);
    expect(numbersOf('два три')).toEqual(['два=2', 'три=3']);
  });
});

describe('numbers to dial (own text, nineteenth session)', () => {
  it('reads no count in digits opening with a zero, the group after them, or a number after "call <Name> on"', () => {
    expect(quantitiesOf('Anyone with information should call Crimeline on 08600 10111 or the station.')).toEqual([]);
    expect(quantitiesOf('Residents can contact Metro Police at 3112 at any hour, and 14 people did.')).toEqual([{ text: '14', value: 14 }]);
  });
});

describe('a year before "by" and a count noun (own text, twentieth session)', () => {
  it('reads "in 2017 by militants" as a year, and "2000 foreign fighters" still as a count', () => {
    expect(findQuantities('The town was besieged for five months in 2017 by militants loyal to the group.')).toEqual([]);
    expect(findQuantities('Police counted 2000 foreign fighters in the camp.').map((q) => q.value)).toEqual([2000]);
  });
});

describe('a Russian term the court "determined" (own text, twentieth session)', () => {
  it('reads "суд определил 25 лет" and "назначил 12 лет" as prison terms', () => {
    const terms = findQuantities('Ерлану Сапарову суд определил 25 лет, а его брату назначил 12 лет колонии.');
    expect(terms.map((q) => [q.value, q.unit])).toEqual([[25, 'years'], [12, 'years']]);
  });
});

describe('a telephone number with a trunk prefix (own text, twentieth session)', () => {
  it('reads "07-221 2999" as a number to dial, not a range and a count', () => {
    expect(findQuantities('The public were asked to call the police operations room at 07-221 2999.')).toEqual([]);
    expect(findQuantities('Between 7-10 people died.').map((q) => [q.min, q.max])).toEqual([[7, 10]]);
  });
});
