import { idPattern } from '../../schemas/refs.ts';

/**
 * An id (file name, URL segment) proposed for something new: what is wrong
 * with it, in Chinese with an English gloss; empty when it can be used.
 */
export function newIdProblems(id: string, what: string, taken: Iterable<string>): string[] {
  if (!id) return [`缺少${what} id / missing id`];
  if (!idPattern.test(id)) {
    const suggestion = suggestId(id);
    return [
      `${what} id "${id}" 不合格式：只能用小写英文字母、数字和连字符，例如 "${suggestion || 'lexu-new-case'}"，它会成为网址的一部分 / expected an ASCII kebab-case id`,
    ];
  }
  if (new Set(taken).has(id)) return [`${what} id "${id}" 已经存在：换一个 id，或直接编辑现有的文件 / "${id}" already exists`];
  return [];
}

/** The nearest well-formed id to what was typed: lower case, ASCII, hyphens; empty when nothing ASCII is left. */
export function suggestId(raw: string): string {
  return raw
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
