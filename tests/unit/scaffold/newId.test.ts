import { describe, expect, it } from 'vitest';
import { newIdProblems, suggestId } from '../../../src/lib/scaffold/newId.ts';

const cases = ['north-star-spring'];

describe('new ids', () => {
  it('accepts a free kebab-case id', () => expect(newIdProblems('river-media-autumn', '案例', cases)).toEqual([]));
  it('refuses a malformed id and suggests a well-formed one', () => {
    const [problem] = newIdProblems('River Media_Autumn', '案例', cases);
    expect(problem).toContain('"river-media-autumn"');
    expect(problem).toContain('expected an ASCII kebab-case id');
  });
  it('refuses an id that exists', () => expect(newIdProblems('north-star-spring', '案例', cases)[0]).toContain('已经存在'));
  it('refuses an empty id', () => expect(newIdProblems('', '案例', [])).toHaveLength(1));
  it('suggests nothing when no ASCII is left', () => expect(suggestId('汉服基地')).toBe(''));
});
