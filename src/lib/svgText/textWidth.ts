/**
 * Rough width of a line of text in the chart's font, for keeping labels
 * inside the frame: CJK characters are 1 em, digits and Latin about 0.6 em.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(char) ? 1 : 0.6;
  return em * fontSize;
}
