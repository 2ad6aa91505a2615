import { parseHTML } from 'linkedom';
import { textWidth } from '../svgText/textWidth.ts';

/** Where one line of text sits in a chart, in viewBox units. */
export interface LabelBox {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label drawn on top of another, or cut off by the edge of the drawing. */
export interface LabelProblem {
  kind: 'overlap' | 'clipped';
  message: string;
}

/**
 * How far a line of text reaches above and below its baseline, in em. CJK
 * faces put the ideographic box about 0.88 em above and 0.12 em below the
 * baseline; a little less is used so that two lines set 1.2 em apart do not
 * count as touching.
 */
const ascent = 0.8;
const descent = 0.15;

interface Context {
  tx: number;
  ty: number;
  fontSize: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A length attribute (`12`, `0.71em`, `-4`) in user units at the element's font size. */
function length(value: string | null, fontSize: number): number {
  if (!value) return 0;
  const v = value.trim().split(/[\s,]+/)[0] ?? '';
  if (v.endsWith('em')) return Number.parseFloat(v) * fontSize;
  const n = Number.parseFloat(v);
  return Number.isFinite(n) ? n : 0;
}

/** The translation of a `transform` attribute; any other transform is refused, since the boxes would be wrong. */
function translation(el: Element): { x: number; y: number } {
  const transform = el.getAttribute('transform');
  if (!transform) return { x: 0, y: 0 };
  const match = /^\s*translate\(\s*(-?[\d.e-]+)(?:[\s,]+(-?[\d.e-]+))?\s*\)\s*$/.exec(transform);
  if (!match) throw new Error(`labelBoxes: unsupported transform "${transform}" on <${el.tagName.toLowerCase()}>`);
  return { x: Number(match[1]), y: Number(match[2] ?? 0) };
}

function inherit(el: Element, parent: Context): Context {
  const t = translation(el);
  const size = el.getAttribute('font-size');
  const anchor = el.getAttribute('text-anchor');
  return {
    tx: parent.tx + t.x,
    ty: parent.ty + t.y,
    fontSize: size ? Number.parseFloat(size) : parent.fontSize,
    anchor: anchor === 'start' || anchor === 'middle' || anchor === 'end' ? anchor : parent.anchor,
  };
}

/**
 * One box per line of text in an SVG drawing, measured with the same
 * `textWidth` the chart builders use to make room for labels. Follows
 * `translate` transforms, `x`/`y`/`dx`/`dy` (user units or em), inherited
 * `font-size` and `text-anchor`, and `<tspan>`s: one with an `x` starts a new
 * line, one without continues the line (a smaller unit after a big number).
 */
export function labelBoxes(svgMarkup: string): { width: number; height: number; boxes: LabelBox[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${svgMarkup}</body></html>`);
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('labelBoxes: no <svg> in the markup');
  const viewBox = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const width = viewBox.length === 4 ? viewBox[2]! : Number(svg.getAttribute('width'));
  const height = viewBox.length === 4 ? viewBox[3]! : Number(svg.getAttribute('height'));
  const boxes: LabelBox[] = [];
  const root: Context = { tx: 0, ty: 0, fontSize: 16, anchor: 'start' };

  const visit = (el: Element, parent: Context) => {
    const ctx = inherit(el, parent);
    if (el.tagName.toLowerCase() === 'text') {
      measureText(el, ctx, boxes);
      return;
    }
    for (const child of el.children) visit(child, ctx);
  };
  visit(svg as unknown as Element, root);
  return { width, height, boxes };
}

function measureText(text: Element, ctx: Context, boxes: LabelBox[]): void {
  let x = length(text.getAttribute('x'), ctx.fontSize) + length(text.getAttribute('dx'), ctx.fontSize);
  let y = length(text.getAttribute('y'), ctx.fontSize) + length(text.getAttribute('dy'), ctx.fontSize);
  // A line: where it starts, its runs and the largest font on it.
  let line = { x, y, runs: [] as { text: string; fontSize: number }[] };
  const flush = () => {
    const content = line.runs.map((r) => r.text).join('');
    if (content.trim() === '') return;
    const w = line.runs.reduce((sum, r) => sum + textWidth(r.text, r.fontSize), 0);
    const size = Math.max(...line.runs.map((r) => r.fontSize));
    const left = ctx.anchor === 'start' ? line.x : ctx.anchor === 'middle' ? line.x - w / 2 : line.x - w;
    const baseline = ctx.ty + line.y;
    boxes.push({ text: content, x0: ctx.tx + left, x1: ctx.tx + left + w, y0: baseline - ascent * size, y1: baseline + descent * size });
  };
  for (const node of text.childNodes) {
    if (node.nodeType === 3) {
      line.runs.push({ text: node.textContent ?? '', fontSize: ctx.fontSize });
      continue;
    }
    if (node.nodeType !== 1) continue;
    const span = node as Element;
    const size = span.getAttribute('font-size') ? Number.parseFloat(span.getAttribute('font-size')!) : ctx.fontSize;
    const hasX = span.hasAttribute('x');
    const hasY = span.hasAttribute('y');
    const dy = length(span.getAttribute('dy'), size);
    if (hasX || hasY || dy !== 0) {
      flush();
      x = hasX ? length(span.getAttribute('x'), size) : x;
      y = (hasY ? length(span.getAttribute('y'), size) : y) + dy;
      line = { x: x + length(span.getAttribute('dx'), size), y, runs: [] };
    }
    line.runs.push({ text: span.textContent ?? '', fontSize: size });
  }
  flush();
}

/** Whether two boxes share any area (touching edges do not count). */
const overlaps = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Every pair of text lines that overlap, and every line that reaches past the
 * drawing's viewBox (it would be cut off), with a little slack for rounding.
 */
export function labelProblems(svgMarkup: string, slack = 0.5): LabelProblem[] {
  const { width, height, boxes } = labelBoxes(svgMarkup);
  const problems: LabelProblem[] = [];
  const shown = (b: LabelBox) => `“${b.text}” [${b.x0.toFixed(1)}–${b.x1.toFixed(1)} × ${b.y0.toFixed(1)}–${b.y1.toFixed(1)}]`;
  for (const b of boxes) {
    if (b.x0 < -slack || b.y0 < -slack || b.x1 > width + slack || b.y1 > height + slack)
      problems.push({ kind: 'clipped', message: `${shown(b)} reaches past the ${width}×${height} drawing` });
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const shrunk = { ...a, x0: a.x0 + slack, x1: a.x1 - slack, y0: a.y0 + slack, y1: a.y1 - slack };
      if (overlaps(shrunk, b)) problems.push({ kind: 'overlap', message: `${shown(a)} overlaps ${shown(b)}` });
    }
  return problems;
}
