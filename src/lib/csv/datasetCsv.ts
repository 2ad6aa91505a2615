import type { LoadedDataset } from '../content/datasetIndex.ts';
import { boundNames, formatFigure, unitLabels } from '../format/formatFigure.ts';
import { toCsv, type CsvCell } from './toCsv.ts';

/** Columns of a dataset's CSV, in order. */
export const datasetCsvHeader = ['id', '类型', '对象', '指标', '时期', '开始', '结束', '数值', '上限', '单位', '精度', '写法', '原文引文', '推算公式', '资料来源id', '资料来源'] as const;

/** What a CSV row says of the document its quote comes from. */
export type SourceTitles = ReadonlyMap<string, { title: string }>;

/**
 * A dataset as CSV, one row per entry then one per milestone: the value as a
 * plain number in the unit's base (元, not 万元) so a spreadsheet can compute
 * with it, plus how the site writes it, the quote or the formula, and the
 * source document the quote comes from (its id and title).
 */
export function datasetCsv(dataset: LoadedDataset, sources: SourceTitles): string {
  const document = (id: string) => [id, sources.get(id)?.title];
  const rows: CsvCell[][] = dataset.entries.map((e) => [
    e.id,
    e.kind === 'stated' ? '原文' : '推算',
    e.subject,
    e.label,
    e.period.label,
    e.period.start,
    e.period.end,
    roundForCsv(e.value),
    e.kind === 'stated' ? e.valueMax : undefined,
    unitLabels[e.unit].name,
    e.kind === 'stated' ? boundNames[e.bound] : '推算',
    formatFigure(e),
    e.kind === 'stated' ? e.source.quote : undefined,
    e.kind === 'derived' ? e.formulaText : undefined,
    ...(e.kind === 'stated' ? document(e.source.document) : [undefined, undefined]),
  ]);
  for (const m of dataset.data.milestones) {
    rows.push([m.id, '事件', undefined, m.label, m.dateLabel, m.date, m.end, undefined, undefined, undefined, undefined, m.dateLabel, m.source.quote, undefined, ...document(m.source.document)]);
  }
  return toCsv(datasetCsvHeader, rows);
}

/** Derived values to 12 significant digits: float noise (115.04245450000001) dropped, precision kept. */
function roundForCsv(value: number): number {
  return Number(value.toPrecision(12));
}
