// @ts-check
// The audit trail (src/domain/audit.ts, pb_hooks/lib/audit.js): who did what, when — and who read
// personal data. Written here only, after the action succeeded; nobody may change or delete an
// entry, superusers included.

onRecordCreateRequest(
  (e) => {
    e.next();
    // A retried proposal is answered with the one already sent: nothing new happened.
    if (e.record.isNew()) return;
    require(`${__hooks}/lib/audit.js`).recordAction(e.app, e.auth, e.record.collection().name, e.record);
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
    require(`${__hooks}/lib/audit.js`).recordAction(e.app, e.auth, 'ubah-akun', e.record, {
      fields: changed.join(', '),
    });
  },
  'operators',
  'camats',
);

onRecordAuthRequest(
  (e) => {
    e.next();
    require(`${__hooks}/lib/audit.js`).recordAction(e.app, e.record, 'masuk', e.record, {});
  },
  'staff',
  'camats',
  'operators',
);

// Reads of personal data: one record, or a page of them.
onRecordViewRequest(
  (e) => {
    e.next();
    const what = {
      requests: 'lihat-permohonan',
      proposals: 'lihat-usulan',
      complaints: 'lihat-pengaduan',
      operators: 'lihat-akun',
      camats: 'lihat-akun',
    }[e.collection.name];
    // Accounts reading their own record (every session does) are not a read of someone else's data.
    if (e.auth && e.auth.id === e.record.id) return;
    require(`${__hooks}/lib/audit.js`).recordAction(e.app, e.auth, what, e.record, {});
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
    if (e.records.length === 0 || !e.auth) return;
    const audit = require(`${__hooks}/lib/audit.js`);
    const what = {
      requests: 'lihat-daftar-permohonan',
      proposals: 'lihat-daftar-usulan',
      complaints: 'lihat-daftar-pengaduan',
      audit_log: 'lihat-jejak-audit',
    }[e.collection.name];
    audit.writeEntry(e.app, {
      agency: e.auth.getString('agency') || audit.agencyOf(e.app, e.records[0]),
      actorType: e.auth.collection().name,
      actorId: e.auth.id,
      actorName: e.auth.getString('name'),
      action: what,
      targetType: e.collection.name,
      targetId: '',
      targetLabel: `${e.records.length} data`,
      detail: { count: e.records.length },
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
    let reader = e.auth;
    if (!reader) {
      try {
        reader = e.app.findAuthRecordByToken(String(e.requestInfo().query['token'] || ''), 'file');
      } catch (_) {
        reader = null;
      }
    }
    require(`${__hooks}/lib/audit.js`).recordAction(e.app, reader, 'unduh-dokumen', e.record, {
      field: e.fileField.name,
    });
  },
  'proposals',
  'requests',
  'complaints',
);

onFileTokenRequest((e) => {
  e.next();
  const audit = require(`${__hooks}/lib/audit.js`);
  audit.writeEntry(e.app, {
    agency: e.record.getString('agency'),
    actorType: e.record.collection().name,
    actorId: e.record.id,
    actorName: e.record.getString('name'),
    action: 'token-berkas',
    targetType: '',
    targetId: '',
    targetLabel: '',
  });
});

// Append-only: no change and no deletion of an entry through any route, superusers included.
// Entries written before the chain existed get their place in it once, at start (serve_start.pb.js).
onRecordUpdate((e) => {
  if (e.record.original().getString('hash')) throw new ForbiddenError('Jejak audit tidak dapat diubah.');
  e.next();
}, 'audit_log');

onRecordDelete(() => {
  throw new ForbiddenError('Jejak audit tidak dapat dihapus.');
}, 'audit_log');

// Whether the trail is whole: for the kepala bidang, and for anyone checking a deployment.
routerAdd(
  'GET',
  '/api/petugas/jejak-audit/periksa',
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const role = e.auth.getString('role');
    if (!domain.isStaffRole(role) || !domain.mayOversee(role))
      throw new ForbiddenError('Pemeriksaan jejak audit hanya untuk kepala bidang.');
    e.response.header().set('Cache-Control', 'no-store');
    return e.json(200, require(`${__hooks}/lib/audit.js`).verifyChain(e.app));
  },
  $apis.requireAuth('staff'),
);
