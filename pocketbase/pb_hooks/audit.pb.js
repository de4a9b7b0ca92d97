// @ts-check
// The audit trail (src/domain/audit.ts, pb_hooks/lib/audit.js): who did what, when — and who read
// personal data. Written here only, after the action succeeded; nobody may change or delete an
// entry, superusers included.

onRecordCreateRequest(
  (e) => {
    e.next();
    const record = require(`${__hooks}/lib/given.js`).recordOf(e);
    // A retried proposal is answered with the one already sent: nothing new happened.
    if (record.isNew()) return;
    require(`${__hooks}/lib/audit.js`).recordAction(e.app, e.auth, record.collection().name, record);
  },
  'requests',
  'request_events',
  'request_contacts',
  'proposals',
  'proposal_events',
  'proposal_contacts',
  'complaint_events',
  'complaint_contacts',
  'operators',
  'camats',
);

// Changes to a village operator's or Camat's account: which fields, never their values.
onRecordUpdateRequest(
  (e) => {
    const changed = Object.keys(e.requestInfo().body || {})
      .filter((field) => field !== 'id')
      .sort();
    e.next();
    require(`${__hooks}/lib/audit.js`).recordAction(
      e.app,
      e.auth,
      'ubah-akun',
      require(`${__hooks}/lib/given.js`).recordOf(e),
      {
        fields: changed.join(', '),
      },
    );
  },
  'operators',
  'camats',
);

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

// Reads of personal data: one record, or a page of them.
onRecordViewRequest(
  (e) => {
    e.next();
    const given = require(`${__hooks}/lib/given.js`);
    const record = given.recordOf(e);
    const what = {
      requests: 'lihat-permohonan',
      proposals: 'lihat-usulan',
      complaints: 'lihat-pengaduan',
      operators: 'lihat-akun',
      camats: 'lihat-akun',
    }[given.collectionOf(e).name];
    // Accounts reading their own record (every session does) are not a read of someone else's data.
    if (e.auth && e.auth.id === record.id) return;
    require(`${__hooks}/lib/audit.js`).recordAction(e.app, e.auth, what, record, {});
  },
  'requests',
  'proposals',
  'complaints',
  'operators',
  'camats',
);

onRecordsListRequest(
  (e) => {
    e.next();
    const given = require(`${__hooks}/lib/given.js`);
    const records = given.present(e.records);
    const reader = e.auth;
    if (records.length === 0 || !reader) return;
    const audit = require(`${__hooks}/lib/audit.js`);
    const collection = given.collectionOf(e).name;
    const what = {
      requests: 'lihat-daftar-permohonan',
      proposals: 'lihat-daftar-usulan',
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
  },
  'requests',
  'proposals',
  'complaints',
  'audit_log',
);

// Protected documents are opened with a short-lived file token rather than the session: the
// token says who it was issued to.
onFileDownloadRequest(
  (e) => {
    e.next();
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
  },
  'proposals',
  'requests',
  'complaints',
);

onFileTokenRequest((e) => {
  e.next();
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
});

// Append-only: no change and no deletion of an entry through any route, superusers included.
// Entries written before the chain existed get their place in it once, at start (serve_start.pb.js).
onRecordUpdate((e) => {
  if (require(`${__hooks}/lib/given.js`).recordOf(e).original().getString('hash'))
    throw new ForbiddenError('Jejak audit tidak dapat diubah.');
  e.next();
}, 'audit_log');

onRecordDelete(() => {
  throw new ForbiddenError('Jejak audit tidak dapat dihapus.');
}, 'audit_log');

// Whether the trail is whole: for the kepala bidang, and for anyone checking a deployment.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('auditCheck'),
  (e) => {
    require(`${__hooks}/lib/given.js`).staffMember(e, {
      refusal: 'Pemeriksaan jejak audit hanya untuk kepala bidang.',
      oversee: true,
    });
    e.response.header().set('Cache-Control', 'no-store');
    return require(`${__hooks}/lib/http.js`).answer(
      e,
      'auditCheck',
      require(`${__hooks}/lib/audit.js`).verifyChain(e.app),
    );
  },
  $apis.requireAuth('staff'),
);
