import { parseFigureRef } from '../../schemas/figureRef.ts';
import { lookupRef, type DatasetIndex } from '../content/datasetIndex.ts';
import { findFigureDirectives, findTypedNumbers } from '../content/findFigureDirectives.ts';
import type { ContentProblem } from './contentProblem.ts';

/**
 * Problems in an MDX body: `:fig[…]`/`:date[…]` references that do not
 * resolve, and numbers typed by hand. Used for cases, providers, belts and
 * handbook chapters alike. References to a dataset in `broken` (its own
 * problems already reported) are skipped.
 */
export function checkBody(file: string, body: string, bodyLine: number, datasets: DatasetIndex, broken: ReadonlySet<string> = new Set()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const directive of findFigureDirectives(body)) {
    if (broken.has(parseFigureRef(directive.ref)?.dataset ?? '')) continue;
    const found = lookupRef(datasets, directive.name, directive.ref);
    if ('error' in found) problems.push({ file, field: `line ${bodyLine + directive.line - 1}, :${directive.name}[${directive.ref}]`, message: found.error });
  }
  for (const typed of findTypedNumbers(body))
    problems.push({
      file,
      field: `line ${bodyLine + typed.line - 1}`,
      message: `number "${typed.text}" typed in the text: cite it from its dataset with :fig[<dataset>/<entry>] or :date[<dataset>/<milestone>] (rule 1: no figure is typed twice)`,
    });
  return problems;
}
