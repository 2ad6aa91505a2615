import { describe, expect, it } from 'vitest';
import { plainCaseSchema } from '../../../src/schemas/case.ts';

describe('plainCaseSchema', () => {
  it('rejects a case without a required field', () => {
    const result = plainCaseSchema().safeParse({ title: 't' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['provider', 'belt', 'summary', 'dataset']));
  });
});
