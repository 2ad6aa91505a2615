import type { GlossaryTerm } from '../../schemas/glossaryTerm.ts';
import type { ContentProblem } from './contentProblem.ts';
import { suggestion } from './didYouMean.ts';
import { glossaryFile, type GlossaryRead } from './readGlossary.ts';

/**
 * Checks the glossary as read: ids unique, no word matched by two terms (a
 * mention must name one term), every related term known. Returns the valid
 * terms, for the remark plugin that links their first mentions. With
 * `sectionIds`, every handbook section a term names must exist.
 */
export function checkGlossary(read: GlossaryRead, sectionIds?: ReadonlySet<string>): { terms: GlossaryTerm[]; problems: ContentProblem[] } {
  const problems = [...read.problems];
  const terms: GlossaryTerm[] = [];
  const owner = new Map<string, string>();
  read.terms.forEach((item, i) => {
    if (!item.ok) {
      problems.push(...item.problems);
      return;
    }
    const term = item.value;
    if (terms.some((t) => t.id === term.id)) problems.push({ file: glossaryFile, field: `[${i}].id`, message: `术语 id "${term.id}" 重复了`, gloss: 'duplicate term id' });
    term.matches.forEach((word, j) => {
      const key = word.toLowerCase();
      const other = owner.get(key);
      if (other && other !== term.id)
        problems.push({ file: glossaryFile, field: `[${i}].matches[${j}]`, message: `"${word}" 已经是术语 "${other}" 的匹配词：一个词只能对应一个术语`, gloss: 'a word may name one term only' });
      owner.set(key, term.id);
    });
    terms.push(term);
  });
  // Terms that are in the file but invalid still exist: naming them is not a mistake.
  const ids = new Set([...terms.map((t) => t.id), ...read.ids]);
  read.terms.forEach((item, i) => {
    if (!item.ok) return;
    item.value.related.forEach((id, j) => {
      if (ids.has(id)) return;
      const near = suggestion(id, ids);
      problems.push({ file: glossaryFile, field: `[${i}].related[${j}]`, message: `未知术语 "${id}"${near.zh}`, gloss: `unknown term id "${id}"${near.en}` });
    });
    if (!sectionIds) return;
    item.value.sections.forEach((id, j) => {
      if (sectionIds.has(id)) return;
      const near = suggestion(id, sectionIds);
      problems.push({ file: glossaryFile, field: `[${i}].sections[${j}]`, message: `未知的手册小节 "${id}"${near.zh}`, gloss: `unknown handbook section "${id}"${near.en}` });
    });
  });
  return { terms, problems };
}
