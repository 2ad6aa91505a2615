import { describe, expect, it } from 'vitest';
import { fieldLine } from '../../../src/lib/check/fieldLine.ts';

describe('fieldLine', () => {
  it('finds a field of a JSON file by its path', () => {
    const json = '{\n  "title": "t",\n  "entries": [\n    { "id": "a",\n      "value": 1 }\n  ]\n}\n';
    expect(fieldLine(json, ['title'])).toBe(2);
    expect(fieldLine(json, ['entries', 0, 'value'])).toBe(5);
  });

  it('finds a field of MDX frontmatter, counting the fence, and falls back to the nearest parent', () => {
    const mdx = '---\ntitle: x\nprovenance:\n  belt:\n    inference: y\n---\n\nbody 1\n';
    expect(fieldLine(mdx, ['title'])).toBe(2);
    expect(fieldLine(mdx, ['provenance', 'belt', 'inference'])).toBe(5);
    expect(fieldLine(mdx, ['provenance', 'categories'])).toBe(4);
  });
});
