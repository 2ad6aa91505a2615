import type { Formula } from '../../schemas/dataset.ts';
import { formatFigure, formatValue, type FigureInput } from '../format/formatFigure.ts';

/** An entry a formula reads, with its value known. */
export type FormulaOperand = FigureInput & { label: string };

/**
 * The formula of a derived entry as a reader sees it, written from the
 * formula and the values it uses, never typed: “100 × (1 + 61.23%) ÷
 * (1 + 40.15%) ≈ 115.04”. `get` returns an entry the formula names;
 * `result` is the computed value in the entry's own unit. A change to a
 * stated value changes the text with it.
 */
export function formulaText(formula: Formula, get: (id: string) => FormulaOperand, result: FigureInput): string {
  const equals = (expression: string) => `${expression} ${roundsExactly(result.value) ? '=' : '≈'} ${formatFigure(result, { maximumFractionDigits: 2 })}`;
  switch (formula.op) {
    case 'indexFromGrowth':
      return equals(`100 × (1 + ${growth(get(formula.growth))})`);
    case 'indexBetweenBaselines':
      return equals(`100 × (1 + ${growth(get(formula.overEarlier))}) ÷ (1 + ${growth(get(formula.overNearer))})`);
    case 'divideByMultiple':
      return equals(`${operand(get(formula.value))} ÷ ${formatValue(get(formula.multiple).value, 'multiple', 2)}`);
    case 'difference':
      return equals(`${operand(get(formula.later))} − ${operand(get(formula.earlier))}`);
  }
}

/** A growth rate inside a formula: 61.23%, or (−5%) when it falls. */
function growth(entry: FormulaOperand): string {
  const text = `${formatValue(Math.abs(entry.value), 'percent', 2)}%`;
  return entry.value < 0 ? `(−${text})` : text;
}

/** A stated value inside a formula, with its unit and bound as prose writes it: 1.8亿元, 20%. */
function operand(entry: FormulaOperand): string {
  return formatFigure({ ...entry, unit: entry.unit === 'percentChange' ? 'percent' : entry.unit }, { maximumFractionDigits: 2 });
}

/** Whether two decimal places show the value exactly. */
function roundsExactly(value: number): boolean {
  return Math.abs(Math.round(value * 100) / 100 - value) < 1e-9;
}
