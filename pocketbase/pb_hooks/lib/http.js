// @ts-check

/**
 * The response headers of a hook's request (a route's, or a record or file request's: see
 * RequestHookEvent in types/hooks.d.ts).
 * @param {RequestHookEvent} e
 * @returns {{ set(name: string, value: string): void }}
 */
function responseHeaders(e) {
  return (e.requestEvent || e).response.header();
}

/**
 * A form field exactly as the client sent it. PocketBase has already converted the body to the
 * fields' types by the time a hook runs (a number field's "0x10" is no longer "0x10").
 * @param {RequestHookEvent} e @param {string} name
 * @returns {string}
 */
function sentValue(e, name) {
  const request = require(`${__hooks}/lib/given.js`).requestOf(e.requestEvent || e);
  const form = request.multipartForm;
  if (form?.value?.[name]) return String(form.value[name][0]);
  const body = e.requestInfo().body || {};
  return body[name] === undefined || body[name] === null ? '' : String(body[name]);
}

/**
 * Sets a cookie only the server reads (HttpOnly), sent back only to `path` and only from the site
 * itself (SameSite=Strict: no other website makes a visitor's browser send it), over HTTPS only
 * when the request came over HTTPS — directly, or through the proxy (deploy/Caddyfile).
 * @param {RequestHookEvent} event a route's or a hook's event (see responseHeaders) @param {string} name @param {string} value
 * @param {string} path @param {number} maxAgeSeconds
 */
function setPrivateCookie(event, name, value, path, maxAgeSeconds) {
  const e = event.requestEvent || event;
  const request = require(`${__hooks}/lib/given.js`).requestOf(e);
  e.setCookie(
    new Cookie({
      name,
      value,
      path,
      maxAge: Math.max(1, Math.ceil(maxAgeSeconds)),
      httpOnly: true,
      secure: !!request.tls || request.header.get('X-Forwarded-Proto') === 'https',
      // http.SameSite is declared as a Go type no number literal satisfies.
      sameSite: /** @type {any} */ (3),
    }),
  );
}

/** A cookie's value as sent, or "" when there is none. @param {RequestHookEvent} e a route's or a hook's event @param {string} name */
function cookieValue(e, name) {
  try {
    return require(`${__hooks}/lib/given.js`)
      .requestOf(e.requestEvent || e)
      .cookie(name).value;
  } catch (_) {
    return '';
  }
}

/**
 * A route of the table (src/domain/routes.ts) as routerAdd takes it, its method and path:
 * `routerAdd(...route('workQueue'), handler)`. scripts/check-routes.ts holds the registrations
 * against the table.
 * @param {import("../../../src/domain/routes").RouteName} name @returns {[string, string]}
 */
function route(name) {
  const { method, path } = require(`${__hooks}/generated/domain.cjs`).ROUTES[name];
  return [method, path];
}

/**
 * Answers a route of the table with 200 and its body, held by tsc to what the table says the route
 * answers (src/domain/routes.ts) — what the islands read.
 * @template {import("../../../src/domain/routes").RouteName} Name
 * @param {core.RequestEvent} e @param {Name} _route @param {RouteAnswer<Name>} body
 */
function answer(e, _route, body) {
  return e.json(200, body);
}

module.exports = { responseHeaders, sentValue, setPrivateCookie, cookieValue, route, answer };
