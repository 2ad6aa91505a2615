import * as hb from 'harfbuzzjs';
import type { OutlineCommand } from './coverage.ts';

/** A glyph of a shaped line: which font, which glyph, and where its origin sits (pixels from the line's start, y down). */
export interface PlacedGlyph {
  font: number;
  glyph: number;
  x: number;
  y: number;
}

/** A line of text shaped at a font size: its glyphs and its advance width in pixels. */
export interface ShapedLine {
  glyphs: PlacedGlyph[];
  width: number;
}

/**
 * Shapes text with HarfBuzz in a list of fonts, choosing fonts the way resvg
 * (usvg) does, so glyphs land where resvg draws them: the line is shaped with
 * the first font; while a glyph is missing, it is shaped again with the next
 * font that has the first missing character; if that font has every glyph of
 * the line it shapes the whole line, otherwise it fills only the missing glyphs.
 */
export class TextShaper {
  private readonly fonts: hb.Font[];
  private readonly upem: number[];
  private readonly outlines = new Map<string, OutlineCommand[]>();
  private readonly unicodes: Set<number>[];
  private readonly buffer = new hb.Buffer();

  /** `fontData`: TrueType/OpenType files, in the order resvg would try them (the default family first). */
  constructor(fontData: readonly Uint8Array[]) {
    this.fonts = fontData.map((bytes) => new hb.Font(new hb.Face(new hb.Blob(bytes))));
    this.upem = this.fonts.map((f) => f.face.upem);
    this.unicodes = this.fonts.map((f) => new Set(f.face.collectUnicodes()));
  }

  /** Shapes one line (whitespace already collapsed) at `size` pixels per em. */
  shape(text: string, size: number): ShapedLine {
    let glyphs = this.run(this.firstFont(text), text);
    const used = [glyphs[0]?.font ?? 0];
    for (;;) {
      const missing = glyphs.find((g) => g.glyph === 0);
      if (!missing) break;
      const char = text.codePointAt(missing.cluster)!;
      const next = this.unicodes.findIndex((set, i) => !used.includes(i) && set.has(char));
      if (next < 0) break;
      const again = this.run(next, text);
      if (again.every((g) => g.glyph !== 0)) {
        glyphs = again;
        break;
      }
      if (again.length !== glyphs.length) break;
      glyphs = glyphs.map((g, i) => (g.glyph === 0 && again[i]!.glyph !== 0 ? again[i]! : g));
      used.push(next);
    }
    const placed: PlacedGlyph[] = [];
    let x = 0;
    for (const g of glyphs) {
      const scale = size / this.upem[g.font]!;
      placed.push({ font: g.font, glyph: g.glyph, x: x + g.xOffset * scale, y: -g.yOffset * scale });
      x += g.xAdvance * scale;
    }
    return { glyphs: placed, width: x };
  }

  /**
   * The font resvg ends up shaping a line with, found from the fonts'
   * character maps rather than by shaping with each: the first font if it maps
   * every character; else the font that maps the first character it lacks, if
   * that one maps them all. Otherwise the first (shape() then fills gaps).
   */
  private firstFont(text: string): number {
    const first = this.unicodes[0]!;
    let lacking: number | undefined;
    for (const char of text) {
      const code = char.codePointAt(0)!;
      if (!first.has(code)) {
        lacking = code;
        break;
      }
    }
    if (lacking === undefined) return 0;
    const next = this.unicodes.findIndex((set, i) => i > 0 && set.has(lacking));
    if (next < 0) return 0;
    const fallback = this.unicodes[next]!;
    for (const char of text) if (!fallback.has(char.codePointAt(0)!)) return 0;
    return next;
  }

  /** A glyph's outline in font units (y up), read once. */
  outline(font: number, glyph: number): { commands: OutlineCommand[]; upem: number } {
    const key = `${font}:${glyph}`;
    let commands = this.outlines.get(key);
    if (!commands) {
      commands = this.fonts[font]!.glyphToJson(glyph) as OutlineCommand[];
      this.outlines.set(key, commands);
    }
    return { commands, upem: this.upem[font]! };
  }

  private run(font: number, text: string) {
    const buffer = this.buffer;
    buffer.reset();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(this.fonts[font]!, buffer);
    // (getGlyphInfosAndPositions is several times slower: it defines hidden properties on every glyph.)
    const positions = buffer.getGlyphPositions();
    return buffer.getGlyphInfos().map((g, i) => ({
      font,
      glyph: g.codepoint,
      cluster: g.cluster,
      xAdvance: positions[i]!.xAdvance,
      xOffset: positions[i]!.xOffset,
      yOffset: positions[i]!.yOffset,
    }));
  }
}
