import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from '../../../src/lib/csv/toCsv.ts';

describe('csvCell', () => {
  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('plain')).toBe('plain');
  });

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+126%')).toBe("'+126%");
    expect(csvCell('-5%')).toBe("'-5%");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
  });

  it('keeps numbers as numbers, negatives included', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(40.15)).toBe('40.15');
    expect(csvCell(0)).toBe('0');
    expect(() => csvCell(Number.NaN)).toThrow(RangeError);
  });

  it('writes empty cells for null and undefined', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends rows with CRLF', () => {
    const csv = toCsv(['名称', '数值'], [['乐栩', 1450], ['a,b', -1]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}名称,数值\r\n乐栩,1450\r\n"a,b",-1\r\n`);
  });
});
