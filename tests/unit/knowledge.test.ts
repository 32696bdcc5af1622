import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, buildKnowledge, loadKnowledge, phraseKey, type RawKnowledge } from '../../src/pipeline/knowledge.ts';

const knowledge = loadKnowledge();

/** Ids of the entries a phrase stands for (country codes for countries and demonyms). */
function targetsOf(alias: string): string[] {
  const phrase = knowledge.phrases.get(phraseKey(alias));
  if (!phrase) return [];
  return phrase.targets.map((target) => {
    switch (target.kind) {
      case 'organization':
      case 'place':
        return `${target.kind}:${target.entry.id}`;
      case 'country':
      case 'demonym':
        return `${target.kind}:${target.entry.code}`;
      case 'city':
        return `city:${target.entry.name}/${target.entry.country}`;
    }
  });
}

/** A tiny raw knowledge for `buildKnowledge`. */
function raw(overrides: Partial<RawKnowledge> = {}): RawKnowledge {
  return {
    organizations: [
      { id: 'islamic-state', name: 'Islamic State', type: 'militant-group', aliases: ['IS', 'ISIS', 'Daesh'] },
      { id: 'interior-ministry', name: 'Interior Ministry', type: 'ministry', generic: true, qualifier: 'optional', aliases: ['Ministry of Internal Affairs'] },
      { id: 'gknb', name: 'State Committee for National Security', type: 'security-service', country: 'KG', aliases: ['GKNB'] },
    ],
    places: [{ id: 'central-asia', name: 'Central Asia', type: 'region', aliases: [] }],
    countries: [
      { cca2: 'KG', name: { common: 'Kyrgyzstan', official: 'Kyrgyz Republic' }, altSpellings: ['KG', 'Kirghizia'], demonyms: { eng: { m: 'Kirghiz', f: 'Kirghiz' } }, capital: ['Bishkek'] },
      { cca2: 'TR', name: { common: 'Türkiye', official: 'Republic of Türkiye' }, altSpellings: ['TR'], demonyms: { eng: { m: 'Turkish', f: 'Turkish' } }, capital: ['Ankara'] },
    ],
    countryAdditions: [{ code: 'TR', name: 'Turkey' }, { code: 'KG', demonyms: ['Kyrgyz'] }],
    cities: [
      { name: 'Bishkek', country: 'KG', population: 900000, featureCode: 'PPLC' },
      { name: 'Tokmok', country: 'KG', population: 63000 },
      { name: 'Batman', country: 'TR', population: 400000 },
    ],
    gazetteer: { min_population: 100000, exclude_names: ['Batman'] },
    ...overrides,
  };
}

describe('loadKnowledge', () => {
  it('loads once per process', () => {
    expect(loadKnowledge()).toBe(knowledge);
    expect(loadKnowledge(DEFAULT_KNOWLEDGE_DIR)).toBe(knowledge);
  });

  it('indexes organizations under their acronyms, spellings and translations', () => {
    for (const alias of ['IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria']) {
      expect(targetsOf(alias), alias).toEqual(['organization:islamic-state']);
    }
    for (const alias of ['IS-K', 'ISKP', 'Islamic State Khorasan']) expect(targetsOf(alias)).toEqual(['organization:islamic-state-khorasan']);
    for (const alias of ['Al-Qaeda', 'Taliban', 'Hizb ut-Tahrir', 'Nusra Front', 'HTS', 'IMU', 'Katibat Imam al-Bukhari', 'Jamaat Ansarullah', 'CIS', 'CSTO', 'SCO', 'UN', 'EU', 'NATO', 'OSCE', 'FSB', 'KNB', 'Jogorku Kenesh', 'Mazhilis', 'Oliy Majlis', 'SITE Intelligence Group', 'RFE/RL']) {
      expect(targetsOf(alias).length, alias).toBeGreaterThan(0);
    }
  });

  it('lets one alias stand for several entries, to be told apart by context', () => {
    expect(targetsOf('GKNB').sort()).toEqual(['organization:state-committee-for-national-security-kyrgyzstan', 'organization:state-committee-for-national-security-tajikistan']);
    expect(targetsOf('Khorasan').sort()).toEqual(['organization:islamic-state-khorasan', 'place:khorasan']);
    const khorasan = knowledge.phrases.get('khorasan');
    expect(khorasan?.targets.find((target) => target.kind === 'organization')).toMatchObject({ weak: true });
  });

  it('knows generic offices and the specific bodies that are their instances', () => {
    expect(knowledge.orgById.get('interior-ministry')?.generic).toBe(true);
    expect(knowledge.instances.get('parliament|KG')?.id).toBe('jogorku-kenesh');
    expect(knowledge.instances.get('security-council|RU')?.id).toBe('security-council-of-russia');
  });

  it('knows every country by its names and demonyms, with the English name news uses', () => {
    expect(knowledge.countries.length).toBeGreaterThanOrEqual(240);
    expect(knowledge.countryByCode.get('TR')).toMatchObject({ id: 'turkey', name: 'Turkey' });
    expect(knowledge.countryByCode.get('KG')).toMatchObject({ id: 'kyrgyzstan', name: 'Kyrgyzstan' });
    expect(targetsOf('Kyrgyz')).toEqual(['demonym:KG']);
    expect(targetsOf('Türkiye')).toEqual(['country:TR']);
    expect(targetsOf('U.S.')).toEqual(['country:US']);
    expect(targetsOf('Britain')).toEqual(['country:GB']);
    expect(targetsOf('American')).toEqual(['demonym:US']);
    expect(targetsOf('IS')).not.toContain('country:IS'); // Iceland's code is not a name
  });

  it('knows places that need a country, and regions that have none', () => {
    expect(knowledge.placeById.get('termez')?.country).toBe('UZ');
    expect(knowledge.placeById.get('central-asia')?.country).toBeUndefined();
    expect(targetsOf('Surkhandarya')).toEqual(['place:surkhandarya']);
  });

  it('keeps the cities worth matching', () => {
    expect(targetsOf('Tokmok')).toEqual(['city:Tokmok/KG']);
    expect(targetsOf('Kandahar')).toEqual(['place:kandahar']);
    expect(targetsOf('Batman')).toEqual([]); // excluded by name
    expect(targetsOf('Of')).toEqual([]); // too short, an English word
  });

  it('holds a gazetteer of the domain, not the seeds: no seed person is in a knowledge file', () => {
    const files = ['organizations.yaml', 'places.yaml', 'countries.yaml', 'given-names.yaml', 'gazetteer.yaml'];
    const text = files.map((file) => readFileSync(path.join(DEFAULT_KNOWLEDGE_DIR, file), 'utf8')).join('\n');
    for (const name of ['Mamataliev', 'Mambetaliev', 'Medetbekov', 'Nurmatov', 'Sulaymanov', 'Paraszczuk', 'Sarym', 'Zhumaly', 'Khegai', 'Patrushev', 'Amanbaev', 'Abdyrakhman', 'Aidos', 'Rassul', 'Ernist']) {
      expect(text, name).not.toContain(name);
    }
  });
});

describe('buildKnowledge', () => {
  it('builds small knowledge from literal data', () => {
    const small = buildKnowledge(raw());
    expect(small.organizations).toHaveLength(3);
    expect(small.countryByCode.get('TR')?.name).toBe('Turkey');
    expect(small.countryByCode.get('KG')?.demonyms).toEqual(['Kirghiz', 'Kyrgyz']);
    expect(small.phrases.get('daesh')?.targets[0]).toMatchObject({ kind: 'organization' });
    expect(small.phrases.get('tokmok')).toBeUndefined(); // below 100,000
    expect(small.phrases.get('bishkek')?.targets[0]).toMatchObject({ kind: 'city' });
    expect(small.phrases.get('batman')).toBeUndefined();
    expect(small.phrases.get('kg')).toBeUndefined();
  });

  it('reads the cities listed under after_preposition like towns, the most populous of a name', () => {
    const cities = [...(raw().cities ?? []), { name: 'Batman', country: 'US', population: 900 }];
    const small = buildKnowledge(raw({ cities, gazetteer: { min_population: 100000, town_min_population: 50000, exclude_names: ['Batman'], after_preposition: ['Batman'] } }));
    expect(small.phrases.get('batman')).toBeUndefined();
    expect(small.towns.get('batman')).toEqual({ name: 'Batman', country: 'TR' });
  });

  it('reads first-level divisions like towns when the gazetteer asks, skipping bracketed names, words and known places', () => {
    const divisions = [
      { name: 'Chuy Region', country: 'KG' },
      { name: 'Osh Oblasty (Osh)', country: 'KG' },
      { name: 'Central', country: 'KG' },
      { name: 'Bishkek', country: 'KG' },
      { name: 'Kirghizia', country: 'KG' },
    ];
    const off = buildKnowledge(raw({ divisions }));
    expect(off.towns.get('chuy region')).toBeUndefined();
    const on = buildKnowledge(raw({ divisions, gazetteer: { min_population: 100000, divisions: true }, lexicon: { central: 'Adjective' } }));
    expect(on.towns.get('chuy region')).toEqual({ name: 'Chuy Region', country: 'KG' });
    expect([...on.towns.keys()].filter((key) => key.startsWith('osh'))).toEqual([]);
    expect(on.towns.get('central')).toBeUndefined(); // an English word
    expect(on.towns.get('bishkek')).toBeUndefined(); // a city of the index
    expect(on.towns.get('kirghizia')).toBeUndefined(); // a country's name
  });

  it('adds the English names of divisions.yaml to the package\'s divisions', () => {
    const divisions = [{ name: 'Chuy', country: 'KG' }];
    const knowledge = buildKnowledge(raw({ divisions, divisionAdditions: { KG: ['Issyk-Kul', 'Talas', 'Jalal-Abad region'] }, gazetteer: { min_population: 100000, divisions: true } }));
    // ("Issyk-Kul": words no other word could be, matched anywhere as a phrase, not only after a preposition.)
    expect(knowledge.phrases.has('issyk-kul')).toBe(true);
    expect(knowledge.towns.get('talas')).toEqual({ name: 'Talas', country: 'KG' });
    expect(knowledge.divisionCountries.get('talas')).toEqual(['KG']);
    // (A curated name keeps its words in lower case, which the package's names may not have.)
    expect(knowledge.towns.get('jalal-abad region')).toEqual({ name: 'Jalal-Abad region', country: 'KG' });
    expect(knowledge.towns.get('chuy')).toEqual({ name: 'Chuy', country: 'KG' });
  });

  it.each([
    [{ divisionAdditions: { ZZ: ['Nowhere'] } }, /divisions\.yaml: "ZZ" is no ISO 3166-1 alpha-2 code of a known country/],
    [{ divisionAdditions: { KG: 'Chuy' } }, /divisions\.yaml: KG: must be a list of names/],
    [{ divisionAdditions: ['Chuy'] }, /divisions\.yaml: must map country codes to lists of division names/],
    [{ organizations: [{ id: 'Bad Id', name: 'X', type: 'ngo' }] }, /organizations\.yaml: entry 1 \(id "Bad Id"\): "id" must be a slug/],
    [{ organizations: [{ id: 'x', type: 'ngo' }] }, /entry 1 \(id "x"\): "name" is missing/],
    [{ organizations: [{ id: 'x', name: 'X', type: 'ngo', alias: ['Y'] }] }, /unknown field "alias"/],
    [{ organizations: [{ id: 'x', name: 'X', type: 'ngo', country: 'XX' }] }, /"country" "XX" is not a known country code/],
    [{ organizations: [{ id: 'x', name: 'X', type: 'ngo', aliases: 'Y' }] }, /"aliases" must be a list of strings/],
    [{ organizations: [{ id: 'x', name: 'X', type: 'ngo', generic: true, qualifier: 'sometimes' }] }, /"qualifier" must be "required" or "optional"/],
    [{ organizations: [{ id: 'x', name: 'X', type: 'ngo', country: 'KG', instance_of: 'gknb' }, { id: 'gknb', name: 'G', type: 'ngo' }] }, /"instance_of" must name a generic entry/],
    [{ places: [{ id: 'central-asia', name: 'Central Asia', type: 'region' }, { id: 'central-asia', name: 'Middle Asia', type: 'region' }] }, /id "central-asia" is used twice/],
    [{ places: { id: 'x' } }, /places\.yaml: must be a list of entries/],
    [{ countryAdditions: [{ code: 'ZZ' }] }, /countries\.yaml: entry 1: "code" "ZZ" is not a country/],
    [{ gazetteer: { min_population: 'many' } }, /gazetteer\.yaml: "min_population" must be a non-negative number/],
    [{ gazetteer: { divisions: 'yes' } }, /gazetteer\.yaml: "divisions" must be true or false/],
    [{ gazetteer: { after_preposition: 'Nice' } }, /gazetteer\.yaml: "after_preposition" must be a list/],
  ] as const)('rejects bad data naming the file and entry (%#)', (override, message) => {
    expect(() => buildKnowledge(raw(override as Partial<RawKnowledge>))).toThrow(message);
    expect(() => buildKnowledge(raw(override as Partial<RawKnowledge>))).toThrow(KnowledgeError);
  });

  it('reports unreadable YAML with the path of the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
    writeFileSync(path.join(dir, 'organizations.yaml'), '- id: x\n  name: [unclosed\n');
    writeFileSync(path.join(dir, 'places.yaml'), '[]\n');
    expect(() => loadKnowledge(dir)).toThrow(new RegExp(`${path.join(dir, 'organizations.yaml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: is not valid YAML`));
  });

  it('reports a missing required file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-'));
    expect(() => loadKnowledge(dir)).toThrow(/organizations\.yaml: cannot read the file/);
  });
});
