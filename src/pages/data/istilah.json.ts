import type { APIRoute } from 'astro';
import { agencyOf, displayTitle, kabupatenOf, listGlossary, listNotices, listServices } from '../../lib/catalogue';
import type { GlossaryFeed } from '../../lib/glossary-search';
import { SITE_PAGES, noticePath, servicePath } from '../../lib/paths';

/** The glossary for search: terms, what residents call them, where to go, pages about them (open data too). */
export const GET: APIRoute = async () => {
  const pages = new Map<string, { title: string; href: string; kabupaten: string }>();
  const kabupatenName = async (entry: Parameters<typeof agencyOf>[0]) =>
    (await kabupatenOf(await agencyOf(entry))).name;
  for (const service of await listServices()) {
    pages.set(`services:${service.id}`, {
      title: displayTitle(service),
      href: servicePath(service.id),
      kabupaten: await kabupatenName(service),
    });
  }
  for (const notice of await listNotices()) {
    pages.set(`notices:${notice.id}`, {
      title: notice.data.title,
      href: noticePath(notice.id),
      kabupaten: await kabupatenName(notice),
    });
  }
  const feed: GlossaryFeed = {
    terms: (await listGlossary()).map((term) => ({
      id: term.id,
      term: term.term,
      expansion: term.expansion,
      meaning: term.meaning,
      aliases: term.aliases ?? [],
      where: term.where,
      // Pages of kabupaten this build does not serve are left out.
      links: [
        ...[
          ...(term.services ?? []).map((ref) => `services:${ref.id}`),
          ...(term.notices ?? []).map((ref) => `notices:${ref.id}`),
        ].flatMap((key) => pages.get(key) ?? []),
        ...(term.sitePages ?? []).map((page) => SITE_PAGES[page]),
      ],
    })),
  };
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
