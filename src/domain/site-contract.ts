// The contract between the built site and the server. The build writes open-data feeds from
// content/ (src/pages/data/); at every start PocketBase reads them from the site directory it serves
// and brings its reference data in line (pocketbase/pb_hooks/serve_start.pb.js, through
// pocketbase/pb_hooks/lib/site_sync.js), so content/ stays the one place where offices, services,
// steps, villages and service points are written.
// planSiteSync is the decision — pure, unit-tested; the hook only reads, and applies the plan.
import type { CompletionTimeUnit } from './completion-time';
import type { OnlineApplication } from './online-application';
import type { ComplaintDeadlines } from './complaints';
import type { DayOff } from './working-days';
import type { Completer, ProposalDecider } from './roles';
import type { ExportLayout } from './household-proposal';
// Types only: every page links its paths through this file, and the stock module's values would come along.
import type { StockItem, Warehouse } from './stock';

/** Files of the build the server reads, relative to the site directory. */
export const SITE_CONTRACT_FILES = {
  services: 'data/layanan.json',
  kecamatan: 'data/purwakarta-kecamatan.geojson',
  villages: 'data/desa-purwakarta.json',
  servicePoints: 'data/titik-layanan.json',
  daysOff: 'data/hari-libur.json',
  logistics: 'data/logistik.json',
} as const;

/** Version of the service feed's shape; the server refuses a build it does not understand. */
export const SERVICE_FEED_VERSION = 2;
/** Version of the logistics feed's shape (data/logistik.json); the server refuses one it does not understand. */
export const LOGISTICS_FEED_VERSION = 1;

/** What the server takes from the service feed (the feed carries more: it is open data). */
export interface ContractAgency {
  id: string;
  requestPrefix: string;
  /** Kemendagri code of the regency ("32.14"): its kecamatan are this office's. */
  regionCode: string;
  name: string;
  shortName: string;
  /** The office's complaint deadlines in working days (its own, or SP4N-LAPOR!'s). */
  complaintDeadlines: ComplaintDeadlines;
  /** Household proposals (usulan DTSEN): whether an SPTJM may replace the deliberation, and the spreadsheet's columns. */
  dtsen?: { sptjmAllowed: boolean; exportLayout: ExportLayout } | null | undefined;
}

export interface ContractService {
  id: string;
  url: string;
  agency: string;
  title: string;
  shortTitle?: string | undefined;
  requirements?: string[] | undefined;
  procedure?: { steps: { text: string }[] } | undefined;
  completionTime?: { amount: number; unit: CompletionTimeUnit; note?: string | undefined } | undefined;
  /** Villages send this service's disaster-logistics proposals online (/usulan-logistik/). */
  villageProposals?: boolean | undefined;
  /** Residents apply online, and what the form asks for. */
  onlineApplication?: OnlineApplication | undefined;
  /** Which staff role may mark a request finished (src/domain/roles.ts). */
  completedBy: Completer;
  /** Who decides a proposal addressed to a Camat; only with villageProposals. */
  camatProposalsDecidedBy?: ProposalDecider | undefined;
}

export interface ContractServiceFeed {
  version: number;
  agencies: ContractAgency[];
  services: ContractService[];
}

export interface ContractKecamatanFeed {
  features: { properties: { code: string; name: string; lambungSosial: boolean } }[];
}

export interface ContractVillage {
  code: string;
  name: string;
  type: 'desa' | 'kelurahan';
  kecamatan: string;
}

export interface ContractServicePoint {
  id: string;
  name: string;
  kind: string;
  agency: string;
  address: string;
  kecamatan?: string | undefined;
  location: { lat: number; lon: number };
  contacts: { kind: string; label?: string | undefined; value?: string | undefined; url?: string | undefined }[];
  services: string[];
  openingHours?: string | undefined;
}

/** National holidays and collective leave, one entry per year as its decree sets them. */
export interface ContractDaysOffFeed {
  years: { year: number; days: DayOff[] }[];
}

/** The disaster-logistics catalogue and warehouses (src/pages/data/logistik.json.ts). */
export interface ContractLogisticsFeed {
  version: number;
  items: StockItem[];
  warehouses: Warehouse[];
  offices: { agency: string; undeliveredAlertDays: number }[];
}

export interface SiteFeeds {
  services: ContractServiceFeed;
  kecamatan: ContractKecamatanFeed;
  villages: ContractVillage[];
  servicePoints: ContractServicePoint[];
  daysOff: ContractDaysOffFeed;
  logistics: ContractLogisticsFeed;
}

/** Step names for tracking a request: the procedure's top-level steps, as the standard gives them. */
export function stepNames(service: Pick<ContractService, 'procedure'>): string[] {
  return service.procedure?.steps.map((step) => step.text) ?? ['Permohonan diterima dan diproses'];
}

// ---------------------------------------------------------------------------------------------
// The server's reference data, and how it is brought in line with the feeds.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** A relation by natural key (slug or code), resolved to a record id when the plan is applied. */
export interface Ref {
  ref: ReferenceCollection;
  key: string;
}
export interface Refs {
  refs: ReferenceCollection;
  keys: string[];
}
export type FieldValue = Json | Ref | Refs;
export type Row = Record<string, FieldValue>;

/** In the order they are written: each refers only to collections before it. */
export const REFERENCE_COLLECTIONS = [
  'agencies',
  'services',
  'kecamatan',
  'villages',
  'service_points',
  'days_off',
  'stock_items',
  'warehouses',
] as const;
export type ReferenceCollection = (typeof REFERENCE_COLLECTIONS)[number];

/** The natural key of each reference collection. */
export const REFERENCE_KEYS: Record<ReferenceCollection, string> = {
  agencies: 'slug',
  services: 'slug',
  kecamatan: 'code',
  villages: 'code',
  service_points: 'key',
  days_off: 'date',
  stock_items: 'slug',
  warehouses: 'code',
};

export type FieldKind =
  | 'text'
  | 'number'
  | 'bool'
  | 'json'
  | { ref: ReferenceCollection }
  | { refs: ReferenceCollection };

/** The fields the server derives from the build, and how the hook reads and writes each. */
export const REFERENCE_FIELDS: Record<ReferenceCollection, Record<string, FieldKind>> = {
  agencies: {
    slug: 'text',
    code: 'text',
    name: 'text',
    short_name: 'text',
    complaint_verification_days: 'number',
    complaint_follow_up_days: 'number',
    dtsen_sptjm_allowed: 'bool',
    dtsen_export_layout: 'json',
  },
  services: {
    slug: 'text',
    title: 'text',
    short_title: 'text',
    agency: { ref: 'agencies' },
    steps: 'json',
    requirements: 'json',
    completion_amount: 'number',
    completion_unit: 'text',
    completion_note: 'text',
    url: 'text',
    village_proposals: 'bool',
    online_application: 'json',
    completed_by: 'text',
    camat_proposals_decided_by: 'text',
    active: 'bool',
  },
  kecamatan: { code: 'text', name: 'text', lambung_sosial: 'bool', agency: { ref: 'agencies' } },
  villages: { code: 'text', name: 'text', type: 'text', kecamatan: { ref: 'kecamatan' } },
  service_points: {
    key: 'text',
    name: 'text',
    kind: 'text',
    agency: { ref: 'agencies' },
    address: 'text',
    kecamatan_code: 'text',
    lat: 'number',
    lon: 'number',
    opening_hours: 'text',
    contacts: 'json',
    services: { refs: 'services' },
  },
  days_off: { date: 'text', year: 'number', name: 'text', kind: 'text' },
  stock_items: {
    slug: 'text',
    name: 'text',
    unit: 'text',
    whole: 'bool',
    category: 'text',
    expires: 'bool',
    alert_days: 'number',
  },
  warehouses: {
    code: 'text',
    name: 'text',
    kind: 'text',
    agency: { ref: 'agencies' },
    kecamatan: { ref: 'kecamatan' },
    legal_bases: 'json',
    minimum: 'json',
    undelivered_alert_days: 'number',
  },
};

/** A record as it is in the database, relations given by natural key like the desired rows. */
export interface CurrentRow {
  id: string;
  values: Row;
}

/**
 * What the database holds now, and what depends on it. Which relations each figure counts is listed
 * once, beside the lookups (pocketbase/pb_hooks/lib/site_sync.js REFERENCE_USES), and compared
 * with the migrated schema by tests/integration/schema-agreement.test.ts.
 */
export interface CurrentState {
  rows: Record<ReferenceCollection, CurrentRow[]>;
  /** Per service slug: numbers of its requests that are not finished, oldest first. */
  openRequests: Record<string, string[]>;
  /** Per service slug: how many requests it has in all. */
  requestCounts: Record<string, number>;
  /** Per agency slug: records that refer to it (staff, requests, services, complaints, surveys, proposals, audit entries …). */
  agencyUsage: Record<string, number>;
  /** Per agency slug: village proposals sent to it. */
  proposalCounts: Record<string, number>;
  /** Per kecamatan code: Camat accounts. */
  camatAccounts: Record<string, number>;
  /** Per village code: operator accounts, proposals, household data, complaints; per kecamatan code: what uses it besides its Camat accounts. */
  villageUsage: Record<string, number>;
  /** Per item slug and per warehouse code: entries of the stock ledger, which is never rewritten, releases and legal bases. */
  stockUsage: Record<string, number>;
}

/** The figures of CurrentState that say what depends on the reference data. */
export type UsageTable = Exclude<keyof CurrentState, 'rows'>;
type CountTable = Exclude<UsageTable, 'openRequests'>;

/**
 * Per figure, the keys whose value the plan reads for these feeds and rows: the references the build
 * removes or changes in a way that matters, and the offices that take no village proposals (whether
 * they hold some). A start whose build changed nothing asks only the latter.
 */
export type UsageQuestions = Record<UsageTable, string[]>;

/** How the plan reads the figures: from a whole CurrentState, or noting what it asks (usageQuestions). */
interface UsageReader {
  openRequests(service: string): string[];
  count(table: CountTable, key: string): number;
}

/**
 * Which figures say, summed, whether a reference left out of the build is still in use (services:
 * openRequests; service points and days off: nothing refers to them). A kecamatan's Camat accounts
 * are a figure of their own, which the Lambung Sosial check reads alone.
 */
export const USAGE_OF_REMOVED: Partial<Record<ReferenceCollection, readonly CountTable[]>> = {
  agencies: ['agencyUsage'],
  kecamatan: ['camatAccounts', 'villageUsage'],
  villages: ['villageUsage'],
  stock_items: ['stockUsage'],
  warehouses: ['stockUsage'],
};

export type ChangeAction = 'create' | 'update' | 'deactivate' | 'delete';

export interface Change {
  collection: ReferenceCollection;
  action: ChangeAction;
  key: string;
  /** The record's id, for update, deactivate and delete. */
  id?: string;
  /** Create and update: the fields to write. */
  values?: Row;
}

export interface SyncPlan {
  /** Why the server must not start on this build; empty when it may. */
  problems: string[];
  changes: Change[];
  /** One line per change worth telling whoever deploys. */
  log: string[];
}

const ref = (collection: ReferenceCollection, key: string): Ref => ({ ref: collection, key });

function desiredRows(feeds: SiteFeeds, problems: string[]): Record<ReferenceCollection, Row[]> {
  const { agencies, services } = feeds.services;
  const agencyIds = new Set(agencies.map((agency) => agency.id));
  const serviceIds = new Set(services.map((service) => service.id));
  const officeOfRegion = new Map(agencies.map((agency) => [agency.regionCode, agency.id]));
  const kecamatanCodes = new Set(feeds.kecamatan.features.map((feature) => feature.properties.code));

  const prefixes = new Map<string, string>();
  for (const agency of agencies) {
    const other = prefixes.get(agency.requestPrefix);
    if (other)
      problems.push(`Kantor ${agency.id} dan ${other} memakai awalan nomor yang sama (${agency.requestPrefix}).`);
    prefixes.set(agency.requestPrefix, agency.id);
  }
  const proposalServices = new Map<string, string>();
  for (const service of services) {
    if (!agencyIds.has(service.agency))
      problems.push(`Layanan ${service.id} menyebut kantor ${service.agency}, yang tidak ada di build.`);
    if (!service.villageProposals) continue;
    const other = proposalServices.get(service.agency);
    if (other)
      problems.push(
        `Kantor ${service.agency} punya dua layanan yang menerima usulan desa (${other} dan ${service.id}); hanya satu yang boleh.`,
      );
    proposalServices.set(service.agency, service.id);
  }
  const kecamatan = feeds.kecamatan.features.map(({ properties }) => {
    const office = officeOfRegion.get(properties.code.slice(0, 5));
    if (!office)
      problems.push(
        `Kecamatan ${properties.code} ${properties.name}: tidak ada kantor untuk wilayah ${properties.code.slice(0, 5)}.`,
      );
    return {
      code: properties.code,
      name: properties.name,
      lambung_sosial: properties.lambungSosial,
      agency: ref('agencies', office ?? ''),
    };
  });
  for (const village of feeds.villages) {
    if (!kecamatanCodes.has(village.kecamatan))
      problems.push(
        `Desa/kelurahan ${village.code} ${village.name}: kecamatan ${village.kecamatan} tidak ada di build.`,
      );
  }
  for (const point of feeds.servicePoints) {
    if (!agencyIds.has(point.agency))
      problems.push(`Titik layanan ${point.id} menyebut kantor ${point.agency}, yang tidak ada di build.`);
    for (const service of point.services) {
      if (!serviceIds.has(service))
        problems.push(`Titik layanan ${point.id} menyebut layanan ${service}, yang tidak ada di build.`);
    }
  }

  return {
    agencies: agencies.map((agency) => ({
      slug: agency.id,
      code: agency.requestPrefix,
      name: agency.name,
      short_name: agency.shortName,
      complaint_verification_days: agency.complaintDeadlines.verificationWorkingDays,
      complaint_follow_up_days: agency.complaintDeadlines.followUpWorkingDays,
      dtsen_sptjm_allowed: agency.dtsen?.sptjmAllowed ?? false,
      dtsen_export_layout: agency.dtsen ? (agency.dtsen.exportLayout as unknown as Json) : null,
    })),
    services: services.map((service) => ({
      slug: service.id,
      title: service.title,
      short_title: service.shortTitle ?? service.title,
      agency: ref('agencies', service.agency),
      steps: stepNames(service),
      requirements: service.requirements ?? [],
      completion_amount: service.completionTime?.amount ?? 0,
      completion_unit: service.completionTime?.unit ?? '',
      completion_note: service.completionTime?.note ?? '',
      url: service.url,
      village_proposals: service.villageProposals === true,
      online_application: service.onlineApplication ? (service.onlineApplication as unknown as Json) : null,
      completed_by: service.completedBy,
      camat_proposals_decided_by: service.camatProposalsDecidedBy ?? '',
      active: true,
    })),
    kecamatan,
    villages: feeds.villages.map((village) => ({
      code: village.code,
      name: village.name,
      type: village.type,
      kecamatan: ref('kecamatan', village.kecamatan),
    })),
    service_points: feeds.servicePoints.map((point) => ({
      key: point.id,
      name: point.name,
      kind: point.kind,
      agency: ref('agencies', point.agency),
      address: point.address,
      kecamatan_code: point.kecamatan ?? '',
      lat: point.location.lat,
      lon: point.location.lon,
      opening_hours: point.openingHours ?? '',
      contacts: point.contacts.map(
        (contact) =>
          Object.fromEntries(Object.entries(contact).filter(([, value]) => value !== undefined)) as Record<
            string,
            string
          >,
      ),
      services: { refs: 'services', keys: point.services },
    })),
    ...logisticsRows(feeds, agencyIds, kecamatanCodes, problems),
    days_off: feeds.daysOff.years.flatMap(({ year, days }) =>
      days.map((day) => ({ date: day.date, year, name: day.name, kind: day.kind })),
    ),
  };
}

/** The catalogue and the warehouses, each warehouse at an office and (a Lambung Sosial) a kecamatan of the build. */
function logisticsRows(
  feeds: SiteFeeds,
  agencyIds: ReadonlySet<string>,
  kecamatanCodes: ReadonlySet<string>,
  problems: string[],
): Pick<Record<ReferenceCollection, Row[]>, 'stock_items' | 'warehouses'> {
  const { items, warehouses, offices } = feeds.logistics;
  const alertDays = new Map(offices.map((office) => [office.agency, office.undeliveredAlertDays]));
  for (const warehouse of warehouses) {
    if (!agencyIds.has(warehouse.agency))
      problems.push(`Gudang ${warehouse.code} menyebut kantor ${warehouse.agency}, yang tidak ada di build.`);
    if (warehouse.kecamatan && !kecamatanCodes.has(warehouse.kecamatan))
      problems.push(`Gudang ${warehouse.code} menyebut kecamatan ${warehouse.kecamatan}, yang tidak ada di build.`);
  }
  return {
    stock_items: items.map((item) => ({
      slug: item.slug,
      name: item.name,
      unit: item.unit,
      whole: item.whole,
      category: item.category,
      expires: item.expires,
      alert_days: item.alertDays,
    })),
    warehouses: warehouses.map((warehouse) => ({
      code: warehouse.code,
      name: warehouse.name,
      kind: warehouse.kind,
      agency: ref('agencies', warehouse.agency),
      kecamatan: ref('kecamatan', warehouse.kecamatan),
      legal_bases: warehouse.legalBases,
      minimum: warehouse.minimum,
      undelivered_alert_days: alertDays.get(warehouse.agency) ?? 0,
    })),
  };
}

/** JSON with object keys sorted: the database may give keys back in another order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return canonical(a) === canonical(b);
}

function changedFields(desired: Row, current: Row): string[] {
  return Object.keys(desired).filter((field) => !sameValue(desired[field], current[field]));
}

const listed = (numbers: string[]) => (numbers.length > 5 ? `${numbers.slice(0, 5).join(', ')} …` : numbers.join(', '));

/**
 * What to write so that the database says what the build says, or why it cannot: data still in
 * use is never orphaned. A service left out of the build is deactivated (its requests keep it); a
 * service with open requests cannot be left out; offices, kecamatan and villages still in use
 * cannot be removed. Open requests keep the steps they were registered under (their own copy).
 */
export function planSiteSync(feeds: SiteFeeds, current: CurrentState): SyncPlan {
  return plan(feeds, current.rows, {
    openRequests: (service) => current.openRequests[service] ?? [],
    count: (table, key) => current[table][key] ?? 0,
  });
}

/**
 * The figures planSiteSync reads for these feeds and rows: the server looks up only these, each
 * through an index, so that a start costs the same at five years of data as on the first day. The
 * plan below is the one definition of what is checked: the questions are what it reads, noted while
 * it runs on figures of nothing. Which figure it reads never depends on another figure's value.
 */
export function usageQuestions(feeds: SiteFeeds, rows: CurrentState['rows']): UsageQuestions {
  const asked: Record<UsageTable, Set<string>> = {
    openRequests: new Set(),
    requestCounts: new Set(),
    agencyUsage: new Set(),
    proposalCounts: new Set(),
    camatAccounts: new Set(),
    villageUsage: new Set(),
    stockUsage: new Set(),
  };
  plan(feeds, rows, {
    openRequests: (service) => {
      asked.openRequests.add(service);
      return [];
    },
    count: (table, key) => {
      asked[table].add(key);
      return 0;
    },
  });
  return Object.fromEntries(
    Object.entries(asked).map(([table, keys]) => [table, [...keys]]),
  ) as unknown as UsageQuestions;
}

function plan(feeds: SiteFeeds, rows: CurrentState['rows'], usage: UsageReader): SyncPlan {
  const problems: string[] = [];
  const unknownVersions = (
    [
      ['services', feeds.services.version, SERVICE_FEED_VERSION],
      ['logistics', feeds.logistics.version, LOGISTICS_FEED_VERSION],
    ] as const
  ).filter(([, sent, understood]) => sent !== understood);
  if (unknownVersions.length > 0)
    return {
      problems: unknownVersions.map(
        ([file, sent, understood]) =>
          `${SITE_CONTRACT_FILES[file]} versi ${sent}; server ini memahami versi ${understood}. ` +
          'Pakai build dan server dari versi yang sama.',
      ),
      changes: [],
      log: [],
    };
  const desired = desiredRows(feeds, problems);
  const changes: Change[] = [];
  // Deleted last and in reverse order, so nothing is deleted while a record still refers to it.
  const deletions: Change[] = [];
  const log: string[] = [];

  for (const collection of REFERENCE_COLLECTIONS) {
    const keyField = REFERENCE_KEYS[collection];
    const existing = new Map(rows[collection].map((row) => [String(row.values[keyField]), row]));
    const wanted = new Set<string>();
    for (const row of desired[collection]) {
      const key = String(row[keyField]);
      wanted.add(key);
      const found = existing.get(key);
      if (!found) {
        changes.push({ collection, action: 'create', key, values: row });
        continue;
      }
      const fields = changedFields(row, found.values);
      if (fields.length === 0) continue;
      changes.push({ collection, action: 'update', key, id: found.id, values: row });
      if (collection === 'services' && fields.includes('steps')) {
        const open = usage.openRequests(key);
        log.push(
          `Layanan ${key}: langkah berubah; permohonan baru memakai langkah baru` +
            `${open.length > 0 ? `, ${open.length} permohonan terbuka tetap memakai langkahnya sendiri` : ''}.`,
        );
      }
      if (collection === 'services' && fields.includes('agency') && usage.count('requestCounts', key) > 0) {
        problems.push(
          `Layanan ${key} pindah kantor, tetapi sudah punya ${usage.count('requestCounts', key)} permohonan di ` +
            'kantor lamanya. Buat layanan baru dengan id lain.',
        );
      }
      if (
        collection === 'kecamatan' &&
        fields.includes('lambung_sosial') &&
        row['lambung_sosial'] === false &&
        usage.count('camatAccounts', key) > 0
      ) {
        problems.push(
          `Kecamatan ${key} tidak lagi punya Lambung Sosial, tetapi masih punya ${usage.count('camatAccounts', key)} akun Camat. Hapus akun Camat itu dulu.`,
        );
      }
    }
    for (const [key, row] of existing) {
      if (wanted.has(key)) continue;
      if (collection === 'services') {
        const open = usage.openRequests(key);
        if (open.length > 0) {
          problems.push(
            `Layanan ${key} tidak ada lagi di build, tetapi ${open.length} permohonan belum selesai ` +
              `(${listed(open)}). Selesaikan atau tolak permohonan itu dulu dengan build lama, atau kembalikan ` +
              'layanan ke content/.',
          );
        } else if (row.values['active'] !== false) {
          changes.push({ collection, action: 'deactivate', key, id: row.id });
          log.push(`Layanan ${key} tidak ada lagi di build: dinonaktifkan (riwayat permohonannya tetap).`);
        }
        continue;
      }
      const inUse = (USAGE_OF_REMOVED[collection] ?? []).reduce((sum, table) => sum + usage.count(table, key), 0);
      if (inUse > 0)
        problems.push(
          `${collection} ${key} tidak ada lagi di build, tetapi masih dipakai ${inUse} akun atau data. Kembalikan ke content/.`,
        );
      else deletions.unshift({ collection, action: 'delete', key, id: row.id });
    }
  }

  for (const row of rows.agencies) {
    const agency = String(row.values['slug']);
    if (feeds.services.services.some((service) => service.agency === agency && service.villageProposals)) continue;
    const proposals = usage.count('proposalCounts', agency);
    if (proposals > 0)
      problems.push(
        `Kantor ${agency} punya ${proposals} usulan desa, tetapi tidak ada layanannya yang bertanda villageProposals: true.`,
      );
  }

  changes.push(...deletions);
  const counts = new Map<string, number>();
  for (const change of changes)
    counts.set(`${change.collection} ${change.action}`, (counts.get(`${change.collection} ${change.action}`) ?? 0) + 1);
  for (const [what, n] of counts) log.push(`${what}: ${n}`);
  return { problems, changes: problems.length > 0 ? [] : changes, log };
}
