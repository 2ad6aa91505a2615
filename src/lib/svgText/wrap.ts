import { textWidth } from './textWidth.ts';

/** Breaks a line of Chinese text to fit `maxWidth`, between any two characters. */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (line && textWidth(line + char, fontSize) > maxWidth) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line) lines.push(line);
  return lines;
}
