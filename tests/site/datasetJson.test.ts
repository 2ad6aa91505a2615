import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireBuiltSite, siteDir } from '../support/dist.ts';
import { root } from '../support/root.ts';

requireBuiltSite();

describe('dataset downloads (/data/<id>.json)', () => {
  const datasets = readdirSync(join(root, 'data')).filter((f) => f.endsWith('.json'));

  it('exist for every dataset and leave out the editors’ "$schema", a path inside the repository', () => {
    expect(datasets.length).toBeGreaterThan(0);
    for (const file of datasets) {
      const source = JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));
      const published = JSON.parse(readFileSync(join(siteDir, 'data', file), 'utf8'));
      expect(published, file).not.toHaveProperty('$schema');
      expect(published, file).toMatchObject({ id: file.slice(0, -'.json'.length), title: source.title, description: source.description });
    }
  });
});
