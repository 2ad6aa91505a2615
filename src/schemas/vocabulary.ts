import { z } from 'astro/zod';
import { entityId } from './refs.ts';

/**
 * The words editors choose from, kept in content files so that a new one
 * needs no programmer: `content/vocabularies/<name>.yaml`. Service types and
 * categories are named by their Chinese name in frontmatter (the word the
 * articles use); campaigns by an ASCII id, because pages link to them.
 */
export const vocabularyFiles = {
  serviceTypes: 'content/vocabularies/service-types.yaml',
  categories: 'content/vocabularies/categories.yaml',
  campaigns: 'content/vocabularies/campaigns.yaml',
} as const;
export type VocabularyName = keyof typeof vocabularyFiles;

/** A name chosen from a vocabulary, as frontmatter writes it; the check looks it up. */
export const vocabularyName = z.string().min(1);

/** One service type (代运营, 千川投流 …) or category (母婴, 童装 …). */
export const termSchema = z.strictObject({
  /** The word itself, as pages show it and frontmatter names it; unique in its file. */
  name: z.string().min(1).describe('这个词本身：页面上显示的写法，也是案例、服务商、产业带里要写的词；在文件里唯一。'),
  /** What it covers, in Chinese, for editors choosing between near words. */
  description: z.string().min(1).optional().describe('可选：它指什么，方便编辑在相近的词之间选择。'),
});
export type VocabularyTerm = z.output<typeof termSchema>;

/** One campaign (a sales festival, a platform programme) that sources report on and cases belong to. */
export const campaignSchema = z.strictObject({
  /** Stable ASCII id: frontmatter names the campaign by it, and it anchors the campaign on /platform/. */
  id: entityId.describe('活动 id：小写英文、数字和连字符；原文和案例的 campaign 写它，发布后不要改。'),
  /** Its name, as pages show it (“2022 抖音818发现好物节”). */
  name: z.string().min(1).describe('页面上显示的活动名称。'),
  /** One sentence on what it is, in Chinese. */
  description: z.string().min(1).optional().describe('可选：一句话说明这个活动。'),
});
export type Campaign = z.output<typeof campaignSchema>;
