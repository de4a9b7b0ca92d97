// @ts-check
// A name searched in the work queue or the complaint inbox (src/domain/case-lists.ts) is part of a
// name matched anywhere in it, which no B-tree index can order: at an office's five years
// (bench/five-years.ts, 500,000 requests) the search read every name of the office, 228–255 ms.
// This migration keeps, for each searched name column, the office's distinct names in a table of
// their own (`request_names`, `complaint_names`) with a trigram full-text index over them (SQLite
// FTS5: every run of three characters of every name). A search of three characters or more finds
// the names there, then their cases through the (agency, name, …) index the lists already read, and
// checks them with the same LIKE as before (src/domain/case-list.ts).
//
// - Distinct names, not cases: a name shared by a thousand cases is one row, and the cases come from
//   the covering index by (agency, name) without reading their rows.
// - The names' table has an INTEGER PRIMARY KEY, which VACUUM keeps: the index (external content)
//   points at it and stores the trigrams, not a copy of the names.
// - Kept by triggers on every insert, delete and change of a case's name or office — an erasure's
//   included: a name no case of the office holds any more leaves both the table and the index.
// - `secure-delete`: a name deleted is taken out of the index's stored pages at once, not hidden
//   behind a deletion marker until the next merge, so an erased name is gone from the file after the
//   erasure's VACUUM (UU 27/2022; tests/security/data-subject.test.ts reads the pages).
// - Built here from the rows already there: the upgrade of an existing office (docs/performance.md
//   gives its time at five years). Renaming or dropping the name column means dropping this first.
const NAME_INDEXES = [
  { cases: 'requests', column: 'applicant_name', names: 'request_names' },
  { cases: 'complaints', column: 'complainant_name', names: 'complaint_names' },
];

/** @param {{ cases: string, column: string, names: string }} indexed */
function createStatements({ cases, column, names }) {
  const search = `${names}_search`;
  const remember = (/** @type {string} */ row) =>
    `INSERT OR IGNORE INTO ${names}(agency, name) VALUES (${row}.agency, ${row}.${column});`;
  const forget = (/** @type {string} */ row) =>
    `DELETE FROM ${names} WHERE agency = ${row}.agency AND name = ${row}.${column}` +
    ` AND NOT EXISTS (SELECT 1 FROM ${cases} WHERE agency = ${row}.agency AND ${column} = ${row}.${column});`;
  return [
    `CREATE TABLE ${names} (id INTEGER PRIMARY KEY, agency TEXT NOT NULL, name TEXT NOT NULL, UNIQUE (agency, name))`,
    `INSERT INTO ${names}(agency, name) SELECT DISTINCT agency, ${column} FROM ${cases}`,
    `CREATE VIRTUAL TABLE ${search} USING fts5(name, content='${names}', content_rowid='id',` +
      ` tokenize='trigram case_sensitive 0 remove_diacritics 0')`,
    `INSERT INTO ${search}(${search}, rank) VALUES ('secure-delete', 1)`,
    `INSERT INTO ${search}(${search}) VALUES ('rebuild')`,
    `CREATE TRIGGER ${search}_insert AFTER INSERT ON ${names} BEGIN` +
      ` INSERT INTO ${search}(rowid, name) VALUES (new.id, new.name); END`,
    `CREATE TRIGGER ${search}_delete AFTER DELETE ON ${names} BEGIN` +
      ` INSERT INTO ${search}(${search}, rowid, name) VALUES ('delete', old.id, old.name); END`,
    `CREATE TRIGGER ${names}_insert AFTER INSERT ON ${cases} BEGIN ${remember('new')} END`,
    `CREATE TRIGGER ${names}_delete AFTER DELETE ON ${cases} BEGIN ${forget('old')} END`,
    // PocketBase writes every column on every save: only a name or office that changed counts.
    `CREATE TRIGGER ${names}_update AFTER UPDATE OF agency, ${column} ON ${cases}` +
      ` WHEN old.agency IS NOT new.agency OR old.${column} IS NOT new.${column}` +
      ` BEGIN ${remember('new')} ${forget('old')} END`,
  ];
}

/** @param {{ names: string }} indexed */
function dropStatements({ names }) {
  return [
    `DROP TRIGGER ${names}_update`,
    `DROP TRIGGER ${names}_delete`,
    `DROP TRIGGER ${names}_insert`,
    `DROP TABLE ${names}_search`,
    `DROP TABLE ${names}`,
  ];
}

/** @param {CoreApp} app @param {string[]} statements */
function run(app, statements) {
  for (const statement of statements) app.db().newQuery(statement).execute();
}

migrate(
  (app) => run(app, NAME_INDEXES.flatMap(createStatements)),
  (app) => run(app, NAME_INDEXES.flatMap(dropStatements)),
);
