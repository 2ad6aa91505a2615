import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/lib/check/parseFrontmatter.ts';
import {
  editorSchemaDir,
  editorSchemaJson,
  editorSchemaKinds,
  renderEditorSchemas,
  renderVscodeSettings,
  vscodeSettingsFile,
  type EditorSchemaKind,
} from '../../../src/lib/editorSchemas/editorSchemas.ts';

const root = join(import.meta.dirname, '../../..');

/** The files of a kind in the real content, from its globs (one `*` in the file name at most). */
function filesOf(kind: EditorSchemaKind): string[] {
  return kind.fileMatch.flatMap((pattern) => {
    const slash = pattern.lastIndexOf('/');
    const dir = pattern.slice(0, slash);
    const name = new RegExp(`^${pattern.slice(slash + 1).replace(/[.]/g, '\\.').replace('*', '[^/]*')}$`);
    if (!existsSync(join(root, dir))) return [];
    return readdirSync(join(root, dir))
      .filter((f) => name.test(f))
      .map((f) => `${dir}/${f}`);
  });
}

/** A file's data as an editor's schema sees it: JSON, YAML, or MDX frontmatter. */
function dataOf(kind: EditorSchemaKind, file: string): unknown {
  const text = readFileSync(join(root, file), 'utf8');
  if (kind.fileKind === 'json') return JSON.parse(text);
  if (kind.fileKind === 'yaml') return parseYaml(text);
  return parseFrontmatter(text).data;
}

function validatorFor(kind: EditorSchemaKind) {
  // Formats are the editor's business; the zod schema behind the check decides.
  return new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(editorSchemaJson(kind));
}

describe('JSON Schema files for editors (schemas/, npm run schemas)', () => {
  it('are up to date with the zod schemas: run `npm run schemas` after changing src/schemas/', () => {
    const expected = renderEditorSchemas();
    const committed = readdirSync(join(root, editorSchemaDir)).filter((f) => f.endsWith('.schema.json'));
    expect(committed.sort()).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(readFileSync(join(root, editorSchemaDir, file), 'utf8'), `${editorSchemaDir}/${file} is stale`).toBe(text);
    expect(readFileSync(join(root, vscodeSettingsFile), 'utf8'), `${vscodeSettingsFile} is stale`).toBe(renderVscodeSettings());
  });

  it('give every field a description, so that the editor can show what to write', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === 'object')
        for (const [key, property] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
          // A discriminator (`type`, `kind`, `op`) is described by its constant's own text or by its variant.
          if (!property.description && property.const === undefined) missing.push(`${path}.${key}`);
        }
      for (const [key, child] of Object.entries(record)) walk(child, `${path}/${key}`);
    };
    for (const kind of editorSchemaKinds) walk(editorSchemaJson(kind), kind.file);
    expect(missing).toEqual([]);
  });

  for (const kind of editorSchemaKinds) {
    it(`${kind.file} accepts every ${kind.fileMatch.join(', ')} of the real content`, () => {
      const validate = validatorFor(kind);
      const files = filesOf(kind);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const ok = validate(dataOf(kind, file));
        expect(ok ? [] : validate.errors, file).toEqual([]);
      }
    });
  }

  it('reject a misspelt field, as the check does', () => {
    const kind = editorSchemaKinds.find((k) => k.file === 'dataset.schema.json')!;
    const validate = validatorFor(kind);
    const file = filesOf(kind)[0]!;
    const data = dataOf(kind, file) as Record<string, unknown>;
    const { description, ...rest } = data;
    expect(validate({ ...rest, descripton: description })).toBe(false);
    expect(validate.errors?.map((e) => e.params)).toContainEqual({ additionalProperty: 'descripton' });
  });

  it('every dataset that names a schema names the committed one', () => {
    const kind = editorSchemaKinds.find((k) => k.file === 'dataset.schema.json')!;
    for (const file of filesOf(kind)) {
      const named = (dataOf(kind, file) as { $schema?: string }).$schema;
      if (named !== undefined) expect(existsSync(join(root, 'data', named)), `${file}: $schema "${named}"`).toBe(true);
    }
  });
});
