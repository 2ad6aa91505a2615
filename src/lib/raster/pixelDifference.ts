/** How far apart two renderings of one image are. */
export interface PixelDifference {
  /** Largest difference of one channel at any pixel (0–255). */
  max: number;
  /** Mean over all pixels of the largest channel difference. */
  mean: number;
  /** Share of pixels (0–1) whose largest channel difference exceeds `over`. */
  share: number;
  over: number;
}

/**
 * Compares two images of the same size channel by channel (RGB; `channelsA`
 * and `channelsB` give each buffer's bytes a pixel, so RGBA and RGB mix).
 */
export function pixelDifference(a: Uint8Array, channelsA: number, b: Uint8Array, channelsB: number, pixels: number, over = 32): PixelDifference {
  if (a.length < pixels * channelsA || b.length < pixels * channelsB) throw new Error('pixelDifference: a buffer is smaller than the image');
  let max = 0;
  let sum = 0;
  let beyond = 0;
  for (let i = 0; i < pixels; i++) {
    let d = 0;
    for (let c = 0; c < 3; c++) {
      const e = Math.abs(a[i * channelsA + c]! - b[i * channelsB + c]!);
      if (e > d) d = e;
    }
    if (d > max) max = d;
    if (d > over) beyond++;
    sum += d;
  }
  return { max, mean: sum / pixels, share: beyond / pixels, over };
}
