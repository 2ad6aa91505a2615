import { describe, expect, it } from 'vitest';
import { readHandbook } from '../../../src/lib/check/readHandbook.ts';
import { checkRegistry } from '../../../src/lib/check/checkRegistry.ts';
import { movedChapters, movedSections, resolvePlace, type CurrentHandbook } from '../../../src/lib/handbook/sectionRegistry.ts';
import type { SectionRegistry } from '../../../src/schemas/sectionRegistry.ts';
import { root } from '../../support/root.ts';

const current = (chapters: Record<string, string[]>): CurrentHandbook => new Map(Object.entries(chapters));
const gloss = (problems: { gloss: string }[]) => problems.map((p) => p.gloss);
const registry = (published: Record<string, string[]>, redirects: SectionRegistry['redirects'] = []): SectionRegistry => ({ published, redirects });

describe('the registry of published section ids (content/handbook/section-ids.json)', () => {
  const handbook = readHandbook(root);

  it('lists every section of the handbook and leads every published id somewhere', () => {
    const now: CurrentHandbook = new Map(handbook.chapters.map((c) => [c.id, c.sections.map((s) => s.id)]));
    expect(handbook.registry, 'content/handbook/section-ids.json').toBeDefined();
    expect(checkRegistry(handbook.registry!, now)).toEqual([]);
  });
});

describe('checkRegistry', () => {
  it('passes when everything published still exists', () => {
    expect(checkRegistry(registry({ a: ['x', 'y'] }), current({ a: ['x', 'y'] }))).toEqual([]);
  });

  it('fails when a section id disappears without a redirect', () => {
    const problems = gloss(checkRegistry(registry({ a: ['x', 'y'] }), current({ a: ['x'] })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/"a#y" was published and no longer exists/);
    expect(problems[0]).toMatch(/"from": "a#y"/);
  });

  it('names the place in the registry that needs the change', () => {
    expect(checkRegistry(registry({ a: ['x', 'y'] }), current({ a: ['x'] })).map((p) => p.field)).toEqual(['published.a[1]']);
    expect(checkRegistry(registry({ a: ['x'] }), current({ a: ['x', 'new'] })).map((p) => p.field)).toEqual(['published.a']);
    expect(checkRegistry(registry({ a: ['x'] }, [{ from: 'a#typo', to: 'a#x' }]), current({ a: ['x'] })).map((p) => p.field)).toEqual(['redirects[0].from']);
  });

  it('fails when a chapter disappears without a redirect', () => {
    const problems = gloss(checkRegistry(registry({ a: ['x'], b: ['z'] }), current({ a: ['x'] })));
    expect(problems.some((p) => p.includes('"b" was published'))).toBe(true);
  });

  it('fails when a new section is not registered', () => {
    expect(gloss(checkRegistry(registry({ a: ['x'] }), current({ a: ['x', 'new'] })))).toEqual([expect.stringMatching(/"a#new" is not in the registry/)]);
  });

  it('accepts a renamed id with a redirect', () => {
    // The new id must be registered too…
    expect(gloss(checkRegistry(registry({ a: ['old', 'y'] }, [{ from: 'a#old', to: 'a#new' }]), current({ a: ['new', 'y'] })))).toEqual([
      expect.stringMatching(/"a#new" is not in the registry/),
    ]);
    // …and then both links work.
    expect(checkRegistry(registry({ a: ['old', 'new', 'y'] }, [{ from: 'a#old', to: 'a#new' }]), current({ a: ['new', 'y'] }))).toEqual([]);
  });

  it('accepts a section moved to another chapter', () => {
    const reg = registry({ a: ['x', 'moved'], b: ['z', 'moved'] }, [{ from: 'a#moved', to: 'b#moved' }]);
    expect(checkRegistry(reg, current({ a: ['x'], b: ['z', 'moved'] }))).toEqual([]);
  });

  it('carries sections along when a whole chapter is renamed', () => {
    const reg = registry({ old: ['x', 'y'], new: ['x', 'y'] }, [{ from: 'old', to: 'new' }]);
    const now = current({ new: ['x', 'y'] });
    expect(checkRegistry(reg, now)).toEqual([]);
    expect(resolvePlace('old#y', now, reg.redirects)).toEqual({ place: { chapter: 'new', section: 'y' } });
    expect(movedChapters(reg, now)).toEqual([{ id: 'old', to: { chapter: 'new' } }]);
    expect(movedSections('old', reg, now).map((m) => m.id)).toEqual(['x', 'y']);
  });

  it('follows chains of redirects and rejects loops and dead ends', () => {
    const chain = [
      { from: 'a#one', to: 'a#two' },
      { from: 'a#two', to: 'a#three' },
    ];
    expect(resolvePlace('a#one', current({ a: ['three'] }), chain)).toEqual({ place: { chapter: 'a', section: 'three' } });
    const loop = [
      { from: 'a#one', to: 'a#two' },
      { from: 'a#two', to: 'a#one' },
    ];
    expect(resolvePlace('a#one', current({ a: [] }), loop)).toEqual({ error: expect.stringMatching(/loop/) });
    expect(gloss(checkRegistry(registry({ a: ['one'] }, [{ from: 'a#one', to: 'a#gone' }]), current({ a: [] })))).toContainEqual(
      expect.stringMatching(/redirect to "a#gone"/),
    );
  });

  it('rejects a redirect from a place that still exists, or was never published', () => {
    expect(gloss(checkRegistry(registry({ a: ['x'] }, [{ from: 'a#x', to: 'a#x' }]), current({ a: ['x'] })))).toContainEqual(expect.stringMatching(/exists now/));
    expect(gloss(checkRegistry(registry({ a: ['x'] }, [{ from: 'a#typo', to: 'a#x' }]), current({ a: ['x'] })))).toContainEqual(expect.stringMatching(/never published/));
  });

  it('lists a chapter’s old ids for its forwarding script', () => {
    const reg = registry({ a: ['old', 'new'] }, [{ from: 'a#old', to: 'a#new' }]);
    expect(movedSections('a', reg, current({ a: ['new'] }))).toEqual([{ id: 'old', to: { chapter: 'a', section: 'new' } }]);
  });
});
