/**
 * Country codes that have the right shape but name no country (`XX`, `UK`):
 * the schema checks the shape, this rule checks the code is assigned.
 */
import { isCountryCode } from '../lib/countries.ts';
import { countryCode } from '../schema/article.ts';
import { recordItems, stringField, stringItems } from './raw.ts';
import { fieldError, type CheckError, type FieldPath, type ParsedFile } from './types.ts';

/**
 * Check every country code of a file: an article's `countries` and its
 * entities' `country`, an entity file's `country`.
 * @param file A parsed file.
 * @returns An error for each well-formed code that is not an assigned ISO 3166-1 alpha-2 code.
 */
export function countryErrors(file: ParsedFile): CheckError[] {
  const codes: Array<{ code: string; field: FieldPath }> = [];
  if (file.kind === 'article') {
    for (const { text, index } of stringItems(file.data, 'countries')) codes.push({ code: text, field: ['countries', index] });
    for (const { item, index } of recordItems(file.data, 'entities')) {
      const code = stringField(item, 'country');
      if (code !== undefined) codes.push({ code, field: ['entities', index, 'country'] });
    }
  } else if (file.kind === 'entity') {
    const code = stringField(file.data, 'country');
    if (code !== undefined) codes.push({ code, field: ['country'] });
  }
  return codes
    .filter(({ code }) => countryCode.safeParse(code).success && !isCountryCode(code))
    .map(({ code, field }) =>
      fieldError(file, field, `unexpected country code ${JSON.stringify(code)}, expected an assigned ISO 3166-1 alpha-2 code such as KG`),
    );
}
