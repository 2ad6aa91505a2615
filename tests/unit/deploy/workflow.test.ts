import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../../support/root.ts';

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'deploy.yml'), 'utf8')) as {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
};

describe('the GitHub Pages workflow', () => {
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('builds with Astro’s official action, strictly, and deploys to Pages', () => {
    const astro = steps.find((s) => s.uses?.startsWith('withastro/action@'));
    expect(astro).toBeDefined();
    expect(String(astro!.with?.['build-cmd'])).toMatch(/npm run build -- --strict/);
    expect(steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('gives the build SITE_URL and BASE_PATH from repository variables, before the build runs', () => {
    const astroAt = steps.findIndex((s) => s.uses?.startsWith('withastro/action@'));
    const setAt = steps.findIndex((s) => s.env?.SITE_URL?.includes('vars.SITE_URL') && s.env?.BASE_PATH?.includes('vars.BASE_PATH'));
    expect(setAt).toBeGreaterThanOrEqual(0);
    expect(setAt).toBeLessThan(astroAt);
    expect(steps[setAt]!.run).toMatch(/SITE_URL=.*GITHUB_ENV[\s\S]*BASE_PATH=.*GITHUB_ENV/);
  });
});
