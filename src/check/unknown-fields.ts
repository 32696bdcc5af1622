/**
 * Fields the schemas do not know. Zod drops them silently, so a misspelt key
 * (`claimnt:`) would lose its value without a word: the check names it.
 * The known fields are read from the schemas themselves.
 */
import { articleEntitySchema, articleSchema, entitySchema, figureSchema } from '../schema/article.ts';
import { isRecord, recordItems } from './raw.ts';
import { fieldError, type CheckError, type FieldPath, type ParsedFile } from './types.ts';

const articleFields = Object.keys(articleSchema.shape);
const articleEntityFields = Object.keys(articleEntitySchema.shape);
const figureFields = Object.keys(figureSchema.shape);
const articleAnnotatorFields = Object.keys(articleSchema.shape.annotator.unwrap().shape);
const entityFields = Object.keys(entitySchema.shape);
const entityAnnotatorFields = Object.keys(entitySchema.shape.annotator.unwrap().shape);

/**
 * Report every field of a file's frontmatter that its schema does not define.
 * @param file A parsed article or entity file.
 * @returns One error per unknown field.
 */
export function unknownFieldErrors(file: ParsedFile): CheckError[] {
  const data = file.data;
  if (file.kind === 'article') {
    return [
      ...unknownKeys(file, data, [], articleFields),
      ...unknownKeys(file, isRecord(data) ? data.annotator : undefined, ['annotator'], articleAnnotatorFields),
      ...recordItems(data, 'entities').flatMap(({ item, index }) => unknownKeys(file, item, ['entities', index], articleEntityFields)),
      ...recordItems(data, 'figures').flatMap(({ item, index }) => unknownKeys(file, item, ['figures', index], figureFields)),
    ];
  }
  if (file.kind === 'entity') {
    return [
      ...unknownKeys(file, data, [], entityFields),
      ...unknownKeys(file, isRecord(data) ? data.annotator : undefined, ['annotator'], entityAnnotatorFields),
    ];
  }
  return [];
}

/**
 * @param file The file.
 * @param value A mapping (anything else has no keys to report).
 * @param at Path of the mapping.
 * @param known Keys the schema defines there.
 * @returns An error for each other key.
 */
function unknownKeys(file: ParsedFile, value: unknown, at: FieldPath, known: readonly string[]): CheckError[] {
  if (!isRecord(value)) return [];
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => fieldError(file, [...at, key], `unexpected field ${JSON.stringify(key)}, expected one of ${known.join(', ')}`));
}
