// @ts-check

const ACTIONS = {
  requests: "mendaftarkan permohonan",
  request_events: "mencatat langkah permohonan",
  proposals: "mengirim usulan logistik",
  proposal_events: "mengubah status usulan",
  operators: "membuat akun operator desa",
  camats: "membuat akun Camat",
  masuk: "masuk",
  "keluar-semua": "keluar dari semua perangkat",
};

/** The office a record belongs to, for whose heads the audit entry is. */
function agencyOf(app, record) {
  const name = record.collection().name;
  const find = (collection, id) => app.findRecordById(collection, id);
  const ofVillage = (villageId) => find("kecamatan", find("villages", villageId).getString("kecamatan")).getString("agency");
  switch (name) {
    case "staff":
    case "requests":
      return record.getString("agency");
    case "request_events":
      return find("requests", record.getString("request")).getString("agency");
    case "proposals":
    case "operators":
      return ofVillage(record.getString("village"));
    case "proposal_events":
      return ofVillage(find("proposals", record.getString("proposal")).getString("village"));
    case "camats":
      return find("kecamatan", record.getString("kecamatan")).getString("agency");
    default:
      return "";
  }
}

function label(record) {
  return record.getString("number") || record.getString("email") || record.getString("status") || record.id;
}

/** Writes one audit entry. `what` is a collection name or an action key of ACTIONS. */
function recordAction(app, actor, what, target) {
  const entry = new Record(app.findCollectionByNameOrId("audit_log"), {
    agency: agencyOf(app, target),
    actor_type: actor ? actor.collection().name : "tamu",
    actor_id: actor ? actor.id : "",
    actor_name: actor ? actor.getString("name") || actor.getString("email") : "",
    action: ACTIONS[what] || what,
    target_type: target.collection().name,
    target_id: target.id,
    target_label: label(target),
    detail: { status: target.getString("status") || undefined, step: target.getInt("step") || undefined },
  });
  app.save(entry);
}

module.exports = { recordAction };
