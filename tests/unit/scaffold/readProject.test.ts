import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject, readServiceTypes } from '../../../src/lib/scaffold/readProject.ts';
import { root } from '../../support/root.ts';

const idsIn = (dir: string, ext: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();

describe('readProject', () => {
  it('lists the ids of the real content from its file names', () => {
    const read = readProject(root);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.project.providers).toEqual(idsIn('content/providers', '.mdx'));
    expect(read.project.cases).toEqual(idsIn('content/cases', '.mdx'));
    expect(read.project.datasets).toEqual(idsIn('data', '.json'));
    expect(read.project.sources.length).toBeGreaterThan(0);
    expect(read.project.serviceTypes.length).toBeGreaterThan(0);
    expect(read.project.lastChapterOrder).toBeGreaterThanOrEqual(0);
  });

  it('reads service types from the editors’ vocabulary file when there is one, and sources described in .json or .mdx', () => {
    const dir = mkdtempSync(join(tmpdir(), 'belt-read-project-'));
    try {
      mkdirSync(join(dir, 'content/vocabularies'), { recursive: true });
      mkdirSync(join(dir, 'content/sources'), { recursive: true });
      writeFileSync(join(dir, 'content/vocabularies/service-types.yaml'), '# test data\n- name: 甲服务\n- name: 乙服务\n  description: 说明\n');
      writeFileSync(join(dir, 'content/sources/one.json'), '{}');
      writeFileSync(join(dir, 'content/sources/two.mdx'), '---\n---\n');
      expect(readServiceTypes(dir)).toEqual(['甲服务', '乙服务']);
      const read = readProject(dir);
      expect(read.ok && read.project.sources).toEqual(['one', 'two']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when the section registry cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'belt-read-project-'));
    try {
      mkdirSync(join(dir, 'content/handbook'), { recursive: true });
      writeFileSync(join(dir, 'content/handbook/section-ids.json'), '{ not json');
      const read = readProject(dir);
      expect(read.ok ? [] : read.problems).toEqual([expect.stringContaining('section-ids.json')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
