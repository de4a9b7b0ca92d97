// @ts-check
// The erasure register (UU 27/2022: erased data must not come back): the number of every request,
// proposal and complaint erased at its data subject's request, and when — numbers only. It is kept
// twice, so that restoring an old backup cannot bring an erased person back:
// - in the database (collection `erasures`), written in the erasure's own transaction;
// - in a file outside the data folder (LAYANAN_ERASURE_REGISTER; deploy/layanan-cadangan copies it
//   to the backup destination and brings it back with a restore), which no backup of the data
//   folder contains and so no restore rewinds.
// At every start the server erases again each number the file lists and the database does not
// (pb_hooks/lib/data_subject.js: reapplyErasures), and writes the file anew from both.

/** The register file's path, or '' when the deployment keeps none (the start warns). */
function registerFile() {
  return $os.getenv('LAYANAN_ERASURE_REGISTER');
}

/**
 * The file's entries: number → when it was erased (ISO). A line is "<when> <number>".
 * @returns {Map<string, string>}
 */
function entriesInFile() {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  /** @type {Map<string, string>} */
  const entries = new Map();
  const file = registerFile();
  if (!file) return entries;
  let text = '';
  try {
    text = toString($os.readFile(file));
  } catch (_) {
    return entries;
  }
  for (const line of text.split('\n')) {
    const [at, number] = line.trim().split(/\s+/);
    if (number && domain.NUMBER_PATTERN.test(number) && !Number.isNaN(Date.parse(at))) entries.set(number, at);
  }
  return entries;
}

/** @param {HookApp} app @returns {Map<string, string>} the database's entries */
function entriesInDatabase(app) {
  /** @type {Map<string, string>} */
  const entries = new Map();
  const domain = require(`${__hooks}/generated/domain.cjs`);
  for (const record of require(`${__hooks}/lib/given.js`).present(app.findAllRecords('erasures')))
    entries.set(record.getString('number'), domain.dateFromStored(record.getDateTime('erased_at')).toISOString());
  return entries;
}

/**
 * Adds numbers to the database's register, inside the erasure's transaction.
 * @param {HookApp} tx @param {string[]} numbers @param {string} at ISO
 */
function registerErased(tx, numbers, at) {
  const collection = tx.findCollectionByNameOrId('erasures');
  for (const number of numbers) {
    try {
      tx.findFirstRecordByData('erasures', 'number', number);
    } catch (_) {
      tx.save(new Record(collection, { number, erased_at: at }));
    }
  }
}

/**
 * Writes the file from the union of its own entries and `entries`, replacing it whole (a new
 * file, then renamed over the old one), readable by the server's user only.
 * @param {Map<string, string>} entries
 */
function writeFile(entries) {
  const file = registerFile();
  if (!file) return;
  const all = entriesInFile();
  const before = all.size;
  for (const [number, at] of entries) if (!all.has(number)) all.set(number, at);
  if (all.size === before && require(`${__hooks}/lib/files.js`).fileExists(file)) return;
  const lines = [...all.entries()]
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([n, at]) => `${at} ${n}`);
  // Owner-only folder and file (os.FileMode is declared as a Go type no number literal satisfies).
  $os.mkdirAll(file.replace(/\/[^/]*$/, '') || '/', /** @type {any} */ (0o700));
  const draft = `${file}.${$security.randomString(8)}.baru`;
  $os.writeFile(draft, lines.length > 0 ? `${lines.join('\n')}\n` : '', /** @type {any} */ (0o600));
  $os.rename(draft, file);
}

module.exports = { registerFile, entriesInFile, entriesInDatabase, registerErased, writeFile };
