import { describe, expect, it } from 'vitest';
import { plainProviderSchema } from '../../../src/schemas/provider.ts';

describe('plainProviderSchema', () => {
  it('rejects a non-ASCII id', () => {
    expect(plainProviderSchema().safeParse({ name: 'n', legalName: 'l', place: 'p', belts: ['泉州'], categories: ['c'], summary: 's', dataset: 'd' }).success).toBe(false);
  });
});
