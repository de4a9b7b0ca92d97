// @ts-check
// The audit trail (src/domain/audit.ts, pb_hooks/lib/audit.js): who did what, when — and who read
// personal data. Written here only. A change through the API is recorded in the transaction of the
// change itself (the request names who, the save writes both), so one never commits without the
// other; a read is recorded before the data leaves the server. Nobody may create, change or delete
// an entry through any route, superusers included. Chaining, checks and anchors:
// pb_hooks/audit_trail.pb.js.

/** What is recorded when created through the API (tags only: handlers see no variables of this file). */
const AUDITED_CREATIONS = [
  'requests',
  'request_events',
  'request_contacts',
  'proposals',
  'proposal_events',
  'proposal_contacts',
  'household_proposals',
  'household_proposal_events',
  'household_batches',
  'complaint_events',
  'complaint_contacts',
  'operators',
  'camats',
];

onRecordCreateRequest(
  (e) => {
    const given = require(`${__hooks}/lib/given.js`);
    require(`${__hooks}/lib/audit.js`).entryOnSave(given.recordOf(e), e.auth, given.collectionOf(e).name);
    e.next();
  },
  ...AUDITED_CREATIONS,
);

// A retried proposal is answered with the one already sent: no insert, nothing recorded.
onRecordCreateExecute((e) => require(`${__hooks}/lib/audit.js`).writeWithSave(e), ...AUDITED_CREATIONS);

// Changes to a village operator's or Camat's account: which fields, never their values.
onRecordUpdateRequest(
  (e) => {
    const changed = Object.keys(e.requestInfo().body || {})
      .filter((field) => field !== 'id')
      .sort();
    require(`${__hooks}/lib/audit.js`).entryOnSave(
      require(`${__hooks}/lib/given.js`).recordOf(e),
      e.auth,
      'ubah-akun',
      {
        fields: changed.join(', '),
      },
    );
    e.next();
  },
  'operators',
  'camats',
);

onRecordUpdateExecute((e) => require(`${__hooks}/lib/audit.js`).writeWithSave(e), 'operators', 'camats');

onRecordAuthRequest(
  (e) => {
    e.next();
    const account = require(`${__hooks}/lib/given.js`).recordOf(e);
    require(`${__hooks}/lib/audit.js`).recordAction(e.app, account, 'masuk', account, {});
  },
  'staff',
  'camats',
  'operators',
);

// Reads of personal data: one record, or a page of them — recorded before the answer is sent.
onRecordViewRequest(
  (e) => {
    const given = require(`${__hooks}/lib/given.js`);
    const record = given.recordOf(e);
    const what = {
      requests: 'lihat-permohonan',
      proposals: 'lihat-usulan',
      household_proposals: 'lihat-usulan-dtsen',
      household_batches: 'lihat-musyawarah-dtsen',
      complaints: 'lihat-pengaduan',
      operators: 'lihat-akun',
      camats: 'lihat-akun',
    }[given.collectionOf(e).name];
    // Accounts reading their own record (every session does) are not a read of someone else's data.
    if (!e.auth || e.auth.id !== record.id)
      require(`${__hooks}/lib/audit.js`).recordAction(e.app, e.auth, what, record, {});
    e.next();
  },
  'requests',
  'proposals',
  'household_proposals',
  'household_batches',
  'complaints',
  'operators',
  'camats',
);

onRecordsListRequest(
  (e) => {
    const given = require(`${__hooks}/lib/given.js`);
    const records = given.present(e.records);
    const reader = e.auth;
    if (records.length > 0 && reader) {
      const audit = require(`${__hooks}/lib/audit.js`);
      const collection = given.collectionOf(e).name;
      const what = {
        requests: 'lihat-daftar-permohonan',
        proposals: 'lihat-daftar-usulan',
        household_proposals: 'lihat-daftar-usulan-dtsen',
        household_batches: 'lihat-daftar-musyawarah-dtsen',
        complaints: 'lihat-daftar-pengaduan',
        audit_log: 'lihat-jejak-audit',
      }[collection];
      audit.writeEntry(e.app, {
        agency: reader.getString('agency') || audit.agencyOf(e.app, records[0]),
        actorType: reader.collection().name,
        actorId: reader.id,
        actorName: reader.getString('name'),
        action: what,
        targetType: collection,
        targetId: '',
        targetLabel: `${records.length} data`,
        detail: { count: records.length },
      });
    }
    e.next();
  },
  'requests',
  'proposals',
  'household_proposals',
  'household_batches',
  'complaints',
  'audit_log',
);

// Protected documents are opened with a short-lived file token rather than the session: the
// token says who it was issued to.
onFileDownloadRequest(
  (e) => {
    const given = require(`${__hooks}/lib/given.js`);
    /** @type {core.Record | null | undefined} */
    let reader = e.auth;
    if (!reader) {
      try {
        reader = e.app.findAuthRecordByToken(String(e.requestInfo().query['token'] || ''), 'file');
      } catch (_) {
        reader = null;
      }
    }
    require(`${__hooks}/lib/audit.js`).recordAction(e.app, reader, 'unduh-dokumen', given.recordOf(e), {
      field: given.given(e.fileField, 'file field').name,
    });
    e.next();
  },
  'proposals',
  'requests',
  'complaints',
  'household_proposals',
  'household_batches',
);

onFileTokenRequest((e) => {
  const account = require(`${__hooks}/lib/given.js`).recordOf(e);
  require(`${__hooks}/lib/audit.js`).writeEntry(e.app, {
    agency: account.getString('agency'),
    actorType: account.collection().name,
    actorId: account.id,
    actorName: account.getString('name'),
    action: 'token-berkas',
    targetType: '',
    targetId: '',
    targetLabel: '',
  });
  e.next();
});

// Append-only, for everyone: no record of audit_log is created, changed or deleted through
// PocketBase's records — API, batch, dashboard or truncation alike (pb_hooks/lib/audit.js writes
// with plain SQL) — and the collection itself is not changed, deleted or replaced by an import.
onRecordCreate(() => {
  throw new ForbiddenError('Jejak audit hanya ditulis oleh server sendiri.');
}, 'audit_log');

onRecordUpdate(() => {
  throw new ForbiddenError('Jejak audit tidak dapat diubah.');
}, 'audit_log');

onRecordDelete(() => {
  throw new ForbiddenError('Jejak audit tidak dapat dihapus.');
}, 'audit_log');

onCollectionUpdateRequest((e) => {
  if (require(`${__hooks}/lib/given.js`).collectionOf(e).name === 'audit_log')
    throw new ForbiddenError('Koleksi jejak audit tidak dapat diubah.');
  e.next();
});

onCollectionDeleteRequest((e) => {
  if (require(`${__hooks}/lib/given.js`).collectionOf(e).name === 'audit_log')
    throw new ForbiddenError('Koleksi jejak audit tidak dapat dihapus.');
  e.next();
});

onCollectionsImportRequest((e) => {
  const audit = e.app.findCollectionByNameOrId('audit_log');
  const touched = e.collectionsData.some((data) => data['id'] === audit.id || data['name'] === 'audit_log');
  if (touched || e.deleteMissing)
    throw new ForbiddenError('Impor koleksi tidak boleh menyentuh atau menghapus koleksi jejak audit.');
  e.next();
});
