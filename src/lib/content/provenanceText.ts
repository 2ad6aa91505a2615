import { isInference, type ClaimProvenance } from '../../schemas/provenance.ts';

/** The mark beside a claim the editors draw themselves rather than the source states. */
export const editorsInferenceMark = '编者归纳';

/** A claim's provenance as plain text, for feeds and downloads: “编者归纳：…” or “原文：“…””. */
export function provenanceText(provenance: ClaimProvenance | undefined): string | undefined {
  if (!provenance) return undefined;
  return isInference(provenance) ? `${editorsInferenceMark}：${provenance.inference}` : `原文：“${provenance.quote}”`;
}
