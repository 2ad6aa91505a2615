import type { GlossaryTerm } from '../../schemas/glossaryTerm.ts';
import type { ContentProblem } from './contentProblem.ts';
import { glossaryFile, type GlossaryRead } from './readGlossary.ts';

/**
 * Checks the glossary as read: ids unique, no word matched by two terms (a
 * mention must name one term), every related term known. Returns the valid
 * terms, for the remark plugin that links their first mentions.
 */
export function checkGlossary(read: GlossaryRead): { terms: GlossaryTerm[]; problems: ContentProblem[] } {
  const problems = [...read.problems];
  const terms: GlossaryTerm[] = [];
  const owner = new Map<string, string>();
  read.terms.forEach((item, i) => {
    if (!item.ok) {
      problems.push(...item.problems);
      return;
    }
    const term = item.value;
    if (terms.some((t) => t.id === term.id)) problems.push({ file: glossaryFile, field: `[${i}].id`, message: `duplicate term id "${term.id}"` });
    for (const word of term.matches) {
      const key = word.toLowerCase();
      const other = owner.get(key);
      if (other && other !== term.id) problems.push({ file: glossaryFile, field: `[${i}].matches`, message: `"${word}" is already matched by term "${other}": a word may name one term only` });
      owner.set(key, term.id);
    }
    terms.push(term);
  });
  const ids = new Set(terms.map((t) => t.id));
  terms.forEach((term) =>
    term.related.forEach((id) => {
      if (!ids.has(id)) problems.push({ file: glossaryFile, field: `${term.id}.related`, message: `unknown term id "${id}"` });
    }),
  );
  return { terms, problems };
}
