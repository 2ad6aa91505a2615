/**
 * Anti-aliased coverage of a filled outline: the exact area of each pixel
 * inside the shape (signed-area accumulation, as in font-rs and stb_truetype),
 * clamped to one, so overlapping contours fill like the nonzero rule. No
 * hinting, as resvg draws text: a glyph's coverage depends only on its outline,
 * its size and where it sits within a pixel.
 */

/** One outline command in the font's units (y up), as HarfBuzz gives it (glyphToJson): M and L take x, y; Q two points, C three; Z none. */
export interface OutlineCommand {
  type: string;
  values: number[];
}

/** Coverage of a small area of the image: `coverage[y * width + x]`, 0–255, at pixel (left + x, top + y). */
export interface CoverageMask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

/** How far a flattened curve may stray from the true one, in pixels. */
const tolerance = 0.05;

/** The segments of the glyph being drawn (reused: see `scratch`). */
const segmentScratch: number[] = [];

/**
 * Rasterises an outline scaled by `scale` (font units to pixels, y flipped)
 * with its origin at pixel position (`x`, `y`): `x` may be fractional (a glyph
 * placed by shaping), `y` is the baseline.
 */
export function rasteriseOutline(commands: readonly OutlineCommand[], scale: number, x: number, y: number): CoverageMask {
  // Points in pixels, as a flat list of line segments (x0, y0, x1, y1).
  const segments = segmentScratch;
  segments.length = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let startX = 0;
  let startY = 0;
  let curX = 0;
  let curY = 0;
  const px = (u: number) => x + u * scale;
  const py = (v: number) => y - v * scale;
  const lineTo = (nx: number, ny: number) => {
    if (ny !== curY) segments.push(curX, curY, nx, ny);
    if (nx < minX) minX = nx;
    if (nx > maxX) maxX = nx;
    if (ny < minY) minY = ny;
    if (ny > maxY) maxY = ny;
    curX = nx;
    curY = ny;
  };
  for (const c of commands) {
    const v = c.values;
    switch (c.type) {
      case 'M':
        if (curX !== startX || curY !== startY) lineTo(startX, startY);
        curX = startX = px(v[0]!);
        curY = startY = py(v[1]!);
        if (curX < minX) minX = curX;
        if (curX > maxX) maxX = curX;
        if (curY < minY) minY = curY;
        if (curY > maxY) maxY = curY;
        break;
      case 'L':
        lineTo(px(v[0]!), py(v[1]!));
        break;
      case 'Q': {
        const x0 = curX;
        const y0 = curY;
        const x1 = px(v[0]!);
        const y1 = py(v[1]!);
        const x2 = px(v[2]!);
        const y2 = py(v[3]!);
        // Segments enough that the flattening error (|p0 - 2p1 + p2| / 8n²) stays under the tolerance.
        const dd = Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2);
        const n = Math.max(1, Math.ceil(Math.sqrt(dd / (8 * tolerance))));
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const mt = 1 - t;
          lineTo(mt * mt * x0 + 2 * mt * t * x1 + t * t * x2, mt * mt * y0 + 2 * mt * t * y1 + t * t * y2);
        }
        break;
      }
      case 'C': {
        const x0 = curX;
        const y0 = curY;
        const x1 = px(v[0]!);
        const y1 = py(v[1]!);
        const x2 = px(v[2]!);
        const y2 = py(v[3]!);
        const x3 = px(v[4]!);
        const y3 = py(v[5]!);
        const dd = Math.max(Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2), Math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3));
        const n = Math.max(1, Math.ceil(Math.sqrt((3 * dd) / (4 * tolerance))));
        for (let i = 1; i <= n; i++) {
          const t = i / n;
          const mt = 1 - t;
          lineTo(
            mt * mt * mt * x0 + 3 * mt * mt * t * x1 + 3 * mt * t * t * x2 + t * t * t * x3,
            mt * mt * mt * y0 + 3 * mt * mt * t * y1 + 3 * mt * t * t * y2 + t * t * t * y3,
          );
        }
        break;
      }
      case 'Z':
        lineTo(startX, startY);
        break;
    }
  }
  if (curX !== startX || curY !== startY) lineTo(startX, startY);
  if (!segments.length) return { left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0) };
  const left = Math.floor(minX);
  const top = Math.floor(minY);
  const width = Math.floor(maxX) - left + 1;
  const height = Math.ceil(maxY) - top;
  const sum = fillNonzero(segments, left, top, width, height);
  const coverage = new Uint8Array(width * height);
  for (let i = 0; i < coverage.length; i++) {
    const a = sum[i]!;
    coverage[i] = a >= 1 ? 255 : Math.round(a * 255);
  }
  return { left, top, width, height, coverage };
}

/** Sample rows per pixel row: resvg's rasteriser (tiny-skia, like Skia) supersamples 4×4. */
const rowSamples = 4;

/** Scratch arrays reused from glyph to glyph (a glyph allocating its own made a fifth of the time garbage collection). */
let scratch = allocate(1024, 4096);

function allocate(edges: number, samples: number) {
  return {
    ex: new Float64Array(edges),
    ey1: new Float64Array(edges),
    ey0: new Float64Array(edges),
    slope: new Float64Array(edges),
    dir: new Int8Array(edges),
    nextInRow: new Int32Array(edges),
    active: new Int32Array(edges),
    xs: new Float64Array(edges),
    ws: new Int8Array(edges),
    firstInRow: new Int32Array(samples),
    sum: new Float32Array(samples * 64),
  };
}

/**
 * Coverage of the area inside the segments by the nonzero rule: each pixel row
 * is sampled on `rowSamples` lines through it; on each, the spans of nonzero
 * winding are added to the row, their ends rounded to a quarter pixel. Returns
 * the sums in a scratch array valid until the next call.
 */
function fillNonzero(segments: readonly number[], left: number, top: number, width: number, height: number): Float32Array {
  const count = segments.length / 4;
  const samples = height * rowSamples;
  if (scratch.ex.length < count || scratch.firstInRow.length < samples || scratch.sum.length < width * height) {
    scratch = allocate(Math.max(count, scratch.ex.length * 2), Math.max(samples, scratch.firstInRow.length * 2));
    if (scratch.sum.length < width * height) scratch.sum = new Float32Array(width * height * 2);
  }
  const { ex, ey0, ey1, slope, dir, nextInRow, active, xs, ws, firstInRow, sum } = scratch;
  sum.fill(0, 0, width * height);
  firstInRow.fill(-1, 0, samples);
  // Edges top to bottom (y0 < y1, dir +1 when the segment went down), listed
  // under the first sample line they cross: the line through y is s with y = (s + 0.5) / rowSamples.
  for (let i = 0; i < count; i++) {
    let x0 = segments[i * 4]! - left;
    let y0 = segments[i * 4 + 1]! - top;
    let x1 = segments[i * 4 + 2]! - left;
    let y1 = segments[i * 4 + 3]! - top;
    dir[i] = 1;
    if (y0 > y1) {
      [x0, y0, x1, y1] = [x1, y1, x0, y0];
      dir[i] = -1;
    }
    ex[i] = x0;
    ey0[i] = y0;
    ey1[i] = y1;
    slope[i] = (x1 - x0) / (y1 - y0);
    const first = Math.max(0, Math.ceil(y0 * rowSamples - 0.5));
    if (first >= samples || (first + 0.5) / rowSamples >= y1) continue;
    nextInRow[i] = firstInRow[first]!;
    firstInRow[first] = i;
  }
  let activeCount = 0;
  const weight = 1 / rowSamples;
  for (let s = 0; s < samples; s++) {
    const y = (s + 0.5) / rowSamples;
    for (let e = firstInRow[s]!; e >= 0; e = nextInRow[e]!) active[activeCount++] = e;
    // Drop the edges that ended above this sample line; sort the crossings of the others by x (a handful: insertion sort).
    let kept = 0;
    let n = 0;
    for (let a = 0; a < activeCount; a++) {
      const e = active[a]!;
      if (ey1[e]! <= y) continue;
      active[kept++] = e;
      const x = ex[e]! + (y - ey0[e]!) * slope[e]!;
      const w = dir[e]!;
      let j = n++;
      while (j > 0 && xs[j - 1]! > x) {
        xs[j] = xs[j - 1]!;
        ws[j] = ws[j - 1]!;
        j--;
      }
      xs[j] = x;
      ws[j] = w;
    }
    activeCount = kept;
    const base = Math.floor(y) * width;
    let winding = 0;
    let from = 0;
    for (let k = 0; k < n; k++) {
      const was = winding;
      winding += ws[k]!;
      // Span ends on quarter pixels, as resvg's 4×4 supersampling rounds them.
      if (was === 0 && winding !== 0) from = Math.round(xs[k]! * 4) / 4;
      else if (was !== 0 && winding === 0) addSpan(sum, base, from, Math.round(xs[k]! * 4) / 4, weight);
    }
  }
  return sum;
}

/** Adds `weight` times the part of each pixel that the span [a, b) covers. */
function addSpan(sum: Float32Array, base: number, a: number, b: number, weight: number): void {
  const ia = Math.floor(a);
  const ib = Math.floor(b);
  if (ia === ib) {
    sum[base + ia]! += (b - a) * weight;
    return;
  }
  sum[base + ia]! += (ia + 1 - a) * weight;
  for (let i = ia + 1; i < ib; i++) sum[base + i]! += weight;
  if (b > ib) sum[base + ib]! += (b - ib) * weight;
}
