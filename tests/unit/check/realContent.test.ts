/** Rules over whatever content exists: every stated value agrees with its quote, every claim has a provenance. */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../src/lib/check/checkProject.ts';
import { checkProvenance } from '../../../src/lib/check/checkProvenance.ts';
import { checkQuoteFigures } from '../../../src/lib/check/checkQuoteFigures.ts';
import { formatProblems } from '../../../src/lib/check/contentProblem.ts';
import { readAllowedNumberWords } from '../../../src/lib/check/readAllowedNumberWords.ts';
import { root } from '../../support/root.ts';
import { fixtureProject } from '../../support/fixtureProject.ts';

const { content } = checkProject(root);
const allowed = readAllowedNumberWords(root);

describe('the real content', () => {
  it('has stated entries, and every stated value, unit and bound matches the number in its quote', () => {
    const stated = [...content.datasets.values()].flatMap((d) => d.entries.filter((e) => e.kind === 'stated'));
    expect(stated.length).toBeGreaterThan(0);
    const problems = checkQuoteFigures(content.datasets, content.sources, allowed.words);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('gives every belt, place and category a provenance', () => {
    const problems = checkProvenance(root, content);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('reads the allowed number words from their content file', () => {
    expect(allowed.problems).toEqual([]);
    expect(allowed.words.length).toBeGreaterThan(0);
  });

  it('fails when any stated value is changed, naming the file, line and field', () => {
    // Whichever stated entry comes first: its value moved by a tenth no longer matches its quote.
    const dataset = [...content.datasets.values()].find((d) => d.data.entries.some((e) => e.kind === 'stated'))!;
    const i = dataset.data.entries.findIndex((e) => e.kind === 'stated');
    const entry = dataset.data.entries[i]!;
    if (entry.kind !== 'stated') throw new Error('unreachable');
    const project = fixtureProject();
    try {
      project.edit(dataset.file, (text) => {
        const json = JSON.parse(text) as { entries: { value?: number }[] };
        json.entries[i]!.value = entry.value * 1.1;
        return JSON.stringify(json, null, 2);
      });
      const { problems } = checkProject(project.dir);
      expect(problems).toContainEqual(expect.objectContaining({ file: dataset.file, field: `entries[${i}].value`, line: expect.any(Number) }));
    } finally {
      project.remove();
    }
  });
});
