import type { APIRoute, GetStaticPaths } from 'astro';
import { getDatasetIndex } from '../../content.ts';

export const getStaticPaths: GetStaticPaths = async () => [...(await getDatasetIndex()).keys()].map((id) => ({ params: { id } }));

/** `/data/<id>.json`: the dataset as stored, with every derived value computed. */
export const GET: APIRoute = async ({ params }) => {
  const dataset = (await getDatasetIndex()).get(params.id!)!;
  const body = { id: dataset.id, ...dataset.data, entries: dataset.entries };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
