import type { Dataset, DerivedEntry, Formula, StatedEntry } from '../../schemas/dataset.ts';
import { formulaText } from './formulaText.ts';
import { indexBetweenBaselines, indexFromGrowth } from './growth.ts';

/**
 * An entry with its value known: stated as given, derived as computed, with
 * its formula written out for readers from the values it uses.
 */
export type ResolvedEntry = StatedEntry | (DerivedEntry & { value: number; formulaText: string });

/** A problem found while computing a derived entry. */
export class FormulaError extends Error {
  readonly entryId: string;
  readonly field: string;
  constructor(entryId: string, field: string, message: string) {
    super(message);
    this.entryId = entryId;
    this.field = field;
  }
}

/**
 * Computes every derived entry of a dataset from the stated entries it names,
 * so that no derived number is ever typed by hand.
 */
export function resolveEntries(dataset: Pick<Dataset, 'entries'>): ResolvedEntry[] {
  const byId = new Map(dataset.entries.map((entry) => [entry.id, entry]));
  const resolved = new Map<string, number>();
  const visiting = new Set<string>();

  const valueOf = (id: string, from: string, field: string): number => {
    const known = resolved.get(id);
    if (known !== undefined) return known;
    const entry = byId.get(id);
    if (!entry) throw new FormulaError(from, field, `names entry "${id}", which this dataset does not have`);
    if (visiting.has(id)) throw new FormulaError(from, field, `formula refers back to itself through "${id}"`);
    visiting.add(id);
    const value = entry.kind === 'stated' ? entry.value : compute(entry.formula, entry.id);
    visiting.delete(id);
    resolved.set(id, value);
    return value;
  };

  const compute = (formula: Formula, id: string): number => {
    const get = (field: string, ref: string) => valueOf(ref, id, `formula.${field}`);
    switch (formula.op) {
      case 'indexFromGrowth':
        return indexFromGrowth(get('growth', formula.growth));
      case 'indexBetweenBaselines':
        return indexBetweenBaselines(get('overEarlier', formula.overEarlier), get('overNearer', formula.overNearer));
      case 'divideByMultiple': {
        const multiple = get('multiple', formula.multiple);
        if (multiple === 0) throw new FormulaError(id, 'formula.multiple', 'the multiple is 0');
        return get('value', formula.value) / multiple;
      }
      case 'difference':
        return get('later', formula.later) - get('earlier', formula.earlier);
    }
  };

  const values = new Map(dataset.entries.map((entry) => [entry.id, valueOf(entry.id, entry.id, 'id')]));
  const operand = (id: string) => {
    const entry = byId.get(id)!;
    return { ...entry, value: values.get(id)! };
  };
  return dataset.entries.map((entry): ResolvedEntry => {
    if (entry.kind === 'stated') return entry;
    const value = values.get(entry.id)!;
    const text = formulaText(entry.formula, operand, { value, unit: entry.unit });
    return { ...entry, value, formulaText: entry.note ? `${text}(${entry.note})` : text };
  });
}
