import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { listAgencies } from '../../lib/catalogue';
import { staleFactWarnings } from '../../lib/fact-freshness';
import { LOGISTICS_FEED_VERSION, officeWarehouses, type FeedStockItem, type Warehouse } from '../../domain/stock';

/**
 * The disaster-logistics catalogue and each office's warehouses (content/logistics/), open data and
 * what the server takes its stock_items and warehouses from (src/domain/site-contract.ts).
 */
export const GET: APIRoute = async () => {
  const items: FeedStockItem[] = (await getCollection('stockItems')).map(({ id, data }) => ({
    slug: id,
    name: data.name,
    unit: data.unit,
    whole: data.whole,
    category: data.category,
    expires: data.expires,
    alertDays: data.alertDays ?? 0,
    source: data.source,
    checkedOn: data.checkedOn,
  }));
  const facts = items.map((item) => ({ where: `content/logistics/items.yaml ${item.slug}`, what: item.name, ...item }));
  for (const warning of staleFactWarnings(facts, new Date())) console.warn(`Peringatan: ${warning}`);
  const slugs = new Set(items.map((item) => item.slug));
  const agencies = new Map((await listAgencies()).map((agency) => [agency.id, agency.data.regionCode]));
  const kecamatan = (await getCollection('kecamatan')).map(({ data }) => data);
  const offices: { agency: string; undeliveredAlertDays: number }[] = [];
  const warehouses: Warehouse[] = [];
  const known = new Set((await getCollection('agencies')).map((agency) => agency.id));
  for (const { id, data } of await getCollection('officeWarehouses')) {
    if (!known.has(id))
      throw new Error(`content/logistics/warehouses.yaml: ${id} is not an office of content/agencies/.`);
    const region = agencies.get(id);
    // An office outside this build's scope (a kabupaten's own site) has no warehouses here.
    if (!region) continue;
    offices.push({ agency: id, undeliveredAlertDays: data.undeliveredAlertDays });
    const own = kecamatan.filter((one) => one.code.startsWith(`${region}.`));
    warehouses.push(...officeWarehouses(id, data, own, slugs));
  }
  const feed = { version: LOGISTICS_FEED_VERSION, items, warehouses, offices };
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
