/**
 * The kinds of page the search index holds, as readers name them. Each
 * indexed page carries its kind as Pagefind metadata (shown on the result)
 * and as the page-type filter; pages not listed here (lists, data, search)
 * stay out of the index: they repeat what the indexed pages say.
 */
export const searchTypes = ['案例', '手册', '服务商', '产业带', '术语'] as const;
export type SearchType = (typeof searchTypes)[number];

/**
 * The name of the page-type metadata and filter. Pagefind's UI prints it as
 * the filter's heading and before the value on each result, so it is the
 * reader's word (类型), not `type`.
 */
export const searchTypeKey = '类型';

/** The attribute that marks a page's story for Pagefind; a built page that has it is one the index holds. */
export const searchBodyAttribute = 'data-pagefind-body';

/** The attributes that put a page's story into the index with its kind: spread them on the element that holds the story. */
export function searchIndexAttributes(type: SearchType | undefined): Record<string, string> {
  if (type === undefined) return {};
  return {
    [searchBodyAttribute]: '',
    'data-pagefind-meta': `${searchTypeKey}:${type}`,
    'data-pagefind-filter': `${searchTypeKey}:${type}`,
  };
}
