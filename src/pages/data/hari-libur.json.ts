import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { DAY_OFF_KINDS } from '../../domain/working-days';
import type { ContractDaysOffFeed } from '../../domain/site-contract';

/**
 * National holidays and collective leave per year, each with its decree (open data): the days
 * that are not "hari kerja" for completion times and complaint deadlines. The server reads it.
 */
export const GET: APIRoute = async () => {
  const years = (await getCollection('daysOff')).map(({ data }) => data).sort((a, b) => a.year - b.year);
  const feed = {
    title: 'Hari libur nasional dan cuti bersama',
    kinds: DAY_OFF_KINDS,
    years,
  } satisfies ContractDaysOffFeed & Record<string, unknown>;
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
