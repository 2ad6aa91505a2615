import type { z } from 'astro/zod';
import { figureRefPattern } from '../../schemas/figureRef.ts';
import { idPattern } from '../../schemas/refs.ts';
import { type ContentProblem, formatPath, shownValue } from './contentProblem.ts';
import { didYouMean, knownList, suggestion } from './didYouMean.ts';

/**
 * A schema's complaints as problems an editor can act on, in Chinese with an
 * English gloss: the field path, the value found, what was expected, and
 * "did you mean" for a misspelt field or value. `prefix` places the input
 * inside its file (a glossary term is `[3]` in its list).
 */
export function issueProblems(file: string, schema: z.ZodType | undefined, error: z.ZodError, input: unknown, prefix: readonly PropertyKey[] = []): ContentProblem[] {
  // A misspelt field is also a missing one (`lable` for `label`): say it once, as the misspelling.
  const misspelt = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys' || !schema) continue;
    const known = objectKeys(schemaAt(schema, issue.path, input));
    for (const key of issue.keys) {
      const near = didYouMean(key, known);
      if (near) misspelt.add(formatPath([...issue.path, near]));
    }
  }
  const issues = error.issues.filter((issue) => !(issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined && misspelt.has(formatPath(issue.path))));
  return issues.flatMap((issue): ContentProblem[] => {
    const path = [...prefix, ...issue.path];
    const at = (keys: readonly PropertyKey[], message: string, gloss: string): ContentProblem => ({ file, field: formatPath(keys), message, gloss });
    const found = valueAt(input, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        // Schemas are strict so that a misspelt optional field is not silently dropped.
        const known = schema ? objectKeys(schemaAt(schema, issue.path, input)) : [];
        return issue.keys.map((key) => {
          const near = suggestion(key, known);
          return at([...path, key], `未知字段 "${key}"${near.zh || `，可用的字段：${knownList(known)}`}`, `unknown field${near.en}`);
        });
      }
      case 'invalid_type': {
        if (found === undefined) return [at(path, `缺少必填字段 ${String(path.at(-1) ?? '')}（应为${typeName(issue.expected)}）`, `missing required field`)];
        return [at(path, `应为${typeName(issue.expected)}，实际是${kindOf(found)} ${shownValue(found)}`, `expected ${glossName[issue.expected] ?? issue.expected}`)];
      }
      case 'invalid_value': {
        const values = issue.values.map(String);
        const near = suggestion(String(found), values);
        return [at(path, `应为以下之一：${values.join('、')}，实际是 ${shownValue(found)}${near.zh}`, `expected one of the listed values${near.en}`)];
      }
      case 'invalid_union': {
        const union = issue as z.core.$ZodIssueInvalidUnion & { discriminator?: string; options?: unknown[] };
        if (union.discriminator && union.options) {
          const values = union.options.map(String);
          const near = suggestion(String(found), values);
          return [at(path, `应为以下之一：${values.join('、')}，实际是 ${shownValue(found)}${near.zh}`, `expected ${union.discriminator} to be one of the listed values${near.en}`)];
        }
        return [at(path, `${issue.message}，实际是 ${shownValue(found)}`, 'matches none of the allowed forms')];
      }
      case 'too_small': {
        const n = Number(issue.minimum);
        if (issue.origin === 'string') return [at(path, n <= 1 ? '不能为空' : `至少要写 ${n} 个字，实际 ${String(found ?? '').length} 个`, n <= 1 ? 'must not be empty' : `expected at least ${n} characters`)];
        if (issue.origin === 'array') return [at(path, `至少要有 ${n} 项，实际 ${Array.isArray(found) ? found.length : 0} 项`, `expected at least ${n} item${n === 1 ? '' : 's'}`)];
        return [at(path, `应不小于 ${n}，实际是 ${shownValue(found)}`, `expected at least ${n}`)];
      }
      case 'too_big': {
        const n = Number(issue.maximum);
        if (issue.origin === 'string') return [at(path, `最多 ${n} 个字，实际 ${String(found ?? '').length} 个`, `expected at most ${n} characters`)];
        if (issue.origin === 'array') return [at(path, `最多 ${n} 项，实际 ${Array.isArray(found) ? found.length : 0} 项`, `expected at most ${n} items`)];
        return [at(path, `应不大于 ${n}，实际是 ${shownValue(found)}`, `expected at most ${n}`)];
      }
      case 'invalid_format': {
        const format = issue as z.core.$ZodIssueInvalidStringFormat;
        return [at(path, `${formatWords(format)}，实际是 ${shownValue(found)}`, issue.message)];
      }
      default:
        return [at(path, `${issue.message}（实际是 ${shownValue(found)}）`, issue.message)];
    }
  });
}

/** What a string format asks for, in the editor's words. */
function formatWords(issue: z.core.$ZodIssueInvalidStringFormat): string {
  if (issue.format === 'url') return '应为以 http:// 或 https:// 开头的网址';
  if (issue.format === 'regex' && issue.pattern) {
    if (issue.pattern === String(idPattern)) return '应为由小写英文字母、数字和连字符组成的 id(例如 gougoushou-guirenniao)';
    if (issue.pattern === String(figureRefPattern)) return '应为 "<数据集id>/<条目id>" 形式的引用(例如 lexu-818/gmv-vs-july)';
    if (issue.pattern.includes('\\d{4}')) return '应为日期 YYYY、YYYY-MM 或 YYYY-MM-DD(例如 2022-08-14)';
  }
  return `格式不对(${issue.message})`;
}

function typeName(expected: string): string {
  const names: Record<string, string> = { number: '数字(例如 14500000)', string: '文字', array: '列表 [ … ]', object: '一组字段 { … }', boolean: 'true 或 false' };
  return names[expected] ?? expected;
}

const glossName: Record<string, string> = { number: 'a number', string: 'text', array: 'a list', object: 'a group of fields', boolean: 'true or false' };

function kindOf(value: unknown): string {
  if (typeof value === 'string') return '文字';
  if (typeof value === 'number') return '数字';
  if (Array.isArray(value)) return '列表';
  if (value === null) return '空值';
  return typeof value === 'object' ? '一组字段' : typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}
const defOf = (schema: z.ZodType | undefined): SchemaDef | undefined => (schema as unknown as { _zod?: { def: SchemaDef } } | undefined)?._zod?.def;

/** Strips wrappers (optional, default, lazy …) that do not change what a value looks like. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (!def) return current;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
  return current;
}

/** The option of a (discriminated) union that `input` chose. */
function chosenOption(def: SchemaDef, input: unknown): z.ZodType | undefined {
  const options = def.options ?? [];
  if (def.discriminator && input && typeof input === 'object') {
    const tag = (input as Record<string, unknown>)[def.discriminator];
    return options.find((o) => (defOf(unwrap(objectField(o, def.discriminator!))) ?? {}).values?.includes(tag));
  }
  return options[0];
}

function objectField(schema: z.ZodType, key: string): z.ZodType | undefined {
  return defOf(unwrap(schema))?.shape?.[key];
}

/** The schema that validates the value at `path` of `input`. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[], input: unknown): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  let value = input;
  for (let i = 0; i <= path.length; i++) {
    current = unwrap(current);
    let def = defOf(current);
    if (def?.type === 'union') {
      current = unwrap(chosenOption(def, value));
      def = defOf(current);
    }
    if (i === path.length || !def) return current;
    const key = path[i]!;
    if (def.type === 'object') current = def.shape?.[String(key)];
    else if (def.type === 'array') current = def.element;
    else return undefined;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return current;
}

/** The field names an object schema knows. */
export function objectKeys(schema: z.ZodType | undefined): string[] {
  return Object.keys(defOf(unwrap(schema))?.shape ?? {});
}
