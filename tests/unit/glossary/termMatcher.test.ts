import { describe, expect, it } from 'vitest';
import { termMatcher } from '../../../src/lib/glossary/termMatcher.ts';
import { terms } from '../../fixtures/glossary/terms.ts';

describe('termMatcher', () => {
  it('finds mentions left to right with offsets', () => {
    expect(termMatcher(terms)('用千川投流做GMV')).toEqual([
      { termId: 'paid-traffic', start: 1, end: 5, text: '千川投流' },
      { termId: 'gmv', start: 6, end: 9, text: 'GMV' },
    ]);
  });
});
