// @ts-check
// A proposal ends when its logistics reach the village (src/domain/statuses.ts): "Logistik dikirim"
// is recorded by the server with the release of stock and its BAST, and the new "Logistik diterima
// desa" when the BAST signed by the receiver is attached (pb_hooks/logistics.pb.js). Neither is
// typed by hand any more: the proposal_events create rule (src/domain/access-rules.ts) no longer
// lets anyone send "dikirim". Down: the status goes, proposals that reached it go back to "dikirim"
// (their own event of it removed), and the rule lets staff and the Camat record "dikirim" again.
const STATUSES = ['diterima', 'diverifikasi', 'disetujui', 'ditolak', 'dikirim'];
const DELIVERED = 'diterima-desa';

/** @param {string} manual what the deciding roles may send @param {string} petugas what a petugas may send */
const eventsRule = (manual, petugas) =>
  '(@request.auth.collectionName = "staff" && proposal.village.kecamatan.agency = @request.auth.agency && ' +
  `((@request.auth.role = "petugas" && ((proposal.decided_by = "kepala_bidang")) && (${petugas})) || ` +
  `(@request.auth.role = "kepala_bidang" && ((proposal.decided_by = "kepala_bidang")) && (${manual})))) || ` +
  '(@request.auth.collectionName = "camats" && proposal.recipient = "camat" && ' +
  `proposal.village.kecamatan = @request.auth.kecamatan && ((proposal.decided_by = "camat")) && (${manual}))`;
const sent = (/** @type {string[]} */ statuses) =>
  statuses.map((status) => `@request.body.status = "${status}"`).join(' || ');
const RULE_AFTER = eventsRule(sent(['diverifikasi', 'disetujui', 'ditolak']), sent(['diverifikasi']));
const RULE_BEFORE = eventsRule(
  sent(['diverifikasi', 'disetujui', 'ditolak', 'dikirim']),
  sent(['diverifikasi', 'dikirim']),
);

/** @param {CoreApp} app @param {string[]} values */
function setStatuses(app, values) {
  for (const name of ['proposals', 'proposal_events']) {
    const collection = app.findCollectionByNameOrId(name);
    /** @type {any} */ (collection.fields.getByName('status')).values = values;
    app.save(collection);
  }
}

migrate(
  (app) => {
    setStatuses(app, [...STATUSES, DELIVERED]);
    const events = app.findCollectionByNameOrId('proposal_events');
    events.createRule = RULE_AFTER;
    app.save(events);
  },
  (app) => {
    app.db().newQuery('DELETE FROM proposal_events WHERE status = {:status}').bind({ status: DELIVERED }).execute();
    app
      .db()
      .newQuery("UPDATE proposals SET status = 'dikirim' WHERE status = {:status}")
      .bind({ status: DELIVERED })
      .execute();
    setStatuses(app, STATUSES);
    const events = app.findCollectionByNameOrId('proposal_events');
    events.createRule = RULE_BEFORE;
    app.save(events);
  },
);
