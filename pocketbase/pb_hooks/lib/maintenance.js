// @ts-check

/** Stored files and temporary uploads younger than this may belong to an upload still under way. */
const UPLOAD_GRACE_MS = 60 * 60 * 1000;

/**
 * Deletes the documents of proposals and online applications finished, and complaints' photos
 * closed, more than the retention period ago, records it on the record (and its public status) and in the audit trail. Returns
 * how many records.
 * @param {HookApp} app
 */
function deleteExpiredDocuments(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { retentionDays } = require(`${__hooks}/lib/settings.js`);
  const cutoff = new Date(Date.now() - retentionDays() * 24 * 3600 * 1000).toISOString().replace('T', ' ');
  const kinds = [
    {
      collection: 'proposals',
      fields: domain.DOCUMENTS.map((document) => document.field),
      finished: 'finished_at',
      deletedAt: 'documents_deleted_at',
    },
    {
      collection: 'requests',
      fields: ['documents'],
      finished: 'finished_at',
      deletedAt: 'documents_deleted_at',
    },
    // A complaint's photo, once it is closed (a reopening clears closed_at).
    {
      collection: 'complaints',
      fields: ['photo'],
      finished: 'closed_at',
      deletedAt: 'photo_deleted_at',
    },
  ];
  let deleted = 0;
  for (const kind of kinds) {
    const holding = kind.fields.map((field) => `${field} != '[]' && ${field} != ''`).join(' || ');
    const expired = app.findRecordsByFilter(
      kind.collection,
      `${kind.finished} != '' && ${kind.finished} <= {:cutoff} && ${kind.deletedAt} = '' && (${holding})`,
      kind.finished,
      100,
      0,
      { cutoff },
    );
    for (const record of require(`${__hooks}/lib/given.js`).present(expired)) {
      for (const field of kind.fields) record.set(field, []);
      record.set(kind.deletedAt, new Date().toISOString());
      app.runInTransaction((tx) => {
        require(`${__hooks}/lib/cases.js`).refreshPublicStatus(tx, record);
        tx.save(record);
        require(`${__hooks}/lib/audit.js`).recordAction(tx, null, 'hapus-dokumen-kedaluwarsa', record, {
          days: retentionDays(),
        });
      });
    }
    deleted += expired.length;
  }
  return deleted + deleteExpiredHouseholdIdentities(app);
}

/**
 * A household proposal's NIK, KK and photos go the retention period after its result was recorded,
 * counted in office days (src/domain/household-proposal.ts: householdIdentityExpiry), as its status
 * page says; each number goes into the erasure register (scope "identitas") so that no restored backup
 * brings them back, and the database files are rewritten as for an erasure (no trace in free pages or
 * the WAL) — once a day at most, as one day's households go together. Returns how many.
 * @param {HookApp} app
 */
function deleteExpiredHouseholdIdentities(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { retentionDays } = require(`${__hooks}/lib/settings.js`);
  const cutoff = domain.householdIdentityExpiry(new Date(), retentionDays()).toISOString().replace('T', ' ');
  const expired = require(`${__hooks}/lib/given.js`).present(
    app.findRecordsByFilter(
      'household_proposals',
      "finished_at != '' && finished_at < {:cutoff} && documents_deleted_at = ''",
      'finished_at',
      500,
      0,
      { cutoff },
    ),
  );
  if (expired.length === 0) return 0;
  const register = require(`${__hooks}/lib/erasure_register.js`);
  const at = new Date().toISOString();
  for (const household of expired)
    app.runInTransaction((tx) => {
      clearHouseholdIdentity(tx, household, at);
      register.registerErased(tx, [household.getString('number')], at, 'identitas');
      require(`${__hooks}/lib/audit.js`).recordAction(tx, null, 'hapus-dokumen-kedaluwarsa', household, {
        days: retentionDays(),
      });
    });
  register.writeFile(new Map(expired.map((household) => [household.getString('number'), { at, scope: 'identitas' }])));
  require(`${__hooks}/lib/data_subject.js`).rewriteDatabaseFiles(app);
  return expired.length;
}

/**
 * Deletes a household's identity data (domain HOUSEHOLD_IDENTITY_FIELDS: NIK, KK, photos, whose files
 * go with the save) and says on its status page when. Saved without validation: NIK, KK and the photos
 * are required of a household being proposed, not of one whose data is gone.
 * @param {HookApp} tx @param {core.Record} household @param {string} at ISO
 */
function clearHouseholdIdentity(tx, household, at) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  for (const field of domain.HOUSEHOLD_IDENTITY_FIELDS)
    household.set(field, field === 'nik' || field === 'kk' ? '' : []);
  household.set('documents_deleted_at', at);
  require(`${__hooks}/lib/cases.js`).refreshPublicStatus(tx, household);
  tx.saveNoValidate(household);
  clearDeliberationsOf(tx, household);
}

/**
 * The village deliberations that took a household up go with it: its reason for not being agreed
 * goes with its identity data, and a deliberation's minutes (photos or PDF of the berita acara or
 * SPTJM, which list the families) once every household it took up has lost its identity data — by
 * this clean-up or by an erasure. Clearing the household again (after a restore, from the erasure
 * register) clears its deliberations again.
 * @param {HookApp} tx @param {core.Record} household
 */
function clearDeliberationsOf(tx, household) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const given = require(`${__hooks}/lib/given.js`);
  // Ids are 15 random letters and digits: the JSON text names this household or no other.
  const batches = given.present(
    tx.findRecordsByFilter('household_batches', 'outcomes ~ {:id}', '', 0, 0, { id: household.id }),
  );
  for (const batch of batches) {
    const outcomes = domain.readOutcomes(JSON.parse(batch.getString('outcomes') || 'null')) || [];
    const cleared = outcomes.map((outcome) =>
      outcome.household === household.id
        ? { household: outcome.household, agreed: outcome.agreed, reason: '' }
        : outcome,
    );
    batch.set('outcomes', cleared);
    const others = outcomes.map((outcome) => outcome.household).filter((id) => id !== household.id);
    const allGone =
      others.length === 0 ||
      given
        .present(tx.findRecordsByIds('household_proposals', others))
        .every((other) => other.getString('documents_deleted_at') !== '');
    if (allGone) batch.set('minutes', []);
    tx.saveNoValidate(batch);
  }
}

/**
 * Removes stored files whose record does not exist (a crash between upload and commit leaves
 * them), temporary multipart files and uploads being cleaned (pb_hooks/lib/uploads.js), only when
 * older than an hour.
 * @param {HookApp} app
 */
function deleteOrphanedUploads(app) {
  /** @param {number} modifiedSeconds seconds since the epoch */
  const oldEnough = (modifiedSeconds) => Date.now() - modifiedSeconds * 1000 > UPLOAD_GRACE_MS;
  let removed = 0;
  const fs = app.newFilesystem();
  try {
    const given = require(`${__hooks}/lib/given.js`);
    for (const collection of given.present(app.findAllCollections('base'))) {
      if (!collection.fields.some((field) => field.type() === 'file')) continue;
      const orphans = new Set();
      for (const object of given.present(fs.list(`${collection.id}/`))) {
        const recordId = object.key.split('/')[1];
        if (!recordId || orphans.has(recordId) || !oldEnough(object.modTime.unix())) continue;
        try {
          app.findRecordById(collection.id, recordId);
        } catch (_) {
          orphans.add(recordId);
        }
      }
      for (const recordId of orphans) {
        fs.deletePrefix(`${collection.id}/${recordId}/`);
        removed++;
      }
    }
  } finally {
    fs.close();
  }
  const temp = $os.tempDir();
  for (const entry of $os.readDir(temp)) {
    const ours = entry.name().startsWith(require(`${__hooks}/lib/uploads.js`).TEMP_PREFIX);
    if (!(entry.name().startsWith('multipart-') || ours) || entry.isDir()) continue;
    const info = entry.info();
    if (oldEnough(info.modTime().unix())) {
      $os.remove(`${temp}/${entry.name()}`);
      removed++;
    }
  }
  return removed;
}

/** @param {HookApp} app */
function deleteOldFailureCounts(app) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const now = Date.now();
  app
    .db()
    .newQuery('DELETE FROM sign_in_failures WHERE last_at < {:before}')
    .bind({ before: now - domain.SIGN_IN_POLICY.windowMs - domain.SIGN_IN_POLICY.longestWaitMs })
    .execute();
  app
    .db()
    .newQuery('DELETE FROM lookup_failures WHERE last_at < {:before}')
    .bind({ before: now - domain.LOOKUP_FAILURE_WINDOW_MS })
    .execute();
}

module.exports = { deleteExpiredDocuments, clearHouseholdIdentity, deleteOrphanedUploads, deleteOldFailureCounts };
