import { z } from 'astro/zod';

/** One entry of `content/vocabularies/allowed-number-words.yaml`: a word written with digits that is a name, not a figure. */
export const allowedNumberWordSchema = z.strictObject({
  /** The word as it is written (818, 双11, 3C). */
  word: z.string().min(1).describe('带数字的名称本身，照原文写法，例如活动名里的数字。'),
  /** What it names, in Chinese, so that the next editor knows why it is allowed. */
  meaning: z.string().min(1).describe('它指什么，中文，让下一位编辑知道为什么允许它。'),
});

/** The whole file: a list of words. */
export const allowedNumberWordsSchema = z.array(allowedNumberWordSchema);
export type AllowedNumberWord = z.output<typeof allowedNumberWordSchema>;
