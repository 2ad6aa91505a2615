import { describe, expect, it } from 'vitest';
import type { FormulaOperand } from '../../../src/lib/formula/formulaText.ts';
import { formulaText } from '../../../src/lib/formula/formulaText.ts';
import { resolveEntries } from '../../../src/lib/formula/resolveEntries.ts';
import type { Dataset } from '../../../src/schemas/dataset.ts';

const operands: Record<string, FormulaOperand> = {
  june: { label: 'vs June', value: 61.23, unit: 'percentChange' },
  july: { label: 'vs July', value: 40.15, unit: 'percentChange' },
  fall: { label: 'fall', value: -5, unit: 'percentChange' },
  week: { label: 'week', value: 180_000_000, unit: 'yuan' },
  times: { label: 'times', value: 2.5, unit: 'multiple' },
  start: { label: 'start', value: 7, unit: 'percent' },
  end: { label: 'end', value: 20, unit: 'percent' },
};
const get = (id: string) => operands[id]!;

describe('formulaText', () => {
  it('writes each formula from the values it uses, with its result', () => {
    expect(formulaText({ op: 'indexFromGrowth', growth: 'june' }, get, { value: 161.23, unit: 'index' })).toBe('100 × (1 + 61.23%) = 161.23');
    expect(formulaText({ op: 'indexBetweenBaselines', overEarlier: 'june', overNearer: 'july' }, get, { value: 115.0410274713, unit: 'index' })).toBe(
      '100 × (1 + 61.23%) ÷ (1 + 40.15%) ≈ 115.04',
    );
    expect(formulaText({ op: 'divideByMultiple', value: 'week', multiple: 'times' }, get, { value: 72_000_000, unit: 'yuan' })).toBe('1.8亿元 ÷ 2.5 = 7200万元');
    expect(formulaText({ op: 'difference', earlier: 'start', later: 'end' }, get, { value: 13, unit: 'points' })).toBe('20% − 7% = 13个百分点');
    expect(formulaText({ op: 'indexFromGrowth', growth: 'fall' }, get, { value: 95, unit: 'index' })).toBe('100 × (1 + (−5%)) = 95');
  });

  it('follows a changed stated value: the text is never typed', () => {
    const dataset = (growth: number): Pick<Dataset, 'entries'> => ({
      entries: [
        { id: 'g', label: 'g', period: { label: 'p' }, unit: 'percentChange', kind: 'stated', value: growth, bound: 'exact', source: { document: 'd', quote: 'q q' } },
        { id: 'i', label: 'i', period: { label: 'p' }, unit: 'index', kind: 'derived', formula: { op: 'indexFromGrowth', growth: 'g' }, note: '按环比理解' },
      ],
    });
    const text = (growth: number) => {
      const derived = resolveEntries(dataset(growth))[1]!;
      return derived.kind === 'derived' ? derived.formulaText : '';
    };
    expect(text(61.23)).toBe('100 × (1 + 61.23%) = 161.23(按环比理解)');
    expect(text(61.32)).toBe('100 × (1 + 61.32%) = 161.32(按环比理解)');
  });
});
