import { z } from 'astro/zod';
import { entityId } from './refs.ts';

/** A claim the source states: the document and its exact words, checked like a figure's quote. */
export const quotedClaimSchema = z.strictObject({
  /** Id of a document in `content/sources/`. */
  document: entityId.describe('原文 id：content/sources/ 里的文件名。'),
  /** The words of the document that state the claim, copied character for character; they must contain the claimed words (a place, each category). */
  quote: z.string().min(2).describe('原文里说出这一项的句子，逐字复制，并且要包含这一项写的词（地点、每个品类）。'),
});

/** A claim the editors draw themselves: shown to readers with the mark 编者归纳 and this reason. */
export const inferredClaimSchema = z.strictObject({
  /** One line, in Chinese, on why the site says it though the source does not (“文中没有写卡丹路的所在地，按乐栩的服务范围归入”). */
  inference: z.string().min(4, 'expected one line on why the editors say it').describe('编者归纳：一句话说明原文没有这样说、本站为什么这样写；页面会显示“编者归纳”和这句理由。'),
});

/** Where a non-numeric claim comes from: a quote from the source, or an editors' inference with its reason. */
export const claimProvenanceSchema = z.union([quotedClaimSchema, inferredClaimSchema], {
  error: 'expected { document, quote } (the source says it) or { inference: "一句理由" } (编者归纳)',
}).describe('出处：原文引文 { document, quote }，或编者归纳 { inference: 一句理由 }。');
export type ClaimProvenance = z.output<typeof claimProvenanceSchema>;
export type QuotedClaim = z.output<typeof quotedClaimSchema>;

/**
 * The provenance of each non-numeric claim of a page, by field name: the
 * check requires one for every field in `required` that the page fills.
 */
export const provenanceSchema = <K extends string>(fields: readonly K[]) =>
  z.strictObject(Object.fromEntries(fields.map((field) => [field, claimProvenanceSchema.optional()])) as Record<K, z.ZodOptional<typeof claimProvenanceSchema>>);

/** Fields whose claims need a provenance, per collection; the check fails on a filled one without. */
export const claimFields = {
  cases: { required: ['belt', 'categories', 'serviceTypes'], optional: [] },
  providers: { required: ['place', 'categories', 'serviceTypes'], optional: ['belts'] },
  belts: { required: ['name', 'place', 'categories'], optional: [] },
} as const;

/** Whether a provenance is the editors' own inference. */
export const isInference = (p: ClaimProvenance | undefined): p is z.output<typeof inferredClaimSchema> => p !== undefined && 'inference' in p;
