// @ts-check

// The figures of the office's quarterly performance evaluation (evaluasi kinerja), for a kepala
// bidang: per month (WIB) and service, requests received, completed, completed within the promised
// time, and the average completion time; and how complaints were handled. ?format=csv gives the same
// as a spreadsheet file. The requests' query is src/domain/report.ts's: a date range served by a covering index.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('officeReport'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const given = require(`${__hooks}/lib/given.js`);
    const staff = given.staffMember(e, { refusal: 'Laporan hanya untuk kepala bidang.', oversee: true });
    const query = given.queryOf(e);
    const from = query.get('dari');
    const to = query.get('sampai');
    if (!domain.REPORT_MONTH.test(from) || !domain.REPORT_MONTH.test(to) || from > to) {
      throw new BadRequestError('Isi bulan awal dan akhir laporan dengan benar, misalnya dari 2026-07 sampai 2026-09.');
    }
    const { sql, bind } = domain.reportQuery(staff.getString('agency'), from, to);
    // A non-integer sample value makes the column a float (AVG); the counts are integers.
    const shape = {
      month: '',
      service: '',
      promises: 0,
      received: 0,
      completed: 0,
      on_time: 0,
      rejected: 0,
      average_minutes: -0.5,
    };
    const { queryRows } = require(`${__hooks}/lib/query.js`);
    const report = queryRows(e.app, shape, sql, bind).map(domain.reportRow);
    // Complaints per month and service, from the figures SQLite keeps (src/domain/report.ts complaintReport).
    const complaints = domain.complaintReport(
      (/** @type {{ sql: string, bind: Record<string, unknown> }} */ query, /** @type {any} */ columns) =>
        queryRows(e.app, columns, query.sql, query.bind),
      staff.getString('agency'),
      from,
      to,
      new Date(),
    );

    const households = require(`${__hooks}/lib/household_figures.js`).householdFiguresOf(
      e.app,
      staff.getString('agency'),
      {
        from,
        to,
      },
    );

    require(`${__hooks}/lib/audit.js`).writeEntry(e.app, {
      agency: staff.getString('agency'),
      actorType: 'staff',
      actorId: staff.id,
      actorName: staff.getString('name'),
      action: 'lihat-laporan',
      targetType: '',
      targetId: '',
      targetLabel: `${from} – ${to}`,
      detail: { format: query.get('format') || 'json' },
    });
    e.response.header().set('Cache-Control', 'no-store');
    if (query.get('format') !== 'csv')
      return require(`${__hooks}/lib/http.js`).answer(e, 'officeReport', {
        from,
        to,
        rows: report,
        complaints,
        households,
      });

    return require(`${__hooks}/lib/csv.js`).sendCsv(e, `laporan-layanan-${from}-${to}.csv`, [
      [
        'Bulan',
        'Layanan',
        'Diterima',
        'Selesai',
        'Selesai tepat waktu',
        'Ditolak',
        'Persen tepat waktu',
        'Rata-rata waktu penyelesaian (menit)',
      ],
      ...report.map((row) => [
        row.month,
        row.service,
        row.received,
        row.completed,
        row.promisesCompletionTime ? row.onTime : domain.NO_COMPLETION_TIME_PROMISED.toLowerCase(),
        row.rejected,
        row.onTimeShare === null ? null : Math.round(row.onTimeShare * 100),
        row.averageMinutes,
      ]),
      [],
      [
        'Bulan',
        'Layanan',
        'Pengaduan diterima',
        'Diverifikasi tepat waktu',
        'Dijawab',
        'Dijawab tepat waktu',
        'Lewat batas waktu (belum ditangani)',
        'Median waktu sampai jawaban pertama (jam)',
      ],
      ...complaints.map((row) => [
        row.month,
        row.service,
        row.received,
        row.verifiedOnTime,
        row.answered,
        row.answeredOnTime,
        row.overdue,
        row.medianHoursToAnswer,
      ]),
      [],
      ['Desa/kelurahan (usulan DTSEN)', ...Object.values(domain.HOUSEHOLD_STATUSES), 'Jumlah'],
      ...households.villages.map((row) => [
        row.village,
        ...Object.keys(domain.HOUSEHOLD_STATUSES).map((status) => row.counts[status]),
        row.total,
      ]),
      [],
      ['Status usulan DTSEN', 'Median hari sebelum berpindah', 'Jumlah perpindahan'],
      ...households.daysPerStatus.map((row) => [row.label, row.medianDays, row.moves]),
      [],
      ['Alasan dikembalikan ke desa', 'Jumlah'],
      ...households.returned.map((row) => [row.reason, row.count]),
      [],
      ['Alasan tidak masuk DTSEN', 'Jumlah'],
      ...households.notEntered.map((row) => [row.reason, row.count]),
    ]);
  },
  $apis.requireAuth('staff'),
);
