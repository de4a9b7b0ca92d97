// Read access to the content collections, with the cross-collection checks zod cannot do.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { ComplaintProcedure } from './content-schemas';
import type { OnlineApplication } from '../domain/online-application';

export type ServiceEntry = CollectionEntry<'services'>;
export type AgencyEntry = CollectionEntry<'agencies'>;
export type SourceEntry = CollectionEntry<'sources'>;

/**
 * Lists of services are cut into pages of this many: an index page must stay within its page-weight
 * budget (tests/budget/page-weight.test.ts) however many services a province gathers.
 */
export const LIST_PAGE_SIZE = 30;

/** Services on one A4 sheet of an office's poster: two columns of four, with room for long titles (tests/e2e/leaflets.spec.ts prints every sheet). */
export const POSTER_SHEET_SIZE = 8;

export async function listServices(): Promise<ServiceEntry[]> {
  const services = await getCollection('services');
  // /layanan/2/ is the second page of the list of services, so no service may be called "2".
  const numbered = services.find((service) => /^\d+$/.test(service.id));
  if (numbered) throw new Error(`content/services/${numbered.id}.md: a service's file name needs a letter; /layanan/${numbered.id}/ is a page of the list of services.`);
  return services.sort((a, b) => a.data.popularityRank - b.data.popularityRank || a.id.localeCompare(b.id));
}

export async function servicesOfAgency(agencyId: string): Promise<ServiceEntry[]> {
  return (await listServices()).filter((service) => service.data.agency.id === agencyId);
}

export async function listAgencies(): Promise<AgencyEntry[]> {
  const agencies = await getCollection('agencies');
  return agencies.sort((a, b) => a.data.name.localeCompare(b.data.name, 'id'));
}

export async function agencyOf(entry: { id: string; data: { agency: { id: string } } }): Promise<AgencyEntry> {
  const agency = await getEntry('agencies', entry.data.agency.id);
  if (!agency) throw new Error(`${entry.id}: field "agency" names "${entry.data.agency.id}", which is not in content/agencies/.`);
  return agency;
}

export async function sourceOf(entry: { id: string; data: { source: { id: string } } }): Promise<SourceEntry> {
  const source = await getEntry('sources', entry.data.source.id);
  if (!source) throw new Error(`${entry.id}: field "source" names "${entry.data.source.id}", which is not in content/sources/sources.yaml.`);
  return source;
}

/** The complaint procedure the service's source document gives, or undefined when it gives none. */
export function complaintProcedureOf(service: ServiceEntry, agency: AgencyEntry): ComplaintProcedure | undefined {
  const key = service.data.complaints;
  if (!key) return undefined;
  const procedure = agency.data.complaintProcedures[key];
  if (!procedure) {
    const known = Object.keys(agency.data.complaintProcedures).join(', ');
    throw new Error(`content/services/${service.id}.md: field "complaints" is "${key}", but agency ${agency.id} only has: ${known}.`);
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
  if (unknown.length > 0) throw new Error(`${where} names requirements the standard does not have: ${unknown.join('; ')}. Copy them word for word from "requirements".`);
  const missing = standard.filter((requirement) => !listed.includes(requirement));
  if (missing.length > 0) throw new Error(`${where} leaves out requirements of the standard: ${missing.join('; ')}. Say for each how it is handed over (dokumen, keterangan or dibawa-ke-loket).`);
  return application;
}

/** The service through which villages send disaster-logistics proposals (content: villageProposals). */
export async function villageProposalService(): Promise<ServiceEntry> {
  const found = (await listServices()).filter((service) => service.data.villageProposals);
  if (found.length !== 1) throw new Error(`Exactly one service in content/services/ must have villageProposals: true; found ${found.length}.`);
  return found[0]!;
}

export function displayTitle(service: ServiceEntry): string {
  return service.data.shortTitle ?? service.data.title;
}
