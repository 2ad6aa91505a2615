/**
 * How many items each list shows on one page. Every page stays within its
 * budget (tests/site/budget.test.ts) however many cases there are: a list
 * longer than this paginates, or shows the first few and links to the rest.
 */
export const listSizes = {
  /** Case cards on one page of `/cases/` and of its facet pages. */
  casesPerPage: 20,
  /** Latest cases on the home page. */
  homeLatest: 6,
  /** Cases a provider's or a belt's page shows before “all N cases”. */
  entityCases: 6,
  /** Cases under one practice in a handbook chapter. */
  practiceCases: 3,
  /** Facet links per group on `/cases/` before “all”. */
  facetLinks: 12,
  /** Items in the RSS feed. */
  feedItems: 50,
  /** Rows on one page of `/data/`. */
  datasetsPerPage: 50,
  /** Source documents on one page of `/sources/`. */
  sourcesPerPage: 50,
  /** Provider cards on one page of `/providers/`. */
  providersPerPage: 30,
  /** Providers on the chart of merchants served (the largest; a provider's page adds itself). */
  scaleChartProviders: 12,
} as const;
