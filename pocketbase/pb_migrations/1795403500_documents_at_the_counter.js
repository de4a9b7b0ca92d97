// @ts-check
// "Perlu dilengkapi" no longer strands the counter (src/domain/roles.ts, statuses.ts): when the
// applicant brings the document asked for to the counter, or it was asked by mistake, staff accept
// the request at once ("diproses") or take it back to verification ("menunggu-verifikasi"), which
// before only the applicant's own upload could do. Staff may now record "menunggu-verifikasi"
// (the hooks allow it only from "perlu-dilengkapi").
const RULE_BEFORE_COUNTER_DOCUMENTS =
  '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency && ' +
  'staff = @request.auth.id && ((request.service.completed_by = "petugas" && ((@request.auth.role = "petugas" && ' +
  '(@request.body.status = "diproses" || @request.body.status = "perlu-dilengkapi" || ' +
  '@request.body.status = "selesai")) || (@request.auth.role = "kepala_bidang" && ' +
  '(@request.body.status = "diproses" || @request.body.status = "perlu-dilengkapi" || ' +
  '@request.body.status = "selesai" || @request.body.status = "ditolak")))) || ' +
  '(request.service.completed_by = "kepala_bidang" && ((@request.auth.role = "petugas" && ' +
  '(@request.body.status = "diproses" || @request.body.status = "perlu-dilengkapi")) || ' +
  '(@request.auth.role = "kepala_bidang" && (@request.body.status = "diproses" || ' +
  '@request.body.status = "perlu-dilengkapi" || @request.body.status = "selesai" || ' +
  '@request.body.status = "ditolak")))))';
const RULE_WITH_COUNTER_DOCUMENTS =
  '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency && ' +
  'staff = @request.auth.id && ((request.service.completed_by = "petugas" && ((@request.auth.role = "petugas" && ' +
  '(@request.body.status = "menunggu-verifikasi" || @request.body.status = "diproses" || ' +
  '@request.body.status = "perlu-dilengkapi" || @request.body.status = "selesai")) || ' +
  '(@request.auth.role = "kepala_bidang" && (@request.body.status = "menunggu-verifikasi" || ' +
  '@request.body.status = "diproses" || @request.body.status = "perlu-dilengkapi" || ' +
  '@request.body.status = "selesai" || @request.body.status = "ditolak")))) || ' +
  '(request.service.completed_by = "kepala_bidang" && ((@request.auth.role = "petugas" && ' +
  '(@request.body.status = "menunggu-verifikasi" || @request.body.status = "diproses" || ' +
  '@request.body.status = "perlu-dilengkapi")) || (@request.auth.role = "kepala_bidang" && ' +
  '(@request.body.status = "menunggu-verifikasi" || @request.body.status = "diproses" || ' +
  '@request.body.status = "perlu-dilengkapi" || @request.body.status = "selesai" || ' +
  '@request.body.status = "ditolak")))))';

migrate(
  (app) => {
    const requestEvents = app.findCollectionByNameOrId('request_events');
    requestEvents.createRule = RULE_WITH_COUNTER_DOCUMENTS;
    app.save(requestEvents);
  },
  (app) => {
    const requestEvents = app.findCollectionByNameOrId('request_events');
    requestEvents.createRule = RULE_BEFORE_COUNTER_DOCUMENTS;
    app.save(requestEvents);
  },
);
