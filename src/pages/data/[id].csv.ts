import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasetIndex, getSources, getSitePages } from '../../content.ts';
import { datasetCsv } from '../../lib/csv/datasetCsv.ts';

// The dataset and the source documents it names: its cacheKey covers them (src/lib/incremental/sitePages.ts).
export const getStaticPaths: GetStaticPaths = async () => [...(await getSitePages()).datasetPages].map(([id, keys]) => ({ params: { id }, cacheKey: keys.files }));

/** `/data/<id>.csv`: the dataset for spreadsheets (UTF-8 with BOM). */
export const GET: APIRoute = async ({ params }) => {
  const dataset = (await getDatasetIndex()).get(params.id!)!;
  const sources = new Map((await getSources()).map((s) => [s.id, s.data]));
  return new Response(datasetCsv(dataset, sources), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
