/** Where the content lives, relative to the project root. */
export const contentPaths = {
  sources: 'content/sources',
  providers: 'content/providers',
  belts: 'content/belts',
  cases: 'content/cases',
  datasets: 'data',
} as const;
