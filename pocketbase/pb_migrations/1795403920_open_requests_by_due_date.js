// @ts-check
// The daily summary's open requests (pb_hooks/daily_summary.pb.js): how many are open, how many are
// due today, and the 200 most overdue, oldest deadline first. At an office's five years
// (bench/five-years.ts: 500,000 requests, 41,000 of them open) SQLite read them through the index of
// (agency, due_at) of every request, finished ones included — 380 ms for the overdue rows and 120 ms
// for the count at a tenth of that under load. This index holds the open requests alone by deadline:
// the count reads it whole, the overdue rows stop after 200.
migrate(
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    requests.addIndex(
      'idx_requests_open_due',
      false,
      'agency, due_at, status',
      "status != 'selesai' AND status != 'ditolak'",
    );
    app.save(requests);
  },
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    requests.removeIndex('idx_requests_open_due');
    app.save(requests);
  },
);
