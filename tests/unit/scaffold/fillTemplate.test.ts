import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fillTemplate, quoteValue, templateNames } from '../../../src/lib/scaffold/fillTemplate.ts';

describe('templates', () => {
  it('quote values only as much as their format needs', () => {
    expect(quoteValue('汉服基地：测试', 'yaml')).toBe('汉服基地：测试');
    expect(parseYaml(`t: ${quoteValue('a: b # c', 'yaml')}`)).toEqual({ t: 'a: b # c' });
    expect(JSON.parse(quoteValue('say "hi"', 'json'))).toBe('say "hi"');
  });
  it('name what they need and refuse to be half filled', () => {
    expect(templateNames('{{yaml:title}} {{dataset}} {{title}}')).toEqual(['title', 'dataset']);
    expect(fillTemplate('{{json:a}}-{{b}}', { a: 'x', b: 'y' })).toBe('"x"-y');
    expect(() => fillTemplate('{{a}} {{b}}', { a: 'x' })).toThrow(/b/);
  });
});
