import { checkSchema, entrySchema, milestoneSchema, type Check, type Dataset, type Entry, type Formula, type Milestone } from '../../schemas/dataset.ts';
import type { ContentProblem } from './contentProblem.ts';

/** The part of a dataset with schema errors that can still be checked, and where each kept item stood in the file. */
export interface SalvagedDataset {
  data: Pick<Dataset, 'entries' | 'milestones' | 'checks'>;
  /** Position in the file of each kept entry, milestone and check. */
  at: { entries: number[]; milestones: number[]; checks: number[] };
}

const idsOfFormula = (formula: Formula): string[] => Object.entries(formula).flatMap(([key, value]) => (key === 'op' ? [] : [value as string]));
const idsOfCheck = (check: Check): { entries: string[]; milestones: string[] } =>
  check.kind === 'growth'
    ? { entries: [check.earlier, check.later, check.growth], milestones: [] }
    : check.kind === 'multiple'
      ? { entries: [check.earlier, check.later, check.multiple], milestones: [] }
      : check.kind === 'lessThan'
        ? { entries: [check.lower, check.upper], milestones: [] }
        : { entries: [check.days], milestones: [check.window] };

/**
 * Keeps the entries, milestones and checks of a dataset that pass their own
 * schema, so its formulas and declared relations are still checked while
 * another entry has a schema error. Whatever depends on a broken entry (a
 * formula or a check naming it) is left out: it cannot be judged until that
 * entry is fixed, and its problem is already reported.
 */
export function salvageDataset(raw: unknown): SalvagedDataset | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const list = (key: string) => {
    const value = (raw as Record<string, unknown>)[key];
    return Array.isArray(value) ? (value as unknown[]) : [];
  };
  const keep = <T>(items: unknown[], parse: (item: unknown) => { success: boolean; data?: T }) =>
    items.flatMap((item, i) => {
      const parsed = parse(item);
      return parsed.success ? [{ item: parsed.data as T, i }] : [];
    });
  const rawIds = (items: unknown[]) => new Set(items.flatMap((item) => (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : [])));
  const allEntryIds = rawIds(list('entries'));
  const allMilestoneIds = rawIds(list('milestones'));
  let entries = keep<Entry>(list('entries'), (x) => entrySchema.safeParse(x));
  const milestones = keep<Milestone>(list('milestones'), (x) => milestoneSchema.safeParse(x));
  // An id in the file but not kept names a broken item: drop what depends on it, repeatedly (formulas chain).
  for (;;) {
    const kept = new Set(entries.map((e) => e.item.id));
    const next = entries.filter(({ item }) => item.kind === 'stated' || idsOfFormula(item.formula).every((id) => kept.has(id) || !allEntryIds.has(id)));
    if (next.length === entries.length) break;
    entries = next;
  }
  const keptEntries = new Set(entries.map((e) => e.item.id));
  const keptMilestones = new Set(milestones.map((m) => m.item.id));
  const checks = keep<Check>(list('checks'), (x) => checkSchema.safeParse(x)).filter(({ item }) => {
    const ids = idsOfCheck(item);
    return ids.entries.every((id) => keptEntries.has(id) || !allEntryIds.has(id)) && ids.milestones.every((id) => keptMilestones.has(id) || !allMilestoneIds.has(id));
  });
  return {
    data: { entries: entries.map((e) => e.item), milestones: milestones.map((m) => m.item), checks: checks.map((c) => c.item) },
    at: { entries: entries.map((e) => e.i), milestones: milestones.map((m) => m.i), checks: checks.map((c) => c.i) },
  };
}

/** Puts problems found on a salvaged dataset back at the positions of the file (`entries[1]` of the kept list → `entries[3]`). */
export function atFilePositions(problems: readonly ContentProblem[], at: SalvagedDataset['at']): ContentProblem[] {
  return problems.map((p) => ({
    ...p,
    field: p.field.replace(/^(entries|milestones|checks)\[(\d+)\]/, (whole, list: keyof typeof at, index: string) => {
      const position = at[list][Number(index)];
      return position === undefined ? whole : `${list}[${position}]`;
    }),
  }));
}
