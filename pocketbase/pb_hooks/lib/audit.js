// @ts-check
// Writes, chains and checks the audit trail (src/domain/audit.ts). Only hooks write it; nobody
// edits or deletes it (pb_hooks/audit.pb.js refuses, superusers included), and the hash chain
// shows it if someone does so in the database file itself.

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
      return record.getString('agency');
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
    default:
      return record.getString('number') || record.getString('email') || record.id;
  }
}

/**
 * Appends one entry to the chain. Entries are numbered without gaps (a unique index on seq), so
 * two writers racing for the same number cannot fork the chain: the loser writes the next one.
 * @param {HookApp} app
 * @param {{
 *   agency: string, actorType: string, actorId: string, actorName: string, action: AuditAction | string,
 *   targetType: string, targetId: string, targetLabel: string, detail?: Record<string, unknown>
 * }} entry
 */
function writeEntry(app, entry) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const action = domain.AUDIT_ACTIONS[/** @type {AuditAction} */ (entry.action)] || entry.action;
  for (let attempt = 1; ; attempt++) {
    try {
      app.runInTransaction((tx) => {
        const last = new DynamicModel({ seq: 0, hash: '' });
        try {
          tx.db().newQuery('SELECT seq, hash FROM audit_log WHERE seq > 0 ORDER BY seq DESC LIMIT 1').one(last);
        } catch (_) {
          // the first entry
        }
        /** @type {import("../../../src/domain/audit").AuditContent} */
        const content = {
          seq: last.seq + 1,
          at: new DateTime().string(),
          agency: entry.agency,
          actor_type: entry.actorType,
          actor_id: entry.actorId,
          actor_name: entry.actorName,
          action,
          target_type: entry.targetType,
          target_id: entry.targetId,
          target_label: entry.targetLabel,
          detail: entry.detail || {},
        };
        const previous = last.hash || domain.AUDIT_GENESIS;
        tx.save(
          new Record(tx.findCollectionByNameOrId('audit_log'), {
            ...content,
            prev_hash: previous,
            hash: $security.sha256(previous + domain.auditPayload(content)),
          }),
        );
      });
      return;
    } catch (err) {
      if (attempt >= 5) throw err;
    }
  }
}

/**
 * Records that an account (or a guest, `actor` null) did `what` to `target`.
 * @param {HookApp} app @param {core.Record | null | undefined} actor @param {AuditAction | string} what @param {core.Record} target
 * @param {Record<string, unknown>} [detail]
 */
function recordAction(app, actor, what, target, detail) {
  writeEntry(app, {
    agency: agencyOf(app, target),
    actorType: actor ? actor.collection().name : 'tamu',
    actorId: actor ? actor.id : '',
    actorName: actor ? actor.getString('name') || actor.getString('email') : '',
    action: what,
    targetType: target.collection().name,
    targetId: target.id,
    targetLabel: labelOf(app, target),
    detail: detail || { status: target.getString('status') || undefined, step: target.getInt('step') || undefined },
  });
}

/**
 * Gives entries written before the trail was chained (no seq yet) their place in the chain, in
 * the order they were written.
 * @param {HookApp} app
 */
function chainPendingEntries(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const pending = require(`${__hooks}/lib/given.js`).present(
    app.findRecordsByFilter('audit_log', 'seq = 0 || seq = null', 'created', 0, 0),
  );
  for (const record of pending) {
    const last = new DynamicModel({ seq: 0, hash: '' });
    try {
      app.db().newQuery('SELECT seq, hash FROM audit_log WHERE seq > 0 ORDER BY seq DESC LIMIT 1').one(last);
    } catch (_) {
      // the first entry
    }
    const content = contentOf(record);
    content.seq = last.seq + 1;
    content.at = record.getDateTime('created').string();
    const previous = last.hash || domain.AUDIT_GENESIS;
    record.load({
      seq: content.seq,
      at: content.at,
      prev_hash: previous,
      hash: $security.sha256(previous + domain.auditPayload(content)),
    });
    app.saveNoValidate(record);
  }
  return pending.length;
}

/**
 * An entry as the chain covers it.
 * @param {core.Record} record @returns {import("../../../src/domain/audit").AuditContent}
 */
function contentOf(record) {
  return {
    seq: record.getInt('seq'),
    at: record.getDateTime('at').isZero() ? '' : record.getDateTime('at').string(),
    agency: record.getString('agency'),
    actor_type: record.getString('actor_type'),
    actor_id: record.getString('actor_id'),
    actor_name: record.getString('actor_name'),
    action: record.getString('action'),
    target_type: record.getString('target_type'),
    target_id: record.getString('target_id'),
    target_label: record.getString('target_label'),
    detail: JSON.parse(record.getString('detail') || '{}') || {},
  };
}

/**
 * Walks the whole chain: numbers without gaps, each entry pointing at the previous hash, each hash
 * matching its content. Returns where it first breaks, if it does.
 * @param {HookApp} app
 */
function verifyChain(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  let previous = domain.AUDIT_GENESIS;
  let expectedSeq = 1;
  let entries = 0;
  for (let offset = 0; ; offset += 1000) {
    const page = require(`${__hooks}/lib/given.js`).present(
      app.findRecordsByFilter('audit_log', 'seq > 0', 'seq', 1000, offset),
    );
    for (const record of page) {
      const content = contentOf(record);
      const intact =
        content.seq === expectedSeq &&
        record.getString('prev_hash') === previous &&
        record.getString('hash') === $security.sha256(previous + domain.auditPayload(content));
      if (!intact) return { entries, intact: false, brokenAt: expectedSeq, head: previous };
      previous = record.getString('hash');
      expectedSeq++;
      entries++;
    }
    if (page.length < 1000) break;
  }
  return { entries, intact: true, brokenAt: null, head: previous };
}

module.exports = { recordAction, writeEntry, agencyOf, chainPendingEntries, verifyChain };
