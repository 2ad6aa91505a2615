/**
 * Link-preview cards that a whole kind of page shares. A dataset page is a
 * reference, rarely the link a provider sends; one card for all of them
 * spares the build a PNG per dataset (a thousand cases bring a thousand
 * datasets). The page's own title still travels as og:title.
 */
export const sectionCards = {
  data: { title: '数据', subtitle: '本站所有数字的出处：每个数据集列出原文引文、推算公式，可下载 CSV 与 JSON。' },
} as const;
