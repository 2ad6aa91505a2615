import { figureText, milestoneText, type DatasetIndex } from './datasetIndex.ts';
import { findFigureDirectives } from './findFigureDirectives.ts';

/**
 * What a Markdown-rendered body's HTML depends on besides its own file
 * (src/loaders/markdownBodyGlob.ts): Astro's content layer keeps the HTML
 * and renders again only when the entry's digest changes, so the digest must
 * cover the figures the body cites and the glossary terms it may mention, or
 * an edited dataset or definition would leave old words in the prose. Only
 * those: editing one definition renders again the bodies that mention the
 * term, not every body. (The code that renders, which every body shares, is
 * `sharedRenderInputs` in the loader.)
 */
export function bodyRenderInputs(contents: string, index: DatasetIndex, glossary: readonly { matches: readonly string[] }[]): string {
  const figures = findFigureDirectives(contents).map(({ name, ref }) => [name, ref, name === 'fig' ? figureText(index, ref) : milestoneText(index, ref)]);
  // A term is linked at its first mention (src/markdown/remarkGlossary.ts): any of its words in the file may be one.
  const terms = glossary.filter((term) => term.matches.some((word) => word !== '' && contents.includes(word)));
  return JSON.stringify({ figures, terms });
}
