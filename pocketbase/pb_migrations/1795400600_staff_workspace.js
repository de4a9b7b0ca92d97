// @ts-check
// The staff workspace: what the counter records with a request (requirements ticked, an internal
// note), internal notes on timeline entries (never public), roles in the rules — a "petugas"
// registers and moves things along, a "kepala bidang" also decides (completes, rejects, approves) —
// and an audit trail that only hooks write and nobody edits or deletes.
migrate(
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    requests.fields.add(new JSONField({ name: 'requirements_checked', maxSize: 20000 }));
    requests.fields.add(new TextField({ name: 'intake_note', max: 1000 }));
    app.save(requests);

    const staffOfOffice =
      '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency && staff = @request.auth.id';
    const requestEvents = app.findCollectionByNameOrId('request_events');
    requestEvents.fields.add(new TextField({ name: 'internal_note', max: 1000 }));
    requestEvents.createRule = `${staffOfOffice} && (@request.body.status = "diproses" || @request.auth.role = "kepala_bidang")`;
    app.save(requestEvents);

    const proposalEvents = app.findCollectionByNameOrId('proposal_events');
    proposalEvents.fields.add(new TextField({ name: 'internal_note', max: 1000 }));
    proposalEvents.createRule =
      '(@request.auth.collectionName = "staff" && proposal.village.kecamatan.agency = @request.auth.agency' +
      ' && (@request.body.status = "diverifikasi" || @request.body.status = "dikirim" || @request.auth.role = "kepala_bidang"))' +
      ' || (@request.auth.collectionName = "camats" && proposal.recipient = "camat" && proposal.village.kecamatan = @request.auth.kecamatan)';
    // Internal notes are for the office; the village follows the public notes on the status page.
    proposalEvents.listRule =
      '(@request.auth.collectionName = "staff" && proposal.village.kecamatan.agency = @request.auth.agency) || ' +
      '(@request.auth.collectionName = "camats" && proposal.recipient = "camat" && ' +
      'proposal.village.kecamatan = @request.auth.kecamatan)';
    proposalEvents.viewRule = proposalEvents.listRule;
    app.save(proposalEvents);

    // Colleagues of the same office see each other's names on timelines.
    const staff = app.findCollectionByNameOrId('staff');
    staff.listRule =
      'id = @request.auth.id || (@request.auth.collectionName = "staff" && agency = @request.auth.agency)';
    staff.viewRule = staff.listRule;
    app.save(staff);

    const agencies = app.findCollectionByNameOrId('agencies');
    const audit = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'audit_log',
          listRule:
            '@request.auth.collectionName = "staff" && @request.auth.role = "kepala_bidang" && agency = @request.auth.agency',
          viewRule:
            '@request.auth.collectionName = "staff" && @request.auth.role = "kepala_bidang" && agency = @request.auth.agency',
          createRule: null,
          updateRule: null,
          deleteRule: null,
          fields: [
            { name: 'agency', type: 'relation', collectionId: agencies.id, maxSelect: 1 },
            { name: 'actor_type', type: 'text', required: true, max: 50 },
            { name: 'actor_id', type: 'text', max: 50 },
            { name: 'actor_name', type: 'text', max: 200 },
            { name: 'action', type: 'text', required: true, max: 100 },
            { name: 'target_type', type: 'text', max: 50 },
            { name: 'target_id', type: 'text', max: 50 },
            { name: 'target_label', type: 'text', max: 200 },
            { name: 'detail', type: 'json', maxSize: 20000 },
            { name: 'created', type: 'autodate', onCreate: true },
          ],
          indexes: ['CREATE INDEX idx_audit_log_agency ON audit_log (agency, created)'],
        })
      ),
    );
    app.save(audit);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('audit_log'));

    const staff = app.findCollectionByNameOrId('staff');
    staff.listRule = 'id = @request.auth.id';
    staff.viewRule = staff.listRule;
    app.save(staff);

    const proposalEvents = app.findCollectionByNameOrId('proposal_events');
    proposalEvents.fields.removeByName('internal_note');
    proposalEvents.createRule =
      '(@request.auth.collectionName = "staff" && proposal.village.kecamatan.agency = @request.auth.agency) || ' +
      '(@request.auth.collectionName = "camats" && proposal.recipient = "camat" && ' +
      'proposal.village.kecamatan = @request.auth.kecamatan)';
    proposalEvents.listRule =
      proposalEvents.createRule +
      ' || (@request.auth.collectionName = "operators" && proposal.village = @request.auth.village)';
    proposalEvents.viewRule = proposalEvents.listRule;
    app.save(proposalEvents);

    const requestEvents = app.findCollectionByNameOrId('request_events');
    requestEvents.fields.removeByName('internal_note');
    requestEvents.createRule =
      '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency && staff = @request.auth.id';
    app.save(requestEvents);

    const requests = app.findCollectionByNameOrId('requests');
    requests.fields.removeByName('requirements_checked');
    requests.fields.removeByName('intake_note');
    app.save(requests);
  },
);
