import { z } from 'astro/zod';

/** A figure cited as `<dataset-id>/<entry-id>`, the form used in frontmatter and in `:fig[…]`. */
export const figureRefPattern = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export const figureRefSchema = z
  .string()
  .regex(figureRefPattern, 'expected a figure reference "<dataset-id>/<entry-id>", e.g. "lexu-818/gmv-vs-july"')
  .describe('引用的数字：<数据集id>/<条目id>。');

/** Splits a figure reference into its dataset and entry ids. */
export function parseFigureRef(ref: string): { dataset: string; entry: string } | undefined {
  const match = figureRefPattern.exec(ref.trim());
  return match ? { dataset: match[1]!, entry: match[2]! } : undefined;
}
