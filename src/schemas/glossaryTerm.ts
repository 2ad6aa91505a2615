import { z } from 'astro/zod';
import { idPattern } from './refs.ts';

/** The groups the glossary page is arranged in. */
export const glossaryGroupValues = ['平台与场域', '经营指标', '运营动作', '服务与合作'] as const;
/** Each group's anchor on the glossary page (`/glossary/#group-platform`), stable like term ids. */
export const glossaryGroupIds: Record<(typeof glossaryGroupValues)[number], string> = {
  平台与场域: 'group-platform',
  经营指标: 'group-metrics',
  运营动作: 'group-operations',
  服务与合作: 'group-services',
};

/** One entry of `content/glossary/terms.yaml`. */
export const glossaryTermSchema = z.strictObject({
  /** Stable ASCII id, the anchor `/glossary/#<id>`; never derived from the words. */
  id: z.string().regex(idPattern, 'expected an ASCII id in kebab-case, e.g. "uv-value"').describe('术语 id：小写英文、数字和连字符，是 /glossary/#<id> 的锚点，定下后不要改。'),
  /** The term as the page heads it (“千川 / 巨量千川”). */
  term: z.string().min(1).describe('术语在术语表页上的写法，例如“千川 / 巨量千川”。'),
  /** Words that count as a mention in prose, longest first is not required; the term itself is not matched unless listed here. */
  matches: z.array(z.string().min(1)).min(1, 'expected at least one word to match in prose').describe('正文里算作提到这个术语的词；每篇第一次出现时自动链接到术语表。'),
  /** Where the glossary page lists it. */
  group: z.enum(glossaryGroupValues).describe('在术语表页上所属的分组。'),
  /** The definition, in our own words, in Chinese, without Arabic digits. */
  definition: z.string().min(10).describe('释义，用自己的话写，中文，不打阿拉伯数字。'),
  /** `article`: the source article uses or explains it this way; `general`: the article only uses it, the definition is the generally established meaning. */
  basis: z.enum(['article', 'general']).describe('article：原文这样解释或使用；general：原文只用了这个词，释义是通行含义。'),
  /** Other terms worth reading next (glossary ids). */
  related: z.array(z.string().regex(idPattern)).default([]).describe('值得接着读的其他术语 id。'),
  /** Handbook sections that put the term to work (section ids). */
  sections: z.array(z.string().regex(idPattern)).default([]).describe('用到这个术语的手册小节 id。'),
});
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
