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

module.exports = { fileExists };
