/**
 * Defensive reading of frontmatter that has not been validated: rules look at
 * whatever parts are well formed, so that one broken field does not hide the
 * problems of the others (the schema rule reports the broken field itself).
 */

/**
 * @param value Anything.
 * @returns Whether it is a mapping (a plain object, not a list).
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A string field of a mapping.
 * @param value A mapping, or anything else.
 * @param key The field.
 * @returns The string, or undefined when the field is missing or not a string.
 */
export function stringField(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

/**
 * The mappings of a list field, with their indices.
 * @param value A mapping, or anything else.
 * @param key The field that should hold a list of mappings.
 * @returns Each mapping item and its index in the list; items that are not mappings are left out.
 */
export function recordItems(value: unknown, key: string): Array<{ item: Record<string, unknown>; index: number }> {
  if (!isRecord(value)) return [];
  const list = value[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => (isRecord(item) ? [{ item, index }] : []));
}

/**
 * The strings of a list field, with their indices.
 * @param value A mapping, or anything else.
 * @param key The field that should hold a list of strings.
 * @returns Each string item and its index; other items are left out.
 */
export function stringItems(value: unknown, key: string): Array<{ text: string; index: number }> {
  if (!isRecord(value)) return [];
  const list = value[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => (typeof item === 'string' ? [{ text: item, index }] : []));
}

/**
 * A short, quoted rendering of a value for messages.
 * @param value Anything found in frontmatter.
 * @returns `"XX"`, `number 42`, `null`, `list`, `mapping with value, what`, `nothing`.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.trim() === '' ? 'empty string' : quoted(value);
  if (typeof value === 'number') return `number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'empty list' : 'list';
  if (isRecord(value)) {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'empty mapping' : `mapping with ${keys.join(', ')}`;
  }
  return typeof value;
}

/**
 * Quote a text for a message, shortened when long.
 * @param text Any text.
 * @param max Longest length kept before an ellipsis.
 * @returns The text in double quotes, JSON-escaped.
 */
export function quoted(text: string, max = 80): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(short);
}
