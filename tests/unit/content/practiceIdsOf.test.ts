import { describe, expect, it } from 'vitest';
import { practiceIdsOf } from '../../../src/lib/content/practiceIdsOf.ts';
import { loadHandbook } from '../../../src/lib/handbook/loadHandbook.ts';
import { root } from '../../support/root.ts';

describe('practiceIdsOf', () => {
  const handbook = loadHandbook(root);

  it('gives practiceIdsOf exactly the section ids', () => {
    const ids = practiceIdsOf(handbook);
    expect([...ids].sort()).toEqual(handbook.chapters.flatMap((c) => c.sections.map((s) => s.id)).sort());
    expect(ids.has('screen-merchants')).toBe(true);
  });
});
