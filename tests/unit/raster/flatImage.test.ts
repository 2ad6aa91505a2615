import { describe, expect, it } from 'vitest';
import { flatImageSvg, svgDisplayText, type FlatImage } from '../../../src/lib/raster/flatImage.ts';

describe('flatImageSvg', () => {
  it('writes rectangles and lines of text in order, escaping text', () => {
    const image: FlatImage = {
      width: 10,
      height: 5,
      background: '#ffffff',
      fontFamily: 'sans-serif',
      items: [
        { kind: 'rect', x: 0, y: 2, width: 10, height: 3, fill: '#000000' },
        { kind: 'text', x: 9, y: 4, size: 3, fill: '#111111', anchor: 'end', text: 'A & <B>' },
      ],
    };
    expect(flatImageSvg(image)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5" viewBox="0 0 10 5" font-family="sans-serif" text-anchor="start">' +
        '<rect y="2" width="10" height="3" fill="#000000"/><text x="9" y="4" font-size="3" fill="#111111" text-anchor="end">A &amp; &lt;B&gt;</text></svg>',
    );
  });

  it('collapses white space as SVG does by default', () => {
    expect(svgDisplayText('  a\n b\t\tc  ')).toBe('a b c');
  });
});
