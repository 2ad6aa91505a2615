import { findTypedNumbersInText } from './typedNumbers.ts';

/** A `:fig[<dataset>/<entry>]` or `:date[<dataset>/<milestone>]` found in an MDX body. */
export interface FigureDirective {
  /** `fig` cites an entry's value, `date` a milestone's date. */
  name: 'fig' | 'date';
  ref: string;
  /** 1-based line within the body. */
  line: number;
}

/**
 * Lines of the body that type a number by hand instead of citing it: Arabic,
 * full-width and Chinese numerals (see `findTypedNumbersInText`) outside
 * directives, tags, link targets, attributes, code and list markers. `allowed`
 * are the words that are names, not figures (818, 双11), from
 * `content/vocabularies/allowed-number-words.yaml`.
 */
export function findTypedNumbers(body: string, allowed: readonly string[]): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  let inFence = false;
  body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) {
      inFence = !inFence;
      return;
    }
    if (inFence || /^\s*(import|export)\s/.test(text)) return;
    // A numbered list item (“1. ”) is a marker, not a figure; ids in {#…} and link targets are addresses.
    const rest = text
      .replace(/^\s*\d+[.)]\s/, '')
      .replace(/:(fig|date)\[[^\]]*\]/g, ' ')
      .replace(/`[^`]*`/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\{[^}]*\}/g, ' ')
      .replace(/\]\([^)]*\)/g, ']');
    for (const typed of findTypedNumbersInText(rest, { allowed, allowDates: false })) found.push({ line: i + 1, text: typed.text });
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
