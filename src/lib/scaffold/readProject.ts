import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { plainCaseSchema } from '../../schemas/case.ts';
import { vocabularyFiles } from '../../schemas/vocabulary.ts';
import { contentPaths } from '../check/contentPaths.ts';
import { listContentFiles } from '../check/readContentFile.ts';
import { handbookDir, readHandbook, sectionRegistryFile } from '../check/readHandbook.ts';
import type { ProjectSnapshot } from './scaffoldPlan.ts';


/**
 * The ids that exist in the project at `root`, from file names and the
 * handbook, for `npm run new` to refuse a taken id or an unknown reference.
 * Fails only when the section registry cannot be read, since a new chapter
 * must be added to it.
 */
export function readProject(root: string): { ok: true; project: ProjectSnapshot } | { ok: false; problems: string[] } {
  const ids = (dir: string, ...exts: string[]) => [...new Set(exts.flatMap((ext) => listContentFiles(root, dir, ext).map((f) => f.id)))].sort();
  const handbook = readHandbook(root);
  let registry: ProjectSnapshot['registry'] = {};
  const registryPath = join(root, sectionRegistryFile);
  if (existsSync(registryPath)) {
    try {
      registry = JSON.parse(readFileSync(registryPath, 'utf8'));
    } catch {
      return { ok: false, problems: [`${sectionRegistryFile} 不是有效的 JSON：先运行 npm run check 修好它 / not valid JSON`] };
    }
  }
  const published = Object.values(registry.published ?? {}).flat();
  return {
    ok: true,
    project: {
      // A source is described by a .json or an .mdx file beside its text.
      sources: ids(contentPaths.sources, '.json', '.mdx'),
      providers: ids(contentPaths.providers, '.mdx'),
      belts: ids(contentPaths.belts, '.mdx'),
      cases: ids(contentPaths.cases, '.mdx'),
      datasets: ids(contentPaths.datasets, '.json'),
      chapters: ids(handbookDir, '.mdx'),
      sections: [...new Set([...handbook.chapters.flatMap((c) => c.sections.map((s) => s.id)), ...published])],
      registry,
      lastChapterOrder: Math.max(0, ...handbook.chapters.map((c) => c.data.order)),
      serviceTypes: readServiceTypes(root),
      categories: readVocabulary(root, vocabularyFiles.categories, 'name'),
      campaigns: readVocabulary(root, vocabularyFiles.campaigns, 'id'),
    },
  };
}

/** The service types a case may name: from the editors' vocabulary file when there is one, else from the case schema. */
export function readServiceTypes(root: string): string[] {
  if (existsSync(join(root, vocabularyFiles.serviceTypes))) return readVocabulary(root, vocabularyFiles.serviceTypes, 'name');
  const schema = z.toJSONSchema(plainCaseSchema(), { io: 'input' }) as { properties?: { serviceTypes?: { items?: { enum?: string[] } } } };
  return schema.properties?.serviceTypes?.items?.enum ?? [];
}

/** The words of a vocabulary file (its items' `name` or `id`), in file order; none when it is missing or broken. */
export function readVocabulary(root: string, file: string, key: 'name' | 'id'): string[] {
  const path = join(root, file);
  if (!existsSync(path)) return [];
  let list: unknown;
  try {
    list = parseYaml(readFileSync(path, 'utf8'));
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const word = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
    return typeof word === 'string' ? [word] : [];
  });
}
