import { describe, expect, it } from 'vitest';
import { memoryIndex as index, stated, dataset } from '../../support/memoryIndex.ts';
import { sourcesOfDatasets } from '../../../src/lib/content/sourcesOfDatasets.ts';

describe('sourcesOfDatasets', () => {
  it('lists the documents of every quote, entries and milestones, in first-use order, once each', () => {
    const figures = index({
      x: dataset([stated('a', 'yuan', 1, 'second'), stated('b', 'yuan', 2, 'first')], [{ id: 'm', label: 'm', date: '2024', dateLabel: '2024年', source: { document: 'third', quote: 'q q' } }]),
      y: dataset([stated('c', 'yuan', 1, 'first')]),
    });
    expect(sourcesOfDatasets(['y', 'x', 'missing'], figures)).toEqual(['first', 'second', 'third']);
  });
});
