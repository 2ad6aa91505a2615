/** A `:fig[<dataset>/<entry>]` or `:date[<dataset>/<milestone>]` found in an MDX body. */
export interface FigureDirective {
  /** `fig` cites an entry's value, `date` a milestone's date. */
  name: 'fig' | 'date';
  ref: string;
  /** 1-based line within the body. */
  line: number;
}

/**
 * Arabic digits in prose outside directives: a figure typed by hand. Festival
 * names (818, 618, 双11) and the like are words, not figures.
 */
export const allowedNumberWords = ['818', '618', '双11', '3C', 'FACT', 'UV', 'KA', 'SKU', 'GMV'];

/** Lines of the body that type a number by hand instead of citing it. */
export function findTypedNumbers(body: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence || /^\s*(import|export)\s/.test(text)) return;
    // A numbered list item (“1. ”) is a marker, not a figure.
    let rest = text.replace(/^\s*\d+[.)]\s/, '').replace(/:(fig|date)\[[^\]]*\]/g, '').replace(/<[^>]*>/g, '').replace(/\]\([^)]*\)/g, ']');
    for (const word of allowedNumberWords) rest = rest.split(word).join('');
    const digits = /\d+(?:[.,]\d+)*%?/.exec(rest);
    if (digits) found.push({ line: i + 1, text: digits[0] });
  });
  return found;
}

/**
 * Finds the figure directives of an MDX body, outside fenced code. The remark
 * plugin (`src/markdown/remarkFigures.ts`) renders them; this finds them for
 * the content checker, which runs without a Markdown pipeline.
 */
export function findFigureDirectives(body: string): FigureDirective[] {
  const found: FigureDirective[] = [];
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    const withoutCode = text.replace(/`[^`]*`/g, '');
    for (const match of withoutCode.matchAll(/:(fig|date)\[([^\]]*)\]/g))
      found.push({ name: match[1] as 'fig' | 'date', ref: match[2]!.trim(), line: i + 1 });
  });
  return found;
}
