// @ts-check

// The public performance report (src/domain/performance.ts) behind /kinerja/ and in the open-data
// feeds: per office and service, the satisfaction index with its sample, the share finished
// within the promised time. Aggregates only. Cached: browsers and proxies keep it and check with
// its ETag; the server counts it again at most once a minute or when a response arrives.
routerAdd('GET', '/api/data/kinerja', (e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const asked = e.request.url.query().get('periode');
  const period = asked ? domain.reportPeriod(asked) : domain.semesterOf(new Date());
  if (!period) throw new BadRequestError('Periode tidak dikenal: tulis misalnya 2026-S1, 2026-S2 atau 2026.');
  const report = require(`${__hooks}/lib/performance.js`).publicReport(e.app, period);
  const headers = e.response.header();
  headers.set('Cache-Control', 'public, no-cache');
  headers.set('ETag', report.etag);
  if (e.request.header.get('If-None-Match') === report.etag) return e.noContent(304);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return e.string(200, report.body);
});

// The kepala bidang's satisfaction-survey report of their own office for a semester or year:
// per element, service and office, with the suggestions; ?format=csv for the spreadsheet offices
// submit. Reading it is recorded in the audit trail.
routerAdd(
  'GET',
  '/api/petugas/survei',
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const role = e.auth.getString('role');
    if (!domain.isStaffRole(role) || !domain.mayOversee(role))
      throw new ForbiddenError('Laporan survei kepuasan hanya untuk kepala bidang.');
    const query = e.request.url.query();
    const period = domain.reportPeriod(query.get('periode'));
    if (!period) throw new BadRequestError('Pilih periode laporan, misalnya 2026-S1, 2026-S2 atau 2026.');
    const report = require(`${__hooks}/lib/performance.js`).surveyReport(e.app, period, e.auth.getString('agency'));
    const csv = query.get('format') === 'csv';
    require(`${__hooks}/lib/audit.js`).writeEntry(e.app, {
      agency: e.auth.getString('agency'),
      actorType: 'staff',
      actorId: e.auth.id,
      actorName: e.auth.getString('name'),
      action: 'lihat-laporan-skm',
      targetType: '',
      targetId: '',
      targetLabel: period.label,
      detail: { format: csv ? 'csv' : 'json' },
    });
    e.response.header().set('Cache-Control', 'no-store');
    if (!csv) return e.json(200, report);
    return require(`${__hooks}/lib/csv.js`).sendCsv(
      e,
      `survei-kepuasan-${report.office.slug}-${period.id}.csv`,
      domain.surveyReportRows(report),
    );
  },
  $apis.requireAuth('staff'),
);
