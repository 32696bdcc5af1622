/**
 * Religious and traditional styles before a person's full name ("Sheikh Rashid
 * Ahmed", "Hafiz Saeed Khan", "Maulana Fazlur Rehman"). In South Asian and Somali
 * usage the style is commonly read as part of the name, and careful annotators
 * write it so; the bare name stays an alias (`unstyledAlias`), so that both
 * readings match.
 *
 * Pure: a function of the scanned paragraphs and the mentions found so far.
 */
import { mentionOf } from './known.ts';
import type { Mention } from './mention.ts';
import type { ScannedParagraph } from './scan.ts';
import { isCapitalized } from './tokens.ts';

/**
 * Styles, as match keys, that become part of a person's written name. Offices
 * ("Imam", "Mufti", "Emir") and ranks ("Ayatollah") stay titles: "Ayatollah Ali
 * Khamenei" is named "Ali Khamenei".
 */
export const NAME_STYLE_WORDS: ReadonlySet<string> = new Set([
  'sheikh', 'shaykh', 'sheik', 'mullah', 'mulla', 'maulana', 'mawlana', 'mawlawi', 'maulvi', 'qari', 'hafiz', 'haji', 'hajji', 'ustaz',
]);

/**
 * Person mentions of two words or more with a capitalised style right before
 * them, widened to take the style in.
 * @param mentions Mentions found so far.
 * @param paragraphs Scanned paragraphs.
 * @returns The mentions, each such one replaced by its styled form.
 */
export function withNameStyles(mentions: readonly Mention[], paragraphs: readonly ScannedParagraph[]): Mention[] {
  return mentions.map((mention) => {
    const { ref } = mention;
    if (ref.kind !== 'found' || ref.type !== 'person' || !/\s/u.test(ref.name)) return mention;
    const paragraph = paragraphs[mention.para];
    const style = paragraph?.tokens[mention.start - 1];
    if (paragraph === undefined || style === undefined || !isCapitalized(style) || !NAME_STYLE_WORDS.has(style.norm)) return mention;
    // ("Sheikh Zayed Hospital ... Mohammed Ali": a style that another mention already holds is not this one's.)
    if (mentions.some((other) => other.para === mention.para && other.start < mention.start && other.end >= mention.start)) return mention;
    const styled = mentionOf(paragraph, mention.start - 1, mention.end, { ...ref, name: `${style.text} ${ref.name}` }, mention.nameCandidate, mention.country);
    return { ...mention, ...styled };
  });
}

/**
 * The bare form of a styled name of three words or more ("Sheikh Rashid Ahmed" ->
 * "Rashid Ahmed"); a style before one word ("Mullah Omar") keeps it.
 * @param name A person's name.
 * @returns The name without its style, or undefined.
 */
export function unstyledAlias(name: string): string | undefined {
  const words = name.split(/\s+/u);
  return words.length >= 3 && NAME_STYLE_WORDS.has((words[0] ?? '').toLowerCase()) ? words.slice(1).join(' ') : undefined;
}
