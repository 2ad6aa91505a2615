import type { Source } from '../../schemas/source.ts';
import { formatDateCN } from '../format/formatDateCN.ts';

/** What a credit line says after a source's title: its publisher and date, as far as they are known. */
export function sourceCreditNote(source: Pick<Source, 'publisher' | 'date'>): string {
  const parts = [source.publisher, source.date ? formatDateCN(source.date) : undefined].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join('，') : '未注明发布者与日期';
}
