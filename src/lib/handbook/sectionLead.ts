import { sectionMarkerPattern } from './parseSections.ts';

/** Turns a `:fig[ref]` or `:date[ref]` directive into the words the page shows; undefined leaves the sentence out. */
export type DirectiveText = (name: 'fig' | 'date', ref: string) => string | undefined;

/**
 * The opening paragraph of a handbook section as plain text, for its share
 * card and link preview: the first paragraph under the `## … :section{#id}`
 * heading (sub-headings, lists and quotes skipped), with Markdown marks
 * removed and figure directives written out. Cut at a sentence end within
 * `maxLength` characters. Empty when the section has no paragraph.
 */
export function sectionLead(body: string, sectionId: string, directiveText: DirectiveText, maxLength = 110): string {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => /^ {0,3}##(?!#)\s/.test(line) && sectionMarkerPattern.exec(line)?.[1] === sectionId);
  if (start < 0) return '';
  const paragraph: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^ {0,3}##(?!#)\s/.test(line)) break;
    const text = line.trim();
    if (text === '') {
      if (paragraph.length) break;
      continue;
    }
    if (/^(#|[-*+>|]|\d+[.)]\s|```|~~~|<|import\s|:::)/.test(text)) {
      if (paragraph.length) break;
      continue;
    }
    paragraph.push(text);
  }
  const plain = plainText(paragraph.join(''), directiveText);
  return clip(plain, maxLength);
}

function plainText(markdown: string, directiveText: DirectiveText): string {
  // A sentence whose figure cannot be written out is left out rather than shown with a hole.
  const sentences = markdown.match(/[^。！？]+[。！？]?/g) ?? [];
  const kept: string[] = [];
  for (const sentence of sentences) {
    let missing = false;
    const text = sentence.replace(/:(fig|date)\[([^\]]*)\](\{[^}]*\})?/g, (_, name: 'fig' | 'date', ref: string) => {
      const words = directiveText(name, ref);
      if (words === undefined) missing = true;
      return words ?? '';
    });
    if (!missing) kept.push(text);
  }
  return kept
    .join('')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters, ending at the last full sentence that fits, else with “…”. */
function clip(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const end = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return end >= max / 3 ? head.slice(0, end + 1) : `${chars.slice(0, max - 1).join('')}…`;
}
