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

/**
 * Answers a public route (no sign-in, nothing personal) so that a proxy or browser holding it asks
 * again for nothing: sent with `cacheControl` and an ETag of the body, and a request whose
 * If-None-Match names that ETag gets 304 without a body.
 * @template {import("../../../src/domain/routes").RouteName} Name
 * @param {core.RequestEvent} e @param {Name} _route @param {RouteAnswer<Name>} body @param {string} cacheControl
 */
function publicAnswer(e, _route, body, cacheControl) {
  return sendPublic(e, JSON.stringify(body), `"${$security.sha256(JSON.stringify(body)).slice(0, 32)}"`, cacheControl);
}

/** @param {core.RequestEvent} e @param {string} body JSON @param {string} etag @param {string} cacheControl */
function sendPublic(e, body, etag, cacheControl) {
  const headers = e.response.header();
  headers.set('Cache-Control', cacheControl);
  headers.set('ETag', etag);
  if (require(`${__hooks}/lib/given.js`).requestOf(e).header.get('If-None-Match') === etag) return e.noContent(304);
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return e.string(200, body);
}

/** How long a public answer is reused before it is made again, unless what it shows changed first (forgetPublicAnswers). */
const PUBLIC_ANSWER_TTL_MS = 60 * 1000;

/**
 * A public answer of counts (never anything a person wrote or could be recognised by: another
 * process's erasure would not reach this store) made at most once a minute whoever asks: the body
 * made by `make` is kept in the app's store under `topic` and `key` (a period) until
 * PUBLIC_ANSWER_TTL_MS passed or forgetPublicAnswers(topic) was called, and sent as publicAnswer sends.
 * @template {import("../../../src/domain/routes").RouteName} Name
 * @param {core.RequestEvent} e @param {Name} _route @param {string} topic @param {string} key
 * @param {string} cacheControl @param {() => RouteAnswer<Name>} make
 */
function cachedAnswer(e, _route, topic, key, cacheControl, make) {
  const kept = keptAnswer(e.app, topic, key, make);
  return sendPublic(e, kept.body, kept.etag, cacheControl);
}

/**
 * The public answer of `topic` and `key` as kept (made by `make` when there is none, it is older than
 * PUBLIC_ANSWER_TTL_MS or forgetPublicAnswers(topic) was called): its JSON body and ETag. A spreadsheet
 * of the same figures is made from it, so no request makes the figures more than once a minute.
 * @param {HookApp} app @param {string} topic @param {string} key @param {() => unknown} make
 */
function keptAnswer(app, topic, key, make) {
  const store = app.store();
  const version = Number(store.get(`${topic}-versi`) || 0);
  const stored = `${topic}:${key}`;
  let kept = /** @type {{ version: number, at: number, body: string, etag: string } | null} */ (
    store.get(stored) || null
  );
  if (!kept || kept.version !== version || Date.now() - kept.at >= PUBLIC_ANSWER_TTL_MS) {
    const body = JSON.stringify(make());
    kept = { version, at: Date.now(), body, etag: `"${$security.sha256(body).slice(0, 32)}"` };
    store.set(stored, kept);
  }
  return kept;
}

/** What the public answers of `topic` show changed: the next request makes them again. @param {HookApp} app @param {string} topic */
function forgetPublicAnswers(app, topic) {
  const store = app.store();
  store.set(`${topic}-versi`, Number(store.get(`${topic}-versi`) || 0) + 1);
}

module.exports = {
  keptAnswer,
  responseHeaders,
  sentValue,
  setPrivateCookie,
  cookieValue,
  route,
  answer,
  publicAnswer,
  cachedAnswer,
  forgetPublicAnswers,
};
