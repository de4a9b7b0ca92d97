// @ts-check

// The figures of the office's quarterly performance evaluation (evaluasi kinerja), for a kepala
// bidang: per month (WIB) and service, requests received, completed, completed within the promised
// time, and the average completion time. ?format=csv gives the same as a spreadsheet file.
routerAdd("GET", "/api/petugas/laporan", (e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const role = e.auth.getString("role");
  if (!domain.isStaffRole(role) || !domain.mayOversee(role)) throw new ForbiddenError("Laporan hanya untuk kepala bidang.");
  const query = e.request.url.query();
  const month = /^\d{4}-\d{2}$/;
  const from = query.get("dari");
  const to = query.get("sampai");
  if (!month.test(from) || !month.test(to) || from > to) {
    throw new BadRequestError("Isi bulan awal dan akhir laporan dengan benar, misalnya dari 2026-07 sampai 2026-09.");
  }
  // A non-integer sample value makes the column a float (AVG); the counts are integers.
  const rows = arrayOf(new DynamicModel({ month: "", service: "", received: 0, completed: 0, on_time: 0, rejected: 0, average_minutes: -0.5 }));
  e.app
    .db()
    .newQuery(
      "SELECT strftime('%Y-%m', r.received_at, {:offset}) AS month, s.title AS service, COUNT(*) AS received," +
        " SUM(r.status = 'selesai') AS completed," +
        " SUM(r.status = 'selesai' AND r.due_at != '' AND r.finished_at <= r.due_at) AS on_time," +
        " SUM(r.status = 'ditolak') AS rejected," +
        " COALESCE(AVG(CASE WHEN r.status = 'selesai' THEN (julianday(r.finished_at) - julianday(r.received_at)) * 1440 END), -1) AS average_minutes" +
        " FROM requests r JOIN services s ON s.id = r.service" +
        " WHERE r.agency = {:agency} AND strftime('%Y-%m', r.received_at, {:offset}) BETWEEN {:from} AND {:to}" +
        " GROUP BY month, s.id ORDER BY month, s.title",
    )
    .bind({ agency: e.auth.getString("agency"), from, to, offset: domain.SQLITE_OFFICE_OFFSET })
    .all(rows);
  const report = rows.map((row) => ({
    month: row.month,
    service: row.service,
    received: row.received,
    completed: row.completed,
    onTime: row.on_time,
    rejected: row.rejected,
    onTimeShare: row.completed > 0 ? row.on_time / row.completed : null,
    averageMinutes: row.average_minutes >= 0 ? Math.round(row.average_minutes) : null,
  }));
  require(`${__hooks}/lib/audit.js`).writeEntry(e.app, {
    agency: e.auth.getString("agency"),
    actorType: "staff",
    actorId: e.auth.id,
    actorName: e.auth.getString("name"),
    action: "lihat-laporan",
    targetType: "",
    targetId: "",
    targetLabel: `${from} – ${to}`,
    detail: { format: query.get("format") || "json" },
  });
  e.response.header().set("Cache-Control", "no-store");
  if (query.get("format") !== "csv") return e.json(200, { from, to, rows: report });

  return require(`${__hooks}/lib/csv.js`).sendCsv(e, `laporan-layanan-${from}-${to}.csv`, [
    ["Bulan", "Layanan", "Diterima", "Selesai", "Selesai tepat waktu", "Ditolak", "Persen tepat waktu", "Rata-rata waktu penyelesaian (menit)"],
    ...report.map((row) => [row.month, row.service, row.received, row.completed, row.onTime, row.rejected, row.onTimeShare === null ? null : Math.round(row.onTimeShare * 100), row.averageMinutes]),
  ]);
}, $apis.requireAuth("staff"));
