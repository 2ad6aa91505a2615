import { describe, expect, it } from 'vitest';
import { plainProviderSchema } from '../../../src/schemas/provider.ts';

describe('plainProviderSchema', () => {
  it('rejects a non-ASCII id', () => {
    expect(plainProviderSchema().safeParse({ name: 'n', legalName: 'l', place: 'p', belts: ['泉州'], categories: ['c'], summary: 's', dataset: 'd' }).success).toBe(false);
  });
});

describe('a field the source does not give is left out, never a placeholder', () => {
  it('a provider without legal name or place', () => {
    expect(plainProviderSchema().safeParse({ name: 'n', belts: ['b'], categories: ['c'], summary: 's', dataset: 'd' }).success).toBe(true);
  });
});
