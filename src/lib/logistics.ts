import { getCollection } from 'astro:content';
import { listAgencies } from './catalogue';
import { officeWarehouses, type FeedStockItem, type Warehouse } from '../domain/stock';

/**
 * The disaster-logistics catalogue and the warehouses of this build's offices (content/logistics/):
 * what /data/logistik.json publishes for the server and the public stock page lists before its
 * figures arrive. Throws, naming the file, for an office content/agencies/ does not have.
 */
export async function logisticsCatalogue(): Promise<{
  items: FeedStockItem[];
  warehouses: Warehouse[];
  offices: { agency: string; undeliveredAlertDays: number }[];
}> {
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
  return { items, warehouses, offices };
}
