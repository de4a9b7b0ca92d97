// @ts-check
// The kepala bidang's daily summary (src/domain/daily-summary.ts): the office's open requests past
// the time their Standar Pelayanan promises (oldest first) and due today, complaints waiting past
// their verification or answer deadline (oldest first), whether the backups are current, and
// whether the audit trail is whole, with its anchor to print (pb_hooks/lib/audit_chain.js), and the
// alerts of the office's warehouses (pb_hooks/lib/stock_reports.js). Only
// numbers, services and kinds, no applicant's or complainant's name; opening it is audited like
// the other lists of requests.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('dailySummary'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const staff = require(`${__hooks}/lib/given.js`).staffMember(e, {
      refusal: 'Ringkasan harian hanya untuk kepala bidang.',
      oversee: true,
    });
    const agency = staff.getString('agency');
    const now = new Date();
    // PocketBase keeps dates as "2026-11-23 03:00:00.000Z", which compare as text. Open and late are
    // each case type's own (src/domain/cases/: late), the same as the work queue's and the inbox's;
    // open requests are read from their own index by deadline (pb_migrations/1795403920_open_requests_by_due_date.js),
    // overdue complaints from the index of waiting ones by deadline (src/domain/case-lists.ts PAST_DEADLINE_COMPLAINTS_SQL).
    const { requests, complaints, waitingSql, lateSql, storedDate: stored } = domain;
    const stockReports = require(`${__hooks}/lib/stock_reports.js`);

    const counts = new DynamicModel({ open: 0, due_today: 0 });
    e.app
      .db()
      .newQuery(
        "SELECT COUNT(*) AS open, COALESCE(SUM(due_at != '' AND due_at >= {:now} AND due_at < {:end}), 0) AS due_today" +
          ` FROM requests INDEXED BY idx_requests_open_due WHERE agency = {:agency} AND ${waitingSql(requests)}`,
      )
      .bind({ agency, now: stored(now), end: stored(domain.endOfOfficeDay(now)) })
      .one(counts);
    const rows = arrayOf(
      new DynamicModel({ id: '', number: '', service: '', due_at: '', current_step: 0, step_count: 0 }),
    );
    e.app
      .db()
      .newQuery(
        'SELECT r.id, r.number, s.title AS service, r.due_at, r.current_step, json_array_length(r.steps) AS step_count' +
          ' FROM requests r INDEXED BY idx_requests_open_due JOIN services s ON s.id = r.service' +
          ` WHERE r.agency = {:agency} AND ${lateSql(requests, 'r')} ORDER BY r.due_at LIMIT 200`,
      )
      .bind({ agency, now: stored(now) })
      .all(rows);
    const complaintCounts = new DynamicModel({ open: 0 });
    e.app
      .db()
      .newQuery(`SELECT COUNT(*) AS open FROM complaints WHERE agency = {:agency} AND ${waitingSql(complaints)}`)
      .bind({ agency })
      .one(complaintCounts);
    const complaintRows = arrayOf(
      new DynamicModel({ id: '', number: '', kind: '', service: '', due_at: '', status: '' }),
    );
    e.app
      .db()
      .newQuery(domain.PAST_DEADLINE_COMPLAINTS_SQL)
      .bind({ agency, now: stored(now), limit: 200 })
      .all(complaintRows);
    const complaintStep = (/** @type {string} */ status) =>
      `langkah ${domain.COMPLAINT_STATUS_STEP[/** @type {import("../../src/domain/statuses").ComplaintStatus} */ (status)]}` +
      ` dari ${domain.COMPLAINT_STEPS.length}`;

    /** @type {import("../../src/domain/daily-summary").DailySummary} */
    const summary = {
      generatedAt: now.toISOString(),
      requests: {
        open: counts.open,
        dueToday: counts.due_today,
        pastDue: rows.map((row) => ({
          id: row.id,
          number: row.number,
          title: row.service,
          dueAt: domain.dateFromStored(row.due_at).toISOString(),
          progress: `langkah ${row.current_step} dari ${row.step_count}`,
        })),
      },
      complaints: {
        open: complaintCounts.open,
        pastDeadline: complaintRows.map((row) => ({
          id: row.id,
          number: row.number,
          title:
            `${domain.COMPLAINT_KINDS[/** @type {import("../../src/domain/complaints").ComplaintKind} */ (row.kind)].label}` +
            `${row.service ? ` — ${row.service}` : ''}`,
          dueAt: domain.dateFromStored(row.due_at).toISOString(),
          progress:
            `${domain.COMPLAINT_STATUSES[/** @type {import("../../src/domain/statuses").ComplaintStatus} */ (row.status)]}, ` +
            `${complaintStep(row.status)}`,
        })),
      },
      backups: require(`${__hooks}/lib/health.js`).backupStates(e.app, now.getTime()),
      auditTrail: require(`${__hooks}/lib/audit_chain.js`).forTheSummary(e.app),
      stock: stockReports.stockAlerts(
        e.app,
        stockReports.warehousesOf(e.app, { actor: 'kepala_bidang', agency, kecamatan: '' }),
        { agency, kecamatan: '' },
        now,
      ),
    };
    require(`${__hooks}/lib/audit.js`).writeEntry(e.app, {
      agency,
      actorType: 'staff',
      actorId: staff.id,
      actorName: staff.getString('name'),
      action: 'lihat-ringkasan',
      targetType: 'requests',
      targetId: '',
      targetLabel: `${summary.requests.pastDue.length} permohonan dan ${summary.complaints.pastDeadline.length} pengaduan lewat waktu`,
    });
    e.response.header().set('Cache-Control', 'no-store');
    return require(`${__hooks}/lib/http.js`).answer(e, 'dailySummary', summary);
  },
  $apis.requireAuth('staff'),
);

// What waits for any of the office's staff, shown where a petugas lands: online applications whose
// documents are still to be checked, complaints still to be verified. Counts only: nothing of
// anyone's data is read, so nothing is audited.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('waitingWork'),
  (e) => {
    const staff = require(`${__hooks}/lib/given.js`).staffMember(e, {
      refusal: 'Hanya untuk petugas Dinas Sosial.',
      oversee: false,
    });
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const counts = new DynamicModel({ applications: 0, complaints: 0 });
    e.app
      .db()
      .newQuery(
        // From the index of open requests (pb_migrations/1795403920_open_requests_by_due_date.js), not
        // from every request the office ever received.
        'SELECT (SELECT COUNT(*) FROM requests INDEXED BY idx_requests_open_due' +
          ` WHERE agency = {:agency} AND ${domain.waitingSql(domain.requests)} AND status = 'menunggu-verifikasi') AS applications,` +
          " (SELECT COUNT(*) FROM complaints WHERE agency = {:agency} AND status = 'diterima') AS complaints",
      )
      .bind({ agency: staff.getString('agency') })
      .one(counts);
    e.response.header().set('Cache-Control', 'no-store');
    /** @type {import("../../src/domain/daily-summary").WaitingWork} */
    const waiting = { applications: counts.applications, complaints: counts.complaints };
    return require(`${__hooks}/lib/http.js`).answer(e, 'waitingWork', waiting);
  },
  $apis.requireAuth('staff'),
);
