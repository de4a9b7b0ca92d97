import type { APIRoute } from 'astro';
import { staleFactWarnings } from '../../lib/fact-freshness';
import { logisticsCatalogue } from '../../lib/logistics';
import { LOGISTICS_FEED_VERSION } from '../../domain/site-contract';

/**
 * The disaster-logistics catalogue and each office's warehouses (content/logistics/), open data and
 * what the server takes its stock_items and warehouses from (src/domain/site-contract.ts).
 */
export const GET: APIRoute = async () => {
  const { items, warehouses, offices } = await logisticsCatalogue();
  const facts = items.map((item) => ({ where: `content/logistics/items.yaml ${item.slug}`, what: item.name, ...item }));
  for (const warning of staleFactWarnings(facts, new Date())) console.warn(`Peringatan: ${warning}`);
  const feed = { version: LOGISTICS_FEED_VERSION, items, warehouses, offices };
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
