import { describe, expect, it } from 'vitest';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { formatBudgetProblem, siteBudgetProblems } from '../../src/lib/budget/pageBudget.ts';

requireBuiltSite();

describe('page budget', () => {
  // Any built site: BELT_DIST=<a benchmark's dist/> checks a thousand cases' pages.
  it('keeps every built HTML page within 60 KB raw and 16 KB gzip, and every stylesheet a page links to under 15 KB', () => {
    expect(siteBudgetProblems(siteDir).map(formatBudgetProblem)).toEqual([]);
  });
});
