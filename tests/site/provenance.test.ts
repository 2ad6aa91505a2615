/** Built pages show where each non-numeric claim comes from, for whatever content exists. */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check/checkProject.ts';
import { beltIndexUrl, beltUrl, caseUrl, providerUrl } from '../../src/lib/urls.ts';
import type { ClaimProvenance } from '../../src/schemas/provenance.ts';
import { loadPage, mainText } from '../support/dist.ts';
import { root } from '../support/root.ts';

const { content } = checkProject(root);
const claims = (provenance: Partial<Record<string, ClaimProvenance>> | undefined) => Object.values(provenance ?? {}).filter((p) => p !== undefined);

/** What a page must show for a provenance: the mark and the reason, or the quote. */
function shown(p: ClaimProvenance): string[] {
  return 'inference' in p ? ['编者归纳', p.inference] : [`原文：“${p.quote}”`];
}

describe('pages show the provenance of belts, places and categories', () => {
  it.each([...content.cases.values()].map((c) => [c.id, c.data.provenance] as const))('case %s', (id, provenance) => {
    const text = mainText(loadPage(caseUrl(id)));
    for (const p of claims(provenance)) for (const words of shown(p)) expect(text).toContain(words);
  });

  it.each([...content.providers.values()].map((p) => [p.id, p.data.provenance] as const))('provider %s', (id, provenance) => {
    const text = mainText(loadPage(providerUrl(id)));
    for (const p of claims(provenance)) for (const words of shown(p)) expect(text).toContain(words);
  });

  it.each([...content.belts.values()].map((b) => [b.id, b.data.provenance] as const))('belt %s, and the belt list', (id, provenance) => {
    const text = mainText(loadPage(beltUrl(id)));
    const list = mainText(loadPage(beltIndexUrl()));
    for (const p of claims(provenance)) {
      for (const words of shown(p)) expect(text).toContain(words);
      if ('inference' in p) expect(list).toContain(p.inference);
    }
  });

  it('marks the reason as text next to a 编者归纳 badge, not only as a tooltip', () => {
    const marks = [...content.cases.keys()].flatMap((id) => [...loadPage(caseUrl(id)).querySelectorAll('.provenance--inference')]);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark.querySelector('.badge--inference')?.textContent).toBe('编者归纳');
      expect(mark.querySelector('.provenance__reason')?.textContent?.trim().length).toBeGreaterThan(3);
    }
  });
});
