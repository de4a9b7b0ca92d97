// @ts-check
// Small file-system questions the hooks ask about files outside PocketBase's storage.

/** Whether something exists at `path`. @param {string} path */
function fileExists(path) {
  try {
    $os.stat(path);
    return true;
  } catch (_) {
    return false;
  }
}

/**
 * The ETag of the file of a built site that a request for `path` is answered with (a folder's
 * index.html, as $apis.static serves it): its modification time and size, as Caddy's file_server
 * makes it; "" when there is no such file. A browser revalidates what it holds (sw.js above all,
 * checked for a new version of the app) with If-None-Match and If-Modified-Since. By the date
 * alone, Go answers 304 "not modified" whenever the file is not newer than the browser's copy, so a
 * deployed build made before the one it replaces (a rollback, a copy keeping the build's dates)
 * would never reach the phones that have the app; this ETag changes with any replacement, and
 * with an If-None-Match Go ignores the date.
 * @param {string} siteDir @param {string} path
 */
function fileEtag(siteDir, path) {
  const names = path.split('/').filter((name) => name !== '' && name !== '.');
  // Never a file outside the build ($apis.static refuses such a path too).
  if (names.indexOf('..') !== -1) return '';
  try {
    let info = $os.stat([siteDir, ...names].join('/'));
    if (info.isDir()) info = $os.stat([siteDir, ...names, 'index.html'].join('/'));
    const modified = info.modTime();
    return `"${modified.unix().toString(36)}.${modified.nanosecond().toString(36)}-${info.size().toString(36)}"`;
  } catch (_) {
    return '';
  }
}

/**
 * The text of the build's _headers.json, kept in the app's store while the file is the same one: a
 * build put in place under the running server (scripts/build.sh swaps the folder) brings its own
 * headers at once — its Content-Security-Policy lists its own inline scripts' hashes, so the old
 * one would block them. Stored as "<modification time>\n<text>"; one entry per site folder.
 * @param {HookApp} app @param {string} siteDir
 */
function builtHeaders(app, siteDir) {
  const file = `${siteDir}/_headers.json`;
  const written = String($os.stat(file).modTime().unixNano());
  const key = `site-headers:${siteDir}`;
  const kept = String(app.store().get(key) || '');
  const newline = kept.indexOf('\n');
  if (newline !== -1 && kept.slice(0, newline) === written) return kept.slice(newline + 1);
  const text = toString($os.readFile(file));
  app.store().set(key, `${written}\n${text}`);
  return text;
}

module.exports = { builtHeaders, fileEtag, fileExists };
