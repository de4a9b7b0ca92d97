// @ts-check

/**
 * The response headers of a hook's request. Record and file events carry the request as
 * `e.requestEvent` at run time — PocketBase's JS runtime does not lift the embedded request's
 * fields onto them, although the declarations say it does; routes get the request itself.
 * @param {any} e
 * @returns {{ set(name: string, value: string): void }}
 */
function responseHeaders(e) {
  return (e.requestEvent || e).response.header();
}

/**
 * A form field exactly as the client sent it. PocketBase has already converted the body to the
 * fields' types by the time a hook runs (a number field's "0x10" is no longer "0x10").
 * @param {any} e @param {string} name
 * @returns {string}
 */
function sentValue(e, name) {
  const request = (e.requestEvent || e).request;
  const form = request.multipartForm;
  if (form?.value?.[name]) return String(form.value[name][0]);
  const body = e.requestInfo().body || {};
  return body[name] === undefined || body[name] === null ? '' : String(body[name]);
}

/**
 * Sets a cookie only the server reads (HttpOnly), sent back only to `path` and only from the site
 * itself (SameSite=Strict: no other website makes a visitor's browser send it), over HTTPS only
 * when the request came over HTTPS — directly, or through the proxy (deploy/Caddyfile).
 * @param {any} event a route's or a hook's event (see responseHeaders) @param {string} name @param {string} value
 * @param {string} path @param {number} maxAgeSeconds
 */
function setPrivateCookie(event, name, value, path, maxAgeSeconds) {
  /** @type {core.RequestEvent} */
  const e = event.requestEvent || event;
  e.setCookie(
    new Cookie({
      name,
      value,
      path,
      maxAge: Math.max(1, Math.ceil(maxAgeSeconds)),
      httpOnly: true,
      secure: !!e.request.tls || e.request.header.get('X-Forwarded-Proto') === 'https',
      sameSite: /** @type {any} */ (3),
    }),
  );
}

/** A cookie's value as sent, or "" when there is none. @param {any} e a route's or a hook's event @param {string} name */
function cookieValue(e, name) {
  try {
    return (e.requestEvent || e).request.cookie(name).value;
  } catch (_) {
    return '';
  }
}

module.exports = { responseHeaders, sentValue, setPrivateCookie, cookieValue };
