// @ts-check
// The stock alerts' proposals approved and not yet received (pb_hooks/lib/stock_reports.js, SQL in
// src/domain/stock-reports.ts undeliveredProposalsSql), shown on every opening of the alerts and of
// the daily summary: SQLite read every proposal the office ever had (their rows are large: the
// chronology, the documents) to keep the undelivered ones, and each one's approval among all of its
// events — 20,000 proposals at the five-year office (bench/five-years.ts), the largest part of the
// alerts' cost once the balances were kept. These two indexes hold only what the query needs: the
// undelivered proposals with the columns it shows, and the approval events by proposal and time,
// so the cost follows the proposals still waiting, not the office's history. Written with OR, not
// IN: PocketBase splits an index's definition at commas.
const UNDELIVERED_WHERE = "status = 'disetujui' OR status = 'dikirim'";

migrate(
  (app) => {
    const proposals = app.findCollectionByNameOrId('proposals');
    proposals.addIndex('idx_proposals_undelivered', false, 'agency, status, village, number, id', UNDELIVERED_WHERE);
    app.save(proposals);
    const events = app.findCollectionByNameOrId('proposal_events');
    events.addIndex('idx_proposal_events_approved', false, 'proposal, at', "status = 'disetujui'");
    app.save(events);
  },
  (app) => {
    const events = app.findCollectionByNameOrId('proposal_events');
    events.removeIndex('idx_proposal_events_approved');
    app.save(events);
    const proposals = app.findCollectionByNameOrId('proposals');
    proposals.removeIndex('idx_proposals_undelivered');
    app.save(proposals);
  },
);
