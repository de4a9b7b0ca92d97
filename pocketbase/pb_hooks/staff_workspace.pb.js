// @ts-check

// The figures of the office's quarterly performance evaluation (evaluasi kinerja), for a kepala
// bidang: per month (WIB) and service, requests received, completed, completed within the promised
// time, and the average completion time. ?format=csv gives the same as a spreadsheet file. The
// query is src/domain/report.ts's: a date range served by a covering index.
routerAdd("GET", "/api/petugas/laporan", (e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const role = e.auth.getString("role");
  if (!domain.isStaffRole(role) || !domain.mayOversee(role)) throw new ForbiddenError("Laporan hanya untuk kepala bidang.");
  const query = e.request.url.query();
  const from = query.get("dari");
  const to = query.get("sampai");
  if (!domain.REPORT_MONTH.test(from) || !domain.REPORT_MONTH.test(to) || from > to) {
    throw new BadRequestError("Isi bulan awal dan akhir laporan dengan benar, misalnya dari 2026-07 sampai 2026-09.");
  }
  // A non-integer sample value makes the column a float (AVG); the counts are integers.
  const rows = arrayOf(new DynamicModel({ month: "", service: "", received: 0, completed: 0, on_time: 0, rejected: 0, average_minutes: -0.5 }));
  const { sql, bind } = domain.reportQuery(e.auth.getString("agency"), from, to);
  e.app.db().newQuery(sql).bind(bind).all(rows);
  const report = rows.map((row) => domain.reportRow(/** @type {any} */ (row)));
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

  const cell = (value) => (value === null ? "" : /[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
  const lines = [["Bulan", "Layanan", "Diterima", "Selesai", "Selesai tepat waktu", "Ditolak", "Persen tepat waktu", "Rata-rata waktu penyelesaian (menit)"].join(",")];
  for (const row of report) {
    lines.push([row.month, row.service, row.received, row.completed, row.onTime, row.rejected, row.onTimeShare === null ? null : Math.round(row.onTimeShare * 100), row.averageMinutes].map(cell).join(","));
  }
  e.response.header().set("Content-Type", "text/csv; charset=utf-8");
  e.response.header().set("Content-Disposition", `attachment; filename="laporan-layanan-${from}-${to}.csv"`);
  return e.string(200, "\ufeff" + lines.join("\r\n") + "\r\n");
}, $apis.requireAuth("staff"));
