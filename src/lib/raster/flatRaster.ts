import { rasteriseOutline } from './coverage.ts';
import { svgDisplayText, type FlatImage } from './flatImage.ts';
import type { TextShaper } from './textShaper.ts';

/** An image as palette indices, one byte a pixel, row by row. */
export interface IndexedImage {
  width: number;
  height: number;
  /** `[r, g, b]` of each palette entry. */
  palette: [number, number, number][];
  /**
   * Rows of `width + 1` bytes: a zero (PNG's filter type None) then the row's
   * palette indices, as PNG stores them, so encoding copies nothing. Pixel
   * (x, y) is `scanlines[y * (width + 1) + 1 + x]`.
   */
  scanlines: Uint8Array;
}

/**
 * Coverage levels of anti-aliased text: a text pixel is the text colour mixed
 * with the colour under it in one of this many steps (resvg, supersampling
 * 4×4, draws 16). 32 keeps the mix within 1/64 of the exact one.
 */
const levels = 32;

/**
 * Glyph positions within a pixel are kept to 1/256 px (a glyph is cached per
 * size and position). Coarser steps barely raise the cache's hits (55 cards:
 * 1,517 glyph masks at 1/16 px, 1,558 at 1/32, 1,572 exact) but move edges
 * across resvg's quarter-pixel rounding: pixels off by more than 32 went from
 * 0.015% (exact) to 0.05% (1/16) and 0.21% (1/4) of the worst card.
 */
const subpixel = 256;

/** Glyph masks kept per compositor; the cache is emptied when full. */
const cacheLimit = 8000;

/**
 * Composes flat images from glyph coverage: each glyph is rasterised once
 * per size and sub-pixel position and reused, text pixels become palette
 * entries mixing the text colour with what lies under it. For the images of
 * one design this is a fraction of the cost of rendering SVG and encoding RGB.
 */
export class FlatRasteriser {
  /** Glyph masks by font size, then by font, glyph and sub-pixel offset (a number: cheaper to look up than a string). */
  private readonly masks = new Map<number, Map<number, LevelMask>>();
  private maskCount = 0;
  private readonly shaper: TextShaper;
  constructor(shaper: TextShaper) {
    this.shaper = shaper;
  }

  /**
   * The image's pixels. `target`, if given and of the right size, receives
   * them instead of a new array: a thread drawing card after card saves
   * allocating (and collecting) 750 KB a card.
   */
  compose(image: FlatImage, target?: Uint8Array): IndexedImage {
    const { width, height } = image;
    const palette = new Palette();
    const stride = width + 1;
    const scanlines = target?.length === stride * height ? target : new Uint8Array(stride * height);
    scanlines.fill(palette.solid(rgb(image.background)));
    for (let row = 0; row < height; row++) scanlines[row * stride] = 0;
    for (const item of image.items) {
      if (item.kind === 'rect') {
        const { x, y } = item;
        if (![x, y, item.width, item.height].every(Number.isInteger)) throw new Error('a flat image’s rectangles must sit on whole pixels');
        const index = palette.solid(rgb(item.fill));
        const x0 = Math.max(0, x);
        const x1 = Math.min(width, x + item.width);
        for (let row = Math.max(0, y); row < Math.min(height, y + item.height); row++) scanlines.fill(index, row * stride + 1 + x0, row * stride + 1 + x1);
        continue;
      }
      const line = this.shaper.shape(svgDisplayText(item.text), item.size);
      const start = item.anchor === 'end' ? item.x - line.width : item.x;
      const ink = rgb(item.fill);
      let sized = this.masks.get(item.size);
      if (!sized) {
        sized = new Map();
        this.masks.set(item.size, sized);
      }
      for (const glyph of line.glyphs) {
        const x = start + glyph.x;
        const y = item.y + glyph.y;
        const left = Math.floor(x);
        const top = Math.floor(y);
        const mask = this.mask(sized, glyph.font, glyph.glyph, item.size, Math.round((x - left) * subpixel), Math.round((y - top) * subpixel));
        palette.blend(scanlines, width, height, mask, left, top, ink);
      }
    }
    return { width, height, palette: palette.colors, scanlines };
  }

  /** A glyph's coverage levels at sub-pixel offset (fx, fy) / subpixel, from the cache when drawn before. */
  private mask(sized: Map<number, LevelMask>, font: number, glyph: number, size: number, fx: number, fy: number): LevelMask {
    const key = (font * 0x10000 + glyph) * 257 * 257 + fx * 257 + fy;
    let mask = sized.get(key);
    if (!mask) {
      const { commands, upem } = this.shaper.outline(font, glyph);
      const drawn = rasteriseOutline(commands, size / upem, fx / subpixel, fy / subpixel);
      const level = new Uint8Array(drawn.coverage.length);
      for (let i = 0; i < level.length; i++) level[i] = Math.round((drawn.coverage[i]! * levels) / 255);
      mask = { left: drawn.left, top: drawn.top, width: drawn.width, height: drawn.height, level };
      if (this.maskCount >= cacheLimit) {
        for (const m of this.masks.values()) m.clear();
        this.maskCount = 0;
      }
      sized.set(key, mask);
      this.maskCount++;
    }
    return mask;
  }
}

/** A glyph's coverage in `levels` steps (0 to `levels`), `level[y * width + x]` at pixel (left + x, top + y). */
interface LevelMask {
  left: number;
  top: number;
  width: number;
  height: number;
  level: Uint8Array;
}

/** `#rrggbb` as a number. */
function rgb(color: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) throw new Error(`a flat image’s colours are #rrggbb, not ${color}`);
  return parseInt(m[1]!, 16);
}

/** The palette of one image: solid colours, and mixes of a text colour over a solid one in `levels` steps, added as first used. */
class Palette {
  readonly colors: [number, number, number][] = [];
  /** Per entry: the solid colour under it, the text colour (-1 for a solid entry) and the coverage level. */
  private readonly under: number[] = [];
  private readonly ink: number[] = [];
  private readonly level: number[] = [];
  private readonly solids = new Map<number, number>();
  /** First entry of each text-over-solid mix (level 1), by `ink * 2^24 + under`. */
  private readonly mixes = new Map<number, number>();
  /** Per text colour: the entry each entry becomes at each level (`entry * (levels + 1) + level`), -1 until asked. */
  private readonly tables = new Map<number, Int16Array>();

  solid(color: number): number {
    let index = this.solids.get(color);
    if (index === undefined) {
      index = this.add(color, color, -1, 0);
      this.solids.set(color, index);
    }
    return index;
  }

  private mix(ink: number, under: number, level: number): number {
    if (level >= levels) return this.solid(ink);
    const key = ink * 0x1000000 + under;
    let first = this.mixes.get(key);
    if (first === undefined) {
      first = this.colors.length;
      if (first + levels - 1 > 256) throw new Error('a flat image needs more than 256 colours: too many text and background colours');
      const channels = (c: number) => [(c >> 16) & 255, (c >> 8) & 255, c & 255] as const;
      const [ir, ig, ib] = channels(ink);
      const [ur, ug, ub] = channels(under);
      for (let l = 1; l < levels; l++) {
        const t = l / levels;
        const c = (Math.round(ur + (ir - ur) * t) << 16) | (Math.round(ug + (ig - ug) * t) << 8) | Math.round(ub + (ib - ub) * t);
        this.add(c, under, ink, l);
      }
      this.mixes.set(key, first);
    }
    return first + level - 1;
  }

  private add(color: number, under: number, ink: number, level: number): number {
    if (this.colors.length >= 256) throw new Error('a flat image needs more than 256 colours: too many text and background colours');
    this.colors.push([(color >> 16) & 255, (color >> 8) & 255, color & 255]);
    this.under.push(under);
    this.ink.push(ink);
    this.level.push(level);
    return this.colors.length - 1;
  }

  /**
   * Draws a glyph's mask for the glyph's pixel (atX, atY) in colour `ink`: coverage adds up where glyphs of
   * the same colour touch (as one filled path would); over another text
   * colour the more covering one wins. What an entry becomes at a level is
   * looked up in a table per text colour, filled as pixels ask.
   */
  blend(scanlines: Uint8Array, width: number, height: number, mask: LevelMask, atX: number, atY: number, ink: number): void {
    let table = this.tables.get(ink);
    if (!table) {
      table = new Int16Array(256 * (levels + 1)).fill(-1);
      this.tables.set(ink, table);
    }
    const { level } = mask;
    const stride = levels + 1;
    const maskLeft = mask.left + atX;
    const maskTop = mask.top + atY;
    const rowFrom = Math.max(0, -maskTop);
    const rowTo = Math.min(mask.height, height - maskTop);
    const colFrom = Math.max(0, -maskLeft);
    const colTo = Math.min(mask.width, width - maskLeft);
    for (let row = rowFrom; row < rowTo; row++) {
      const m = row * mask.width;
      const p = (maskTop + row) * (width + 1) + 1 + maskLeft;
      for (let col = colFrom; col < colTo; col++) {
        const l = level[m + col]!;
        if (l === 0) continue;
        const entry = scanlines[p + col]!;
        let to = table[entry * stride + l]!;
        if (to < 0) {
          to = this.over(entry, ink, l);
          table[entry * stride + l] = to;
        }
        scanlines[p + col] = to;
      }
    }
  }

  /** The entry that text colour `ink` at coverage `level` makes of entry `entry`. */
  private over(entry: number, ink: number, level: number): number {
    const under = this.under[entry]!;
    const was = this.ink[entry]!;
    if (under === ink) return entry;
    if (was === ink) return this.mix(ink, under, level + this.level[entry]!);
    if (was >= 0 && this.level[entry]! >= level) return entry;
    return this.mix(ink, under, level);
  }
}
