/** A frontmatter value the plugin writes: text, numbers, yes/no, or lists of text. */
export type YamlValue = string | number | boolean | null | readonly string[];

// Plain (unquoted) YAML scalars that read back as the same string: no indicators at the start,
// no ": " or " #" inside, and nothing YAML would read as a number, boolean, null or date.
const PLAIN = /^[A-Za-z_][\w ./()'-]*$/;
const AMBIGUOUS = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

/** A string as YAML: plain when that is safe, else double-quoted (a JSON string is valid YAML). */
export function yamlString(value: string): string {
  // A day stays unquoted, as Obsidian writes date properties.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return PLAIN.test(value) && !AMBIGUOUS.test(value) && !/\s$/.test(value)
    ? value
    : JSON.stringify(value);
}

/** A frontmatter block, `---` lines included, with keys in the given order. */
export function frontmatterText(fields: Record<string, YamlValue | undefined>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      lines.push(value.length === 0 ? `${key}: []` : `${key}:`);
      for (const item of value as readonly string[]) lines.push(`  - ${yamlString(item)}`);
    } else if (value === null) lines.push(`${key}:`);
    else if (typeof value === 'string') lines.push(`${key}: ${yamlString(value)}`);
    else lines.push(`${key}: ${String(value)}`);
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}
