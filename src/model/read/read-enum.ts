import { warning, type Problem } from '../problem';
import { lowerCase } from './lower-case';
import { describeValue, getProperty, type Frontmatter } from './properties';

/**
 * Reads an enum property case-insensitively. Absent or empty gives the fallback silently; an
 * unknown value gives the fallback with a warning that lists the allowed values.
 */
export function readEnum<T extends string>(
  fm: Frontmatter,
  name: string,
  schema: { readonly options: readonly T[] },
  fallback: T | null,
  file: string,
  problems: Problem[],
): T | null {
  const found = getProperty(fm, name);
  let value = found?.value;
  if (Array.isArray(value) && value.length === 1) value = value[0] as unknown;
  if (value === undefined || value === null || value === '') return fallback;
  const text = typeof value === 'string' ? lowerCase(value.trim()) : null;
  if (text !== null && (schema.options as readonly string[]).includes(text)) return text as T;
  const allowed = schema.options.join(', ');
  const then = fallback === null ? 'it is ignored' : `"${fallback}" is used`;
  problems.push(
    warning(
      file,
      found?.key ?? name,
      `${describeValue(value)} is not a known ${name}; ${then}. Use one of: ${allowed}.`,
    ),
  );
  return fallback;
}
