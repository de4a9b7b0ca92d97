/// <reference path="../pb_data/types.d.ts" />

// Staff and the addressed Camat record decisions now and as themselves.
onRecordCreateRequest((e) => {
  if (!e.hasSuperuserAuth()) {
    e.record.set("at", new Date().toISOString());
    e.record.set("staff", e.auth && e.auth.collection().name === "staff" ? e.auth.id : "");
    e.record.set("camat", e.auth && e.auth.collection().name === "camats" ? e.auth.id : "");
  }
  e.next();
}, "proposal_events");

// A proposal moves received → verified → approved or rejected → delivered (src/lib/proposal-status.ts).
onRecordCreate((e) => {
  const shared = require(`${__hooks}/generated/shared.cjs`);
  const { throwProblems } = require(`${__hooks}/lib/problems.js`);
  const event = e.record;
  const proposal = e.app.findRecordById("proposals", event.getString("proposal"));
  const from = proposal.getString("status");
  const to = event.getString("status");
  const isFirstEvent = to === "diterima" && from === "diterima";
  if (!isFirstEvent && shared.PROPOSAL_TRANSITIONS[from].indexOf(to) === -1) {
    const allowed = shared.PROPOSAL_TRANSITIONS[from];
    throwProblems([
      {
        field: "status",
        message: allowed.length === 0 ? `Usulan ini sudah ${from}; statusnya tidak dapat diubah lagi.` : `Dari status "${from}" usulan hanya dapat menjadi: ${allowed.join(" atau ")}.`,
      },
    ]);
  }
  if (event.getDateTime("at").isZero()) event.set("at", new Date().toISOString());

  e.next();

  if (isFirstEvent) return;
  proposal.set("status", to);
  if (to === "ditolak" || to === "dikirim") proposal.set("finished_at", event.getDateTime("at").string());
  require(`${__hooks}/lib/public_status.js`).refreshProposalPublicStatus(e.app, proposal);
  e.app.save(proposal);
}, "proposal_events");
