// @ts-check
// What PocketBase gives a hook, with the type it has. Its declarations (types/pocketbase.d.ts) make
// every Go pointer `T | undefined` — e.record, e.auth, e.collection, e.request, each record of a
// list — although a record hook always has its record and a route behind $apis.requireAuth its
// account. These hand the value on, or stop where it is missing: that would be a hook registered
// for the wrong event, never something a visitor can cause. And who is asking, for staff routes.

/**
 * @template T @param {T | undefined | null} value @param {string} what
 * @returns {T}
 */
function given(value, what) {
  if (value === undefined || value === null) throw new Error(`PocketBase gave this hook no ${what}.`);
  return value;
}

/** The record a record hook is about. @param {{ record?: core.Record }} e */
function recordOf(e) {
  return given(e.record, 'record');
}

/** The collection a collection-wide hook (lists, views, sign-ins) is about. @param {{ collection?: core.Collection }} e */
function collectionOf(e) {
  return given(e.collection, 'collection');
}

/**
 * The signed-in account of a route behind $apis.requireAuth, or of a record request whose API rule
 * admits accounts only. Without one: 401, as PocketBase itself answers.
 * @param {{ auth?: core.Record }} e
 */
function accountOf(e) {
  if (!e.auth) throw new UnauthorizedError('Silakan masuk terlebih dahulu.', {});
  return e.auth;
}

/**
 * The signed-in staff member of a route behind $apis.requireAuth('staff'), refused (403, in these
 * words) unless their role is one of the office's (src/domain/roles.ts) and, with `oversee`, one
 * that oversees the office.
 * @param {{ auth?: core.Record }} e @param {{ refusal: string, oversee?: boolean }} options
 */
function staffMember(e, { refusal, oversee }) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const account = accountOf(e);
  const role = account.getString('role');
  if (!domain.isStaffRole(role) || (oversee && !domain.mayOversee(role))) throw new ForbiddenError(refusal);
  return account;
}

/** The HTTP request a route or request hook answers. @param {{ request?: http.Request }} e */
function requestOf(e) {
  return given(e.request, 'HTTP request');
}

/** The query parameters of the request's address (`.get(name)`: '' when absent). @param {{ request?: http.Request }} e */
function queryOf(e) {
  return given(requestOf(e).url, 'request address').query();
}

/**
 * The records of a list PocketBase returns (Go slices of pointers are declared `(T | undefined)[]`).
 * @template T @param {(T | undefined)[]} list @returns {T[]}
 */
function present(list) {
  return list.filter((item) => item !== undefined);
}

module.exports = { given, recordOf, collectionOf, accountOf, staffMember, requestOf, queryOf, present };
