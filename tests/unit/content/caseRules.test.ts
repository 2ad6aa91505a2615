/**
 * The rules that decide what a case page and card show, on small made-up
 * inputs: the lead figure, the merchant's own figures, the cases to read
 * next, and the provider-scale chart with its note on who is left out.
 */
import { describe, expect, it } from 'vitest';
import { leadFigureRef, subjectFigureRefs } from '../../../src/lib/content/caseFigures.ts';
import { relatedCases } from '../../../src/lib/content/relatedCases.ts';
import { repeatedTilesProblem } from '../../../src/lib/check/repeatedTiles.ts';
import { providerScaleChart } from '../../../src/lib/content/providerScaleChart.ts';
import type { DatasetIndex, LoadedDataset } from '../../../src/lib/content/datasetIndex.ts';
import type { ChartSpec } from '../../../src/schemas/chart.ts';

const entry = (id: string, subject: string, unit = 'yuan', value = 1) =>
  ({ id, label: id, subject, unit, kind: 'stated', value, bound: 'exact', period: { label: 'p' }, source: { document: 'd', quote: 'q' } }) as never;
const dataset = (id: string, entries: unknown[]): [string, LoadedDataset] => [id, { id, file: `data/${id}.json`, data: { title: id, milestones: [] } as never, entries: entries as never }];
const index: DatasetIndex = new Map([
  dataset('shop', [entry('before', '某店', 'score'), entry('gmv', '某店')]),
  dataset('prov', [entry('merchants', '某服务商', 'merchants', 700), entry('gmv', '某服务商')]),
  dataset('prov2', [entry('merchants', '另一家', 'merchants', 165)]),
  dataset('prov3', [entry('accounts', '第三家', 'accounts', 30)]),
]);

describe('leadFigureRef', () => {
  it('takes the case’s own leadFigure first', () => {
    expect(leadFigureRef({ keyFigures: ['shop/before', 'shop/gmv'], leadFigure: 'shop/gmv', merchant: '某店' }, '某服务商', index)).toBe('shop/gmv');
  });
  it('else the first key figure about the merchant, never the provider’s', () => {
    expect(leadFigureRef({ keyFigures: ['prov/merchants', 'shop/before'], merchant: '某店' }, '某服务商', index)).toBe('shop/before');
    expect(leadFigureRef({ keyFigures: ['prov/merchants'], merchant: '某店' }, '某服务商', index)).toBeUndefined();
    expect(subjectFigureRefs({ keyFigures: ['prov/merchants'], merchant: '某店' }, '某服务商', index)).toEqual([]);
  });
  it('for a provider’s own case, the first figure about the provider', () => {
    expect(leadFigureRef({ keyFigures: ['shop/gmv', 'prov/gmv'] }, '某服务商', index)).toBe('prov/gmv');
  });
});

describe('relatedCases', () => {
  const c = (id: string, provider: string, practices: string[], order: number) => ({ id, provider, practices, order });
  const all = [c('a', 'p1', ['x', 'y'], 1), c('b', 'p2', ['z'], 2), c('c', 'p1', [], 3), c('d', 'p3', ['x', 'y'], 4), c('e', 'p3', ['q'], 5)];
  it('gives the next case in order, wrapping round, and the most related others', () => {
    expect(relatedCases(all[0]!, all)).toEqual({ next: all[1], related: [all[3], all[2]] });
    expect(relatedCases(all[4]!, all).next).toBe(all[0]);
  });
  it('never calls a case related when it shares nothing, nor repeats the next case', () => {
    expect(relatedCases(all[1]!, all)).toEqual({ next: all[2], related: [] });
    expect(relatedCases(all[0]!, [all[0]!])).toEqual({ next: undefined, related: [] });
  });
});

describe('repeatedTilesProblem', () => {
  const tiles = (figures: string[]): ChartSpec => ({ type: 'tiles', title: 't', takeaway: 'k', figures });
  it('flags tiles that only repeat the figures at the top, nothing else', () => {
    expect(repeatedTilesProblem(tiles(['a/x']), ['a/x', 'a/y'], 'keyFigures')?.gloss).toMatch(/only repeats/);
    expect(repeatedTilesProblem(tiles(['a/x', 'a/z']), ['a/x'], 'keyFigures')).toBeUndefined();
    expect(repeatedTilesProblem({ type: 'slope', title: 't', takeaway: 'k', figures: ['a/x', 'a/y'] }, ['a/x', 'a/y'], 'keyFigures')).toBeUndefined();
  });
});

describe('providerScaleChart', () => {
  it('names the providers without a merchant count in the chart’s own note', () => {
    const { spec, without } = providerScaleChart(
      [
        { name: '某服务商', scale: ['prov/merchants'] },
        { name: '另一家', scale: ['prov2/merchants'] },
        { name: '第三家', scale: ['prov3/accounts'] },
      ],
      index,
    );
    expect(without).toEqual(['第三家']);
    expect(spec).toMatchObject({ type: 'providerScale', figures: ['prov/merchants', 'prov2/merchants'], note: '资料来源没有给出第三家服务的商家数，所以图中没有它。' });
    expect(providerScaleChart([{ name: '某服务商', scale: ['prov/merchants'] }], index).spec?.note).toBeUndefined();
  });
});
