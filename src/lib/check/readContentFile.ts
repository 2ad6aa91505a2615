import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { idPattern } from '../../schemas/refs.ts';
import { type ContentProblem, formatPath } from './contentProblem.ts';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { FrontmatterError, parseFrontmatter, yamlErrorWords, type ParsedDocument } from './parseFrontmatter.ts';
import { JsonSyntaxError, parseJsonFile } from './parseJsonFile.ts';
import { issueProblems } from './schemaProblems.ts';

/**
 * Reading an editor's file and turning what is wrong with it into problems
 * (file › field: message), the same way for data, content, the handbook and
 * the glossary.
 */

/** A file or the problems that stop it being read. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/** One file of a collection as read: its value when it read and passed its schema, and every problem found on the way. */
export interface ParsedFile<T> {
  /** File name without its extension: the URL segment. */
  id: string;
  /** Path from the project root. */
  file: string;
  value: T | undefined;
  /** The fields that passed their schema, when the whole did not (empty when the file did not parse). */
  fields: Partial<T>;
  /** The file as parsed, before its schema (undefined when its syntax is broken). */
  raw: unknown;
  problems: ContentProblem[];
}

/** The files of `dir` (from the project root) whose names end in `ext`, sorted by name. */
export function listContentFiles(root: string, dir: string, ext: string): { id: string; path: string; file: string }[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => {
      const path = join(full, name);
      return { id: name.slice(0, -ext.length), path, file: relative(root, path).split('\\').join('/') };
    });
}

/** A file name that would not make a URL: ids are ASCII kebab-case. */
export function fileNameProblem(file: string, id: string): ContentProblem | undefined {
  if (idPattern.test(id)) return undefined;
  return { file, field: '', line: 1, message: `文件名 "${id}" 会成为网址，只能用小写英文字母、数字和连字符(例如 gougoushou-guirenniao)`, gloss: 'expected an ASCII kebab-case file name' };
}

/** Parses a JSON file; a syntax error becomes a problem with its line and column. */
export function readJsonFile(path: string, file: string): ReadResult<unknown> {
  try {
    return { ok: true, value: parseJsonFile(readFileSync(path, 'utf8')) };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const gloss = error.message;
    return {
      ok: false,
      problems: [{ file, field: formatPath(error.path), ...(error.line ? { line: error.line, column: error.column } : {}), message: `不是合法的 JSON：${jsonHint(error.message)}`, gloss: `invalid JSON: ${gloss}` }],
    };
  }
}

/** Parses a YAML file (glossary, vocabularies); a syntax error becomes one problem with its line and column. */
export function readYamlFile(path: string, file: string): ReadResult<unknown> {
  try {
    return { ok: true, value: parseYaml(readFileSync(path, 'utf8')) };
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const { message, gloss, line, column } = yamlErrorWords(error);
    return { ok: false, problems: [{ file, field: '', ...(line === undefined ? {} : { line, column }), message, gloss }] };
  }
}

/** What V8's JSON message usually means, for an editor. */
function jsonHint(message: string): string {
  if (/Expected double-quoted property name/.test(message)) return '字段名要用双引号括起来(也可能是最后一项后面多了一个逗号)';
  if (/Expected ',' or '[}\]]'/.test(message)) return '缺少逗号(多半在上一行末尾)，或括号没有配对';
  if (/Unterminated string/.test(message)) return '引号没有闭合';
  if (/Bad control character/.test(message)) return '字符串里有换行或制表符：请删掉或写成 \\n';
  if (/Unexpected end of JSON/.test(message)) return '文件在中途结束：括号没有闭合';
  if (/Unexpected non-whitespace character after JSON/.test(message)) return '最外层的 } 之后还有内容';
  if (/Unexpected token '[“”‘’，：]'/.test(message)) return '用了中文标点：JSON 的引号、逗号、冒号都要用英文半角 " , :';
  return '这里有一个不该出现的符号(例如多余的逗号、中文引号或中文逗号)';
}

/**
 * Splits an MDX file into frontmatter and body; missing or broken YAML
 * becomes a problem. When only the YAML is broken the body is still
 * returned (`rest`), so its figures and typed numbers are checked too.
 */
export function readMdxFile(path: string, file: string): ReadResult<ParsedDocument> & { rest?: Omit<ParsedDocument, 'data'> } {
  try {
    return { ok: true, value: parseFrontmatter(readFileSync(path, 'utf8')) };
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    const problem: ContentProblem = { file, field: error.field, message: error.message, gloss: error.gloss, ...(error.line ? { line: error.line, column: error.column } : {}) };
    return { ok: false, problems: [problem], ...(error.rest ? { rest: error.rest } : {}) };
  }
}

/**
 * Validates `input` against an object schema field by field as well as
 * whole: the problems of the whole, and the fields that did pass, so the
 * checks that need a field (references, charts) still run on the rest of a
 * file with a schema error.
 */
export function parseFields<T>(file: string, schema: z.ZodType<T>, input: unknown, prefix: readonly PropertyKey[] = []): { value: T | undefined; fields: Partial<T>; problems: ContentProblem[] } {
  const whole = schema.safeParse(input);
  if (whole.success) return { value: whole.data, fields: whole.data, problems: [] };
  const fields: Record<string, unknown> = {};
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
    for (const [key, fieldSchema] of Object.entries(shape)) {
      const one = fieldSchema.safeParse((input as Record<string, unknown>)[key]);
      if (one.success) fields[key] = one.data;
    }
  }
  return { value: undefined, fields: fields as Partial<T>, problems: issueProblems(file, schema, whole.error, input, prefix) };
}

/**
 * A schema's complaints as problems (field path, value found, what was
 * expected). Pass the schema to get "did you mean" for misspelt field names.
 */
export function schemaProblems(file: string, error: z.ZodError, input: unknown, prefix: readonly PropertyKey[] = [], schema?: z.ZodType): ContentProblem[] {
  return issueProblems(file, schema, error, input, prefix);
}
