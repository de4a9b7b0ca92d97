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

module.exports = { responseHeaders, sentValue };
