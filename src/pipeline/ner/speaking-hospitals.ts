/**
 * A hospital is a place where people are taken ("taken to Bwera Hospital"), but
 * a body when it speaks: "The Ottawa Hospital said it received three patients",
 * "a spokesperson for the Lady Reading Hospital said". Where any mention of a
 * hospital found by a pattern speaks, every mention of it names an organization.
 *
 * Pure: a function of the mentions found so far and the paragraphs' tokens.
 */
import type { Mention } from './mention.ts';
import type { ScannedParagraph } from './scan.ts';

/** Heads of a hospital's name, as match keys ("Medical Center" ends in "center" after "medical"). */
const HOSPITAL_HEADS: ReadonlySet<string> = new Set(['hospital', 'clinic', 'infirmary']);

/** Verbs of speech right after a speaking body's name. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'stated', 'announced', 'confirmed', 'reported', 'added']);

/** Prepositions that make a hospital where its staff speak. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'from', 'of']);

/** Nouns of a body's voice before "for (the)" and its name. */
const VOICE_NOUNS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'statement']);

/**
 * Hospitals that speak, typed as organizations.
 * @param mentions Mentions found so far.
 * @param paragraphs The scanned paragraphs.
 * @returns The mentions, the hospitals that speak given an organization's reference.
 */
export function speakingHospitals(mentions: readonly Mention[], paragraphs: readonly ScannedParagraph[]): Mention[] {
  const speaking = new Set<string>();
  for (const mention of mentions) {
    if (isFoundHospital(mention) && speaks(mention, paragraphs[mention.para])) speaking.add(mention.ref.kind === 'found' ? mention.ref.name : '');
  }
  if (speaking.size === 0) return [...mentions];
  return mentions.map((mention) => {
    const { ref } = mention;
    if (ref.kind !== 'found' || ref.type !== 'place' || !speaking.has(ref.name)) return mention;
    return { ...mention, type: 'organization', ref: { ...ref, type: 'organization' } };
  });
}

/**
 * @param mention A mention.
 * @returns Whether a pattern found it as a place whose last word is a hospital's head.
 */
function isFoundHospital(mention: Mention): boolean {
  const { ref } = mention;
  if (ref.kind !== 'found' || ref.type !== 'place') return false;
  const words = ref.name.toLowerCase().split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  return HOSPITAL_HEADS.has(last) || ((last === 'center' || last === 'centre') && words[words.length - 2] === 'medical');
}

/**
 * @param mention A hospital's mention.
 * @param paragraph Its paragraph.
 * @returns Whether a verb of speech follows it ("X Hospital said") or a voice's noun and "for" precede it.
 */
function speaks(mention: Mention, paragraph: ScannedParagraph | undefined): boolean {
  if (paragraph === undefined) return false;
  const tokens = paragraph.tokens;
  // ("The Hillel Yaffe Medical Center in Hadera said": where it stands may come between.)
  let next = mention.end;
  if (tokens[next]?.norm === 'in' && tokens[next + 1]?.capitalized === true) next += 2;
  const before = tokens[mention.start - 1]?.norm === 'the' ? mention.start - 2 : mention.start - 1;
  // ("Hospital officials at Lady Reading Hospital said": the officials speak, where they work.)
  if (SPEECH_VERBS.has(tokens[next]?.norm ?? '')) return !PLACE_PREPOSITIONS.has(tokens[before]?.norm ?? '');
  return tokens[before]?.norm === 'for' && VOICE_NOUNS.has(tokens[before - 1]?.norm ?? '');
}
