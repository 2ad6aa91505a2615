/**
 * `npm run schemas`: writes the JSON Schema of every file kind editors write
 * (schemas/*.schema.json) and the editor settings that map files to them
 * (.vscode/settings.json), from the zod schemas in src/schemas/. A test fails
 * when the committed files are stale.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { editorSchemaDir, renderEditorSchemas, renderVscodeSettings, vscodeSettingsFile } from '../lib/editorSchemas/editorSchemas.ts';

const root = process.cwd();
const schemas = renderEditorSchemas();
const dir = join(root, editorSchemaDir);
mkdirSync(dir, { recursive: true });
// A kind that was removed must not leave its schema behind.
for (const name of readdirSync(dir)) if (name.endsWith('.schema.json') && !schemas.has(name)) rmSync(join(dir, name));
for (const [name, text] of schemas) writeFileSync(join(dir, name), text);
mkdirSync(dirname(join(root, vscodeSettingsFile)), { recursive: true });
writeFileSync(join(root, vscodeSettingsFile), renderVscodeSettings());
console.log(`✓ 已写入 ${schemas.size} 个 JSON Schema 到 ${editorSchemaDir}/，以及 ${vscodeSettingsFile} / wrote ${schemas.size} schemas`);
