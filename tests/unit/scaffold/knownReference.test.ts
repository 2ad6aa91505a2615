import { describe, expect, it } from 'vitest';
import { closestIds, referenceProblems } from '../../../src/lib/scaffold/knownReference.ts';

const providers = ['north-star', 'river-media'];
const belts = ['east-shoes', 'west-toys'];

describe('references to what exists, with did-you-mean', () => {
  it('finds the nearest ids by edit distance, or containing the typed id', () => {
    expect(closestIds('nort-star', providers)).toEqual(['north-star']);
    expect(closestIds('river', providers)).toEqual(['river-media']);
    expect(closestIds('completely-else', providers)).toEqual([]);
  });
  it('lists the known ids and the nearest one', () => {
    const [problem] = referenceProblems('river-meda', '服务商', providers, 'provider');
    expect(problem).toContain('north-star、river-media');
    expect(problem).toContain('你是不是想写 "river-media"');
    expect(problem).toContain('did you mean "river-media"?');
  });
  it('says how to give a missing reference', () => expect(referenceProblems(undefined, '服务商', providers, 'provider')[0]).toContain('--provider'));
  it('accepts a known id', () => expect(referenceProblems('west-toys', '产业带', belts, 'belt')).toEqual([]));
});
