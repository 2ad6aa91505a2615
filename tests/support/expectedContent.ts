/**
 * What the source article tells, as the site must show it: every case it
 * reports (content/sources/douyin-818-2022.txt), by slug.
 */
export const expectedCaseSlugs = [
  'gougoushou-guirenniao',
  'gougoushou-guxing',
  'lexu-818',
  'lexu-kadanlu',
  'lexu-wanzishushu',
  'tianxun-818',
  'tianxun-haoshu',
  'xiakehui-818',
  'xiakehui-hongyuan',
  'xiakehui-xuejiejie',
] as const;

/** The four providers the article presents. */
export const expectedProviderIds = ['gougoushou', 'lexu', 'tianxun', 'xiakehui'] as const;
