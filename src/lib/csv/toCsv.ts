/** A CSV cell: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

/** Byte-order mark: without it Excel reads UTF-8 as the local code page and Chinese turns to mojibake. */
export const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a text cell as a formula (OWASP “CSV injection”). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One cell, RFC 4180-escaped. Numbers are written as numbers (a negative
 * number stays a number); a text cell that starts like a formula gets a
 * leading apostrophe so spreadsheets show it as text instead of running it.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`csvCell: expected a finite number, got ${cell}`);
    return String(cell);
  }
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, a header row, CRLF line ends (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
