/**
 * Rough width of a line of text in the chart's font, for keeping labels
 * inside the frame: CJK characters are 1 em, digits and Latin about 0.6 em.
 * (CJK: U+2E80–U+9FFF, which holds the CJK punctuation U+3000–U+303F,
 * U+F900–U+FAFF and the full-width forms U+FF00–U+FFEF; a character outside
 * the Basic Multilingual Plane counts once, as 0.6 em.) Sums in text order,
 * so the same text always gives the same floating-point width.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef)) em += 1;
    else {
      em += 0.6;
      // A surrogate pair is one character.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
  }
  return em * fontSize;
}
