import { findFigureDirectives } from '../content/findFigureDirectives.ts';
import { misplacedSectionMarkers } from '../handbook/parseSections.ts';
import { checkMdxSyntax } from './checkMdxSyntax.ts';
import { handbookDir } from './readHandbook.ts';
import type { ContentProblem } from './contentProblem.ts';
import { refProblem, type RefIndex } from './refProblem.ts';

/**
 * Problems in an MDX body: MDX syntax the build could not compile,
 * `:fig[…]`/`:date[…]` references that do not resolve, section markers the
 * build would reject, each at its line and column in the file (numbers
 * typed by hand are `checkTypedNumbers`'s, which reads the allowed words).
 * Used for cases, providers, belts and handbook chapters alike.
 */
export function checkBody(file: string, body: string, bodyLine: number, index: RefIndex): ContentProblem[] {
  const problems: ContentProblem[] = [...checkMdxSyntax(file, body, bodyLine)];
  for (const marker of misplacedSectionMarkers(body, file.startsWith(`${handbookDir}/`))) problems.push({ file, field: '正文', line: bodyLine + marker.line - 1, message: marker.message, gloss: marker.gloss });
  const lines = body.split('\n');
  for (const directive of findFigureDirectives(body)) {
    const problem = refProblem(index, directive.name, directive.ref);
    if (!problem) continue;
    const column = (lines[directive.line - 1] ?? '').indexOf(`:${directive.name}[`) + 1;
    problems.push({ file, field: `:${directive.name}[${directive.ref}]`, line: bodyLine + directive.line - 1, ...(column > 0 ? { column } : {}), ...problem });
  }
  return problems;
}
