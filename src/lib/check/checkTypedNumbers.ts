import type { ChartSpec } from '../../schemas/chart.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { GlossaryTerm } from '../../schemas/glossaryTerm.ts';
import type { ClaimProvenance } from '../../schemas/provenance.ts';
import { findTypedNumbers } from '../content/findFigureDirectives.ts';
import { findTypedNumbersInText, typedNumberMessage } from '../content/typedNumbers.ts';
import { formatPath, type ContentProblem } from './contentProblem.ts';
import { glossaryFile } from './readGlossary.ts';

/** A text field an editor writes, with its path in the file. */
export interface TextField {
  path: (string | number)[];
  text: string | undefined;
}

/** A file whose text fields and (for MDX) body are checked for typed numbers. */
export interface TypedNumberTarget {
  file: string;
  fields: TextField[];
  /** MDX body and the 1-based line of the file where it starts. */
  body?: { text: string; line: number };
}

/**
 * Numbers typed where no figure check looks: every text field an editor
 * writes (titles, summaries, descriptions, chart titles, takeaways and row
 * labels, categories, places, dataset and entry labels) and every MDX body.
 * Names (people's, merchants', companies') are not checked: a shop may carry
 * digits in its name. Period labels and milestone dateLabels are shown dates
 * and are not checked; in other fields a date (7月) may name a period, since
 * frontmatter cannot cite a milestone, but a figure may not. Bodies can cite
 * both, so there dates are reported too.
 */
export function checkTypedNumbers(targets: readonly TypedNumberTarget[], allowed: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const target of targets) {
    for (const field of target.fields) {
      if (!field.text) continue;
      for (const typed of findTypedNumbersInText(field.text, { allowed, allowDates: true }))
        problems.push({ file: target.file, field: formatPath(field.path), ...typedNumberMessage(typed.text, 'field') });
    }
    if (target.body) {
      const lines = target.body.text.split('\n');
      for (const typed of findTypedNumbers(target.body.text, allowed)) {
        const column = (lines[typed.line - 1] ?? '').indexOf(typed.text) + 1;
        problems.push({ file: target.file, field: '正文', line: target.body.line + typed.line - 1, ...(column > 0 ? { column } : {}), ...typedNumberMessage(typed.text, 'body') });
      }
    }
  }
  return problems;
}

/** The text fields of a chart: its title, takeaway and row names. */
export function chartTextFields(charts: readonly ChartSpec[], at: (string | number)[] = ['charts']): TextField[] {
  return charts.flatMap((chart, c) => {
    const path = [...at, c];
    const fields: TextField[] = [
      { path: [...path, 'title'], text: chart.title },
      { path: [...path, 'takeaway'], text: chart.takeaway },
      ...(chart.labels ?? []).map((label, i) => ({ path: [...path, 'labels', i], text: label })),
    ];
    if (chart.type === 'indexBars' || chart.type === 'multiBaseline') fields.push({ path: [...path, 'baselineLabel'], text: chart.baselineLabel });
    if (chart.type === 'indexBars') fields.push({ path: [...path, 'currentLabel'], text: chart.currentLabel });
    return fields;
  });
}

/** The editors' reasons in a page's provenance (编者归纳): prose a reader sees beside the claim. */
export function provenanceFields(provenance: Partial<Record<string, ClaimProvenance | undefined>> | undefined): TextField[] {
  return Object.entries(provenance ?? {}).flatMap(([field, p]) => (p && 'inference' in p ? [{ path: ['provenance', field, 'inference'], text: p.inference }] : []));
}

/** A list of words (categories) as fields. */
export function listFields(key: string, items: readonly string[] | undefined): TextField[] {
  return (items ?? []).map((text, i) => ({ path: [key, i], text }));
}

/** The text fields of a dataset: title, description, and each entry's and milestone's label and subject. */
export function datasetTextFields(data: Dataset): TextField[] {
  return [
    { path: ['title'], text: data.title },
    { path: ['description'], text: data.description },
    ...data.entries.flatMap((e, i) => [
      { path: ['entries', i, 'label'], text: e.label },
      { path: ['entries', i, 'subject'], text: e.subject },
      { path: ['entries', i, 'note'], text: e.kind === 'derived' ? e.note : undefined },
    ]),
    ...data.milestones.map((m, i) => ({ path: ['milestones', i, 'label'], text: m.label })),
  ];
}

/** The glossary's prose: each term's definition. */
export function glossaryTarget(terms: readonly GlossaryTerm[]): TypedNumberTarget {
  return { file: glossaryFile, fields: terms.map((t, i) => ({ path: [i, 'definition'], text: t.definition })) };
}
