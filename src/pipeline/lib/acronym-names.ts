/**
 * Country names that packages write as an acronym glossed by its expansion,
 * "КНДР (Корейская Народно-Демократическая Республика)": text uses either
 * half alone, never the two together.
 */

/** "ACRONYM (Expansion)". */
const GLOSSED_ACRONYM = /^(\p{Lu}{2,6}) \(([^()]+)\)$/u;

/**
 * @param name A name as a package gives it.
 * @returns The acronym and its expansion when the acronym is made of the
 *   expansion's initials (hyphenated words count each part), else the name alone.
 */
export function splitGlossedAcronym(name: string): string[] {
  const match = GLOSSED_ACRONYM.exec(name);
  if (match === null) return [name];
  const [, acronym, expansion] = match as unknown as [string, string, string];
  const initials = expansion
    .split(/[\s-]+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials === acronym ? [acronym, expansion] : [name];
}
