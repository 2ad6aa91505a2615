import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { campaignSchema, termSchema, vocabularyFiles, type Campaign, type VocabularyName, type VocabularyTerm } from '../../schemas/vocabulary.ts';
import type { ContentProblem } from './contentProblem.ts';
import { readYamlFile, schemaProblems } from './readContentFile.ts';

/** The words editors choose from, each list in its file's order. */
export interface Vocabularies {
  serviceTypes: VocabularyTerm[];
  categories: VocabularyTerm[];
  campaigns: Campaign[];
}

/**
 * Reads `content/vocabularies/*.yaml`: each a YAML list, each item against its
 * schema, keys (a term's name, a campaign's id) unique. A missing file is an
 * empty list. Invalid items are reported and left out.
 */
export function readVocabularies(root: string): { vocabularies: Vocabularies; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const read = <T>(name: VocabularyName, schema: z.ZodType<T>, key: (item: T) => string): T[] => {
    const file = vocabularyFiles[name];
    const path = join(root, file);
    if (!existsSync(path)) return [];
    const read = readYamlFile(path, file);
    if (!read.ok) {
      problems.push(...read.problems);
      return [];
    }
    const input = read.value;
    if (input === null || input === undefined) return [];
    if (!Array.isArray(input)) {
      problems.push({ file, field: '', line: 1, message: '应为列表：每一项以 "- " 开头', gloss: 'expected a list, each item starting with "- "' });
      return [];
    }
    const items: T[] = [];
    const seen = new Set<string>();
    input.forEach((raw: unknown, i) => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        problems.push(...schemaProblems(file, parsed.error, raw, [i], schema));
        return;
      }
      const k = key(parsed.data);
      if (seen.has(k)) problems.push({ file, field: `[${i}]`, message: `"${k}" 列了两次：每一项只写一次`, gloss: 'listed twice' });
      else items.push(parsed.data);
      seen.add(k);
    });
    return items;
  };
  const vocabularies: Vocabularies = {
    serviceTypes: read('serviceTypes', termSchema, (t) => t.name),
    categories: read('categories', termSchema, (t) => t.name),
    campaigns: read('campaigns', campaignSchema, (c) => c.id),
  };
  return { vocabularies, problems };
}
