import { stringify as stringifyYaml } from 'yaml';

/** How a value is written into a template: as a YAML scalar, a JSON string, or as is. */
export type TemplateFormat = 'yaml' | 'json' | 'text';

/** A value written so that the file still parses: plain YAML when it can be, quoted when it must. */
export function quoteValue(value: string, format: TemplateFormat): string {
  if (format === 'json') return JSON.stringify(value);
  if (format === 'yaml') return stringifyYaml(value, { lineWidth: 0 }).trimEnd();
  return value;
}

/** The names a template asks for, in order of first use: `{{title}}`, `{{yaml:title}}`. */
export function templateNames(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{(?:(yaml|json|text):)?([a-zA-Z]+)\}\}/g)].map((m) => m[2]!))];
}

/**
 * Fills `{{name}}` (as is), `{{yaml:name}}` and `{{json:name}}` (quoted for
 * that format) from `values`. Throws when a name has no value, so that no
 * template reaches an editor half-filled.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const missing = templateNames(template).filter((name) => values[name] === undefined);
  if (missing.length) throw new Error(`template needs values for: ${missing.join(', ')}`);
  return template.replace(/\{\{(?:(yaml|json|text):)?([a-zA-Z]+)\}\}/g, (_match, format: TemplateFormat | undefined, name: string) =>
    quoteValue(values[name]!, format ?? 'text'),
  );
}
