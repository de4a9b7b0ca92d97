// @ts-check
// Online applications (src/domain/online-application.ts). A resident, without an account:
// 1. asks for a proof-of-work challenge bound to the application's idempotency key (complaints
//    ask for theirs here too, with kind "pengaduan", and the number and verifier of the request
//    they are about, if any);
// 2. sends the application with the solution (multipart, documents included). It becomes a
//    request with channel "online", waiting for staff to verify the documents. Sent again with the
//    same key — the outbox retries after a dropped connection — it answers with the first one;
// 3. when staff ask for a document, sends it from the status page with the access its lookup gave.
// The routes are rate-limited per address (pb_hooks/lib/settings.js) and limited in size.

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('submissionChallenge'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const body = e.requestInfo().body || {};
    const key = String(body.key || '');
    // An application by default; a complaint's form says so (pb_hooks/complaints.pb.js).
    const kind = body.kind === undefined ? 'permohonan' : String(body.kind);
    if (!require(`${__hooks}/lib/cases.js`).isSendKey(key))
      throw new BadRequestError('Kunci pengiriman tidak valid; muat ulang halaman.', {});
    if (!domain.isSubmissionKind(kind))
      throw new BadRequestError('Jenis kiriman tidak dikenal; muat ulang halaman.', {});
    e.response.header().set('Cache-Control', 'no-store');
    const terms = domain.submissionTerms(kind, key);
    // A complaint about a request (its number and the verifier it was looked up with): one
    // challenge for both, which costs more while others guess at that number (pb_hooks/lib/number_guard.js).
    const about = domain.parseRequestNumber(String(body.number || ''));
    const forNumber =
      kind === 'pengaduan' && about.ok
        ? require(`${__hooks}/lib/number_guard.js`).challengeFor(
            e,
            about.number,
            String(body.verifier || '').trim(),
            terms,
          )
        : null;
    return require(`${__hooks}/lib/http.js`).answer(e, 'submissionChallenge', {
      challenge:
        forNumber ||
        require(`${__hooks}/lib/proof_of_work.js`).issueChallenge(e.app, terms.work, terms.scope, terms.lifetimeMs),
    });
  },
  $apis.bodyLimit(1024),
);

// What the forms and the privacy notice tell residents: how long documents, the request log and
// nightly backups are kept, as this server keeps them (src/domain/privacy-notice.ts: PrivacySettings).
routerAdd(...require(`${__hooks}/lib/http.js`).route('privacySettings'), (e) => {
  const settings = require(`${__hooks}/lib/settings.js`);
  e.response.header().set('Cache-Control', 'public, max-age=3600');
  return require(`${__hooks}/lib/http.js`).answer(e, 'privacySettings', {
    documentRetentionDays: settings.retentionDays(),
    requestLogDays: settings.requestLogDays(),
    backupArchivesKept: settings.backupArchivesKept(),
  });
});

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('applicationSend'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const { problemsError, throwProblems } = require(`${__hooks}/lib/problems.js`);
    const http = require(`${__hooks}/lib/http.js`);
    const field = (/** @type {string} */ name) => http.sentValue(e, name);
    e.response.header().set('Cache-Control', 'no-store');

    const key = field('idempotency_key');
    if (!require(`${__hooks}/lib/cases.js`).isSendKey(key))
      throwProblems([
        { field: 'idempotency_key', message: 'Kunci pengiriman tidak valid; muat ulang halaman, lalu kirim lagi.' },
      ]);
    /** @param {core.Record} request */
    const answer = (request) =>
      http.answer(e, 'applicationSend', { number: request.getString('number'), service: field('service') });
    // Sent before and delivered: the first application is the answer (no second one).
    const before = require(`${__hooks}/lib/cases.js`).sentBefore(e.app, 'requests', key);
    if (before) return answer(before);

    const unproven = require(`${__hooks}/lib/proof_of_work.js`).unprovenSubmission(e, 'permohonan', key);
    if (unproven) return e.json(unproven.status, unproven.body);

    const service = (() => {
      try {
        return e.app.findFirstRecordByFilter('services', 'slug = {:slug} && active = true', {
          slug: field('service'),
        });
      } catch (_) {
        throw problemsError([{ field: 'service', message: 'Layanan ini tidak ditemukan.' }]);
      }
    })();
    /** @type {import("../../src/domain/online-application").OnlineApplication | null} */
    const definition = JSON.parse(service.getString('online_application') || 'null');
    if (!definition)
      throw problemsError([
        { field: 'service', message: 'Layanan ini tidak dapat diajukan online; datanglah ke kantor layanan.' },
      ]);

    /** @type {Record<string, string>} */
    let statements = {};
    /** @type {string[]} */
    let fileRequirements = [];
    try {
      statements = JSON.parse(field('statements') || '{}') || {};
      fileRequirements = JSON.parse(field('document_requirements') || '[]') || [];
    } catch (_) {
      throwProblems([
        { field: 'applicant_name', message: 'Isian formulir tidak terbaca; muat ulang halaman, lalu kirim lagi.' },
      ]);
    }
    const files = require(`${__hooks}/lib/given.js`).present(e.findUploadedFiles('documents') || []);
    // Stored under neutral names, images without metadata: the requirements map those names.
    require(`${__hooks}/lib/uploads.js`).cleanReceived(e.app, files, 'documents');
    const guard = require(`${__hooks}/lib/storage_guard.js`);
    const refusal = guard.uploadRefusal(e.app, files, true);
    if (refusal) return guard.refuse(e, refusal);
    /** @type {Record<string, { name: string, type: null, size: number }[]>} */
    const documents = {};
    files.forEach((file, index) => {
      const requirementField = String(fileRequirements[index] || '');
      if (!documents[requirementField]) documents[requirementField] = [];
      documents[requirementField].push({
        name: file.originalName,
        type: null,
        size: file.size,
      });
    });
    const input = {
      applicantName: field('applicant_name'),
      applicantPhone: field('applicant_phone'),
      statements,
      documents,
      consent: field('consent') === 'ya',
    };
    throwProblems(domain.applicationProblems(definition, input, domain.ALLOWED_FILE_TYPES));

    // Each stored file, with the requirement it answers; each statement under its requirement's words.
    /** @type {Record<string, string>} */
    const documentRequirements = {};
    files.forEach((file, index) => {
      // Every file's requirement was found by applicationProblems above.
      const requirement = domain.requirementIndex(String(fileRequirements[index]));
      documentRequirements[file.name] = requirement === null ? '' : definition.requirements[requirement].requirement;
    });
    /** @type {Record<string, string>} */
    const statedFacts = {};
    definition.requirements.forEach((requirement, index) => {
      if (requirement.mode === 'keterangan')
        statedFacts[requirement.requirement] = String(statements[domain.requirementField(index)] || '').trim();
    });

    const request = new Record(e.app.findCollectionByNameOrId('requests'), {
      agency: service.getString('agency'),
      service: service.id,
      channel: 'online',
      idempotency_key: key,
      applicant_name: input.applicantName.trim(),
      applicant_phone: input.applicantPhone.trim(),
      statements: statedFacts,
      document_requirements: documentRequirements,
      received_at: new Date().toISOString(),
    });
    request.set('documents', files);
    const sent = require(`${__hooks}/lib/cases.js`).saveSent(e.app, request, 'permohonan-online', {});
    if (sent.first) guard.countUnverified(e.app, files);
    return answer(sent.saved);
  },
  $apis.bodyLimit(24 * 1024 * 1024),
);

// The applicant sends the document staff asked for, from the status page: number and verifier
// (pb_hooks/lib/number_guard.js), the files and the requirement each answers. The request goes
// back to verification; staff see the new files beside the old ones.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('documentResend'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const { throwProblems } = require(`${__hooks}/lib/problems.js`);
    const http = require(`${__hooks}/lib/http.js`);
    e.response.header().set('Cache-Control', 'no-store');
    const checked = require(`${__hooks}/lib/number_guard.js`).checkSentNumber(e);
    if (checked.refusal) return e.json(checked.refusal.status, checked.refusal.body);
    if (checked.row.collection !== 'requests') throw new BadRequestError('Nomor ini bukan permohonan online.', {});
    const request = e.app.findRecordById('requests', checked.row.id);
    if (request.getString('status') !== 'perlu-dilengkapi')
      throwProblems([{ field: 'documents', message: 'Permohonan ini tidak sedang menunggu dokumen tambahan.' }]);
    const service = e.app.findRecordById('services', request.getString('service'));
    /** @type {import("../../src/domain/online-application").OnlineApplication} */
    const definition = JSON.parse(service.getString('online_application') || '{"requirements":[]}');
    const documentRequirements = definition.requirements
      .filter((item) => item.mode === 'dokumen')
      .map((item) => item.requirement);

    let labels = [];
    try {
      labels = JSON.parse(http.sentValue(e, 'document_requirements') || '[]') || [];
    } catch (_) {
      labels = [];
    }
    const files = require(`${__hooks}/lib/given.js`).present(e.findUploadedFiles('documents') || []);
    require(`${__hooks}/lib/uploads.js`).cleanReceived(e.app, files, 'documents');
    const guard = require(`${__hooks}/lib/storage_guard.js`);
    const refusal = guard.uploadRefusal(e.app, files, true);
    if (refusal) return guard.refuse(e, refusal);
    if (files.length === 0)
      throwProblems([{ field: 'documents', message: 'Pilih foto atau PDF dokumen yang diminta petugas.' }]);
    if (files.length > domain.APPLICATION_LIMITS.filesPerDocument)
      throwProblems([
        { field: 'documents', message: `Paling banyak ${domain.APPLICATION_LIMITS.filesPerDocument} file sekaligus.` },
      ]);
    /** @type {Record<string, string>} */
    const mapping = JSON.parse(request.getString('document_requirements') || '{}') || {};
    files.forEach((file, index) => {
      const requirement = String(labels[index] || '');
      if (documentRequirements.indexOf(requirement) === -1)
        throwProblems([{ field: 'documents', message: 'Pilih dokumen mana yang Anda kirim.' }]);
      mapping[file.name] = requirement;
    });
    const kept = request.getStringSlice('documents');
    if (kept.length + files.length > 12)
      throwProblems([
        {
          field: 'documents',
          message: 'Permohonan ini sudah memiliki banyak dokumen; bawa sisanya ke kantor layanan.',
        },
      ]);

    // When each file sent again arrived: staff see them marked "dikirim ulang" with the time.
    /** @type {Record<string, string>} */
    const resent = JSON.parse(request.getString('documents_resent') || '{}') || {};
    const now = new Date().toISOString();
    for (const file of files) resent[file.name] = now;

    e.app.runInTransaction((tx) => {
      const fresh = tx.findRecordById('requests', request.id);
      fresh.set('documents+', files);
      fresh.set('document_requirements', mapping);
      fresh.set('documents_resent', resent);
      tx.save(fresh);
      tx.save(
        new Record(tx.findCollectionByNameOrId('request_events'), {
          request: fresh.id,
          step: fresh.getInt('current_step'),
          status: 'menunggu-verifikasi',
          public_note: `Dokumen dikirim ulang oleh pemohon: ${files.map((_, index) => labels[index]).join('; ')}. Petugas akan memeriksanya.`,
          at: now,
        }),
      );
      require(`${__hooks}/lib/audit.js`).recordAction(tx, null, 'dokumen-dikirim-ulang', fresh, {
        count: files.length,
      });
    });
    guard.countUnverified(e.app, files);
    return http.answer(e, 'documentResend', { number: checked.number });
  },
  $apis.bodyLimit(24 * 1024 * 1024),
);
