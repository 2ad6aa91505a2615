import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasetIndex, getSources, datasetCacheKey } from '../../content.ts';
import { datasetCsv } from '../../lib/csv/datasetCsv.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  Promise.all([...(await getDatasetIndex()).keys()].map(async (id) => ({ params: { id }, cacheKey: await datasetCacheKey(id) })));

/** `/data/<id>.csv`: the dataset for spreadsheets (UTF-8 with BOM). */
export const GET: APIRoute = async ({ params }) => {
  const dataset = (await getDatasetIndex()).get(params.id!)!;
  const sources = new Map((await getSources()).map((s) => [s.id, s.data]));
  return new Response(datasetCsv(dataset, sources), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
