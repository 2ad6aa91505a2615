import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { SvgDocument, serializeSvg, svgNamespace, type SvgElement } from '../../../src/lib/charts/svgDom.ts';

/** The same drawing steps on our DOM and on linkedom's, serialised. */
function both(draw: (document: Document) => Element): [string, string] {
  const ours = draw(new SvgDocument() as unknown as Document).outerHTML;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return [ours, draw(document as unknown as Document).outerHTML];
}

describe('svgDom', () => {
  it('writes attributes newest first, empty SVG elements self-closed, and escapes as linkedom does (text: & < > and no-break spaces; attribute values: quotes)', () => {
    const [ours, linkedom] = both((document) => {
      const svg = document.createElementNS(svgNamespace, 'svg');
      svg.setAttribute('width', '10');
      svg.setAttribute('class', 'a b');
      svg.setAttribute('width', '20');
      const g = svg.appendChild(document.createElementNS(svgNamespace, 'g'));
      g.setAttribute('aria-label', 'x "y" & <z>');
      g.appendChild(document.createElementNS(svgNamespace, 'path')).setAttribute('d', 'M0,0L1,1');
      const text = g.appendChild(document.createElementNS(svgNamespace, 'text'));
      text.textContent = '1 < 2 & 3\u00a0元';
      const empty = g.appendChild(document.createElementNS(svgNamespace, 'text'));
      empty.textContent = '';
      const first = document.createElementNS(svgNamespace, 'rect');
      svg.insertBefore(first, g);
      first.setAttribute('x', '1');
      first.removeAttribute('x');
      first.setAttribute('y', '2');
      return svg;
    });
    expect(ours).toBe(linkedom);
    expect(ours).toBe(
      '<svg class="a b" width="20"><rect y="2" /><g aria-label="x &quot;y&quot; & <z>"><path d="M0,0L1,1" /><text>1 &lt; 2 &amp; 3&#160;元</text><text /></g></svg>',
    );
  });

  it('draws a Plot chart exactly as linkedom did', () => {
    const [ours, linkedom] = both(
      (document) =>
        Plot.plot({
          document,
          width: 300,
          height: 120,
          y: { type: 'band' },
          marks: [Plot.barX([1, 2, 3], { x: (d: number) => d / 3, y: (d: number) => `${d}` }), Plot.text(['甲 & 乙'], { frameAnchor: 'top', text: (d: string) => d }), Plot.ruleX([0.5])],
        }) as unknown as Element,
    );
    expect(ours).toBe(linkedom);
    expect(ours).toMatch(/^<svg /);
  });

  it('moves nodes, replaces text and reads back what was set', () => {
    const document = new SvgDocument();
    const a = document.createElementNS(svgNamespace, 'g');
    const b = document.createElementNS(svgNamespace, 'g');
    const c = a.appendChild(document.createElementNS(svgNamespace, 'circle'));
    b.appendChild(c);
    expect(a.childNodes).toHaveLength(0);
    expect(c.parentNode).toBe(b);
    c.textContent = 'x';
    c.textContent = 'y';
    expect(c.textContent).toBe('y');
    expect(c.childNodes).toHaveLength(1);
    c.style.setProperty('opacity', '0.5');
    expect(c.getAttribute('style')).toBe('opacity:0.5');
    c.style.removeProperty('opacity');
    expect(c.hasAttribute('style')).toBe(false);
    expect(serializeSvg(b, (v) => v.toUpperCase())).toBe('<g><circle>y</circle></g>');
    expect(() => document.createElement('figure')).toThrow(/not supported/);
    expect(() => a.removeChild(c as unknown as SvgElement)).toThrow(/not a child/);
  });
});
