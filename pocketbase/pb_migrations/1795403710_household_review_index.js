// @ts-check
// The household proposals' review in the workspace (src/domain/case-lists.ts: HOUSEHOLD_REVIEW) reads
// an office's proposals newest first from one index, as the proposal review does.
migrate(
  (app) => {
    const households = app.findCollectionByNameOrId('household_proposals');
    households.addIndex('idx_household_proposals_agency_received', false, 'agency, received_at', '');
    app.save(households);
  },
  (app) => {
    const households = app.findCollectionByNameOrId('household_proposals');
    households.removeIndex('idx_household_proposals_agency_received');
    app.save(households);
  },
);
