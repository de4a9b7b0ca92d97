// @ts-check
// Reads the build's feeds and the database's reference data, asks the domain which figures of what
// depends on that data its plan reads (usageQuestions), looks those up key by key, asks the domain
// for the plan (src/domain/site-contract.ts: planSiteSync) and applies it in one transaction.

/** @typedef {import("../../../src/domain/site-contract").Ref} Ref */
/** @typedef {import("../../../src/domain/site-contract").Refs} Refs */

/** The built site PocketBase serves and reads its reference data from. */
function siteDir() {
  return $os.getenv('LAYANAN_SITE_DIR') || `${__hooks}/../../dist`;
}

/**
 * The feeds, or an error that says which file is missing or unreadable and what to do.
 * @param {string} dir
 */
function readFeeds(dir) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  /** @param {string} file */
  const read = (file) => {
    const path = `${dir}/${file}`;
    let text;
    try {
      text = toString($os.readFile(path));
    } catch (_) {
      throw new Error(
        `Build situs tidak lengkap: ${path} tidak ada. Jalankan "npm run build", atau arahkan LAYANAN_SITE_DIR ke folder hasil build.`,
      );
    }
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new Error(
        `Build situs rusak: ${path} bukan JSON yang sah (${err}). Bangun ulang situs dengan "npm run build".`,
      );
    }
  };
  const files = domain.SITE_CONTRACT_FILES;
  return {
    services: read(files.services),
    kecamatan: read(files.kecamatan),
    villages: read(files.villages),
    servicePoints: read(files.servicePoints),
    daysOff: read(files.daysOff),
    logistics: read(files.logistics),
  };
}

/**
 * The database's reference data, relations by natural key, in the shape planSiteSync takes.
 * @param {HookApp} app @returns {import("../../../src/domain/site-contract").CurrentState["rows"]}
 */
function referenceRows(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  /** @type {Record<string, Map<string, string>>} id → natural key, per collection */
  const keyOfId = {};
  /** @type {Record<string, import("../../../src/domain/site-contract").CurrentRow[]>} */
  const rows = {};
  const records = {};
  for (const collection of domain.REFERENCE_COLLECTIONS) {
    records[collection] = app.findAllRecords(collection);
    keyOfId[collection] = new Map(
      records[collection].map((record) => [record.id, record.getString(domain.REFERENCE_KEYS[collection])]),
    );
  }
  for (const collection of domain.REFERENCE_COLLECTIONS) {
    const fields = domain.REFERENCE_FIELDS[collection];
    rows[collection] = records[collection].map((record) => {
      /** @type {import("../../../src/domain/site-contract").Row} */
      const values = {};
      for (const field of Object.keys(fields)) {
        const kind = fields[field];
        if (kind === 'text') values[field] = record.getString(field);
        else if (kind === 'number') values[field] = record.getFloat(field);
        else if (kind === 'bool') values[field] = record.getBool(field);
        else if (kind === 'json') values[field] = record.getString(field) ? JSON.parse(record.getString(field)) : null;
        else if ('ref' in kind)
          values[field] = { ref: kind.ref, key: keyOfId[kind.ref].get(record.getString(field)) || '' };
        else
          values[field] = {
            refs: kind.refs,
            keys: record.getStringSlice(field).map((id) => keyOfId[kind.refs].get(id) || ''),
          };
      }
      return { id: record.id, values };
    });
  }
  return /** @type {import("../../../src/domain/site-contract").CurrentState["rows"]} */ (rows);
}

/**
 * What points at what: every relation to a reference row a build can remove, by the figure that
 * counts it, then by the collection and natural key it points at. The plan's own collections are
 * left out — a kecamatan, village, service point or warehouse the build removes is deleted by the
 * same plan, and one it keeps cannot point at a removed row (the plan refuses such a build) — but
 * services are in: a build deactivates them, never deletes them, so they keep their office.
 * tests/integration/schema-agreement.test.ts compares this list with the migrated schema: a new
 * relation to a reference fails it until it is listed here.
 */
const REFERENCE_USES = {
  agencyUsage: {
    'agencies.slug': [
      'staff.agency',
      'requests.agency',
      'services.agency',
      'complaints.agency',
      'survey_responses.agency',
      'proposals.agency',
      'household_batches.agency',
      'household_proposals.agency',
      'audit_log.agency',
    ],
  },
  // Apart from a kecamatan's other uses: the Lambung Sosial check reads its Camat accounts alone.
  camatAccounts: { 'kecamatan.code': ['camats.kecamatan'] },
  // A village's code, or a kecamatan's code for the rest of what uses it.
  villageUsage: {
    'villages.code': [
      'operators.village',
      'proposals.village',
      'household_batches.village',
      'household_proposals.village',
      'complaints.sanggah_village',
    ],
    'kecamatan.code': ['proposals.camat_kecamatan'],
  },
  // An item's slug or a warehouse's code.
  stockUsage: {
    'stock_items.slug': ['stock_entries.item'],
    'warehouses.code': ['stock_entries.warehouse', 'stock_releases.warehouse', 'legal_bases.warehouse'],
  },
};

/**
 * One query for one key ({:key}: a slug or a code) that sums a figure's relations, each counted
 * through an index on the referring column: how long it takes depends on the rows that use the
 * reference, never on the size of the tables. @param {Record<string, string[]>} uses
 */
function usesQuery(uses) {
  const counts = [];
  for (const reference of Object.keys(uses)) {
    const [table, key] = reference.split('.');
    for (const use of uses[reference]) {
      const [from, field] = use.split('.');
      counts.push(`(SELECT COUNT(*) FROM ${table} t JOIN ${from} ON ${from}.${field} = t.id WHERE t.${key} = {:key})`);
    }
  }
  return `SELECT ${counts.join(' + ')} AS n`;
}

/**
 * Per figure of what depends on the reference data, one query for one key, each through indexes
 * (migrations 1795403990_reference_usage_indexes.js and 1795403996_stock_release_warehouse_index.js).
 * tests/integration/site-sync-usage.test.ts reads each one's plan.
 */
const USAGE_QUERIES = {
  requestCounts: 'SELECT COUNT(*) AS n FROM services s JOIN requests r ON r.service = s.id WHERE s.slug = {:key}',
  agencyUsage: usesQuery(REFERENCE_USES.agencyUsage),
  proposalCounts:
    'SELECT COUNT(*) AS n FROM proposals p WHERE p.village IN (SELECT v.id FROM agencies a JOIN kecamatan k ON k.agency = a.id' +
    ' JOIN villages v ON v.kecamatan = k.id WHERE a.slug = {:key})',
  camatAccounts: usesQuery(REFERENCE_USES.camatAccounts),
  villageUsage: usesQuery(REFERENCE_USES.villageUsage),
  stockUsage: usesQuery(REFERENCE_USES.stockUsage),
};
/**
 * A service's requests that are not finished, oldest first: open as the request's case type says
 * (src/domain/cases/requests.ts), the same condition as the work queue's.
 * @param {typeof import("../../../src/domain")} domain
 */
const openRequestsQuery = (domain) =>
  'SELECT r.number AS number FROM services s JOIN requests r ON r.service = s.id' +
  ` WHERE s.slug = {:key} AND ${domain.waitingSql(domain.requests, 'r')} ORDER BY r.received_at`;

/**
 * The figures the plan asks for (src/domain/site-contract.ts: usageQuestions), looked up key by key.
 * @param {HookApp} app @param {import("../../../src/domain/site-contract").UsageQuestions} questions
 * @returns {Omit<import("../../../src/domain/site-contract").CurrentState, "rows">}
 */
function usageFigures(app, questions) {
  const { queryRows } = require(`${__hooks}/lib/query.js`);
  const openRequestsSql = openRequestsQuery(require(`${__hooks}/generated/domain.cjs`));
  /** @type {Record<string, string[]>} */
  const openRequests = {};
  for (const key of questions.openRequests)
    openRequests[key] = queryRows(app, { number: '' }, openRequestsSql, { key }).map((row) => row.number);
  /** @param {keyof typeof USAGE_QUERIES} table */
  const counts = (table) => {
    /** @type {Record<string, number>} */
    const figures = {};
    for (const key of questions[table]) {
      const found = queryRows(app, { n: 0 }, USAGE_QUERIES[table], { key });
      figures[key] = found.length > 0 ? found[0].n : 0;
    }
    return figures;
  };
  return {
    openRequests,
    requestCounts: counts('requestCounts'),
    agencyUsage: counts('agencyUsage'),
    proposalCounts: counts('proposalCounts'),
    camatAccounts: counts('camatAccounts'),
    villageUsage: counts('villageUsage'),
    stockUsage: counts('stockUsage'),
  };
}

/**
 * Writes the plan's changes; relations given by natural key become record ids.
 * @param {HookApp} app @param {import("../../../src/domain/site-contract").SyncPlan} plan
 */
function applyPlan(app, plan) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  /** @type {Record<string, Map<string, string>>} natural key → id, per collection */
  const idOfKey = {};
  for (const collection of domain.REFERENCE_COLLECTIONS) {
    const keyField = domain.REFERENCE_KEYS[collection];
    idOfKey[collection] = new Map(
      require(`${__hooks}/lib/given.js`)
        .present(app.findAllRecords(collection))
        .map((record) => [record.getString(keyField), record.id]),
    );
  }
  /** The record an update, deactivation or deletion names. @param {import("../../../src/domain/site-contract").Change} change */
  const named = (change) => {
    if (!change.id) throw new Error(`Rencana sinkronisasi tanpa id untuk ${change.collection} ${change.key}.`);
    return app.findRecordById(change.collection, change.id);
  };
  for (const change of plan.changes) {
    const collection = change.collection;
    if (change.action === 'delete') {
      app.delete(named(change));
      continue;
    }
    const record = change.action === 'create' ? new Record(app.findCollectionByNameOrId(collection)) : named(change);
    const values = change.values || {};
    if (change.action === 'deactivate') {
      record.set('active', false);
    } else {
      const fields = domain.REFERENCE_FIELDS[collection];
      for (const field of Object.keys(values)) {
        const kind = fields[field];
        const value = values[field];
        // A field's kind says what its value holds (src/domain/site-contract.ts: REFERENCE_FIELDS).
        // An empty key is no relation (the Dinas's warehouse is in no kecamatan).
        if (typeof kind === 'object' && 'ref' in kind)
          record.set(field, idOfKey[kind.ref].get(/** @type {Ref} */ (value).key) || '');
        else if (typeof kind === 'object')
          record.set(
            field,
            /** @type {Refs} */ (value).keys.map((key) => idOfKey[kind.refs].get(key)),
          );
        else record.set(field, value);
      }
    }
    app.save(record);
    idOfKey[collection].set(change.key, record.id);
  }
}

/**
 * Brings the database in line with the build in `dir`, in one transaction, and returns what it
 * did. Throws, changing nothing, when the build is missing or cannot be reconciled.
 */
/** @param {HookApp} app @param {string} dir */
function syncWithSite(app, dir) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const feeds = readFeeds(dir);
  const rows = referenceRows(app);
  const usage = usageFigures(app, domain.usageQuestions(feeds, rows));
  const plan = domain.planSiteSync(feeds, Object.assign({ rows }, usage));
  if (plan.problems.length > 0) {
    throw new Error(
      `Server tidak dijalankan: build situs di ${dir} tidak cocok dengan basis data.\n- ${plan.problems.join('\n- ')}`,
    );
  }
  app.runInTransaction((txApp) => applyPlan(txApp, plan));
  return plan;
}

module.exports = { siteDir, syncWithSite, REFERENCE_USES, USAGE_QUERIES, openRequestsQuery };
