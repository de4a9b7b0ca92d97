// @ts-check

/**
 * Rows of one SQL query as plain objects; `shape` gives the columns and their types (a number
 * column's sample decides between integer and float: 0 or -0.5), `params` the {:name} values.
 * @template {Record<string, unknown>} T @param {HookApp} app @param {T} shape @param {string} sql @param {Record<string, unknown>} [params] @returns {T[]}
 */
function queryRows(app, shape, sql, params) {
  const rows = arrayOf(new DynamicModel(shape));
  app
    .db()
    .newQuery(sql)
    .bind(params || {})
    .all(rows);
  // Each row has the shape's columns, filled in from the query.
  return /** @type {T[]} */ (/** @type {unknown} */ (rows));
}

module.exports = { queryRows };
