import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasetIndex, getSources, datasetCacheKey } from '../../content.ts';
import { datasetJson } from '../../lib/csv/datasetJson.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  Promise.all([...(await getDatasetIndex()).keys()].map(async (id) => ({ params: { id }, cacheKey: await datasetCacheKey(id) })));

/** `/data/<id>.json`: the dataset as stored, with every derived value computed and every source document named. */
export const GET: APIRoute = async ({ params }) => {
  const dataset = (await getDatasetIndex()).get(params.id!)!;
  const sources = new Map((await getSources()).map((s) => [s.id, s.data]));
  return new Response(`${JSON.stringify(datasetJson(dataset, sources), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
