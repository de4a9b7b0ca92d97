// The open-data shape of a service: the JSON feed at /data/layanan.json and the input from
// which the backend derives its list of services and procedure steps.
import { onlineApplicationOf, type AgencyEntry, type ServiceEntry, type SourceEntry } from './catalogue';
import type { ComplaintProcedure } from './content-schemas';
import { formatCompletionTime } from '../domain/completion-time';
import { isoDay } from './dates';
import { agencyPath, servicePath } from './paths';
import type { ContractAgency, ContractService } from '../domain/site-contract';
import { DEFAULT_COMPLAINT_DEADLINES } from '../domain/complaints';

export { SERVICE_FEED_VERSION } from '../domain/site-contract';

/** An office's complaint deadlines: its own where content sets them, otherwise SP4N-LAPOR!'s. */
export function complaintDeadlinesOf(agency: AgencyEntry) {
  const own = agency.data.complaintDeadlines;
  return own
    ? {
        verificationWorkingDays: own.verificationWorkingDays,
        followUpWorkingDays: own.followUpWorkingDays,
        basis: own.basis,
      }
    : { ...DEFAULT_COMPLAINT_DEADLINES, basis: 'Praktik SP4N-LAPOR! (Perpres 76/2013; PermenPANRB 62/2018)' };
}

/** `dtsen`: the office's household-proposal arrangements as householdFeedOf() resolves them. */
export function feedAgency(agency: AgencyEntry, site: URL, dtsen: ContractAgency['dtsen'] = null) {
  const { name, shortName, government, regency, regionCode, requestPrefix, address, contacts } = agency.data;
  return {
    id: agency.id,
    url: new URL(agencyPath(agency.id), site).href,
    name,
    shortName,
    government,
    regency,
    regionCode,
    requestPrefix,
    address,
    contacts,
    complaintDeadlines: complaintDeadlinesOf(agency),
    dtsen,
  };
}

export function feedService(
  service: ServiceEntry,
  context: { site: URL; source: SourceEntry; complaints: ComplaintProcedure | undefined },
) {
  const { agency, source, checked, completionTime, popularityRank, complaints, ...components } = service.data;
  return {
    id: service.id,
    url: new URL(servicePath(service.id), context.site).href,
    agency: agency.id,
    source: { id: source.id, title: context.source.data.title, publisher: context.source.data.publisher },
    checked: isoDay(checked),
    popularityRank,
    ...components,
    completionTime: completionTime && { ...completionTime, text: formatCompletionTime(completionTime) },
    complaints: context.complaints,
    onlineApplication: onlineApplicationOf(service),
  };
}
export type FeedService = ReturnType<typeof feedService>;

/** Compiles only when T has everything U requires (extra fields allowed: the feed is open data too). */
type Conforms<T extends U, U> = T;
/** The feed carries what the server reads from it (src/domain/site-contract.ts). */
export type FeedMeetsSiteContract = [
  Conforms<ReturnType<typeof feedAgency>, ContractAgency>,
  Conforms<FeedService, ContractService>,
];
