/**
 * The zod schemas the site uses, applied to each file's frontmatter, with
 * zod's issues rewritten as `unexpected X, expected Y` at the field's line.
 */
import type { z } from 'zod';
import { articleSchema, entitySchema } from '../schema/article.ts';
import { describeValue } from './raw.ts';
import { fieldError, type CheckError, type FieldPath, type ParsedFile } from './types.ts';

/** One issue as zod v4 reports it. */
type Issue = z.core.$ZodIssue;

/** How zod names a type, and how a contributor would. */
const typeNames: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'null',
};

/**
 * Validate an article or entity file against its schema.
 * @param file A parsed article or entity file (other files are not validated).
 * @returns One error per schema issue.
 */
export function schemaErrors(file: ParsedFile): CheckError[] {
  if (file.kind === 'misplaced') return [];
  const schema = file.kind === 'article' ? articleSchema : entitySchema;
  const result = schema.safeParse(file.data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    return fieldError(file, field, issueMessage(issue, valueAt(file.data, field)));
  });
}

/**
 * Phrase a zod issue for a contributor.
 * @param issue The issue.
 * @param value The value found at the issue's path.
 * @returns For example `unexpected "company", expected one of person, organization, place`.
 */
export function issueMessage(issue: Issue, value: unknown): string {
  const found = value === undefined ? 'missing field' : `unexpected ${describeValue(value)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `${found}, expected ${typeNames[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `${found}, expected ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((option) => String(option)).join(', ')}`}`;
    case 'too_small':
      if (issue.origin === 'string') return `${found}, expected at least ${String(issue.minimum)} character${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'array') return `${found}, expected at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `${found}, expected at least ${String(issue.minimum)}`;
    case 'too_big':
      return `${found}, expected at most ${String(issue.maximum)}`;
    default:
      return /^expected\b/.test(issue.message) ? `${found}, ${issue.message}` : `${found}: ${issue.message}`;
  }
}

/**
 * The raw value at a field path.
 * @param data Frontmatter data.
 * @param field Path of keys and indices.
 * @returns The value, or undefined when the path leaves the data.
 */
function valueAt(data: unknown, field: FieldPath): unknown {
  let value = data;
  for (const part of field) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}
