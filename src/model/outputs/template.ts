const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*(?::([^}]*))?\}\}/g;

/**
 * Fills `{{name}}` and `{{name:argument}}` placeholders. `value` returns the text for a
 * placeholder, or null for one it does not know, which then stays as written. Nothing in a
 * template is ever executed.
 */
export function fillTemplate(
  template: string,
  value: (name: string, argument: string | null) => string | null,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string, argument?: string) => {
    const text = value(name.toLowerCase(), argument?.trim() ?? null);
    return text ?? whole;
  });
}
