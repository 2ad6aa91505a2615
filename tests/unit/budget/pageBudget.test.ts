import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileBudgetProblems, pageBudget, siteBudgetProblems } from '../../../src/lib/budget/pageBudget.ts';

describe('page budget', () => {
  it('reports a page over either limit and a stylesheet at the limit', () => {
    const big = new TextEncoder().encode('<p>' + 'x'.repeat(pageBudget.htmlRaw) + '</p>');
    expect(fileBudgetProblems('/a/index.html', big).map((p) => p.measure)).toEqual(['html raw']);
    // Text that does not compress: random bytes, as hex.
    const noisy = new TextEncoder().encode(Array.from({ length: 20_000 }, () => Math.random().toString(16).slice(2, 6)).join(''));
    expect(fileBudgetProblems('/b/index.html', noisy).map((p) => p.measure)).toEqual(['html raw', 'html gzip']);
    expect(fileBudgetProblems('/x.css', new Uint8Array(pageBudget.css)).map((p) => p.measure)).toEqual(['css']);
    expect(fileBudgetProblems('/x.css', new Uint8Array(pageBudget.css - 1))).toEqual([]);
    expect(fileBudgetProblems('/x.png', big)).toEqual([]);
  });

  it('finds the stylesheets pages link to', () => {
    // A page and its stylesheet, in a scratch site over budget on purpose.
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<link rel="stylesheet" href="/a.css"><link href="/b.css" rel="stylesheet">');
      writeFileSync(join(dir, 'a.css'), 'a'.repeat(pageBudget.css));
      writeFileSync(join(dir, 'b.css'), 'b'.repeat(pageBudget.css + 1));
      writeFileSync(join(dir, 'unused.css'), 'c'.repeat(pageBudget.css * 2));
      expect(siteBudgetProblems(dir).map((p) => p.file)).toEqual(['/a.css', '/b.css']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
