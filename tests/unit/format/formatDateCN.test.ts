import { describe, expect, it } from 'vitest';
import { formatDateCN } from '../../../src/lib/format/formatDateCN.ts';

describe('formatDateCN', () => {
  it('keeps the precision the source gives', () => {
    expect(formatDateCN('2013')).toBe('2013年');
    expect(formatDateCN('2022-05')).toBe('2022年5月');
    expect(formatDateCN('2022-08-14')).toBe('2022年8月14日');
    expect(formatDateCN('2022-08-14', { withYear: false })).toBe('8月14日');
    expect(() => formatDateCN('2022/08/14')).toThrow(RangeError);
  });

});
