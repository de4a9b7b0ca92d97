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
 * Per figure of what depends on the reference data, one query for one key ({:key}: a slug or a
 * code), each through an index on the referring column (migration 1795403990_reference_usage_indexes.js):
 * how long it takes depends on the rows that use the reference, never on the size of the tables.
 * tests/integration/site-sync-usage.test.ts reads each one's plan.
 */
const USAGE_QUERIES = {
  requestCounts: 'SELECT COUNT(*) AS n FROM services s JOIN requests r ON r.service = s.id WHERE s.slug = {:key}',
  agencyUsage:
    'SELECT (SELECT COUNT(*) FROM staff WHERE agency = a.id) + (SELECT COUNT(*) FROM requests WHERE agency = a.id)' +
    ' + (SELECT COUNT(*) FROM services WHERE agency = a.id) + (SELECT COUNT(*) FROM kecamatan WHERE agency = a.id) AS n' +
    ' FROM agencies a WHERE a.slug = {:key}',
  proposalCounts:
    'SELECT COUNT(*) AS n FROM proposals p WHERE p.village IN (SELECT v.id FROM agencies a JOIN kecamatan k ON k.agency = a.id' +
    ' JOIN villages v ON v.kecamatan = k.id WHERE a.slug = {:key})',
  camatAccounts: 'SELECT COUNT(*) AS n FROM kecamatan k JOIN camats c ON c.kecamatan = k.id WHERE k.code = {:key}',
  villageUsage:
    'SELECT (SELECT COUNT(*) FROM operators WHERE village = v.id) + (SELECT COUNT(*) FROM proposals WHERE village = v.id) AS n' +
    ' FROM villages v WHERE v.code = {:key}',
  // An item's slug or a warehouse's code: the ledger's entries under either.
  stockUsage:
    'SELECT (SELECT COUNT(*) FROM stock_items i JOIN stock_entries e ON e.item = i.id WHERE i.slug = {:key})' +
    ' + (SELECT COUNT(*) FROM warehouses w JOIN stock_entries e ON e.warehouse = w.id WHERE w.code = {:key}) AS n',
};
/** A service's requests that are not finished, oldest first. */
const OPEN_REQUESTS_QUERY =
  'SELECT r.number AS number FROM services s JOIN requests r ON r.service = s.id' +
  " WHERE s.slug = {:key} AND r.status NOT IN ('selesai', 'ditolak') ORDER BY r.received_at";

/**
 * The figures the plan asks for (src/domain/site-contract.ts: usageQuestions), looked up key by key.
 * @param {HookApp} app @param {import("../../../src/domain/site-contract").UsageQuestions} questions
 * @returns {Omit<import("../../../src/domain/site-contract").CurrentState, "rows">}
 */
function usageFigures(app, questions) {
  const { queryRows } = require(`${__hooks}/lib/query.js`);
  /** @type {Record<string, string[]>} */
  const openRequests = {};
  for (const key of questions.openRequests)
    openRequests[key] = queryRows(app, { number: '' }, OPEN_REQUESTS_QUERY, { key }).map((row) => row.number);
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

module.exports = { siteDir, syncWithSite, USAGE_QUERIES, OPEN_REQUESTS_QUERY };
