// @ts-check
// Reads the build's feeds and the database's reference data, asks the domain for a plan
// (src/domain/site-contract.ts: planSiteSync) and applies it in one transaction.

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
 * Per key, the number of rows: `SELECT key, COUNT(*) AS n … GROUP BY key`.
 * @param {HookApp} app @param {string} sql
 */
function countsBy(app, sql) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const row of require(`${__hooks}/lib/query.js`).queryRows(app, { key: '', n: 0 }, sql))
    counts[row.key] = (counts[row.key] || 0) + row.n;
  return counts;
}

/**
 * The database's reference data and what depends on it, in the shape planSiteSync takes.
 * @param {HookApp} app @returns {import("../../../src/domain/site-contract").CurrentState}
 */
function currentState(app) {
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

  /** @type {Record<string, string[]>} */
  const openRequests = {};
  const open = require(`${__hooks}/lib/query.js`).queryRows(
    app,
    { service: '', number: '' },
    'SELECT s.slug AS service, r.number AS number FROM requests r JOIN services s ON s.id = r.service' +
      " WHERE r.status NOT IN ('selesai', 'ditolak') ORDER BY r.received_at",
  );
  for (const row of open) {
    if (!openRequests[row.service]) openRequests[row.service] = [];
    openRequests[row.service].push(row.number);
  }

  return {
    rows: /** @type {import("../../../src/domain/site-contract").CurrentState["rows"]} */ (rows),
    openRequests,
    requestCounts: countsBy(
      app,
      'SELECT s.slug AS key, COUNT(*) AS n FROM requests r JOIN services s ON s.id = r.service GROUP BY s.slug',
    ),
    agencyUsage: countsBy(
      app,
      'SELECT a.slug AS key, COUNT(*) AS n FROM agencies a' +
        ' JOIN (SELECT agency FROM staff UNION ALL SELECT agency FROM requests UNION ALL SELECT agency FROM services' +
        ' UNION ALL SELECT agency FROM kecamatan) used ON used.agency = a.id GROUP BY a.slug',
    ),
    proposalCounts: countsBy(
      app,
      'SELECT a.slug AS key, COUNT(*) AS n FROM proposals p JOIN villages v ON v.id = p.village' +
        ' JOIN kecamatan k ON k.id = v.kecamatan JOIN agencies a ON a.id = k.agency GROUP BY a.slug',
    ),
    camatAccounts: countsBy(
      app,
      'SELECT k.code AS key, COUNT(*) AS n FROM camats c JOIN kecamatan k ON k.id = c.kecamatan GROUP BY k.code',
    ),
    villageUsage: countsBy(
      app,
      'SELECT v.code AS key, COUNT(*) AS n FROM villages v' +
        ' JOIN (SELECT village FROM operators UNION ALL SELECT village FROM proposals) used ON used.village = v.id GROUP BY v.code',
    ),
    stockUsage: countsBy(
      app,
      'SELECT i.slug AS key, COUNT(*) AS n FROM stock_entries e JOIN stock_items i ON i.id = e.item GROUP BY i.slug' +
        ' UNION ALL SELECT w.code AS key, COUNT(*) AS n FROM stock_entries e JOIN warehouses w ON w.id = e.warehouse GROUP BY w.code',
    ),
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
  const plan = domain.planSiteSync(readFeeds(dir), currentState(app));
  if (plan.problems.length > 0) {
    throw new Error(
      `Server tidak dijalankan: build situs di ${dir} tidak cocok dengan basis data.\n- ${plan.problems.join('\n- ')}`,
    );
  }
  app.runInTransaction((txApp) => applyPlan(txApp, plan));
  return plan;
}

module.exports = { siteDir, syncWithSite };
