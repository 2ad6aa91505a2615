/**
 * Reads a QR code back out of an SVG drawn by the `qrcode` package (a nested
 * <svg> whose viewBox is the code with its quiet zone, the dark modules one
 * stroked path of runs), so a test can say which address a code holds
 * without a camera: the code holds `url` when its modules are exactly those
 * `qrcode` makes for `url` at one of the four error-correction levels.
 */
import QRCode from 'qrcode';

/** The dark modules of each QR code in `svg`, as “column,row” sets (quiet zone included), with the code's full width. */
export function qrCodesIn(svg: string): { width: number; dark: Set<string> }[] {
  const codes: { width: number; dark: Set<string> }[] = [];
  for (const m of svg.matchAll(/<svg\b[^>]*viewBox="0 0 (\d+) \1"[^>]*>((?:<path[^>]*\/>)+)<\/svg>/g)) {
    const d = /<path\b[^>]*\bstroke="[^"]+"[^>]*\bd="([^"]*)"/.exec(m[2]!)?.[1];
    if (d === undefined) continue;
    const dark = new Set<string>();
    let x = 0;
    let y = 0;
    for (const [, cmd, a, b] of d.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
      const n = Number(a);
      if (cmd === 'M') [x, y] = [n, Math.floor(Number(b))];
      else if (cmd === 'm') x += n;
      else {
        for (let i = 0; i < n; i++) dark.add(`${x + i},${y}`);
        x += n;
      }
    }
    codes.push({ width: Number(m[1]), dark });
  }
  return codes;
}

/** True when some QR code in `svg` holds exactly `url`. */
export function svgHasQrCodeOf(svg: string, url: string): boolean {
  const expected = (['L', 'M', 'Q', 'H'] as const).map((errorCorrectionLevel) => QRCode.create(url, { errorCorrectionLevel }).modules);
  return qrCodesIn(svg).some((code) =>
    expected.some(({ size, data }) => {
      const margin = (code.width - size) / 2;
      if (!Number.isInteger(margin) || margin < 0) return false;
      let count = 0;
      for (let row = 0; row < size; row++)
        for (let col = 0; col < size; col++)
          if (data[row * size + col]) {
            count++;
            if (!code.dark.has(`${col + margin},${row + margin}`)) return false;
          }
      return count === code.dark.size;
    }),
  );
}
