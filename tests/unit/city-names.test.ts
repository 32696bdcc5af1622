import { describe, expect, it } from 'vitest';
import { arabicTownNames, commonTownName, philippineTownNames, withCommonTownNames } from '../../src/pipeline/lib/city-names.ts';
import { splitGlossedAcronym } from '../../src/pipeline/lib/acronym-names.ts';

describe('commonTownName', () => {
  it('drops the river or region of a German-speaking town', () => {
    expect(commonTownName('Hanau am Main', 'DE')).toBe('Hanau');
    expect(commonTownName('Marburg an der Lahn', 'DE')).toBe('Marburg');
    expect(commonTownName('Königstein im Taunus', 'DE')).toBe('Königstein');
    expect(commonTownName('Garching bei München', 'DE')).toBe('Garching');
    expect(commonTownName('Halle (Saale)', 'DE')).toBe('Halle');
    expect(commonTownName('Klagenfurt am Wörthersee', 'AT')).toBe('Klagenfurt');
  });

  it('leaves other names and other countries alone', () => {
    expect(commonTownName('Hanau', 'DE')).toBeNull();
    expect(commonTownName('Bad Homburg', 'DE')).toBeNull();
    expect(commonTownName('Stratford upon Avon', 'GB')).toBeNull();
    expect(commonTownName('Mar del Plata', 'AR')).toBeNull();
  });

  it('adds the common name beside the official one', () => {
    const cities = withCommonTownNames([{ name: 'Hanau am Main', country: 'DE', population: 88648 }, { name: 'Kassel', country: 'DE', population: 194501 }]);
    expect(cities.map((city) => city.name)).toEqual(['Hanau am Main', 'Hanau', 'Kassel']);
    expect(cities[1]).toMatchObject({ country: 'DE', population: 88648 });
  });
});

describe('splitGlossedAcronym', () => {
  it('splits an acronym glossed by the words it stands for', () => {
    expect(splitGlossedAcronym('КНДР (Корейская Народно-Демократическая Республика)')).toEqual(['КНДР', 'Корейская Народно-Демократическая Республика']);
    expect(splitGlossedAcronym('КНР (Китайская Народная Республика)')).toEqual(['КНР', 'Китайская Народная Республика']);
  });

  it('keeps a bracket that is no expansion of the word before it', () => {
    expect(splitGlossedAcronym('Виргинские Острова (США)')).toEqual(['Виргинские Острова (США)']);
    expect(splitGlossedAcronym('США (Америка)')).toEqual(['США (Америка)']);
    expect(splitGlossedAcronym('Германия')).toEqual(['Германия']);
  });
});

describe('arabicTownNames', () => {
  it('gives the forms news text writes a strictly transliterated Arab town in', () => {
    expect(arabicTownNames('Mişrātah', 'LY')).toEqual(['Misratah', 'Misrata']);
    expect(arabicTownNames('As Sulaymānīyah', 'IQ')).toEqual(['As Sulaymaniyah', 'Sulaymaniyah', 'As Sulaymaniya', 'Sulaymaniya']);
    expect(arabicTownNames('Sāmarrā’', 'IQ')).toEqual(['Samarra']);
  });

  it('leaves towns elsewhere, and plain names, alone', () => {
    expect(arabicTownNames('Mişrātah', 'TR')).toEqual([]);
    expect(arabicTownNames('Mosul', 'IQ')).toEqual([]);
  });

  it('makes the town readable under those forms', () => {
    const names = withCommonTownNames([{ name: 'Mişrātah', country: 'LY', population: 386120 }]).map((city) => city.name);
    expect(names).toContain('Misrata');
  });
});

describe('philippineTownNames', () => {
  it('gives a Philippine city without "City", and nothing elsewhere', () => {
    expect(philippineTownNames('Marawi City', 'PH')).toEqual(['Marawi']);
    expect(philippineTownNames('Jolo', 'PH')).toEqual([]);
    expect(philippineTownNames('Kuwait City', 'KW')).toEqual([]);
    expect(withCommonTownNames([{ name: 'Iligan City', country: 'PH' }]).map((city) => city.name)).toEqual(['Iligan City', 'Iligan']);
  });
});
