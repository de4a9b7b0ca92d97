// @ts-check
// Indexes for an office's years of requests: the work queue (now src/domain/case-lists.ts) and the
// report (src/domain/report.ts) at 100,000 requests. Each is here because a query plan measured
// by bench/scale.ts needed it (100,000 requests in one office over 12 months, SQLite alone,
// median of 5; without these indexes every query below starts from idx_requests_agency_due):
//
//   queue, first page          147.6 ms → 16.7 ms  (idx_requests_open_queue)
//   queue, open count          145.3 ms →  0.2 ms  (idx_requests_open_queue, covering)
//   name among all requests    156.0 ms → 14.1 ms  (idx_requests_agency_applicant)
//   all requests, newest first 166.9 ms →  0.2 ms  (idx_requests_report, in order)
//   report, 12 months         1499.3 ms → 90.9 ms  (idx_requests_report, covering, one range per month;
//                                                  the report now reads month figures: 1795402100)
migrate(
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    // The open queue. Partial — only open requests, a few percent of all — so it stays small however
    // many finished ones accumulate, and it holds every column the queue is ordered by, so the order
    // is sorted from the index alone. The query must state the condition exactly so.
    requests.addIndex(
      'idx_requests_open_queue',
      false,
      'agency, status, due_at',
      "status != 'selesai' AND status != 'ditolak'",
    );
    // The report, and the list of all requests newest first: every column they read, in date order.
    requests.addIndex('idx_requests_report', false, 'agency, received_at, service, status, due_at, finished_at', '');
    // A name searched among all of an office's requests: this small index is scanned instead of the rows.
    requests.addIndex('idx_requests_agency_applicant', false, 'agency, applicant_name', '');
    app.save(requests);
  },
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    for (const name of ['idx_requests_open_queue', 'idx_requests_report', 'idx_requests_agency_applicant'])
      requests.removeIndex(name);
    app.save(requests);
  },
);
