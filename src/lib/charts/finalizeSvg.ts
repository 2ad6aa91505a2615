import { serializeSvg, type SvgElement } from './svgDom.ts';

export interface FinalizeSvgOptions {
  /** Id of the element naming the chart (its title), for `aria-labelledby`. */
  labelledBy?: string;
  /** Id of the element holding the long description, for `aria-describedby`. */
  describedBy?: string;
  /** Extra classes for the root, after `bc-plot`. */
  className?: string;
}

const plotClass = /^plot-[0-9a-f]{6}$/;

/**
 * Turns a Plot-drawn <svg> into deterministic, valid, CSP-friendly markup:
 * - drops Plot's inline <style> (its rules live in src/styles/charts.css);
 * - replaces the `font-variant` attribute (rejected by the Nu checker) with the class `bc-tnum`;
 * - renames Plot's generated class to `bc-plot`;
 * - hides every drawn group from assistive technology (the figure carries the
 *   name, the long description and the table) and drops Plot's English aria-labels;
 * - rounds coordinates to 2 decimals so the output does not depend on float noise;
 * - adds the SVG namespace so the same markup rasterises standalone.
 */
export function finalizeSvg(svg: SvgElement, options: FinalizeSvgOptions = {}): string {
  const classes = (svg.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !plotClass.test(c));
  svg.setAttribute('class', ['bc-plot', ...classes, ...(options.className ? [options.className] : [])].join(' '));
  // One walk over the drawing, each element changed in the order the rules above are listed.
  for (const node of [...svg.descendants()]) {
    if (node.localName === 'style') {
      node.remove();
      continue;
    }
    if (node.hasAttribute('font-variant')) {
      node.removeAttribute('font-variant');
      node.setAttribute('class', [node.getAttribute('class'), 'bc-tnum'].filter(Boolean).join(' '));
    }
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
    if (node.parentNode === svg) node.setAttribute('aria-hidden', 'true');
    node.removeAttribute('style');
  }
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  if (options.labelledBy) svg.setAttribute('aria-labelledby', options.labelledBy);
  if (options.describedBy) svg.setAttribute('aria-describedby', options.describedBy);
  return serializeSvg(svg, roundNumbers);
}

/** Rounds every decimal in attribute values to 2 places (text content is left alone). */
export function roundAttributeNumbers(markup: string): string {
  return markup.replace(/(\s[\w:-]+=")([^"]*)(")/g, (_, start: string, value: string, end: string) => {
    return start + roundNumbers(value) + end;
  });
}

/** Rounds every decimal with more than two places in one attribute value to 2 places. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 100) / 100;
    return String(Object.is(r, -0) ? 0 : r);
  });
}
