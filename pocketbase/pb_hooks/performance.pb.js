// @ts-check

// The public performance report (src/domain/performance.ts) behind /kinerja/ and in the open-data
// feeds: per office and service, the satisfaction index with its sample, the share finished
// within the promised time. Aggregates only, from figures kept as rows are written. Cached: the
// server counts it again at most once a minute or when a response arrives; browsers and proxies
// keep it and check with its ETag (lib/http.js cachedAnswer).
routerAdd(...require(`${__hooks}/lib/http.js`).route('performanceFeed'), (e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const asked = require(`${__hooks}/lib/given.js`).queryOf(e).get('periode');
  const period = asked ? domain.reportPeriod(asked) : domain.semesterOf(new Date());
  if (!period) throw new BadRequestError('Periode tidak dikenal: tulis misalnya 2026-S1, 2026-S2 atau 2026.');
  const performance = require(`${__hooks}/lib/performance.js`);
  return require(`${__hooks}/lib/http.js`).cachedAnswer(
    e,
    'performanceFeed',
    performance.PUBLIC_TOPIC,
    period.id,
    'public, no-cache',
    () => performance.performanceReport(e.app, period),
  );
});

// The kepala bidang's satisfaction-survey report of their own office for a semester or year:
// per element, service and office, with the suggestions; ?format=csv for the spreadsheet offices
// submit. Reading it is recorded in the audit trail.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('surveyReport'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const staff = require(`${__hooks}/lib/given.js`).staffMember(e, {
      refusal: 'Laporan survei kepuasan hanya untuk kepala bidang.',
      oversee: true,
    });
    const query = require(`${__hooks}/lib/given.js`).queryOf(e);
    const period = domain.reportPeriod(query.get('periode'));
    if (!period) throw new BadRequestError('Pilih periode laporan, misalnya 2026-S1, 2026-S2 atau 2026.');
    const report = require(`${__hooks}/lib/performance.js`).surveyReport(e.app, period, staff.getString('agency'));
    const csv = query.get('format') === 'csv';
    require(`${__hooks}/lib/audit.js`).writeEntry(e.app, {
      agency: staff.getString('agency'),
      actorType: 'staff',
      actorId: staff.id,
      actorName: staff.getString('name'),
      action: 'lihat-laporan-skm',
      targetType: '',
      targetId: '',
      targetLabel: period.label,
      detail: { format: csv ? 'csv' : 'json' },
    });
    e.response.header().set('Cache-Control', 'no-store');
    if (!csv) return require(`${__hooks}/lib/http.js`).answer(e, 'surveyReport', report);
    return require(`${__hooks}/lib/csv.js`).sendCsv(
      e,
      `survei-kepuasan-${report.office.slug}-${period.id}.csv`,
      domain.surveyReportRows(report),
    );
  },
  $apis.requireAuth('staff'),
);
