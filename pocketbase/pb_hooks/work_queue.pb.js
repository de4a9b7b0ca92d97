// @ts-check

// The staff work queue, lean: the office's requests filtered, ordered and paged by the server, with
// only the list's columns (src/domain/work-queue.ts). PocketBase's own list of `requests` would
// read whole records — a 1.5 KB public status each — through an access-rule expression no index
// serves, which at 100,000 requests takes seconds. This route keeps what that rule says: staff
// only, their own office's requests only (the office comes from the session, never from the
// client), filters and orders only from a fixed list, and every list read in the audit trail.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('workQueue'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const staff = require(`${__hooks}/lib/given.js`).staffMember(e, {
      refusal: 'Antrean hanya untuk petugas kantor.',
    });
    const params = require(`${__hooks}/lib/given.js`).queryOf(e);
    const parsed = domain.parseWorkQueueQuery((name) => params.get(name));
    if ('problem' in parsed) throw new BadRequestError(parsed.problem);
    const query = parsed.query;
    const agency = staff.getString('agency');
    const now = new Date();

    const page = domain.workQueuePageQuery(agency, query, now);
    const rows = arrayOf(
      new DynamicModel({
        id: '',
        number: '',
        service: '',
        service_title: '',
        applicant_name: '',
        status: '',
        channel: '',
        current_step: 0,
        step_count: 0,
        received_at: '',
        due_at: '',
      }),
    );
    e.app.db().newQuery(page.sql).bind(page.bind).all(rows);
    let openCount = null;
    const count = domain.workQueueCountQuery(agency, query, now);
    if (count) {
      const counted = new DynamicModel({ count: 0 });
      e.app.db().newQuery(count.sql).bind(count.bind).one(counted);
      openCount = counted.count;
    }

    /** @type {import("../../src/domain/work-queue").WorkQueueRow[]} */
    const items = rows.slice(0, domain.WORK_QUEUE_PAGE_SIZE).map((row) => ({
      id: row.id,
      number: row.number,
      service: row.service,
      service_title: row.service_title,
      applicant_name: row.applicant_name,
      status: row.status,
      channel: row.channel,
      current_step: row.current_step,
      step_count: row.step_count,
      received_at: row.received_at,
      due_at: row.due_at,
    }));
    if (items.length > 0) {
      require(`${__hooks}/lib/audit.js`).writeEntry(e.app, {
        agency,
        actorType: 'staff',
        actorId: staff.id,
        actorName: staff.getString('name'),
        action: 'lihat-daftar-permohonan',
        targetType: 'requests',
        targetId: '',
        targetLabel: `${items.length} data`,
        detail: { count: items.length, page: query.page, search: query.search ? 'ya' : '' },
      });
    }
    e.response.header().set('Cache-Control', 'no-store');
    /** @type {import("../../src/domain/work-queue").WorkQueuePage} */
    const result = {
      items,
      page: query.page,
      perPage: domain.WORK_QUEUE_PAGE_SIZE,
      hasMore: rows.length > domain.WORK_QUEUE_PAGE_SIZE,
      openCount,
    };
    return require(`${__hooks}/lib/http.js`).answer(e, 'workQueue', result);
  },
  $apis.requireAuth('staff'),
);
