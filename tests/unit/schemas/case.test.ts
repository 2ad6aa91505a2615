import { describe, expect, it } from 'vitest';
import { plainCaseSchema } from '../../../src/schemas/case.ts';

describe('plainCaseSchema', () => {
  it('rejects a case without a required field', () => {
    const result = plainCaseSchema().safeParse({ title: 't' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['provider', 'belt', 'summary', 'dataset']));
  });
});

describe('a field the source does not give is left out, never a placeholder', () => {
  const minimalCase = { title: 't', provider: 'p', belt: 'b', categories: ['c'], serviceTypes: ['s'], summary: 's', dataset: 'd' };

  it('a case without campaign or period', () => {
    expect(plainCaseSchema().safeParse(minimalCase).success).toBe(true);
  });

  it('a campaign is an id of the campaigns vocabulary, not a note', () => {
    expect(plainCaseSchema().safeParse({ ...minimalCase, campaign: '某活动(文中未注明)' }).success).toBe(false);
    expect(plainCaseSchema().safeParse({ ...minimalCase, campaign: 'some-festival-2024' }).success).toBe(true);
  });
});
