// Read access to the content collections, with the cross-collection checks zod cannot do. Every
// list holds only what the build serves: all kabupaten, or the one LAYANAN_KABUPATEN names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PaginateFunction } from 'astro';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compileGlossary, termsIn } from './glossary';
import { explainerFacts, staleFactWarnings } from './fact-freshness';
import type { ComplaintProcedure, ContactChannel } from './content-schemas';
import type { KabupatenChoice } from './site-search';
import { contactHref, contactLabel } from './contact-links';
import { KABUPATEN_SETTING, kabupatenScope } from './scope';
import { agencyPath, kabupatenPath } from './paths';
import type { OnlineApplication } from '../domain/online-application';

export type ServiceEntry = CollectionEntry<'services'>;
export type AgencyEntry = CollectionEntry<'agencies'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type NoticeEntry = CollectionEntry<'notices'>;

export interface Kabupaten {
  /** Kemendagri code, e.g. "32.14". */
  code: string;
  name: string;
  province: string;
  slug: string;
}

const scope = kabupatenScope();

/** Whether a region code (kabupaten "32.14", kecamatan "32.14.06", …) belongs to what this build serves. */
export function isInScope(regionCode: string): boolean {
  return !scope || regionCode.slice(0, 5) === scope;
}

/** The kabupaten this build serves: each with an office in content/agencies/, or only the one in scope. */
export async function listKabupaten(): Promise<Kabupaten[]> {
  const offices = new Set((await getCollection('agencies')).map((agency) => agency.data.regionCode));
  if (scope && !offices.has(scope)) {
    throw new Error(
      `${KABUPATEN_SETTING}=${scope}: tidak ada kantor dengan regionCode itu di content/agencies/ (ada: ${[...offices].join(', ')}).`,
    );
  }
  return (await getCollection('regions'))
    .filter((region) => offices.has(region.id) && isInScope(region.id))
    .map((region) => ({
      code: region.id,
      name: region.data.name,
      province: region.data.province,
      slug: region.data.slug,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export async function kabupatenOf(agency: AgencyEntry): Promise<Kabupaten> {
  const found = (await listKabupaten()).find((kabupaten) => kabupaten.code === agency.data.regionCode);
  if (!found)
    throw new Error(
      `content/agencies/${agency.id}.md: regionCode ${agency.data.regionCode} is not in content/geo/regions.yaml.`,
    );
  return found;
}

/**
 * Where a kabupaten's residents start: the home page when the build serves only their kabupaten,
 * else its own page, after "choose your kabupaten" on the home page.
 */
export async function kabupatenHome(kabupaten: Kabupaten): Promise<string> {
  return (await listKabupaten()).length > 1 ? kabupatenPath(kabupaten.slug) : '/';
}

export async function listAgencies(): Promise<AgencyEntry[]> {
  const agencies = (await getCollection('agencies')).filter((agency) => isInScope(agency.data.regionCode));
  return agencies.sort((a, b) => a.data.name.localeCompare(b.data.name, 'id'));
}

const ofServedAgency = async <T extends { data: { agency: { id: string } } }>(entries: T[]): Promise<T[]> => {
  const served = new Set((await listAgencies()).map((agency) => agency.id));
  return entries.filter((entry) => served.has(entry.data.agency.id));
};

/**
 * Lists of services are cut into pages of this many: an index page must stay within its page-weight
 * budget (tests/budget/page-weight.test.ts) however many services a province gathers.
 */
export const LIST_PAGE_SIZE = 30;

/**
 * Services on one A4 sheet of an office's poster: two columns of two, with room for long titles, caveats, the
 * satisfaction survey's QR code and the sheet's sources (tests/e2e/leaflets.spec.ts prints every sheet).
 */
export const POSTER_SHEET_SIZE = 4;

export async function listServices(): Promise<ServiceEntry[]> {
  const services = await ofServedAgency(await getCollection('services'));
  // /layanan/2/ is the second page of the list of services, so no service may be called "2".
  const numbered = services.find((service) => /^\d+$/.test(service.id));
  if (numbered)
    throw new Error(
      `content/services/${numbered.id}.md: a service's file name needs a letter; /layanan/${numbered.id}/ is a page of the list of services.`,
    );
  return services.sort((a, b) => a.data.popularityRank - b.data.popularityRank || a.id.localeCompare(b.id));
}

export async function listNotices(): Promise<NoticeEntry[]> {
  return ofServedAgency(await getCollection('notices'));
}

export async function listServicePoints(): Promise<CollectionEntry<'servicePoints'>[]> {
  return ofServedAgency(await getCollection('servicePoints'));
}

/** The source documents of the offices this build serves. */
export async function listSources(): Promise<SourceEntry[]> {
  const cited = new Set((await listAgencies()).flatMap((agency) => agency.data.sources));
  return (await getCollection('sources')).filter((source) => cited.has(source.id));
}

/** A source document's text as received. Builds run from the project root (npm run build, and the tests' copies of it). */
export function sourceText(source: SourceEntry): string {
  return readFileSync(join(process.cwd(), 'content/sources', source.data.file), 'utf8');
}

const staleFactsWarned = new Set<string>();

/** Warns once per build about the facts of one content file not checked for six months (src/lib/fact-freshness.ts). */
function warnAboutStaleFacts(file: string, facts: { where: string; what: string; checkedOn: string }[]) {
  if (staleFactsWarned.has(file)) return;
  staleFactsWarned.add(file);
  for (const warning of staleFactWarnings(facts, new Date())) console.warn(`Peringatan: ${warning}`);
}

/**
 * The national emergency and protection numbers (content/emergency-numbers.yaml), in the file's
 * order. The first build step that reads them warns about any not checked for six months.
 */
export async function listEmergencyNumbers() {
  const numbers = (await getCollection('emergencyNumbers')).map(({ id, data }) => ({ id, ...data }));
  warnAboutStaleFacts(
    'emergency-numbers',
    numbers.map((number) => ({ where: `content/emergency-numbers.yaml ${number.id}`, what: number.name, ...number })),
  );
  return numbers;
}

/** An explainer (content/explainers.yaml); the first build step that reads them warns about facts not checked for six months. */
export async function listExplainers() {
  const explainers = await getCollection('explainers');
  warnAboutStaleFacts(
    'explainers',
    explainers.flatMap((explainer) => explainerFacts(explainer.id, explainer.data)),
  );
  return explainers;
}

/**
 * The glossary of this build: the terms its documents and pages use, and the words residents search
 * with (terms never written in official text, such as PKH). A build for one kabupaten does not
 * explain another's terms.
 */
export async function listGlossary() {
  const terms = (await getCollection('glossary')).map(({ id, data }) => ({ id, ...data }));
  const known = new Set(
    [...(await getCollection('services')), ...(await getCollection('notices'))].map(
      (entry) => `${entry.collection}:${entry.id}`,
    ),
  );
  for (const term of terms) {
    for (const page of [...(term.services ?? []), ...(term.notices ?? [])]) {
      if (!known.has(`${page.collection}:${page.id}`))
        throw new Error(
          `content/glossary.yaml: ${term.id} names ${page.collection} "${page.id}", which is not in content/${page.collection}/.`,
        );
    }
  }
  const texts = [
    ...(await listSources()).map(sourceText),
    ...(await listAgencies()).map((agency) => agency.body ?? ''),
    ...(await listServices()).map(({ data }) => [data.title, data.summary, ...(data.aliases ?? [])].join('\n')),
    ...(await listNotices()).map(({ data, body }) => [data.title, data.summary, body ?? ''].join('\n')),
    ...(await listExplainers()).map(({ data }) =>
      [data.title, data.summary, ...data.sections.flatMap((section) => section.facts.map((fact) => fact.text))].join(
        '\n',
      ),
    ),
  ];
  const matchers = compileGlossary(terms);
  const used = new Set(texts.flatMap((text) => termsIn(text, matchers).map((term) => term.id)));
  return terms
    .filter((term) => used.has(term.id) || term.forms?.length === 0)
    .sort((a, b) => a.term.localeCompare(b.term, 'id', { sensitivity: 'base' }));
}

/** The number to call or message an office on first: its WhatsApp or telephone. */
export function mainContact(agency: AgencyEntry): ContactChannel | undefined {
  return agency.data.contacts.find((contact) => contact.kind === 'whatsapp' || contact.kind === 'telepon');
}

/** What search needs to say whose a result is, and where a resident's own office is. */
export async function kabupatenChoices(): Promise<KabupatenChoice[]> {
  return Promise.all(
    (await listKabupatenWithContent()).map(async (kabupaten) => {
      const office = kabupaten.agencies[0]!;
      const reach = mainContact(office);
      return {
        code: kabupaten.code,
        name: kabupaten.name,
        home: await kabupatenHome(kabupaten),
        office: {
          name: office.data.shortName,
          href: agencyPath(office.id),
          ...(reach?.value && {
            reach: { label: contactLabel(reach), value: reach.value, href: contactHref(reach) ?? '' },
          }),
        },
      };
    }),
  );
}

/** The offices, services and notices of one kabupaten. */
export async function contentOfKabupaten(kabupaten: Kabupaten) {
  const agencies = (await listAgencies()).filter((agency) => agency.data.regionCode === kabupaten.code);
  const ofThese = <T extends { data: { agency: { id: string } } }>(entries: T[]) =>
    entries.filter((entry) => agencies.some((agency) => agency.id === entry.data.agency.id));
  return { agencies, services: ofThese(await listServices()), notices: ofThese(await listNotices()) };
}

/** Every kabupaten this build serves, each with its offices, services and notices. */
export async function listKabupatenWithContent() {
  return Promise.all(
    (await listKabupaten()).map(async (kabupaten) => ({ ...kabupaten, ...(await contentOfKabupaten(kabupaten)) })),
  );
}

export async function servicesOfAgency(agencyId: string): Promise<ServiceEntry[]> {
  return (await listServices()).filter((service) => service.data.agency.id === agencyId);
}

/** The static paths of a page that lists an office's services over numbered pages (`[id]/[...page]`). */
export async function pagesOfEachAgencyServices(paginate: PaginateFunction, pageSize: number) {
  const agencies = await listAgencies();
  const pages = await Promise.all(
    agencies.map(async (agency) =>
      paginate(await servicesOfAgency(agency.id), { pageSize, params: { id: agency.id }, props: { agency } }),
    ),
  );
  return pages.flat();
}

export async function agencyOf(entry: { id: string; data: { agency: { id: string } } }): Promise<AgencyEntry> {
  const agency = await getEntry('agencies', entry.data.agency.id);
  if (!agency)
    throw new Error(`${entry.id}: field "agency" names "${entry.data.agency.id}", which is not in content/agencies/.`);
  return agency;
}

export async function sourceOf(entry: { id: string; data: { source: { id: string } } }): Promise<SourceEntry> {
  const source = await getEntry('sources', entry.data.source.id);
  if (!source)
    throw new Error(
      `${entry.id}: field "source" names "${entry.data.source.id}", which is not in content/sources/sources.yaml.`,
    );
  return source;
}

/** The complaint procedure the service's source document gives, or undefined when it gives none. */
export function complaintProcedureOf(service: ServiceEntry, agency: AgencyEntry): ComplaintProcedure | undefined {
  const key = service.data.complaints;
  if (!key) return undefined;
  const procedure = agency.data.complaintProcedures[key];
  if (!procedure) {
    const known = Object.keys(agency.data.complaintProcedures).join(', ');
    throw new Error(
      `content/services/${service.id}.md: field "complaints" is "${key}", but agency ${agency.id} only has: ${known}.`,
    );
  }
  return procedure;
}

/** getStaticPaths of pages made once per service: /layanan/<id>/ and its leaflet. */
export async function servicePaths() {
  return (await listServices()).map((service) => ({ params: { id: service.id }, props: { service } }));
}

/** getStaticPaths of the online application form: one per service that takes applications online. */
export async function onlineApplicationPaths() {
  return (await listServices()).flatMap((service) => {
    const application = onlineApplicationOf(service);
    return application ? [{ params: { id: service.id }, props: { service, application } }] : [];
  });
}

/** getStaticPaths of pages made once per office: /instansi/<id>/ and its poster. */
export async function agencyPaths() {
  return (await listAgencies()).map((agency) => ({ params: { id: agency.id }, props: { agency } }));
}

/**
 * How residents apply for the service online, if they can: its `onlineApplication`, checked to
 * cover every requirement of the standard, word for word and nothing else.
 */
export function onlineApplicationOf(service: ServiceEntry): OnlineApplication | undefined {
  const application = service.data.onlineApplication;
  if (!application) return undefined;
  const listed = application.requirements.map((item) => item.requirement);
  const standard = service.data.requirements ?? [];
  const where = `content/services/${service.id}.md: field "onlineApplication"`;
  const unknown = listed.filter((requirement) => !standard.includes(requirement));
  if (unknown.length > 0)
    throw new Error(
      `${where} names requirements the standard does not have: ${unknown.join('; ')}. Copy them word for word from "requirements".`,
    );
  const missing = standard.filter((requirement) => !listed.includes(requirement));
  if (missing.length > 0)
    throw new Error(
      `${where} leaves out requirements of the standard: ${missing.join('; ')}. Say for each how it is handed over (dokumen, keterangan or dibawa-ke-loket).`,
    );
  return application;
}

/**
 * The service through which villages send disaster-logistics proposals (content: villageProposals),
 * or undefined when no kabupaten this build serves takes them online.
 */
export async function villageProposalService(): Promise<ServiceEntry | undefined> {
  const found = (await listServices()).filter((service) => service.data.villageProposals);
  if (found.length > 1)
    throw new Error(
      `At most one service in content/services/ may have villageProposals: true; found ${found.map((service) => service.id).join(', ')}.`,
    );
  return found[0];
}

export function displayTitle(service: ServiceEntry): string {
  return service.data.shortTitle ?? service.data.title;
}
