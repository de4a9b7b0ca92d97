// @ts-check
// Chains and checks the audit trail (src/domain/audit.ts). Entries arrive sealed but unnumbered
// (pb_hooks/lib/audit.js); one chainer at a time numbers them in the order they were committed and
// links each to the one before (chainPending: every CHAIN_INTERVAL_MS from pb_hooks/audit_trail.pb.js,
// at start, and before every check; by the requests that wrote them only in a server's first minute,
// before the chainer's first run). A check reads what is new since the last one from a checkpoint
// and a slice of older entries in rotation, so its cost does not grow with the trail while every
// entry is still re-read regularly; `pocketbase jejak-audit periksa-semua` reads all of it at once.
// Every day the chain head is written outside the database (an anchor file the backup service
// copies to the replica, shown in the daily summary for printing): cutting the tail shows there.

/** @typedef {import("../../../src/domain/audit").AuditCheck} AuditCheck */
/** @typedef {import("../../../src/domain/audit").AuditAnchor} AuditAnchor */
/** @typedef {import("../../../src/domain/audit").AuditProblem} AuditProblem */

const CHAINER_LOCK = 'jejak-audit:perantai';
/** The chainer loop now running (chainForAMinute), if any. */
const CHAINER_LOOP = 'jejak-audit:perantai-berjalan';
/** Entries chained per transaction: the write lock is held a few milliseconds at most. */
const CHAIN_BATCH = 500;
/** How often the chainer looks for entries to chain: what a request writes is chained within this, off the request. */
const CHAIN_INTERVAL_MS = 200;
/** Entries read per query while verifying (keyset pages: seq > last, never OFFSET). */
const VERIFY_PAGE = 1000;
/** Older entries a check re-reads in rotation: at 5 million entries and a check every 5 minutes, all within a day. */
const SWEEP_SLICE = 20000;
/** Progress of `periksa-semua`, every so many entries. */
const PROGRESS_EVERY = 100000;
const STATE_NAME = 'pemeriksaan';
const KEY_STATE_NAME = 'kunci';
const ANCHOR_FILE = /^jangkar-(\d{10})\.json$/;
/** How long a `jejak-audit` command waits for a busy server's write lock before it gives up. */
const LOCK_PATIENCE_MINUTES = 10;
const DATABASE_LOCKED = /database is locked|SQLITE_BUSY/;

const ENTRY_ROW = {
  id: '',
  seq: 0,
  at: '',
  created: '',
  agency: '',
  actor_type: '',
  actor_id: '',
  actor_name: '',
  action: '',
  target_type: '',
  target_id: '',
  target_label: '',
  detail: '',
  entry_mac: '',
  prev_mac: '',
  mac: '',
};
const ENTRY_COLUMNS = Object.keys(ENTRY_ROW).join(', ');

/**
 * Every query of the chain and its checks, each served by a partial index of audit_log
 * (tests/security/audit-trail.test.ts reads their plans). SQLite uses a partial index only when the
 * query repeats the index's condition — `seq > 0`, `seq < 1` — and a number bound at run time proves
 * nothing: `seq = 0` alone read the whole trail on every audited read and write (1 s a staff read at
 * 500,000 entries under load), and `seq = {:seq}` or a range of numbers read it for each entry looked
 * up and each page of a check (45 s a check at 500,000 entries; the whole trail read again per page of 1,000).
 */
const TRAIL_QUERIES = {
  /** The oldest entries not chained yet (idx_audit_log_unchained, seq < 1), in the order they were committed. */
  pending: `SELECT ${ENTRY_COLUMNS} FROM audit_log WHERE seq < 1 AND seq = 0 ORDER BY rowid LIMIT ${CHAIN_BATCH}`,
  /** Whether any entry waits to be chained (idx_audit_log_unchained). */
  anyPending: 'SELECT id FROM audit_log WHERE seq < 1 AND seq = 0 LIMIT 1',
  /** The last chained entry (idx_audit_log_seq, seq > 0). */
  head: 'SELECT seq, at, mac FROM audit_log WHERE seq > 0 ORDER BY seq DESC LIMIT 1',
  /** One chained entry by its number (idx_audit_log_seq). */
  entry: `SELECT ${ENTRY_COLUMNS} FROM audit_log WHERE seq > 0 AND seq = {:seq}`,
  /**
   * A page of chained entries from..to, in order (idx_audit_log_seq; keyset, never OFFSET). Of two
   * lower bounds SQLite seeks by the first one written: `seq > 0` first read the index from the
   * trail's start to `from` for each page (1–3 s a check at 5 million entries, its plan the same).
   */
  range: `SELECT ${ENTRY_COLUMNS} FROM audit_log WHERE seq >= {:from} AND seq <= {:to} AND seq > 0 ORDER BY seq LIMIT ${VERIFY_PAGE}`,
  /** The link an entry carries, and the one its predecessor carries (idx_audit_log_seq). */
  linkCarried: 'SELECT prev_mac AS link FROM audit_log WHERE seq > 0 AND seq = {:seq}',
  linkMade: 'SELECT mac AS link FROM audit_log WHERE seq > 0 AND seq = {:seq}',
  /** Entries waiting and entries refused (idx_audit_log_unchained). */
  counts:
    'SELECT COALESCE(SUM(seq = 0), 0) AS pending, COALESCE(SUM(seq = -1), 0) AS refused FROM audit_log WHERE seq < 1',
};

/** @template {Record<string, unknown>} T @param {HookApp} app @param {T} shape @param {string} sql @param {Record<string, unknown>} [params] */
function rows(app, shape, sql, params) {
  return require(`${__hooks}/lib/query.js`).queryRows(app, shape, sql, params);
}

/** An entry's seal as it should be. @param {string} key @param {typeof ENTRY_ROW} row */
function sealOf(key, row) {
  return $security.hs256(domainModule().auditEntryPayload(row), key);
}

/** An entry's link as it should be. @param {string} key @param {string} previousMac @param {number} seq @param {string} entryMac */
function linkOf(key, previousMac, seq, entryMac) {
  return $security.hs256(domainModule().auditChainPayload(previousMac, seq, entryMac), key);
}

/** The domain bundle, required once per JS runtime (the check calls it twice an entry). */
let domainCache = null;
function domainModule() {
  if (!domainCache) domainCache = require(`${__hooks}/generated/domain.cjs`);
  return /** @type {typeof import("../../../src/domain/index")} */ (domainCache);
}

/** The last chained entry, or null. @param {HookApp} app */
function headEntry(app) {
  const [head] = rows(app, { seq: 0, at: '', mac: '' }, TRAIL_QUERIES.head);
  return head || null;
}

/** @param {HookApp} app @param {number} seq */
function entryAt(app, seq) {
  const [entry] = rows(app, ENTRY_ROW, TRAIL_QUERIES.entry, { seq });
  return entry || null;
}

// --- State kept in audit_state (a table no API reaches), signed with the key ---------------------

/** @param {HookApp} app @param {string} name @param {string} key */
function readState(app, name, key) {
  const [row] = rows(app, { value: '' }, 'SELECT value FROM audit_state WHERE name = {:name}', { name });
  if (!row) return null;
  try {
    const stored = JSON.parse(row.value);
    return $security.equal(stored.tanda, $security.hs256(`${name}\n${JSON.stringify(stored.isi)}`, key))
      ? stored.isi
      : null;
  } catch (_) {
    return null;
  }
}

/** @param {HookApp} app @param {string} name @param {string} key @param {unknown} value */
function writeState(app, name, key, value) {
  const stored = { isi: value, tanda: $security.hs256(`${name}\n${JSON.stringify(value)}`, key) };
  app
    .db()
    .newQuery(
      'INSERT INTO audit_state (name, value) VALUES ({:name}, {:value}) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
    )
    .bind({ name, value: JSON.stringify(stored) })
    .execute();
}

/**
 * Runs `write`, a write to the database, again while another process holds its write lock longer
 * than SQLite's busy timeout (10 s): a `jejak-audit` command run beside a busy server meets
 * SQLITE_BUSY there. Without `say` (inside the server, where writes queue in one process) it runs once.
 * @template T @param {() => T} write @param {((line: string) => void) | undefined} say @returns {T}
 */
function whenWritable(write, say) {
  const started = Date.now();
  for (;;) {
    try {
      return write();
    } catch (err) {
      const waited = Date.now() - started;
      if (!say || !isDatabaseLocked(err) || waited > LOCK_PATIENCE_MINUTES * 60000) throw err;
      say(`Basis data sedang ditulis server; menunggu giliran menulis (${Math.round(waited / 1000)} detik)…`);
      sleep(1000);
    }
  }
}

/** Whether `err` is the database's write lock held by another process (SQLITE_BUSY). @param {unknown} err */
function isDatabaseLocked(err) {
  return DATABASE_LOCKED.test(String(err));
}

// --- The key's era ---------------------------------------------------------------------------

/**
 * From which entry on the trail can be proven with this key: 1, unless the key was first made for
 * a trail that already had entries (sealed with SHA-256 only) or replaced after being lost — then
 * from the entry that says so, written under this key. A recorded start that this key does not
 * prove (a stale or forged state) counts as 1: every entry is then expected to verify.
 * @param {HookApp} app @param {string} key
 */
function provableFrom(app, key) {
  const era = /** @type {{ from: number } | null} */ (readState(app, KEY_STATE_NAME, key));
  if (!era || era.from <= 1) return 1;
  const first = entryAt(app, era.from);
  const ok =
    first !== null &&
    first.action === require(`${__hooks}/generated/domain.cjs`).AUDIT_ACTIONS['kunci-jejak-audit'] &&
    $security.equal(first.entry_mac, sealOf(key, first)) &&
    $security.equal(first.mac, linkOf(key, first.prev_mac, first.seq, first.entry_mac));
  return ok ? era.from : 1;
}

/**
 * Starts a new era of the key: an entry saying from where the trail is provable with it, chained
 * at once. For a trail that had entries before it had a key, and after a lost key was replaced.
 * @param {HookApp} app @param {string} key @param {string} reason @param {string} actorName
 */
function startKeyEra(app, key, reason, actorName) {
  const before = headEntry(app);
  require(`${__hooks}/lib/audit.js`).writeEntry(app, {
    agency: '',
    actorType: 'sistem',
    actorId: '',
    actorName,
    action: 'kunci-jejak-audit',
    targetType: 'audit_log',
    targetId: '',
    targetLabel: before ? `entri 1–${before.seq} tidak dapat dibuktikan dengan kunci ini` : '',
    detail: { reason, previous_head: before ? before.seq : 0 },
  });
  chainPending(app, { wait: true });
  const head = headEntry(app);
  writeState(app, KEY_STATE_NAME, key, { from: head ? head.seq : 1 });
}

/**
 * At start and before a `jejak-audit` command: the key (made when the trail has never been
 * sealed), and a new era when an existing unsealed trail gets its first key.
 * @param {HookApp} app
 */
function prepare(app) {
  const loaded = require(`${__hooks}/lib/audit_key.js`).loadOrCreateKey(app);
  if (loaded.created && headEntry(app) !== null)
    startKeyEra(app, loaded.key, 'kunci pertama untuk jejak yang sudah berisi entri tanpa kunci', 'server');
  return loaded;
}

// --- Chaining --------------------------------------------------------------------------------

/**
 * Numbers and links entries not chained yet, oldest commit first, in batches. Only one chainer
 * runs at a time in this process; with `wait`, a caller that needs every entry committed so far
 * chained (a check, an anchor) waits for the running one. An entry whose seal does not verify was
 * not written by this server: it is refused (seq -1), never chained, and every check reports it.
 * @param {HookApp} app @param {{ wait?: boolean }} [options] @returns {number} entries chained
 */
function chainPending(app, options) {
  // A read first, on a reader connection: the chainer takes SQLite's one writer only when there is
  // something to chain, never every CHAIN_INTERVAL_MS of an idle server.
  if (rows(app, { id: '' }, TRAIL_QUERIES.anyPending).length === 0) return 0;
  const store = app.store();
  for (;;) {
    let acquired = false;
    store.setFunc(CHAINER_LOCK, (held) => {
      if (held) return held;
      acquired = true;
      return true;
    });
    if (acquired) break;
    if (!options?.wait) return 0;
    sleep(5);
  }
  try {
    const key = require(`${__hooks}/lib/audit_key.js`).auditKey(app);
    let chained = 0;
    for (;;) {
      let batch = 0;
      app.runInTransaction((tx) => {
        const head = headEntry(tx) || { seq: 0, mac: require(`${__hooks}/generated/domain.cjs`).AUDIT_GENESIS };
        const pending = rows(tx, ENTRY_ROW, TRAIL_QUERIES.pending);
        batch = pending.length;
        for (const entry of pending) {
          if (!$security.equal(entry.entry_mac, sealOf(key, entry)) || entry.created !== entry.at) {
            tx.db().newQuery('UPDATE audit_log SET seq = -1 WHERE id = {:id}').bind({ id: entry.id }).execute();
            continue;
          }
          const seq = head.seq + 1;
          const mac = linkOf(key, head.mac, seq, entry.entry_mac);
          tx.db()
            .newQuery('UPDATE audit_log SET seq = {:seq}, prev_mac = {:prev}, mac = {:mac} WHERE id = {:id}')
            .bind({ seq, prev: head.mac, mac, id: entry.id })
            .execute();
          head.seq = seq;
          head.mac = mac;
          chained++;
        }
      });
      if (batch < CHAIN_BATCH) return chained;
    }
  } finally {
    store.remove(CHAINER_LOCK);
  }
}

/**
 * Chains continuously (the cron job that calls it starts one every minute): entries are chained
 * within CHAIN_INTERVAL_MS of being committed, off the requests that wrote them. Each loop runs a
 * little past the next minute's tick, whose loop takes over, so from the first tick after a start
 * one is always running; until then the requests chain (chainerRunning).
 * @param {HookApp} app
 */
function chainForAMinute(app) {
  const store = app.store();
  const loop = $security.randomString(12);
  store.set(CHAINER_LOOP, loop);
  const until = Date.now() + 61000;
  try {
    while (Date.now() < until && store.get(CHAINER_LOOP) === loop) {
      try {
        chainPending(app);
      } catch (err) {
        app.logger().error('Jejak audit: entri belum dapat dirantai', 'error', String(err));
      }
      sleep(CHAIN_INTERVAL_MS);
    }
  } finally {
    // Cleared only if no later loop has taken over.
    store.setFunc(CHAINER_LOOP, (running) => (running === loop ? '' : running));
  }
}

/** Whether a chainer loop (chainForAMinute) is running, so a request leaves the chain to it. @param {HookApp} app */
function chainerRunning(app) {
  return Boolean(app.store().get(CHAINER_LOOP));
}

// --- Verifying -------------------------------------------------------------------------------

/**
 * Verifies entries from..to (inclusive), the one before `from` having link `previous`: each seal
 * matches its content, numbers follow without gaps, each link covers the one before.
 * @param {HookApp} app @param {string} key @param {number} from @param {number} to @param {string} previous
 * @param {(done: number) => void} [progress]
 * @returns {{ brokenAt: number, problem: AuditProblem } | null}
 */
function verifyRange(app, key, from, to, previous, progress) {
  let expected = from;
  let link = previous;
  while (expected <= to) {
    const page = rows(app, ENTRY_ROW, TRAIL_QUERIES.range, { from: expected, to });
    if (page.length === 0) break;
    for (const entry of page) {
      if (entry.seq !== expected) return { brokenAt: expected, problem: 'nomor-hilang' };
      if (entry.created !== entry.at || !$security.equal(entry.entry_mac, sealOf(key, entry)))
        return { brokenAt: entry.seq, problem: 'isi-diubah' };
      if (entry.prev_mac !== link || !$security.equal(entry.mac, linkOf(key, link, entry.seq, entry.entry_mac)))
        return { brokenAt: entry.seq, problem: 'rantai-putus' };
      link = entry.mac;
      expected++;
      if (progress && (expected - from) % PROGRESS_EVERY === 0) progress(expected - from);
    }
  }
  return expected <= to ? { brokenAt: expected, problem: 'nomor-hilang' } : null;
}

/**
 * The link an entry must carry: the previous entry's, or — for the first entry of this key's era,
 * whose predecessor cannot be proven — its own. @param {HookApp} app @param {number} seq @param {number} era
 */
function linkBefore(app, seq, era) {
  if (seq <= 1) return require(`${__hooks}/generated/domain.cjs`).AUDIT_GENESIS;
  const [row] =
    seq === era
      ? rows(app, { link: '' }, TRAIL_QUERIES.linkCarried, { seq })
      : rows(app, { link: '' }, TRAIL_QUERIES.linkMade, { seq: seq - 1 });
  return row ? row.link : '';
}

/**
 * Whether the chain still holds what an anchor (or the last checkpoint) recorded: the entry with
 * that number and that link. @param {HookApp} app @param {{ seq: number, mac: string }} anchor
 * @param {{ seq: number } | null} head @returns {{ brokenAt: number, problem: AuditProblem } | null}
 */
function againstAnchor(app, anchor, head) {
  if (!head || head.seq < anchor.seq) return { brokenAt: head ? head.seq + 1 : 1, problem: 'ekor-hilang' };
  const entry = entryAt(app, anchor.seq);
  if (!entry) return { brokenAt: anchor.seq, problem: 'nomor-hilang' };
  return entry.mac === anchor.mac ? null : { brokenAt: anchor.seq, problem: 'rantai-putus' };
}

/** @param {HookApp} app */
function countsOf(app) {
  const [counts] = rows(app, { pending: 0, refused: 0 }, TRAIL_QUERIES.counts);
  return counts;
}

/**
 * @typedef {{ checkpoint: { seq: number, mac: string } | null, sweepNext: number, cycleStartedAt: string | null,
 *   wholeTrailCheckedAt: string | null, last: AuditCheck | null }} CheckState
 */

/**
 * The check (on demand, every 5 minutes, with the daily summary): what the last check verified
 * must still be there unchanged, then the entries after it, a slice of older ones in rotation, and
 * the head against the newest anchor (and one the caller brings, e.g. from a printed summary).
 * Reports the first broken entry found; the checkpoint moves on only over an intact trail. With
 * `whole`, every entry is read (`pocketbase jejak-audit periksa-semua`), telling `say` the progress.
 * With `sweep: false` no older slice is read (the daily summary: the 5-minute check sweeps; a
 * slice is up to SWEEP_SLICE entries, seconds of work on a five-year trail, each time it opens).
 * @param {HookApp} app
 * @param {{ anchor?: { seq: number, mac: string } | null, whole?: boolean, sweep?: boolean, say?: (line: string) => void }} [options]
 * @returns {AuditCheck}
 */
function checkTrail(app, options) {
  const opts = options || {};
  const key = require(`${__hooks}/lib/audit_key.js`).auditKey(app);
  const say = opts.say;
  whenWritable(() => chainPending(app, { wait: true }), say);
  const head = headEntry(app);
  const to = head ? head.seq : 0;
  const era = provableFrom(app, key);
  const state = /** @type {CheckState | null} */ (readState(app, STATE_NAME, key));
  const now = new Date().toISOString();
  /** @type {{ brokenAt: number, problem: AuditProblem }[]} */
  const breaks = [];
  const note = (/** @type {{ brokenAt: number, problem: AuditProblem } | null} */ found) => {
    if (found) breaks.push(found);
  };

  const checkpoint = !opts.whole && state && state.checkpoint && state.checkpoint.seq >= era ? state.checkpoint : null;
  let from = era;
  let previous = linkBefore(app, era, era);
  if (checkpoint) {
    note(againstAnchor(app, checkpoint, head));
    from = checkpoint.seq + 1;
    previous = checkpoint.mac;
  }
  const started = Date.now();
  if (say) say(`Memeriksa ${Math.max(0, to - from + 1)} entri (${from}–${to})…`);
  note(
    verifyRange(app, key, from, to, previous, (done) => {
      if (say) say(`… ${done} dari ${to - from + 1} entri, ${Math.round((Date.now() - started) / 1000)} detik`);
    }),
  );
  const checked = from <= to ? { from, to } : null;

  let swept = null;
  let sweepNext = era;
  let cycleStartedAt = null;
  let wholeTrailCheckedAt = state ? state.wholeTrailCheckedAt : null;
  if (!checkpoint) {
    if (breaks.length === 0) wholeTrailCheckedAt = now;
  } else if (state && opts.sweep === false) {
    sweepNext = state.sweepNext;
    cycleStartedAt = state.cycleStartedAt;
  } else if (state) {
    sweepNext = state.sweepNext >= era && state.sweepNext < from ? state.sweepNext : era;
    cycleStartedAt = sweepNext === era ? now : state.cycleStartedAt || now;
    if (sweepNext < from) {
      const sweepTo = Math.min(from - 1, sweepNext + SWEEP_SLICE - 1);
      note(verifyRange(app, key, sweepNext, sweepTo, linkBefore(app, sweepNext, era)));
      swept = { from: sweepNext, to: sweepTo };
      sweepNext = sweepTo + 1;
    }
    if (sweepNext >= from) {
      // Every entry up to the checkpoint has been read again since the rotation began.
      if (breaks.length === 0) wholeTrailCheckedAt = cycleStartedAt;
      sweepNext = era;
      cycleStartedAt = null;
    }
  }

  const anchor = latestAnchor(app);
  if (anchor) note(againstAnchor(app, anchor, head));
  if (opts.anchor) note(againstAnchor(app, opts.anchor, head));
  const counts = countsOf(app);
  const broken = breaks.sort((a, b) => a.brokenAt - b.brokenAt)[0] || null;
  /** @type {AuditCheck} */
  const result = {
    intact: !broken && counts.refused === 0,
    entries: to,
    head: head ? { seq: head.seq, at: head.at, mac: head.mac } : null,
    brokenAt: broken ? broken.brokenAt : null,
    problem: broken ? broken.problem : counts.refused > 0 ? 'disisipkan' : null,
    finding: '',
    checked,
    swept,
    wholeTrailCheckedAt,
    anchor,
    pending: counts.pending,
    provableFrom: era,
    checkedAt: now,
  };
  result.finding = findingOf(result, counts.refused);
  const stateNow = {
    checkpoint: broken || !head ? state?.checkpoint : { seq: head.seq, mac: head.mac },
    sweepNext: broken ? (state ? state.sweepNext : era) : sweepNext,
    cycleStartedAt: broken ? state?.cycleStartedAt : cycleStartedAt,
    wholeTrailCheckedAt,
    last: result,
  };
  whenWritable(() => writeState(app, STATE_NAME, key, stateNow), say);
  if (!result.intact)
    app.logger().error('Jejak audit tidak utuh', 'brokenAt', result.brokenAt, 'problem', result.problem);
  return result;
}

/** @param {AuditCheck} result @param {number} refused */
function findingOf(result, refused) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  if (result.problem === 'disisipkan') return `${refused} entri: ${domain.AUDIT_PROBLEMS.disisipkan}.`;
  if (result.problem) return `Rusak mulai entri ${result.brokenAt}: ${domain.AUDIT_PROBLEMS[result.problem]}.`;
  const unprovable =
    result.provableFrom > 1
      ? ` Entri 1–${result.provableFrom - 1} ditulis sebelum kunci ini dan tidak dapat dibuktikan dengannya.`
      : '';
  return `Utuh: ${result.entries} entri.${unprovable}`;
}

/** The result of the last check, or null when none has run. @param {HookApp} app */
function lastCheck(app) {
  const key = require(`${__hooks}/lib/audit_key.js`).auditKey(app);
  const state = /** @type {CheckState | null} */ (readState(app, STATE_NAME, key));
  return state ? state.last : null;
}

// --- Anchors ---------------------------------------------------------------------------------

/** Where anchors are written: LAYANAN_AUDIT_ANCHOR_DIR, else beside the data folder. @param {HookApp} app */
function anchorDir(app) {
  const configured = $os.getenv('LAYANAN_AUDIT_ANCHOR_DIR');
  if (configured) return configured;
  return (
    require(`${__hooks}/lib/audit_key.js`).dataFolder(app) +
    require(`${__hooks}/generated/domain.cjs`).AUDIT_ANCHORS_BESIDE_DATA
  );
}

/** The newest anchor written, or null. @param {HookApp} app @returns {AuditAnchor | null} */
function latestAnchor(app) {
  let newest = '';
  try {
    for (const entry of $os.readDir(anchorDir(app))) {
      const name = entry.name();
      if (ANCHOR_FILE.test(name) && name > newest) newest = name;
    }
  } catch (_) {
    return null;
  }
  if (!newest) return null;
  const anchor = JSON.parse(toString($os.readFile(`${anchorDir(app)}/${newest}`)));
  return { seq: anchor.seq, at: anchor.at, mac: anchor.mac, writtenAt: anchor.writtenAt };
}

/**
 * Writes the chain head to a new anchor file, unless the newest anchor already holds it. Files are
 * never rewritten: the backup service copies them to the replica without overwriting or deleting
 * (deploy/layanan-cadangan). @param {HookApp} app @returns {AuditAnchor | null}
 */
function writeAnchor(app) {
  chainPending(app, { wait: true });
  const head = headEntry(app);
  const newest = latestAnchor(app);
  if (!head || (newest && newest.seq >= head.seq)) return newest;
  const dir = anchorDir(app);
  // Owner-only folder and file (os.FileMode is declared as a Go type no number literal satisfies).
  $os.mkdirAll(dir, /** @type {any} */ (0o700));
  /** @type {AuditAnchor} */
  const anchor = { seq: head.seq, at: head.at, mac: head.mac, writtenAt: new Date().toISOString() };
  const key = require(`${__hooks}/lib/audit_key.js`);
  const file = `${dir}/jangkar-${String(head.seq).padStart(10, '0')}.json`;
  $os.writeFile(
    file,
    `${JSON.stringify({ ...anchor, key: key.keyFingerprint(key.auditKey(app)) }, null, 2)}\n`,
    /** @type {any} */ (0o600),
  );
  return anchor;
}

/** The anchor printed from the daily summary is at most this old; opening it writes a newer one. */
const SUMMARY_ANCHOR_MAX_AGE_MS = 3600 * 1000;

/**
 * What the daily summary shows: a check of the trail now (what is new since the last check, and the
 * anchors; the older slices are the 5-minute check's), and an anchor to print — the newest,
 * or a new one when the newest is over an hour old and the trail has grown since.
 * @param {HookApp} app @returns {{ check: AuditCheck, anchor: AuditAnchor | null }}
 */
function forTheSummary(app) {
  const newest = latestAnchor(app);
  const fresh = newest && Date.now() - Date.parse(newest.writtenAt) < SUMMARY_ANCHOR_MAX_AGE_MS;
  const anchor = fresh ? newest : writeAnchor(app);
  return { check: checkTrail(app, { sweep: false }), anchor };
}

module.exports = {
  TRAIL_QUERIES,
  LOCK_PATIENCE_MINUTES,
  isDatabaseLocked,
  forTheSummary,
  prepare,
  startKeyEra,
  chainPending,
  chainForAMinute,
  chainerRunning,
  checkTrail,
  lastCheck,
  writeAnchor,
  latestAnchor,
};
