// @ts-check
// The erasure register (UU 27/2022: erased data must not come back): the number of every request,
// proposal and complaint erased at its data subject's request, and when — numbers only — and of every
// household proposal whose NIK, KK and photos the clean-up deleted (scope "identitas":
// pb_hooks/lib/maintenance.js). It is kept
// twice, so that restoring an old backup cannot bring an erased person back:
// - in the database (collection `erasures`), written in the erasure's own transaction;
// - in a file outside the data folder (LAYANAN_ERASURE_REGISTER; deploy/layanan-cadangan copies it
//   to the backup destination and brings it back with a restore), which no backup of the data
//   folder contains and so no restore rewinds.
// At every start the server erases again each number the file lists and the database does not
// (pb_hooks/lib/data_subject.js: reapplyErasures), and writes the file anew from both.

/** @typedef {{ at: string, scope: '' | 'identitas' }} Erasure when (ISO), and what: everything (''), or a household's identity data */

/** A data subject's erasure covers the clean-up's: it replaces it. @param {Erasure | undefined} kept @param {Erasure} added */
const widens = (kept, added) => !kept || (kept.scope !== '' && added.scope === '');

/** The register file's path, or '' when the deployment keeps none (the start warns). */
function registerFile() {
  return $os.getenv('LAYANAN_ERASURE_REGISTER');
}

/**
 * The file's entries: number → when and what was erased. A line is "<when> <number>", with " identitas"
 * after it for a household's identity data.
 * @returns {Map<string, Erasure>}
 */
function entriesInFile() {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  /** @type {Map<string, Erasure>} */
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
    const [at, number, scope] = line.trim().split(/\s+/);
    if (!number || !domain.NUMBER_PATTERN.test(number) || Number.isNaN(Date.parse(at))) continue;
    /** @type {Erasure} */
    const erasure = { at, scope: scope === 'identitas' ? 'identitas' : '' };
    if (widens(entries.get(number), erasure)) entries.set(number, erasure);
  }
  return entries;
}

/** @param {HookApp} app @returns {Map<string, Erasure>} the database's entries */
function entriesInDatabase(app) {
  /** @type {Map<string, Erasure>} */
  const entries = new Map();
  const domain = require(`${__hooks}/generated/domain.cjs`);
  for (const record of require(`${__hooks}/lib/given.js`).present(app.findAllRecords('erasures')))
    entries.set(record.getString('number'), {
      at: domain.dateFromStored(record.getDateTime('erased_at')).toISOString(),
      scope: record.getString('scope') === 'identitas' ? 'identitas' : '',
    });
  return entries;
}

/**
 * Adds numbers to the database's register, inside the erasure's transaction; a data subject's
 * erasure widens a household's earlier identity-only entry.
 * @param {HookApp} tx @param {string[]} numbers @param {string} at ISO @param {Erasure["scope"]} [scope]
 */
function registerErased(tx, numbers, at, scope = '') {
  const collection = tx.findCollectionByNameOrId('erasures');
  for (const number of numbers) {
    /** @type {core.Record | null} */
    let kept = null;
    try {
      kept = tx.findFirstRecordByData('erasures', 'number', number);
    } catch (_) {
      tx.save(new Record(collection, { number, erased_at: at, scope }));
      continue;
    }
    if (widens({ at: '', scope: kept.getString('scope') === 'identitas' ? 'identitas' : '' }, { at, scope })) {
      kept.load({ erased_at: at, scope });
      tx.save(kept);
    }
  }
}

/**
 * Writes the file from the union of its own entries and `entries`, replacing it whole (a new
 * file, then renamed over the old one), readable by the server's user only.
 * @param {Map<string, Erasure>} entries
 */
function writeFile(entries) {
  const file = registerFile();
  if (!file) return;
  const all = entriesInFile();
  let changed = false;
  for (const [number, erasure] of entries)
    if (widens(all.get(number), erasure)) {
      all.set(number, erasure);
      changed = true;
    }
  if (!changed && require(`${__hooks}/lib/files.js`).fileExists(file)) return;
  const lines = [...all.entries()]
    .sort((a, b) => (a[1].at < b[1].at ? -1 : a[1].at > b[1].at ? 1 : 0))
    .map(([n, { at, scope }]) => (scope ? `${at} ${n} ${scope}` : `${at} ${n}`));
  // Owner-only folder and file (os.FileMode is declared as a Go type no number literal satisfies).
  $os.mkdirAll(file.replace(/\/[^/]*$/, '') || '/', /** @type {any} */ (0o700));
  const draft = `${file}.${$security.randomString(8)}.baru`;
  $os.writeFile(draft, lines.length > 0 ? `${lines.join('\n')}\n` : '', /** @type {any} */ (0o600));
  $os.rename(draft, file);
}

module.exports = { registerFile, entriesInFile, entriesInDatabase, registerErased, writeFile };
