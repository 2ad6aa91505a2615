/**
 * Just enough of a PDF reader to check a printed page's layout without a
 * PDF library: Chromium (Skia) writes plain PDF 1.4 objects with
 * Flate-compressed content streams. For each page it reports where text was
 * drawn, from the text matrices (`Tm`) and the transformations (`cm`) around
 * them, in CSS pixels from the top of the sheet.
 */
import { inflateSync } from 'node:zlib';

/** One printed page. */
export interface PdfPage {
  /** Sheet height in CSS px (A4: 1122.5). */
  height: number;
  /** Top of every text run drawn on the page, in CSS px from the top of the sheet, in drawing order. */
  textTops: number[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** The pages of a PDF written by Chromium's page.pdf(), in order. */
export function readPdfPages(pdf: Buffer): PdfPage[] {
  const text = pdf.toString('latin1');
  const objects = new Map<number, string>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]!);
  const kids = /\/Type \/Pages[\s\S]*?\/Kids \[([^\]]*)\]/.exec(text)?.[1];
  if (!kids) throw new Error('no page tree in the PDF (was it written by Chromium?)');
  const pageIds = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return pageIds.map((id) => {
    const page = objects.get(id)!;
    const box = /\/MediaBox \[([^\]]+)\]/.exec(page)?.[1]?.trim().split(/\s+/).map(Number) ?? [0, 0, 595.92, 841.92];
    const heightPt = box[3]! - box[1]!;
    const contents = [...(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    const ops = contents.map((c) => streamOf(objects.get(c) ?? '')).join('\n');
    return { height: (heightPt * 96) / 72, textTops: textTops(ops, heightPt) };
  });
}

function streamOf(object: string): string {
  const at = object.indexOf('stream');
  if (at < 0) return '';
  let start = at + 'stream'.length;
  if (object[start] === '\r') start++;
  if (object[start] === '\n') start++;
  const raw = Buffer.from(object.slice(start, object.lastIndexOf('endstream')), 'latin1');
  return /\/FlateDecode/.test(object.slice(0, at)) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
}

/** The y of every `Tm`, through the current transformation, as CSS px from the top. */
function textTops(ops: string, heightPt: number): number[] {
  const tops: number[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const numbers = '(-?[\\d.]+)\\s+'.repeat(6);
  const op = new RegExp(`(?:${numbers}(cm|Tm))|(?:^|\\s)(q|Q)(?=\\s)`, 'gm');
  for (const m of ops.matchAll(op)) {
    if (m[8] === 'q') stack.push(ctm);
    else if (m[8] === 'Q') ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else {
      const matrix = m.slice(1, 7).map(Number) as Matrix;
      if (m[7] === 'cm') ctm = multiply(matrix, ctm);
      else {
        const [, , , , x, y] = multiply(matrix, ctm);
        void x;
        tops.push(((heightPt - y) * 96) / 72);
      }
    }
  }
  return tops;
}
