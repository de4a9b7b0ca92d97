// @ts-check
// Who may decide what, per service (src/domain/roles.ts): content says which role finishes a
// service's requests (`completedBy`, a ten-minute counter service by the petugas, a santunan by the
// kepala bidang) and who decides a proposal addressed to a Camat (`camatProposalsDecidedBy`); the
// server keeps both on the service (written by the site sync at every start), and each proposal
// keeps who decides it from the moment it arrives (`decided_by`). The rules read them.
const REQUEST_EVENTS_RULE_BEFORE =
  '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency && ' +
  'staff = @request.auth.id && ((@request.auth.role = "petugas" && (@request.body.status = "diproses" || ' +
  '@request.body.status = "perlu-dilengkapi")) || (@request.auth.role = "kepala_bidang" && ' +
  '(@request.body.status = "diproses" || @request.body.status = "perlu-dilengkapi" || ' +
  '@request.body.status = "selesai" || @request.body.status = "ditolak")))';
const REQUEST_EVENTS_RULE =
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
const PROPOSAL_EVENTS_RULE_BEFORE =
  '(@request.auth.collectionName = "staff" && proposal.village.kecamatan.agency = @request.auth.agency && ' +
  '((@request.auth.role = "petugas" && (@request.body.status = "diverifikasi" || ' +
  '@request.body.status = "dikirim")) || (@request.auth.role = "kepala_bidang" && ' +
  '(@request.body.status = "diverifikasi" || @request.body.status = "disetujui" || ' +
  '@request.body.status = "ditolak" || @request.body.status = "dikirim")))) || ' +
  '(@request.auth.collectionName = "camats" && proposal.recipient = "camat" && ' +
  'proposal.village.kecamatan = @request.auth.kecamatan && (@request.body.status = "diverifikasi" || ' +
  '@request.body.status = "disetujui" || @request.body.status = "ditolak" || @request.body.status = "dikirim"))';
const PROPOSAL_EVENTS_RULE =
  '(@request.auth.collectionName = "staff" && proposal.village.kecamatan.agency = @request.auth.agency && ' +
  '((@request.auth.role = "petugas" && ((proposal.decided_by = "kepala_bidang")) && ' +
  '(@request.body.status = "diverifikasi" || @request.body.status = "dikirim")) || ' +
  '(@request.auth.role = "kepala_bidang" && ((proposal.decided_by = "kepala_bidang")) && ' +
  '(@request.body.status = "diverifikasi" || @request.body.status = "disetujui" || ' +
  '@request.body.status = "ditolak" || @request.body.status = "dikirim")))) || ' +
  '(@request.auth.collectionName = "camats" && proposal.recipient = "camat" && ' +
  'proposal.village.kecamatan = @request.auth.kecamatan && ((proposal.decided_by = "camat")) && ' +
  '(@request.body.status = "diverifikasi" || @request.body.status = "disetujui" || ' +
  '@request.body.status = "ditolak" || @request.body.status = "dikirim"))';
const COMPLETERS = ['petugas', 'kepala_bidang'];
const DECIDERS = ['kepala_bidang', 'camat'];

migrate(
  (app) => {
    const services = app.findCollectionByNameOrId('services');
    services.fields.add(new SelectField({ name: 'completed_by', values: COMPLETERS, maxSelect: 1 }));
    services.fields.add(new SelectField({ name: 'camat_proposals_decided_by', values: DECIDERS, maxSelect: 1 }));
    app.save(services);

    const proposals = app.findCollectionByNameOrId('proposals');
    proposals.fields.add(new SelectField({ name: 'decided_by', values: DECIDERS, maxSelect: 1 }));
    app.save(proposals);
    // Proposals already under way: those to a Camat were decided by the Camat (what content says now).
    app
      .db()
      .newQuery("UPDATE proposals SET decided_by = CASE WHEN recipient = 'camat' THEN 'camat' ELSE 'kepala_bidang' END")
      .execute();

    const requestEvents = app.findCollectionByNameOrId('request_events');
    requestEvents.createRule = REQUEST_EVENTS_RULE;
    app.save(requestEvents);
    const proposalEvents = app.findCollectionByNameOrId('proposal_events');
    proposalEvents.createRule = PROPOSAL_EVENTS_RULE;
    app.save(proposalEvents);
  },
  (app) => {
    const requestEvents = app.findCollectionByNameOrId('request_events');
    requestEvents.createRule = REQUEST_EVENTS_RULE_BEFORE;
    app.save(requestEvents);
    const proposalEvents = app.findCollectionByNameOrId('proposal_events');
    proposalEvents.createRule = PROPOSAL_EVENTS_RULE_BEFORE;
    app.save(proposalEvents);

    const proposals = app.findCollectionByNameOrId('proposals');
    proposals.fields.removeByName('decided_by');
    app.save(proposals);
    const services = app.findCollectionByNameOrId('services');
    services.fields.removeByName('completed_by');
    services.fields.removeByName('camat_proposals_decided_by');
    app.save(services);
  },
);
