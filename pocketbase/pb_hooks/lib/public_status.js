// @ts-check
// Prepares the non-personal status document of a request or a proposal
// (src/domain/public-status.ts) whenever the record or its timeline changes; the public lookup
// (pb_hooks/status_lookup.pb.js) returns it with one indexed read.

/** @typedef {import("../../../src/domain/completion-time").CompletionTimeUnit} CompletionTimeUnit */
/** @typedef {import("../../../src/domain/statuses").AnyStatus} AnyStatus */

/** @param {core.Record} record @param {string} field */
function isoOrNull(record, field) {
  const value = record.getDateTime(field);
  return value.isZero() ? null : require(`${__hooks}/generated/domain.cjs`).dateFromStored(value).toISOString();
}

/**
 * The completion time a service's standard promises, or null when the standard gives none.
 * @param {core.Record} service
 */
function completionTimeOf(service) {
  const amount = service.getInt('completion_amount');
  const unit = /** @type {CompletionTimeUnit} */ (service.getString('completion_unit'));
  return amount > 0 && unit ? { amount, unit, note: service.getString('completion_note') } : null;
}

/**
 * @param {HookApp} app @param {core.Record} record
 * @param {{
 *   kind: import("../../../src/domain/public-status").TrackedKind, agencyId: string, service: core.Record | null,
 *   steps: string[], currentStep: number, dueAt: string | null,
 *   events: { record: core.Record, step: number, note?: string }[],
 *   documents: { keptDays: number, deletedAt: string | null } | null, resendableDocuments: string[] | null,
 *   complaint?: import("../../../src/domain/public-status").PublicComplaint
 * }} parts
 */
function statusDocument(
  app,
  record,
  { kind, agencyId, service, steps, currentStep, dueAt, events, documents, resendableDocuments, complaint },
) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const agency = app.findRecordById('agencies', agencyId);
  return domain.buildPublicStatus({
    kind,
    number: record.getString('number'),
    service: service && {
      slug: service.getString('slug'),
      title: service.getString('title'),
      url: service.getString('url'),
    },
    agency: {
      slug: agency.getString('slug'),
      name: agency.getString('name'),
      shortName: agency.getString('short_name'),
    },
    status: /** @type {AnyStatus} */ (record.getString('status')),
    currentStep,
    steps,
    receivedAt: isoOrNull(record, 'received_at'),
    dueAt,
    finishedAt: isoOrNull(record, 'finished_at'),
    completionTime: service && kind !== 'pengaduan' ? completionTimeOf(service) : null,
    documents,
    resendableDocuments,
    complaint: complaint || null,
    events: events.map((event) => ({
      step: event.step,
      status: /** @type {AnyStatus} */ (event.record.getString('status')),
      note: event.note === undefined ? event.record.getString('public_note') : event.note,
      at: isoOrNull(event.record, 'at'),
    })),
  });
}

/**
 * What the status page says about an online application's documents: how long they are kept, and
 * while staff ask for one, which requirements may be sent again.
 * @param {core.Record} request @param {core.Record} service
 */
function onlineDocuments(request, service) {
  if (request.getString('channel') !== 'online') return { documents: null, resendableDocuments: null };
  /** @type {import("../../../src/domain/online-application").OnlineApplication | null} */
  const application = JSON.parse(service.getString('online_application') || 'null');
  const documents = {
    keptDays: require(`${__hooks}/lib/settings.js`).retentionDays(),
    deletedAt: isoOrNull(request, 'documents_deleted_at'),
  };
  const resendable =
    request.getString('status') === 'perlu-dilengkapi' && application
      ? application.requirements.filter((item) => item.mode === 'dokumen').map((item) => item.requirement)
      : null;
  return { documents, resendableDocuments: resendable };
}

/**
 * Sets request.public_status, with the steps the request was registered under.
 * @param {HookApp} app @param {core.Record} request
 */
function refreshRequestPublicStatus(app, request) {
  const service = app.findRecordById('services', request.getString('service'));
  const events = require(`${__hooks}/lib/given.js`).present(
    app.findRecordsByFilter('request_events', 'request = {:id}', 'at', 500, 0, { id: request.id }),
  );
  request.set(
    'public_status',
    statusDocument(app, request, {
      kind: 'permohonan',
      agencyId: request.getString('agency'),
      service,
      steps: JSON.parse(request.getString('steps') || '[]'),
      currentStep: request.getInt('current_step'),
      dueAt: isoOrNull(request, 'due_at'),
      events: events.map((event) => ({ record: event, step: event.getInt('step') })),
      ...onlineDocuments(request, service),
    }),
  );
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
 * Sets proposal.public_status: its steps are those of every proposal (src/domain/statuses.ts).
 * @param {HookApp} app @param {core.Record} proposal
 */
function refreshProposalPublicStatus(app, proposal) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const events = require(`${__hooks}/lib/given.js`).present(
    app.findRecordsByFilter('proposal_events', 'proposal = {:id}', 'at', 500, 0, { id: proposal.id }),
  );
  const stepOf = (status) =>
    domain.PROPOSAL_STATUS_STEP[/** @type {import("../../../src/domain/statuses").ProposalStatus} */ (status)];
  proposal.set(
    'public_status',
    statusDocument(app, proposal, {
      kind: 'usulan',
      agencyId: proposalServiceOf(app, proposal).getString('agency'),
      service: proposalServiceOf(app, proposal),
      steps: domain.PROPOSAL_STEPS,
      currentStep: stepOf(proposal.getString('status')),
      dueAt: null,
      events: events.map((event) => ({ record: event, step: stepOf(event.getString('status')) })),
      documents: {
        keptDays: require(`${__hooks}/lib/settings.js`).retentionDays(),
        deletedAt: isoOrNull(proposal, 'documents_deleted_at'),
      },
      resendableDocuments: null,
    }),
  );
}

/**
 * What the status page says of one complaint event: passing it to a unit names the unit (never
 * the person), refusing it points to where to go instead.
 * @param {core.Record} event
 */
function complaintEventNote(event) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const note = event.getString('public_note');
  const status = event.getString('status');
  if (status === 'didisposisikan' && event.getString('unit'))
    return [`Diteruskan ke ${event.getString('unit')}.`, note].filter(Boolean).join(' ');
  const referral = /** @type {import("../../../src/domain/complaints").Referral} */ (event.getString('referral'));
  if (status === 'tidak-diproses' && referral)
    return [note, `Silakan sampaikan ke: ${domain.REFERRALS[referral]}.`].filter(Boolean).join(' ');
  return note;
}

/**
 * Sets complaint.public_status: its kind and place in the steps, the unit handling it, the
 * deadlines, the office's public notes and answer — never the complaint's text or identity.
 * @param {HookApp} app @param {core.Record} complaint
 */
function refreshComplaintPublicStatus(app, complaint) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const events = require(`${__hooks}/lib/given.js`).present(
    app.findRecordsByFilter('complaint_events', 'complaint = {:id}', 'at', 500, 0, { id: complaint.id }),
  );
  const stepOf = (status) =>
    domain.COMPLAINT_STATUS_STEP[/** @type {import("../../../src/domain/statuses").ComplaintStatus} */ (status)];
  const serviceId = complaint.getString('service');
  complaint.set(
    'public_status',
    statusDocument(app, complaint, {
      kind: 'pengaduan',
      agencyId: complaint.getString('agency'),
      service: serviceId ? app.findRecordById('services', serviceId) : null,
      steps: domain.COMPLAINT_STEPS,
      currentStep: stepOf(complaint.getString('status')),
      dueAt: isoOrNull(complaint, 'due_at'),
      events: events.map((event) => ({
        record: event,
        step: stepOf(event.getString('status')),
        note: complaintEventNote(event),
      })),
      documents:
        complaint.getString('photo') || !complaint.getDateTime('photo_deleted_at').isZero()
          ? {
              keptDays: require(`${__hooks}/lib/settings.js`).retentionDays(),
              deletedAt: isoOrNull(complaint, 'photo_deleted_at'),
            }
          : null,
      resendableDocuments: null,
      complaint: {
        kind: /** @type {import("../../../src/domain/complaints").ComplaintKind} */ (complaint.getString('kind')),
        identity: /** @type {import("../../../src/domain/complaints").ComplaintIdentity} */ (
          complaint.getString('identity')
        ),
        unit: complaint.getString('unit') || null,
        aboutNumber: complaint.getString('about_number') || null,
        verificationDueAt: isoOrNull(complaint, 'verification_due_at'),
        verifiedAt: isoOrNull(complaint, 'verified_at'),
        answerDueAt: isoOrNull(complaint, 'answer_due_at'),
        answeredAt: isoOrNull(complaint, 'answered_at'),
      },
    }),
  );
}

module.exports = {
  completionTimeOf,
  proposalServiceOf,
  refreshRequestPublicStatus,
  refreshProposalPublicStatus,
  refreshComplaintPublicStatus,
};
