// @ts-check
// Serves one staff list of src/domain/case-lists.ts (routes in pb_hooks/case_lists.pb.js): the
// office's cases filtered, ordered and paged by the server with only the list's columns. A
// PocketBase list of the collection would read whole records through an access-rule expression no
// index serves, which at an office's five years of cases takes seconds; this keeps what the rules
// say — who may read, and which office or kecamatan (from the session, never the client) — and
// writes every read into the audit trail.

/**
 * @param {core.RequestEvent} e
 * @param {import("../../../src/domain/case-lists").CaseListName} name
 */
function serveCaseList(e, name) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const given = require(`${__hooks}/lib/given.js`);
  /** @typedef {import("../../../src/domain/case-list").FilterValues} FilterValues */
  // One of three declarations with their own views, filters and rows: read here through what they share.
  const list =
    /** @type {import("../../../src/domain/case-list").CaseListDeclaration<string, FilterValues, Record<string, unknown>>} */ (
      /** @type {unknown} */ (domain.CASE_LISTS[name])
    );
  const auth = given.accountOf(e);
  const reader = {
    collection: auth.collection().name,
    agency: auth.getString('agency'),
    kecamatan: auth.getString('kecamatan'),
    role: auth.getString('role'),
  };
  const scope = list.scope(reader);
  if ('refused' in scope) throw new ForbiddenError(scope.refused);
  const params = given.queryOf(e);
  const parsed = domain.parseCaseListQuery(list, (parameter) => params.get(parameter));
  if ('problem' in parsed) throw new BadRequestError(parsed.problem);
  const query = parsed.query;
  const page = domain.caseListPageQueries(list, scope, query, new Date());
  if ('problem' in page) throw new BadRequestError(page.problem);

  // Segment after segment until there is a page and one row more, which says another page follows.
  const wanted = domain.CASE_LIST_PAGE_SIZE + 1;
  /** @type {Record<string, unknown>[]} */
  const rows = [];
  for (const segment of page.queries) {
    if (rows.length >= wanted) break;
    const found = arrayOf(new DynamicModel({ ...list.columns, list_position: '' }));
    e.app
      .db()
      .newQuery(segment.sql)
      .bind({ ...segment.bind, limit: wanted - rows.length })
      .all(found);
    for (const row of found) rows.push(/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (row)));
  }
  const items = rows.slice(0, domain.CASE_LIST_PAGE_SIZE).map((row) => {
    /** @type {Record<string, unknown>} */
    const item = {};
    for (const column of Object.keys(list.columns)) item[column] = row[column];
    return item;
  });
  const last = rows[domain.CASE_LIST_PAGE_SIZE - 1];

  /** @type {Record<string, number>} */
  const counts = {};
  const count = domain.caseListCountQuery(list, scope, query, page.at);
  if (count) {
    /** @type {Record<string, number>} */
    const shape = {};
    for (const counted of Object.keys(list.plan(query, scope).counts)) shape[counted] = 0;
    const result = new DynamicModel(shape);
    e.app.db().newQuery(count.sql).bind(count.bind).one(result);
    // A DynamicModel has the fields of the shape it was made from; its declaration names none.
    const row = /** @type {Record<string, number>} */ (/** @type {unknown} */ (result));
    for (const name of Object.keys(shape)) counts[name] = row[name] ?? 0;
  }

  if (items.length > 0) {
    const audit = require(`${__hooks}/lib/audit.js`);
    audit.writeEntry(e.app, {
      agency: reader.agency || e.app.findRecordById('kecamatan', reader.kecamatan).getString('agency'),
      actorType: reader.collection,
      actorId: auth.id,
      actorName: auth.getString('name'),
      action: list.audit.action,
      targetType: list.audit.targetType,
      targetId: '',
      targetLabel: `${items.length} data`,
      detail: { count: items.length, next: query.after ? 'ya' : '', search: query.search ? 'ya' : '' },
    });
  }
  e.response.header().set('Cache-Control', 'no-store');
  /** @type {import("../../../src/domain/case-list").CaseListPage<Record<string, unknown>>} */
  const result = {
    items,
    next:
      rows.length > domain.CASE_LIST_PAGE_SIZE && last
        ? domain.caseListCursor(page.at, String(last['list_position']))
        : null,
    counts,
  };
  return e.json(200, result);
}

module.exports = { serveCaseList };
