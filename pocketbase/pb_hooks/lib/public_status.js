/// <reference path="../../pb_data/types.d.ts" />
// The non-personal status document of a request, as the public lookup returns it (minus the
// parts that depend on the moment of the lookup). Rebuilt whenever the request or its timeline
// changes; read by pb_hooks/status_lookup.pb.js.

function isoOrNull(record, field) {
  const value = record.getDateTime(field);
  return value.isZero() ? null : new Date(value.string().replace(" ", "T")).toISOString();
}

/** Sets request.public_status from the request, its service, its office and its events. */
function refreshPublicStatus(app, request) {
  const shared = require(`${__hooks}/generated/shared.cjs`);
  const service = app.findRecordById("services", request.getString("service"));
  const agency = app.findRecordById("agencies", request.getString("agency"));
  const previous = request.get("public_status");
  // A request keeps the steps it was registered under, even if the standard changes later.
  const steps = previous && previous.steps ? previous.steps : JSON.parse(service.getString("steps"));
  const amount = service.getInt("completion_amount");
  const unit = service.getString("completion_unit");
  const events = app.findRecordsByFilter("request_events", "request = {:id}", "at", 500, 0, { id: request.id });

  request.set("public_status", {
    number: request.getString("number"),
    service: { slug: service.getString("slug"), title: service.getString("title"), url: service.getString("url") },
    agency: { slug: agency.getString("slug"), name: agency.getString("name"), shortName: agency.getString("short_name") },
    status: request.getString("status"),
    currentStep: request.getInt("current_step"),
    steps,
    receivedAt: isoOrNull(request, "received_at"),
    dueAt: isoOrNull(request, "due_at"),
    finishedAt: isoOrNull(request, "finished_at"),
    completionTime: amount > 0 ? { amount, unit, text: shared.formatCompletionTime({ amount, unit }), note: service.getString("completion_note") || null } : null,
    timeline: events.map((event) => ({
      step: event.getInt("step"),
      stepName: steps[event.getInt("step") - 1] || null,
      status: event.getString("status"),
      note: event.getString("public_note") || null,
      at: isoOrNull(event, "at"),
    })),
  });
}

module.exports = { refreshPublicStatus };
