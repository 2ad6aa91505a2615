import type { ResolvedEntry } from '../formula/resolveEntries.ts';
import { formatFigure, formatValue } from '../format/formatFigure.ts';
import { formatNumberCN } from '../format/formatNumberCN.ts';

/** Whether a figure is computed rather than stated: charts mark it 推算. */
export const isDerived = (entry: ResolvedEntry): boolean => entry.kind === 'derived';

/** The word charts and tables put next to a computed value. */
export const derivedMark = '推算';

/** A value the chart computed from stated figures, as a sentence writes it: “共13天(推算)”. */
export const computed = (text: string): string => `${text}（${derivedMark}）`;

/** A figure as the site writes it everywhere (labels, tables, sentences): 超1450万元, 约5.4万亿元, 2.5倍. */
export function figureLabel(entry: ResolvedEntry, maximumFractionDigits = 2): string {
  return formatFigure(entry, { maximumFractionDigits });
}

/** An index value: 226, 115.04. */
export const indexText = (value: number): string => formatValue(value, 'index', 2);

/** A growth rate as a label: +126%, -5%. */
export const growthText = (percent: number): string => `${formatValue(percent, 'percentChange', 2)}%`;

/** A growth rate in a sentence: 增长126%, 下降5%, 持平. */
export function growthWords(percent: number): string {
  const rounded = Math.round(percent * 100) / 100;
  if (rounded === 0) return '持平';
  return `${rounded > 0 ? '增长' : '下降'}${formatNumberCN(Math.abs(rounded))}%`;
}

/** The table cell saying where a value comes from: the quote, or the formula. */
export function basisText(entry: ResolvedEntry): string {
  return entry.kind === 'stated' ? `原文：“${entry.source.quote}”` : `${derivedMark}：${entry.formulaText}`;
}

/** Who and what, for labels: “乐栩 · 8月14日单日销售总额”. */
export function subjectAndLabel(entry: ResolvedEntry): string {
  return entry.subject && !entry.label.startsWith(entry.subject) ? `${entry.subject} · ${entry.label}` : entry.label;
}

/** Joins parts of a sentence, skipping empty ones, with the Chinese full stop at the end. */
export function sentence(...parts: (string | undefined | false)[]): string {
  const text = parts.filter(Boolean).join('，');
  return /[。!?]$/.test(text) ? text : `${text}。`;
}
