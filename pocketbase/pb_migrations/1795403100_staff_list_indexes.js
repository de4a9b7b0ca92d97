// @ts-check
// The staff lists (src/domain/case-lists.ts) page by keyset from indexes that read each list in
// its own order, so the first page and the twentieth cost the same at any number of cases
// (figures: docs/performance.md, bench/staff-lists.ts). Each index here serves the segments that
// name it; the expressions must stay exactly as the domain writes them, or SQLite reads the index
// without them (tests/integration/case-lists.test.ts checks every plan). Each expression stands in
// parentheses and without commas: PocketBase reads an index's columns by splitting at commas and
// trimming quotes from their ends.
//
// Requests: the queue's order (waiting for verification first, then by due date, undated last) is
// the order of one partial index of open requests, replacing 1795401900's (agency, status, due_at),
// whose order had to be sorted for every page (~9 ms per 1,000 open requests).
// Complaints: waiting ones by deadline (overdue first) and new ones by deadline.
// Names searched: requests' name index (1795401900) and a new one for complaints hold what the lists
// filter and order by, so a search reads only the rows it finds.
// Proposals: the office kept on the proposal (set on creation from its village, like `camat_kecamatan`
// for a Camat's), so an office's proposals and a Camat's are read newest first from an index.
const OPEN_REQUESTS = "status != 'selesai' AND status != 'ditolak'";
const QUEUE_BEFORE = `CREATE INDEX \`idx_requests_open_queue\` ON \`requests\` (agency, status, due_at) WHERE ${OPEN_REQUESTS}`;
const QUEUE =
  "CREATE INDEX `idx_requests_queue` ON `requests` (agency, (status != 'menunggu-verifikasi'), (due_at = ''), due_at)" +
  ` WHERE ${OPEN_REQUESTS}`;

// A name searched is found by scanning a small index of names instead of the rows; the index holds
// every column the lists filter and order by, so only the few matching rows are read.
const APPLICANT_BEFORE = 'CREATE INDEX `idx_requests_agency_applicant` ON `requests` (agency, applicant_name)';
const APPLICANT =
  'CREATE INDEX `idx_requests_agency_applicant` ON `requests` (agency, applicant_name, status, due_at, service, received_at)';

/**
 * Puts one index in the place of another in a collection's list (its place kept, so reverting gives the list as it was).
 * @param {core.Collection} collection @param {string} from @param {string} to
 */
function replaceIndex(collection, from, to) {
  const indexes = collection.indexes.map((index) => (index === from ? to : index));
  // Declared as Go's JSONArray type; the runtime takes a plain array of the CREATE INDEX statements.
  collection.indexes = /** @type {any} */ (indexes);
}

migrate(
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    replaceIndex(requests, QUEUE_BEFORE, QUEUE);
    replaceIndex(requests, APPLICANT_BEFORE, APPLICANT);
    app.save(requests);

    const complaints = app.findCollectionByNameOrId('complaints');
    complaints.addIndex(
      'idx_complaints_waiting_due',
      false,
      "agency, (status = 'diterima' OR status = 'diverifikasi' OR status = 'didisposisikan' OR status = 'dibuka-kembali'), due_at",
      '',
    );
    complaints.addIndex('idx_complaints_received_due', false, "agency, (status = 'diterima'), due_at", '');
    complaints.addIndex(
      'idx_complaints_agency_complainant',
      false,
      'agency, complainant_name, identity, status, due_at',
      '',
    );
    app.save(complaints);

    const proposals = app.findCollectionByNameOrId('proposals');
    proposals.fields.add(
      new RelationField({ name: 'agency', collectionId: app.findCollectionByNameOrId('agencies').id, maxSelect: 1 }),
    );
    proposals.addIndex('idx_proposals_agency_received', false, 'agency, received_at', '');
    proposals.addIndex('idx_proposals_camat_received', false, 'camat_kecamatan, received_at', '');
    app.save(proposals);
    app
      .db()
      .newQuery(
        'UPDATE proposals SET agency = (SELECT k.agency FROM villages v JOIN kecamatan k ON k.id = v.kecamatan WHERE v.id = proposals.village)',
      )
      .execute();
  },
  (app) => {
    const proposals = app.findCollectionByNameOrId('proposals');
    proposals.removeIndex('idx_proposals_agency_received');
    proposals.removeIndex('idx_proposals_camat_received');
    proposals.fields.removeByName('agency');
    app.save(proposals);

    const complaints = app.findCollectionByNameOrId('complaints');
    complaints.removeIndex('idx_complaints_waiting_due');
    complaints.removeIndex('idx_complaints_received_due');
    complaints.removeIndex('idx_complaints_agency_complainant');
    app.save(complaints);

    const requests = app.findCollectionByNameOrId('requests');
    replaceIndex(requests, QUEUE, QUEUE_BEFORE);
    replaceIndex(requests, APPLICANT, APPLICANT_BEFORE);
    app.save(requests);
  },
);
