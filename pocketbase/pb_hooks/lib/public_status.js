/// <reference path="../../pb_data/types.d.ts" />
// The non-personal status document of a request or a proposal, as the public lookup returns it
// (minus the parts that depend on the moment of the lookup). Rebuilt whenever the record or its
// timeline changes; read by pb_hooks/status_lookup.pb.js.

function isoOrNull(record, field) {
  const value = record.getDateTime(field);
  return value.isZero() ? null : new Date(value.string().replace(" ", "T")).toISOString();
}

function statusDocument(app, record, { service, steps, currentStep, dueField, events }) {
  const shared = require(`${__hooks}/generated/shared.cjs`);
  const agency = app.findRecordById("agencies", service.getString("agency"));
  const amount = service.getInt("completion_amount");
  const unit = service.getString("completion_unit");
  return {
    number: record.getString("number"),
    service: { slug: service.getString("slug"), title: service.getString("title"), url: service.getString("url") },
    agency: { slug: agency.getString("slug"), name: agency.getString("name"), shortName: agency.getString("short_name") },
    status: record.getString("status"),
    currentStep,
    steps,
    receivedAt: isoOrNull(record, "received_at"),
    dueAt: dueField ? isoOrNull(record, dueField) : null,
    finishedAt: isoOrNull(record, "finished_at"),
    completionTime: amount > 0 ? { amount, unit, text: shared.formatCompletionTime({ amount, unit }), note: service.getString("completion_note") || null } : null,
    timeline: events.map((event) => ({
      step: event.step,
      stepName: steps[event.step - 1] || null,
      status: event.record.getString("status"),
      note: event.record.getString("public_note") || null,
      at: isoOrNull(event.record, "at"),
    })),
  };
}

/** Sets request.public_status. A request keeps the steps it was registered under. */
function refreshRequestPublicStatus(app, request) {
  const service = app.findRecordById("services", request.getString("service"));
  const previous = request.get("public_status");
  const steps = previous && previous.steps ? previous.steps : JSON.parse(service.getString("steps"));
  const events = app.findRecordsByFilter("request_events", "request = {:id}", "at", 500, 0, { id: request.id });
  request.set(
    "public_status",
    statusDocument(app, request, {
      service,
      steps,
      currentStep: request.getInt("current_step"),
      dueField: "due_at",
      events: events.map((event) => ({ record: event, step: event.getInt("step") })),
    }),
  );
}

/** Sets proposal.public_status: its steps are those of every proposal (src/lib/proposal-status.ts). */
function refreshProposalPublicStatus(app, proposal) {
  const shared = require(`${__hooks}/generated/shared.cjs`);
  const service = app.findFirstRecordByData("services", "slug", "pengusulan-logistik-kebencanaan");
  const events = app.findRecordsByFilter("proposal_events", "proposal = {:id}", "at", 500, 0, { id: proposal.id });
  proposal.set(
    "public_status",
    statusDocument(app, proposal, {
      service,
      steps: shared.PROPOSAL_STEPS,
      currentStep: shared.PROPOSAL_STATUS_STEP[proposal.getString("status")],
      dueField: null,
      events: events.map((event) => ({ record: event, step: shared.PROPOSAL_STATUS_STEP[event.getString("status")] })),
    }),
  );
}

module.exports = { refreshRequestPublicStatus, refreshProposalPublicStatus };
