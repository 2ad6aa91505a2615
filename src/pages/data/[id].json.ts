import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasetIndex, getSources, getSitePages } from '../../content.ts';
import { datasetJson } from '../../lib/csv/datasetJson.ts';

// The dataset and the source documents it names: its cacheKey covers them (src/lib/incremental/sitePages.ts).
export const getStaticPaths: GetStaticPaths = async () => [...(await getSitePages()).datasetPages].map(([id, keys]) => ({ params: { id }, cacheKey: keys.files }));

/** `/data/<id>.json`: the dataset as stored, with every derived value computed and every source document named. */
export const GET: APIRoute = async ({ params }) => {
  const dataset = (await getDatasetIndex()).get(params.id!)!;
  const sources = new Map((await getSources()).map((s) => [s.id, s.data]));
  return new Response(`${JSON.stringify(datasetJson(dataset, sources), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
