import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimFields, type ClaimProvenance } from '../../schemas/provenance.ts';
import type { ContentProblem } from './contentProblem.ts';
import type { LoadedContent } from './checkProject.ts';
import { fieldLocator, type FieldLocator } from './locateProblems.ts';
import { citationProblem } from './checkQuotes.ts';

/** One non-numeric claim of a page: a field, the words it claims, and where they come from. */
interface Claim {
  field: string;
  required: boolean;
  /** What the field says, when filled: the words a quote must contain (for a belt, its place). */
  words: readonly string[] | undefined;
  /** How the claim reads in a message, when it is not its words (a belt id). */
  shown?: string;
  provenance: ClaimProvenance | undefined;
}

/**
 * Every non-numeric claim a reader takes as fact (a case's belt, a place,
 * categories, a belt's name, loosely read service types) needs a provenance:
 * a quote found word for word in its source that contains the claimed words,
 * or an editors' inference (编者归纳) with its reason, which the pages show.
 * The check fails on a required claim with neither.
 */
export function checkProvenance(root: string, content: LoadedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (file: string, claims: readonly Claim[]) => {
    // Read and parsed only for a claim without a provenance, the one problem that needs a line here.
    let located: { locate: FieldLocator | undefined } | undefined;
    const locate = (path: readonly (string | number)[]) => {
      if (!located) {
        try {
          located = { locate: fieldLocator(file, readFileSync(join(root, file), 'utf8')) };
        } catch {
          located = { locate: undefined };
        }
      }
      return located.locate?.(path);
    };
    for (const claim of claims) {
      if (claim.words === undefined) continue;
      const at = `provenance.${claim.field}`;
      const { provenance } = claim;
      if (!provenance) {
        if (!claim.required) continue;
        // Point at the claim itself: the provenance it lacks has no line yet.
        const position = locate([claim.field]);
        problems.push({
          file,
          field: at,
          ...(position ? { line: position.line, column: position.column } : {}),
          message: `${claim.field}“${claim.shown ?? claim.words.join('、')}”没有出处：在 ${at} 写原文引文 { document, quote }，或写编者归纳 { inference: 一句理由 }，页面会显示出来`,
          gloss: `expected a quote from the source or an editors' inference for ${claim.field}`,
        });
        continue;
      }
      if ('inference' in provenance) continue;
      const citation = citationProblem(file, at, provenance, content.sources);
      if (citation) {
        problems.push(citation);
        continue;
      }
      const missing = claim.words.filter((word) => !provenance.quote.includes(word));
      if (missing.length)
        problems.push({
          file,
          field: `${at}.quote`,
          message: `引文里没有“${missing.join('”“')}”：原文没有这样说，请换一段写明它的引文，或改写为编者归纳 { inference: 一句理由 }`,
          gloss: `the quote does not say ${missing.join(', ')}`,
        });
    }
  };
  const claim = (field: string, required: boolean, words: readonly string[] | undefined, provenance: Partial<Record<string, ClaimProvenance>> | undefined, shown?: string): Claim => ({
    field,
    required,
    words,
    provenance: provenance?.[field],
    ...(shown === undefined ? {} : { shown }),
  });
  // A quote for a belt assignment must name where the belt is (its place).
  const beltPlaces = (ids: readonly string[]) => ids.flatMap((id) => {
    const place = content.belts.get(id)?.data.place;
    return place === undefined ? [] : [place];
  });
  // An empty list claims nothing, so it needs no provenance.
  const filled = (items: readonly string[] | undefined) => (items && items.length > 0 ? items : undefined);
  const required = (kind: keyof typeof claimFields, field: string) => (claimFields[kind].required as readonly string[]).includes(field);

  for (const { file, data } of content.cases.values())
    check(file, [
      claim('belt', required('cases', 'belt'), beltPlaces([data.belt]), data.provenance, data.belt),
      claim('categories', required('cases', 'categories'), filled(data.categories), data.provenance),
      claim('serviceTypes', required('cases', 'serviceTypes'), filled(data.serviceTypes), data.provenance),
    ]);
  for (const { file, data } of content.providers.values())
    check(file, [
      claim('place', required('providers', 'place'), data.place === undefined ? undefined : [data.place], data.provenance),
      claim('categories', required('providers', 'categories'), filled(data.categories), data.provenance),
      claim('belts', required('providers', 'belts'), beltPlaces(data.belts), data.provenance, data.belts.join('、')),
      claim('serviceTypes', required('providers', 'serviceTypes'), filled(data.serviceTypes), data.provenance),
    ]);
  for (const { file, data } of content.belts.values())
    check(file, [
      claim('name', required('belts', 'name'), [data.name], data.provenance),
      claim('place', required('belts', 'place'), data.place === undefined ? undefined : [data.place], data.provenance),
      claim('categories', required('belts', 'categories'), filled(data.categories), data.provenance),
    ]);
  return problems;
}

/**
 * `::inference[理由]` marks prose as the editors' own (the handbook's 怎么做
 * and 常见误区 lists); the build stops on an empty reason, so the check
 * reports it first. `bodies` are MDX bodies with the line they start on.
 */
export function checkInferenceMarks(bodies: readonly { file: string; body: string; line: number }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, body, line } of bodies) {
    body.split('\n').forEach((text, i) => {
      if (/(^|[^:]):{1,2}inference\[\s*\]/.test(text))
        problems.push({ file, field: '正文', line: line + i, message: '::inference[] 缺少理由：在方括号里写一句为什么这是编者自己的归纳', gloss: "::inference[] without a reason" });
    });
  }
  return problems;
}

/**
 * The handbook's practice sections end with the steps and pitfalls the site
 * itself recommends (`### 怎么做`, `### 常见误区`, the section shape of
 * content/handbook/README.md); the source does not list them, so each such
 * list must open with `::inference[理由]` and be shown as 编者归纳.
 */
export const adviceHeadings: readonly string[] = ['怎么做', '常见误区'];

/** Advice headings of handbook chapters whose next line is not an `::inference[…]` mark. */
export function checkAdviceMarked(chapters: readonly { file: string; body: string; line: number }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { file, body, line } of chapters) {
    const lines = body.split('\n');
    lines.forEach((text, i) => {
      const heading = /^###\s+(.+?)\s*$/.exec(text)?.[1];
      if (!heading || !adviceHeadings.includes(heading)) return;
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      if (next && /^::inference\[[^\]]*\S[^\]]*\]\s*$/.test(next.trim())) return;
      problems.push({
        file,
        field: '正文',
        line: line + i,
        message: `“${heading}”是本手册自己的建议，原文没有列出：在小标题下一行写 ::inference[一句理由]，页面会标为编者归纳`,
        gloss: "the site's own advice needs an ::inference[reason] line under its heading",
      });
    });
  }
  return problems;
}
