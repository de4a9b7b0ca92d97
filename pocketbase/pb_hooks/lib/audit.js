// @ts-check
// Writes the audit trail (src/domain/audit.ts). Only hooks write it, through this file, with plain
// SQL: no API creates, changes or deletes an entry, superusers included (pb_hooks/audit.pb.js
// refuses every record save of audit_log). Each entry is sealed with the key as it is written, in
// the transaction of what it records where there is one, so a crash never leaves a change without
// its entry; pb_hooks/lib/audit_chain.js numbers and links the entries shortly after, off the request.

/** @typedef {import("../../../src/domain/audit").AuditAction} AuditAction */

/**
 * The office a record belongs to, for whose heads the audit entry is.
 * @param {HookApp} app @param {core.Record} record
 */
function agencyOf(app, record) {
  const find = (collection, id) => app.findRecordById(collection, id);
  const ofVillage = (villageId) =>
    find('kecamatan', find('villages', villageId).getString('kecamatan')).getString('agency');
  switch (record.collection().name) {
    case 'staff':
    case 'requests':
    case 'complaints':
    case 'household_proposals':
    case 'household_batches':
      return record.getString('agency');
    case 'household_proposal_events':
      return find('household_proposals', record.getString('household_proposal')).getString('agency');
    case 'complaint_events':
    case 'complaint_contacts':
      return find('complaints', record.getString('complaint')).getString('agency');
    case 'request_events':
    case 'request_contacts':
      return find('requests', record.getString('request')).getString('agency');
    case 'proposals':
    case 'operators':
      return ofVillage(record.getString('village'));
    case 'proposal_events':
    case 'proposal_contacts':
      return ofVillage(find('proposals', record.getString('proposal')).getString('village'));
    case 'camats':
      return find('kecamatan', record.getString('kecamatan')).getString('agency');
    case 'stock_entries':
    case 'stock_releases':
    case 'legal_bases':
      return find('warehouses', record.getString('warehouse')).getString('agency');
    default:
      return '';
  }
}

/**
 * What the trail names a record by: its number (an event by its request's or proposal's), or an
 * account's email.
 * @param {HookApp} app @param {core.Record} record
 */
function labelOf(app, record) {
  switch (record.collection().name) {
    case 'request_events':
    case 'request_contacts':
      return app.findRecordById('requests', record.getString('request')).getString('number');
    case 'proposal_events':
    case 'proposal_contacts':
      return app.findRecordById('proposals', record.getString('proposal')).getString('number');
    case 'complaint_events':
    case 'complaint_contacts':
      return app.findRecordById('complaints', record.getString('complaint')).getString('number');
    case 'household_proposal_events':
      return app.findRecordById('household_proposals', record.getString('household_proposal')).getString('number');
    default:
      return record.getString('number') || record.getString('email') || record.id;
  }
}

/** Field sizes of audit_log (pb_migrations/1795400600_staff_workspace.js): longer text is cut, never refused. */
const LIMITS = {
  actor_type: 50,
  actor_id: 50,
  actor_name: 200,
  action: 100,
  target_type: 50,
  target_id: 50,
  target_label: 200,
};
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** What an entry is written with: its text and its seal (seq 0 and empty links until chained; created = at). */
const SEALED_COLUMNS = [
  'id',
  'at',
  'agency',
  'actor_type',
  'actor_id',
  'actor_name',
  'action',
  'target_type',
  'target_id',
  'target_label',
  'detail',
  'entry_mac',
];

/**
 * @typedef {{
 *   agency: string, actorType: string, actorId: string, actorName: string, action: AuditAction | string,
 *   targetType: string, targetId: string, targetLabel: string, detail?: Record<string, unknown>
 * }} Entry
 * @typedef {import("../../../src/domain/audit").AuditEntryText & { entry_mac: string }} SealedEntry
 */

/**
 * An entry's text as it is stored, and its seal: computed before a transaction takes SQLite's
 * writer, so the writer is held only for the insert (insertSealed).
 * @param {HookApp} app @param {Entry} entry @returns {SealedEntry}
 */
function sealEntry(app, entry) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const clip = (/** @type {keyof typeof LIMITS} */ field, /** @type {string} */ value) =>
    String(value || '').slice(0, LIMITS[field]);
  /** @type {import("../../../src/domain/audit").AuditEntryText} */
  const text = {
    id: $security.randomStringWithAlphabet(15, ID_ALPHABET),
    at: new DateTime().string(),
    agency: entry.agency || '',
    actor_type: clip('actor_type', entry.actorType),
    actor_id: clip('actor_id', entry.actorId),
    actor_name: clip('actor_name', entry.actorName),
    action: clip('action', domain.AUDIT_ACTIONS[/** @type {AuditAction} */ (entry.action)] || entry.action),
    target_type: clip('target_type', entry.targetType),
    target_id: clip('target_id', entry.targetId),
    target_label: clip('target_label', entry.targetLabel),
    detail: domain.auditDetailText(entry.detail || {}),
  };
  const key = require(`${__hooks}/lib/audit_key.js`).auditKey(app);
  return { ...text, entry_mac: $security.hs256(domain.auditEntryPayload(text), key) };
}

/**
 * Appends a sealed entry, not yet chained (seq 0). Called with a transaction's app, it commits or
 * rolls back with that transaction.
 * @param {HookApp} app @param {SealedEntry} sealed
 */
function insertSealed(app, sealed) {
  app
    .db()
    .newQuery(
      `INSERT INTO audit_log (seq, created, ${SEALED_COLUMNS.join(', ')})` +
        ` VALUES (0, {:at}, ${SEALED_COLUMNS.map((column) => `{:${column}}`).join(', ')})`,
    )
    .bind(sealed)
    .execute();
}

/**
 * Appends one sealed entry, not yet chained (seq 0). Called with a transaction's app, it commits
 * or rolls back with that transaction.
 * @param {HookApp} app @param {Entry} entry
 */
function writeEntry(app, entry) {
  insertSealed(app, sealEntry(app, entry));
  if (!app.isTransactional()) chainIfNoChainer(app);
}

/**
 * Leaves the chain to the chainer loop (pb_hooks/audit_trail.pb.js, every 200 ms), which runs from
 * the first minute's tick after a start: a request then takes SQLite's one writer only for what it
 * writes, never a second time, at random, for the chain. Before that tick, chains what is pending
 * when no other request is chaining. A request never waits for the chain.
 * @param {HookApp} app
 */
function chainIfNoChainer(app) {
  const chain = require(`${__hooks}/lib/audit_chain.js`);
  if (chain.chainerRunning(app)) return;
  try {
    chain.chainPending(app);
  } catch (err) {
    app.logger().warn('Jejak audit: dirantai nanti', 'error', String(err));
  }
}

/** @param {core.Record | null | undefined} actor */
function actorOf(actor) {
  return {
    actorType: actor ? actor.collection().name : 'tamu',
    actorId: actor ? actor.id : '',
    actorName: actor ? actor.getString('name') || actor.getString('email') : '',
  };
}

/**
 * Records that an account (or a guest, `actor` null) did `what` to `target`.
 * @param {HookApp} app @param {core.Record | null | undefined} actor @param {AuditAction | string} what @param {core.Record} target
 * @param {Record<string, unknown>} [detail]
 */
function recordAction(app, actor, what, target, detail) {
  writeEntry(app, {
    agency: agencyOf(app, target),
    ...actorOf(actor),
    action: what,
    targetType: target.collection().name,
    targetId: target.id,
    targetLabel: labelOf(app, target),
    detail: detail || { status: target.getString('status') || undefined, step: target.getInt('step') || undefined },
  });
}

/**
 * What an API request is about to save, and who asks: kept on the record (never stored, never
 * sent) until the save itself writes the entry in its transaction (writeWithSave).
 */
const PENDING_ENTRY = '@jejak-audit';
/** That entry sealed, waiting for the save's transaction (never stored, never sent). */
const SEALED_ENTRY = '@jejak-audit-tersegel';

/**
 * @param {core.Record} record @param {core.Record | null | undefined} actor @param {AuditAction | string} what
 * @param {Record<string, unknown>} [detail]
 */
function entryOnSave(record, actor, what, detail) {
  record.set(PENDING_ENTRY, JSON.stringify({ actor: actorOf(actor), what, detail: detail || null }));
}

/**
 * The entry entryOnSave() left on a record, sealed now, before a transaction takes SQLite's one
 * writer (its office and label read what is already committed, or what the enclosing transaction
 * wrote): kept on the record for writeWithSave. A case's opening (saveOpened, pb_hooks/lib/cases.js),
 * whose transaction encloses writeWithSave's, seals it before that transaction begins.
 * @param {HookApp} app @param {core.Record} record
 */
function sealPendingEntry(app, record) {
  const pending = record.get(PENDING_ENTRY);
  if (!pending) return;
  /** @type {{ actor: ReturnType<typeof actorOf>, what: string, detail: Record<string, unknown> | null }} */
  const entry = JSON.parse(String(pending));
  const sealed = sealEntry(app, {
    agency: agencyOf(app, record),
    ...entry.actor,
    action: entry.what,
    targetType: record.collection().name,
    targetId: record.id,
    targetLabel: labelOf(app, record),
    detail: entry.detail || {
      status: record.getString('status') || undefined,
      step: record.getInt('step') || undefined,
    },
  });
  record.set(PENDING_ENTRY, '');
  record.set(SEALED_ENTRY, JSON.stringify(sealed));
}

/**
 * Runs a record's insert or update (e.next() of an *Execute hook) in one transaction with the
 * entry entryOnSave() left on it, if any: both are committed, or neither. The entry is sealed
 * before the transaction begins (sealPendingEntry).
 * @param {core.RecordEvent} e
 */
function writeWithSave(e) {
  const record = require(`${__hooks}/lib/given.js`).recordOf(e);
  const outer = e.app;
  sealPendingEntry(outer, record);
  const sealed = record.get(SEALED_ENTRY);
  if (!sealed) return e.next();
  outer.runInTransaction((tx) => {
    e.app = tx;
    try {
      e.next();
      insertSealed(tx, JSON.parse(String(sealed)));
    } finally {
      e.app = outer;
    }
  });
  record.set(SEALED_ENTRY, '');
  if (!outer.isTransactional()) chainIfNoChainer(outer);
}

module.exports = { recordAction, writeEntry, agencyOf, entryOnSave, sealPendingEntry, writeWithSave };
