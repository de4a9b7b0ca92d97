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
    const report = require(`${__hooks}/lib/query.js`).queryRows(e.app, shape, sql, bind).map(domain.reportRow);
    // Complaints (src/domain/complaints.ts) per month and service: received, answered within the
    // deadline, the median time to the first answer, and those still waiting past their deadline.
    const complaintRows = arrayOf(
      new DynamicModel({
        month: '',
        service: '',
        status: '',
        first_answered_at: '',
        answer_due_at: '',
        due_at: '',
        verified_at: '',
        verification_due_at: '',
        hours_to_answer: -0.5,
      }),
    );
    e.app
      .db()
      .newQuery(
        "SELECT strftime('%Y-%m', c.received_at, {:offset}) AS month," +
          " COALESCE(s.title, '(tanpa layanan tertentu)') AS service, c.status, c.first_answered_at, c.answer_due_at," +
          ' c.due_at, c.verified_at, c.verification_due_at,' +
          " CASE WHEN c.first_answered_at != '' THEN (julianday(c.first_answered_at) - julianday(c.received_at)) * 24 ELSE -1 END AS hours_to_answer" +
          ' FROM complaints c LEFT JOIN services s ON s.id = c.service' +
          " WHERE c.agency = {:agency} AND strftime('%Y-%m', c.received_at, {:offset}) BETWEEN {:from} AND {:to} ORDER BY month, service",
      )
      .bind({ agency: staff.getString('agency'), from, to, offset: domain.SQLITE_OFFICE_OFFSET })
      .all(complaintRows);
    const now = new Date();
    /**
     * @type {Record<string, {
     *   month: string, service: string, received: number, verifiedOnTime: number, answered: number,
     *   answeredOnTime: number, overdue: number, hours: number[]
     * }>}
     */
    const groups = {};
    for (const row of complaintRows) {
      const key = `${row.month}|${row.service}`;
      if (!groups[key]) {
        groups[key] = {
          month: row.month,
          service: row.service,
          received: 0,
          verifiedOnTime: 0,
          answered: 0,
          answeredOnTime: 0,
          overdue: 0,
          hours: [],
        };
      }
      const group = groups[key];
      group.received++;
      if (row.verified_at !== '' && row.verified_at <= row.verification_due_at) group.verifiedOnTime++;
      if (row.first_answered_at !== '') {
        group.answered++;
        if (row.first_answered_at <= row.answer_due_at) group.answeredOnTime++;
        group.hours.push(row.hours_to_answer);
      }
      if (domain.isLate(domain.complaints, { status: row.status, due_at: row.due_at }, now)) group.overdue++;
    }
    const median = (values) => {
      if (values.length === 0) return null;
      const sorted = values.slice().sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    };
    const complaints = Object.keys(groups).map((key) => {
      const group = groups[key];
      const hours = median(group.hours);
      return {
        month: group.month,
        service: group.service,
        received: group.received,
        verifiedOnTime: group.verifiedOnTime,
        answered: group.answered,
        answeredOnTime: group.answeredOnTime,
        overdue: group.overdue,
        medianHoursToAnswer: hours === null ? null : Math.round(hours * 10) / 10,
      };
    });

    const households = require(`${__hooks}/lib/household_figures.js`).householdFiguresOf(
      e.app,
      staff.getString('agency'),
      from,
      to,
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
