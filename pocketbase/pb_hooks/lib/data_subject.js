// @ts-check
// Finds, exports and erases what is stored about one person: see pb_hooks/data_subject.pb.js.

const ERASED = '[dihapus atas permintaan pemilik data]';

/**
 * Every record a filter finds (PocketBase declares each one `Record | undefined`).
 * @param {HookApp} app @param {string} collection @param {string} filter @param {string} sort @param {Record<string, string>} params
 */
function recordsWhere(app, collection, filter, sort, params) {
  return require(`${__hooks}/lib/given.js`).present(app.findRecordsByFilter(collection, filter, sort, 0, 0, params));
}

/**
 * The requests, proposals, complaints and household proposals (usulan DTSEN) a number or a phone
 * number leads to (an anonymous complaint only by its number: it holds no phone).
 * @param {HookApp} app @param {string} subject
 */
function recordsAbout(app, subject) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const parsed = domain.parseRequestNumber(subject);
  if (parsed.ok) {
    return {
      requests: recordsWhere(app, 'requests', 'number = {:number}', '', { number: parsed.number }),
      proposals: recordsWhere(app, 'proposals', 'number = {:number}', '', { number: parsed.number }),
      complaints: recordsWhere(app, 'complaints', 'number = {:number}', '', { number: parsed.number }),
      households: recordsWhere(app, 'household_proposals', 'number = {:number}', '', { number: parsed.number }),
    };
  }
  const digits = subject.replace(/\D/g, '');
  if (!domain.isPhoneNumber(subject) || digits.length < 8)
    throw new Error(`"${subject}" bukan nomor permohonan/usulan dan bukan nomor HP.`);
  // The same phone however it was written: compared on its last nine digits (0812…, +62 812…).
  const tail = digits.slice(-9);
  const samePhone = (phone) => phone.replace(/\D/g, '').slice(-9) === tail;
  return {
    requests: recordsWhere(app, 'requests', 'applicant_phone ~ {:tail}', '', { tail: tail.slice(-4) }).filter(
      (record) => samePhone(record.getString('applicant_phone')),
    ),
    proposals: recordsWhere(app, 'proposals', 'contact_phone ~ {:tail}', '', { tail: tail.slice(-4) }).filter(
      (record) => samePhone(record.getString('contact_phone')),
    ),
    complaints: recordsWhere(app, 'complaints', 'complainant_phone ~ {:tail}', '', { tail: tail.slice(-4) }).filter(
      (record) => samePhone(record.getString('complainant_phone')),
    ),
    households: recordsWhere(app, 'household_proposals', 'phone ~ {:tail}', '', { tail: tail.slice(-4) }).filter(
      (record) => samePhone(record.getString('phone')),
    ),
  };
}

/** @param {HookApp} app @param {string} collection @param {string} field @param {string} id */
function eventsOf(app, collection, field, id) {
  return recordsWhere(app, collection, `${field} = {:id}`, 'at', { id }).map((event) => ({
    at: event.getString('at'),
    status: event.getString('status'),
    step: event.getInt('step') || undefined,
    public_note: event.getString('public_note'),
    internal_note: event.getString('internal_note'),
  }));
}

/** Every record found, whatever its kind. @param {ReturnType<typeof recordsAbout>} found */
const allOf = (found) => [...found.requests, ...found.proposals, ...found.complaints, ...found.households];

/** @param {core.Record} record @param {string[]} fields */
function pick(record, fields) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const field of fields) out[field] = record.get(field);
  return out;
}

/**
 * The satisfaction-survey responses given with these records' numbers.
 * @param {HookApp} app @param {core.Record[]} records
 */
function surveyResponsesOf(app, records) {
  return records.flatMap((record) =>
    recordsWhere(app, 'survey_responses', "number = {:number} && number != ''", '', {
      number: record.getString('number'),
    }),
  );
}

/** Who erases or exports: the superuser on the server's command line, or the server itself after a restore. */
const COMMAND_LINE = 'superuser (baris perintah)';
const AFTER_RESTORE = 'server (daftar penghapusan, setelah pemulihan cadangan)';

/** Writes one audit entry per record touched. */
function audit(app, action, record, actorName = COMMAND_LINE) {
  const trail = require(`${__hooks}/lib/audit.js`);
  trail.writeEntry(app, {
    agency: trail.agencyOf(app, record),
    actorType: 'superuser',
    actorId: '',
    actorName,
    action,
    targetType: record.collection().name,
    targetId: record.id,
    targetLabel: record.getString('number'),
  });
}

/**
 * Everything stored about a number or a phone number, as JSON-ready data.
 * @param {HookApp} app @param {string} subject
 */
function exportAbout(app, subject) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const found = recordsAbout(app, subject);
  const documentFields = domain.DOCUMENTS.map((document) => document.field);
  const result = {
    exportedAt: new Date().toISOString(),
    subject,
    requests: found.requests.map((record) => ({
      ...pick(record, [
        'number',
        'channel',
        'applicant_name',
        'applicant_phone',
        'status',
        'current_step',
        'steps',
        'received_at',
        'due_at',
        'finished_at',
        'requirements_checked',
        'intake_note',
        'statements',
        'documents',
        'document_requirements',
      ]),
      events: eventsOf(app, 'request_events', 'request', record.id),
    })),
    proposals: found.proposals.map((record) => ({
      ...pick(record, [
        'number',
        'contact_name',
        'contact_phone',
        'disaster_type',
        'occurred_at',
        'location_note',
        'chronology',
        'logistics',
        'status',
        'received_at',
        'finished_at',
        ...Object.keys(domain.COUNT_FIELDS),
        ...documentFields,
      ]),
      events: eventsOf(app, 'proposal_events', 'proposal', record.id),
    })),
    complaints: found.complaints.map((record) => ({
      ...pick(record, [
        'number',
        'kind',
        'identity',
        'about_number',
        'complainant_name',
        'complainant_phone',
        'complainant_email',
        'reply_channel',
        'description',
        'photo',
        'status',
        'unit',
        'received_at',
        'verified_at',
        'answered_at',
        'closed_at',
      ]),
      events: eventsOf(app, 'complaint_events', 'complaint', record.id),
    })),
    households: found.households.map((record) => ({
      ...pick(record, [
        'number',
        'head_name',
        'nik',
        'kk',
        'address',
        'rt',
        'rw',
        'phone',
        'chosen_digits',
        'lat',
        'lon',
        'location_accuracy_m',
        'criteria',
        'consent',
        'status',
        'way',
        'deliberated_on',
        'result',
        'desil',
        'received_at',
        'finished_at',
        'documents_deleted_at',
        ...domain.HOUSEHOLD_PHOTOS.map((photo) => photo.field),
      ]),
      events: eventsOf(app, 'household_proposal_events', 'household_proposal', record.id),
    })),
    surveyResponses: surveyResponsesOf(app, [...found.requests, ...found.proposals, ...found.complaints]).map(
      (response) =>
        pick(response, [
          'number',
          'channel',
          ...domain.SURVEY_ELEMENTS.map((element) => element.key),
          ...domain.PROFILE_FIELDS,
          'suggestion',
          'submitted_at',
          'edited_at',
        ]),
    ),
  };
  for (const record of allOf(found)) audit(app, 'ekspor-data-pribadi', record);
  return result;
}

/**
 * Erases names, phone numbers, free text and documents of what a number or phone number leads to,
 * and registers the numbers so that no restored backup brings them back.
 * The public status of an erased record is gone too: it can no longer be looked up.
 * @param {HookApp} app @param {string} subject
 */
function eraseAbout(app, subject) {
  const found = recordsAbout(app, subject);
  const erasedAt = new Date().toISOString();
  eraseRecords(app, found, erasedAt, COMMAND_LINE);
  rewriteDatabaseFiles(app);
  const numbers = (records) => records.map((record) => record.getString('number'));
  return {
    erasedAt,
    subject,
    requests: numbers(found.requests),
    proposals: numbers(found.proposals),
    complaints: numbers(found.complaints),
    households: numbers(found.households),
  };
}

/**
 * Erases the records found, registers their numbers (in the same transaction, and in the register
 * file) and forgets them in the request log. The caller then rewrites the database files
 * (rewriteDatabaseFiles), once however many were erased.
 * @param {HookApp} app @param {ReturnType<typeof recordsAbout>} found @param {string} erasedAt ISO
 * @param {string} actorName who erases, as the audit trail names them
 * @param {string[]} [numbers] the numbers to register, when not only those of the records found
 */
function eraseRecords(app, found, erasedAt, actorName, numbers = []) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const register = require(`${__hooks}/lib/erasure_register.js`);
  const all = allOf(found);
  const registered = [...new Set(numbers.concat(all.map((record) => record.getString('number'))))];
  // What the request log may still hold of them (entries written before it was scrubbed, file and
  // record URLs): their ids, numbers, names and phones, taken before they are erased.
  const traces = traceWords(app, found);
  // A phone nobody has, so the erased record's verifier matches no one.
  const noPhone = () => `0${$security.randomStringWithAlphabet(11, '0123456789')}`;
  app.runInTransaction((tx) => {
    // Survey answers stay in the figures, tied to no number, without the profile and suggestion.
    for (const response of surveyResponsesOf(tx, all)) {
      response.set('number', '');
      response.set('suggestion', '');
      for (const field of domain.PROFILE_FIELDS) response.set(field, '');
      tx.saveNoValidate(response);
    }
    for (const request of found.requests) {
      request.load({
        applicant_name: ERASED,
        applicant_phone: noPhone(),
        intake_note: '',
        requirements_checked: [],
        statements: {},
        document_requirements: {},
        public_status: null,
      });
      if (request.getStringSlice('documents').length > 0) {
        request.set('documents', []);
        request.set('documents_deleted_at', erasedAt);
      }
      tx.saveNoValidate(request);
      clearNotes(tx, 'request_events', 'request', request.id);
    }
    for (const proposal of found.proposals) {
      proposal.load({
        contact_name: ERASED,
        contact_phone: noPhone(),
        chronology: ERASED,
        location_note: ERASED,
        location_lat: 0,
        location_lon: 0,
        public_facilities: '',
        other_losses: '',
        public_status: null,
        documents_deleted_at: erasedAt,
      });
      for (const document of domain.DOCUMENTS) proposal.set(document.field, []);
      tx.save(proposal);
      clearNotes(tx, 'proposal_events', 'proposal', proposal.id);
    }
    for (const complaint of found.complaints) {
      // The office's counts keep it (kind, office, dates); what it said and who said it go.
      complaint.load({
        complainant_name: '',
        complainant_phone: '',
        complainant_email: '',
        description: ERASED,
        status_verifier: '',
        public_status: null,
        publish_answer: false,
      });
      if (complaint.getString('photo')) {
        complaint.set('photo', []);
        complaint.set('photo_deleted_at', erasedAt);
      }
      tx.saveNoValidate(complaint);
      clearNotes(tx, 'complaint_events', 'complaint', complaint.id);
    }
    // A household keeps its village, stages and result (the office's figures); who it is goes.
    for (const household of found.households) {
      household.load({
        head_name: ERASED,
        address: ERASED,
        phone: noPhone(),
        chosen_digits: '',
        lat: 0,
        lon: 0,
        criteria: {},
        note_for_village: '',
      });
      require(`${__hooks}/lib/maintenance.js`).clearHouseholdIdentity(tx, household, erasedAt);
      // Cleared after the status was refreshed: an erased household can no longer be looked up.
      household.set('public_status', null);
      tx.saveNoValidate(household);
      clearNotes(tx, 'household_proposal_events', 'household_proposal', household.id);
    }
    register.registerErased(tx, registered, erasedAt);
  });
  for (const record of all) audit(app, 'hapus-data-pribadi', record, actorName);
  register.writeFile(new Map(registered.map((number) => [number, { at: erasedAt, scope: '' }])));
  forgetInRequestLog(app, traces.concat(numbers));
}

/** @param {HookApp} tx @param {string} collection @param {string} field @param {string} id */
function clearNotes(tx, collection, field, id) {
  for (const event of recordsWhere(tx, collection, `${field} = {:id}`, '', { id })) {
    event.load({ public_note: '', internal_note: '' });
    tx.saveNoValidate(event);
  }
}

/**
 * Words that lead the request log to these records: ids (theirs and their events'), numbers,
 * names and phones (a staff search written to the log before it was scrubbed).
 * @param {HookApp} app @param {ReturnType<typeof recordsAbout>} found
 */
function traceWords(app, found) {
  const words = new Set();
  const add = (/** @type {string} */ word) => {
    if (word && word.length >= 4 && word !== ERASED) words.add(word);
  };
  /** @param {core.Record[]} records @param {string} events @param {string} field @param {string[]} personal */
  const collect = (records, events, field, personal) => {
    for (const record of records) {
      add(record.id);
      add(record.getString('number'));
      for (const name of personal) {
        add(record.getString(name));
        add(record.getString(name).replace(/\D/g, ''));
      }
      for (const event of recordsWhere(app, events, `${field} = {:id}`, '', { id: record.id })) add(event.id);
    }
  };
  collect(found.requests, 'request_events', 'request', ['applicant_name', 'applicant_phone']);
  collect(found.proposals, 'proposal_events', 'proposal', ['contact_name', 'contact_phone']);
  collect(found.complaints, 'complaint_events', 'complaint', [
    'complainant_name',
    'complainant_phone',
    'complainant_email',
  ]);
  collect(found.households, 'household_proposal_events', 'household_proposal', ['head_name', 'phone', 'nik', 'kk']);
  return [...words];
}

/** Deletes every request-log entry that names one of `words`. @param {HookApp} app @param {string[]} words */
function forgetInRequestLog(app, words) {
  for (const word of words) {
    app
      .auxNonconcurrentDB()
      .newQuery('DELETE FROM _logs WHERE instr(message, {:word}) > 0 OR instr(data, {:word}) > 0')
      .bind({ word })
      .execute();
  }
}

/**
 * SQLite leaves deleted and overwritten content in a database file's free pages (and the WAL)
 * until they are reused. VACUUM rewrites each file with only what is live, and a truncating
 * checkpoint empties the WAL: what was erased is then nowhere in data.db or auxiliary.db.
 * @param {HookApp} app
 */
function rewriteDatabaseFiles(app) {
  app.vacuum();
  app.nonconcurrentDB().newQuery('PRAGMA wal_checkpoint(TRUNCATE)').execute();
  app.auxVacuum();
  app.auxNonconcurrentDB().newQuery('PRAGMA wal_checkpoint(TRUNCATE)').execute();
}

/**
 * After a start — possibly on a restored backup — erases again every number the register file
 * lists and the database does not (or lists with less: a household's identity data only), then
 * writes the file from both. Returns the numbers erased again.
 * @param {HookApp} app
 * @returns {string[]}
 */
function reapplyErasures(app) {
  const register = require(`${__hooks}/lib/erasure_register.js`);
  const inDatabase = register.entriesInDatabase(app);
  const inFile = register.entriesInFile();
  const again = [...inFile.keys()].filter((number) => {
    const kept = inDatabase.get(number);
    return !kept || (kept.scope !== '' && inFile.get(number)?.scope === '');
  });
  for (const number of again) {
    const { at, scope } = /** @type {{ at: string, scope: string }} */ (inFile.get(number));
    const found = recordsAbout(app, number);
    if (scope === '') {
      eraseRecords(app, found, at, AFTER_RESTORE, [number]);
      continue;
    }
    // The clean-up's deletion of a household's NIK, KK and photos, done again and registered again.
    app.runInTransaction((tx) => {
      for (const household of found.households)
        require(`${__hooks}/lib/maintenance.js`).clearHouseholdIdentity(tx, household, at);
      register.registerErased(tx, [number], at, 'identitas');
    });
  }
  if (again.length > 0) rewriteDatabaseFiles(app);
  register.writeFile(inDatabase);
  return again;
}

/**
 * The office (and service) a request, proposal or complaint belongs to: where a data subject's
 * online request about it (pb_hooks/data_subject.pb.js) is filed.
 * @param {HookApp} app @param {string} collection @param {string} id
 */
function officeOf(app, collection, id) {
  const record = app.findRecordById(collection, id);
  if (collection === 'proposals') {
    const service = require(`${__hooks}/lib/cases.js`).proposalServiceOf(app, record);
    return { agency: service.getString('agency'), service: service.id };
  }
  return { agency: record.getString('agency'), service: record.getString('service') };
}

module.exports = { exportAbout, eraseAbout, reapplyErasures, officeOf, rewriteDatabaseFiles };
