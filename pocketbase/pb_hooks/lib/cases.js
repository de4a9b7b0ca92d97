// @ts-check
// The case engine (src/domain/cases/) on PocketBase records. Every case type is handled here alike,
// from its declaration: its timeline's events are prepared, checked and applied to their case
// (pb_hooks/case_events.pb.js), its first event written when it is created, and its non-personal
// status document (src/domain/public-status.ts) rebuilt whenever it or its timeline changes — the
// public lookup (pb_hooks/status_lookup.pb.js) returns that document with one indexed read.

/** @typedef {import("../../../src/domain/cases/engine").AnyCaseType} AnyCaseType */
/** @typedef {import("../../../src/domain/cases/engine").Fields} Fields */
/** @typedef {{ agency: core.Record, service: core.Record | null }} Place */

/**
 * A record's fields as the engine reads them (numbers are whole numbers: steps, amounts).
 * @param {core.Record} record @returns {Fields}
 */
function fieldsOf(record) {
  return {
    text: (field) => record.getString(field),
    number: (field) => record.getInt(field),
    flag: (field) => record.getBool(field),
    json: (field) => JSON.parse(record.getString(field) || 'null'),
  };
}

/** The declaration of a case record's type. @param {core.Record} record @returns {AnyCaseType} */
function caseTypeOf(record) {
  const name = record.collection().name;
  const domain = require(`${__hooks}/generated/domain.cjs`);
  if (!(name in domain.CASE_TYPES)) throw new Error(`${name} is no case type.`);
  return domain.CASE_TYPES[/** @type {import("../../../src/domain/cases").CaseName} */ (name)];
}

/**
 * The service through which the office of a proposal's village receives proposals (content: villageProposals).
 * @param {HookApp} app @param {core.Record} proposal
 */
function proposalServiceOf(app, proposal) {
  const village = app.findRecordById('villages', proposal.getString('village'));
  const kecamatan = app.findRecordById('kecamatan', village.getString('kecamatan'));
  return app.findFirstRecordByFilter('services', 'agency = {:agency} && village_proposals = true', {
    agency: kecamatan.getString('agency'),
  });
}

/**
 * A case's office and service, where its declaration says they are found.
 * @param {HookApp} app @param {AnyCaseType} caseType @param {core.Record} record
 * @returns {{ agencyId: string, service: core.Record | null }}
 */
function placeOf(app, caseType, record) {
  if (caseType.placement === 'village') {
    const service = proposalServiceOf(app, record);
    return { agencyId: service.getString('agency'), service };
  }
  const serviceId = record.getString('service');
  return {
    agencyId: record.getString('agency'),
    service: serviceId ? app.findRecordById('services', serviceId) : null,
  };
}

/** Sets a case's public_status from it, its timeline, its office and service. @param {HookApp} app @param {core.Record} record */
function refreshPublicStatus(app, record) {
  const { collection, caseField } = caseTypeOf(record).events;
  const events = require(`${__hooks}/lib/given.js`).present(
    app.findRecordsByFilter(collection, `${caseField} = {:id}`, 'at', 500, 0, { id: record.id }),
  );
  setPublicStatus(app, record, events);
}

/**
 * A case's office and service records, which its public status names.
 * @param {HookApp} app @param {core.Record} record @returns {Place}
 */
function placeRecordsOf(app, record) {
  const { agencyId, service } = placeOf(app, caseTypeOf(record), record);
  return { agency: app.findRecordById('agencies', agencyId), service };
}

/**
 * Sets a case's public_status from it, these events of its timeline, its office and service (read
 * now unless given).
 * @param {HookApp} app @param {core.Record} record @param {core.Record[]} events @param {Place} [place]
 */
function setPublicStatus(app, record, events, place) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const caseType = caseTypeOf(record);
  const { agency, service } = place || placeRecordsOf(app, record);
  record.set(
    'public_status',
    domain.casePublicStatus(caseType, {
      subject: fieldsOf(record),
      events: events.map(fieldsOf),
      agency: {
        slug: agency.getString('slug'),
        name: agency.getString('name'),
        shortName: agency.getString('short_name'),
      },
      service: service && fieldsOf(service),
      keptDays: require(`${__hooks}/lib/settings.js`).retentionDays(),
    }),
  );
}

/**
 * A new case's number — its office's prefix, or its case type's own, in the number space all case
 * types share (src/domain/request-number.ts) — and the first status its declaration gives it.
 * `place`: its office and service when its creation hook has read them already.
 * @param {HookApp} app @param {core.Record} record @param {Place} [place]
 */
function startCase(app, record, place) {
  const caseType = caseTypeOf(record);
  const agency = place ? place.agency : app.findRecordById('agencies', placeOf(app, caseType, record).agencyId);
  const prefix = caseType.numberPrefix || agency.getString('code');
  record.set('number', require(`${__hooks}/lib/numbers.js`).newNumber(app, prefix));
  record.set('status', caseType.firstStatus(fieldsOf(record)));
}

/** What a new case carries (never stored, never sent) until its insert writes its first event (saveOpened). */
const FIRST_EVENT = '@catatan-pertama';
/** Its office and service, read by its creation (never stored, never sent), for its public status. */
const PLACE = '@tempat';

/**
 * Asks the insert of a new case to write the first entry of its timeline and its public status in
 * its own transaction (saveOpened): the case, its audit entry, its first event and its public
 * status take SQLite's one writer once. Called by the case's creation hook before it lets the
 * insert run; the office and service its public status names are read now, before the insert's
 * transaction holds the writer (or given, when the creation hook has read them already).
 * @param {HookApp} app @param {core.Record} record @param {Record<string, unknown>} [extra] more fields of the event
 * @param {Place} [place]
 */
function openTimelineOnSave(app, record, extra, place) {
  record.set(FIRST_EVENT, JSON.stringify(extra || {}));
  record.set(PLACE, place || placeRecordsOf(app, record));
}

/**
 * The insert of a case (e.next() of its *Execute hook) and, when its creation asked for them
 * (openTimelineOnSave), its first event and public status, in one transaction — the one its audit
 * entry is written in (pb_hooks/lib/audit.js) when there is one: all are committed, or none.
 * @param {core.RecordEvent} e
 */
function saveOpened(e) {
  const record = require(`${__hooks}/lib/given.js`).recordOf(e);
  const pending = record.get(FIRST_EVENT);
  if (!pending) return e.next();
  const place = /** @type {Place} */ (record.get(PLACE));
  record.set(FIRST_EVENT, '');
  record.set(PLACE, '');
  const outer = e.app;
  // Its audit entry is written inside this transaction (writeWithSave): sealed first, outside it.
  require(`${__hooks}/lib/audit.js`).sealPendingEntry(outer, record);
  outer.runInTransaction((tx) => {
    e.app = tx;
    try {
      e.next();
      openTimeline(tx, record, JSON.parse(String(pending)), place);
      // The one column, not the whole row again: the insert has just written every other field.
      tx.db()
        .newQuery(`UPDATE ${record.collection().name} SET public_status = {:status} WHERE id = {:id}`)
        .bind({ status: record.getString('public_status'), id: record.id })
        .execute();
    } finally {
      e.app = outer;
    }
  });
}

/**
 * The first entry of a new case's timeline, in its first status and words, at the moment it was
 * received; then its public status. Written with the case's insert (saveOpened).
 * @param {HookApp} app @param {core.Record} record @param {Record<string, unknown>} extra more fields of the event
 * @param {Place} place
 */
function openTimeline(app, record, extra, place) {
  const caseType = caseTypeOf(record);
  const first = new Record(app.findCachedCollectionByNameOrId(caseType.events.collection), {
    [caseType.events.caseField]: record.id,
    status: record.getString('status'),
    public_note: caseType.firstNote(fieldsOf(record)),
    at: record.getString('received_at'),
    ...extra,
  });
  app.save(first);
  setPublicStatus(app, record, [first], place);
}

/**
 * The deadline a case type's move starts from `moment`: the completion time its service's standard
 * promises, or the office's time to answer a complaint.
 * @param {HookApp} app @param {AnyCaseType} caseType @param {core.Record} record @param {Date} moment
 * @returns {Date | null}
 */
function deadlineFrom(app, caseType, record, moment) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  if (caseType.deadline === 'answer')
    return require(`${__hooks}/lib/complaints.js`).answerDueFrom(app, record.getString('agency'), moment);
  if (caseType.deadline !== 'completion-time') return null;
  const promised = domain.completionTimeOf(fieldsOf(app.findRecordById('services', record.getString('service'))));
  return promised ? domain.dueDate(moment, promised, require(`${__hooks}/lib/calendar.js`).officeCalendar(app)) : null;
}

/**
 * An event being sent through the API: its text fields free of hidden control characters, recorded
 * now, and — where the case type says so — by the signed-in account. Who may record which status is
 * the API rule's to check (src/domain/access-rules.ts), after this; only a superuser may backdate.
 * @param {core.RecordRequestEvent} e
 */
function prepareEvent(e) {
  const given = require(`${__hooks}/lib/given.js`);
  const event = given.recordOf(e);
  if (!e.hasSuperuserAuth()) {
    const caseType = require(`${__hooks}/generated/domain.cjs`).caseTypeOfEvents(given.collectionOf(e).name);
    require(`${__hooks}/lib/problems.js`).refuseHiddenControls(event, caseType.eventTexts);
    event.set('at', new Date().toISOString());
    // Without an account the API rule refuses the event (after this hook).
    const account = e.auth;
    const recorder = /** @type {Record<string, string>} */ (caseType.recorder || {});
    for (const collection of Object.keys(recorder))
      event.set(recorder[collection], account && account.collection().name === collection ? account.id : '');
  }
  e.next();
}

/**
 * However an event is created (the API, a route acting for the resident, a superuser's import): the
 * engine's checks, refused with the field named; then its move applied to the case. The first event
 * — the one the case's creation writes — moves nothing.
 * @param {core.RecordEvent} e
 */
function recordEvent(e) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const event = require(`${__hooks}/lib/given.js`).recordOf(e);
  const caseType = domain.caseTypeOfEvents(event.collection().name);
  const { collection, caseField } = caseType.events;
  const subject = e.app.findRecordById(caseType.name, event.getString(caseField));
  const [eventFields, subjectFields] = [fieldsOf(event), fieldsOf(subject)];
  const from = subject.getString('status');
  const to = event.getString('status');
  const first = e.app.countRecords(collection, $dbx.hashExp({ [caseField]: subject.id })) === 0;
  if (caseType.adjustEvent) set(event, caseType.adjustEvent(to, subjectFields));
  if (event.getDateTime('at').isZero()) event.set('at', new Date().toISOString());
  require(`${__hooks}/lib/problems.js`).throwProblems(
    domain.transitionProblems(caseType, from, to, domain.sideOf(caseType, eventFields, to), {
      first,
      event: eventFields,
      subject: subjectFields,
      officeOf: (staffId) => {
        try {
          return e.app.findRecordById('staff', staffId).getString('agency');
        } catch (_) {
          return null;
        }
      },
    }),
  );

  e.next();

  if (first) return;
  const at = domain.dateFromStored(event.getDateTime('at'));
  const deadline = (/** @type {Date} */ moment) => deadlineFrom(e.app, caseType, subject, moment);
  set(subject, caseType.effects({ from, to, at, event: eventFields, subject: subjectFields, deadline }));
  refreshPublicStatus(e.app, subject);
  e.app.save(subject);
}

/** @param {core.Record} record @param {import("../../../src/domain/cases/engine").CaseChanges} changes */
function set(record, changes) {
  for (const field of Object.keys(changes)) record.set(field, changes[field]);
}

/**
 * Whether a send's idempotency key is one the site's forms make (a UUID, or the proposal form's key):
 * the pattern of the collections' idempotency_key fields.
 * @param {string} key
 */
function isSendKey(key) {
  return /^[A-Za-z0-9-]{16,64}$/.test(key);
}

/**
 * The case already sent under this idempotency key, or null: a send repeated after a dropped
 * connection is answered with what the first one made, never a second case.
 * @param {HookApp} app @param {string} collection @param {string} key @returns {core.Record | null}
 */
function sentBefore(app, collection, key) {
  try {
    return app.findFirstRecordByData(collection, 'idempotency_key', key);
  } catch (_) {
    return null;
  }
}

/**
 * Saves a case someone sent with an idempotency key, and its audit entry in the same transaction
 * (both or neither). Two sends of one case racing: the unique key lets one through, and the other
 * is answered with that one (`first` false).
 * @param {HookApp} app @param {core.Record} record @param {import("../../../src/domain/audit").AuditAction} action
 * @param {Record<string, unknown>} detail
 * @returns {{ saved: core.Record, first: boolean }}
 */
function saveSent(app, record, action, detail) {
  try {
    app.runInTransaction((tx) => {
      tx.save(record);
      require(`${__hooks}/lib/audit.js`).recordAction(tx, null, action, record, detail);
    });
    return { saved: record, first: true };
  } catch (err) {
    const racing = sentBefore(app, record.collection().name, record.getString('idempotency_key'));
    if (racing) return { saved: racing, first: false };
    throw require(`${__hooks}/lib/problems.js`).inIndonesian(err);
  }
}

module.exports = {
  isSendKey,
  sentBefore,
  saveSent,
  fieldsOf,
  proposalServiceOf,
  refreshPublicStatus,
  startCase,
  openTimelineOnSave,
  saveOpened,
  prepareEvent,
  recordEvent,
};
