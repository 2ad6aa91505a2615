import { parseFigureRef } from '../../schemas/figureRef.ts';
import type { DatasetIndex, RefKind } from '../content/datasetIndex.ts';
import { knownList, suggestion } from './didYouMean.ts';

/** A dataset file that exists but did not pass its checks: the ids it could still be read to hold. */
export interface BrokenDataset {
  file: string;
  /** Entry and milestone ids found in the file; undefined when its JSON does not parse. */
  entries?: ReadonlySet<string>;
  milestones?: ReadonlySet<string>;
}

/** What a reference can be checked against: valid datasets, and the ids of broken ones. */
export interface RefIndex {
  datasets: DatasetIndex;
  brokenDatasets: ReadonlyMap<string, BrokenDataset>;
}

/** Why a reference names nothing, in Chinese and English; `followsFrom` when that cannot be told because its dataset is broken. */
export interface RefProblem {
  message: string;
  gloss: string;
  followsFrom?: string;
}

/**
 * Checks a `<dataset>/<entry>` (`fig`) or `<dataset>/<milestone>` (`date`)
 * reference. A reference into a dataset with problems is checked against the
 * ids that dataset could still be read to hold, so a real slip is still
 * reported and a good reference is not blamed for its dataset's problems.
 */
export function refProblem(index: RefIndex, kind: RefKind, ref: string): RefProblem | undefined {
  const [item, itemEn] = kind === 'fig' ? ['条目', 'entry'] : ['时间点', 'milestone'];
  const parsed = parseFigureRef(ref);
  if (!parsed) return { message: `引用应写成 "<数据集id>/<${item}id>"(例如 lexu-818/gmv-vs-july)，实际是 "${ref}"`, gloss: `expected "<dataset-id>/<${itemEn}-id>"` };
  const valid = index.datasets.get(parsed.dataset);
  const broken = index.brokenDatasets.get(parsed.dataset);
  if (!valid && !broken) {
    const known = [...index.datasets.keys(), ...index.brokenDatasets.keys()];
    const near = suggestion(parsed.dataset, known);
    return { message: `未知数据集 "${parsed.dataset}"(data/ 里没有 ${parsed.dataset}.json)${near.zh}`, gloss: `unknown dataset${near.en}` };
  }
  let ids: ReadonlySet<string> | undefined;
  if (valid) ids = new Set(kind === 'fig' ? valid.entries.map((e) => e.id) : valid.data.milestones.map((m) => m.id));
  else ids = kind === 'fig' ? broken!.entries : broken!.milestones;
  if (!ids) return { message: `无法核对：数据集 ${broken!.file} 本身不能读取`, gloss: 'cannot be checked until its dataset parses', followsFrom: broken!.file };
  if (ids.has(parsed.entry)) return undefined;
  const near = suggestion(parsed.entry, ids);
  return {
    message: `数据集 ${parsed.dataset} 里没有${item} "${parsed.entry}"${near.zh || `，已有的${item}：${knownList(ids)}`}`,
    gloss: `no ${itemEn} "${parsed.entry}" in dataset ${parsed.dataset}${near.en}`,
  };
}
