// @ts-check
// Konsultasi & pengaduan online (src/domain/complaints.ts). A resident, without an account:
// 1. asks for a proof-of-work challenge bound to the complaint's idempotency key
//    (POST /api/layanan/tantangan with kind "pengaduan");
// 2. sends it — with a photo redrawn on the phone, whose metadata the server strips again in case
//    it was sent another way — and gets a number
//    in the scheme of requests, looked up on /cek-status/ with the same verifier rule;
// 3. once answered, says on the status page whether it is resolved, or reopens it.
// Published answers (never the complaint's text or identity, never a "rahasia" one) and monthly
// counts are public. The routes are rate-limited per address (pb_hooks/lib/settings.js).

// However a complaint is created (the route below; demo data and imports by a superuser): an
// unguessable number, received now unless a superuser says otherwise, its verification deadline
// on the office's working-day calendar, then the first entry of its timeline.
onRecordCreate((e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const cases = require(`${__hooks}/lib/cases.js`);
  const record = require(`${__hooks}/lib/given.js`).recordOf(e);
  cases.startCase(e.app, record);
  if (record.getString('identity') === 'anonim') {
    // Never stored, whatever was sent.
    record.set('complainant_name', '');
    record.set('complainant_phone', '');
    record.set('complainant_email', '');
    record.set('reply_channel', 'halaman-status');
  }
  const receivedAt = record.getDateTime('received_at').isZero()
    ? new Date()
    : domain.dateFromStored(record.getDateTime('received_at'));
  record.set('received_at', receivedAt.toISOString());
  const due = domain.verificationDue(
    receivedAt,
    require(`${__hooks}/lib/complaints.js`).deadlinesOf(e.app, record.getString('agency')),
    require(`${__hooks}/lib/calendar.js`).officeCalendar(e.app),
  );
  record.set('verification_due_at', due.toISOString());
  record.set('due_at', due.toISOString());
  for (const field of [
    'verified_at',
    'answer_due_at',
    'answered_at',
    'first_answered_at',
    'closed_at',
    'unit',
    'assignee',
    'forwarded_at',
    'forward_note',
  ])
    record.set(field, '');
  record.set('publish_answer', false);

  cases.openTimelineOnSave(e.app, record);
  e.next();
}, 'complaints');

routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('complaintSend'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const { problemsError, throwProblems } = require(`${__hooks}/lib/problems.js`);
    const http = require(`${__hooks}/lib/http.js`);
    const field = (/** @type {string} */ name) => http.sentValue(e, name);
    e.response.header().set('Cache-Control', 'no-store');

    const key = field('idempotency_key');
    if (!require(`${__hooks}/lib/cases.js`).isSendKey(key))
      throwProblems([
        { field: 'description', message: 'Kunci pengiriman tidak valid; muat ulang halaman, lalu kirim lagi.' },
      ]);
    /** @param {core.Record} complaint */
    const answer = (complaint) =>
      http.answer(e, 'complaintSend', {
        number: complaint.getString('number'),
        verificationDueAt: domain.dateFromStored(complaint.getDateTime('verification_due_at')).toISOString(),
      });
    // Sent before and delivered (the outbox retried after a dropped connection): the same answer.
    const before = require(`${__hooks}/lib/cases.js`).sentBefore(e.app, 'complaints', key);
    if (before) return answer(before);

    // The office: chosen on the form, or the one of the request or proposal the complaint is about.
    let agencyId = '';
    let serviceId = '';
    const aboutNumber = field('about_number');
    let aboutNumberChecked = '';
    if (!aboutNumber) {
      const unproven = require(`${__hooks}/lib/proof_of_work.js`).unprovenSubmission(e, 'pengaduan', key);
      if (unproven) return e.json(unproven.status, unproven.body);
      try {
        agencyId = e.app.findFirstRecordByData('agencies', 'slug', field('agency')).id;
      } catch (_) {
        throwProblems([{ field: 'agency', message: 'Pilih kantor yang Anda tuju.' }]);
      }
      if (field('service')) {
        try {
          serviceId = e.app.findFirstRecordByFilter(
            'services',
            'slug = {:slug} && agency = {:agency} && active = true',
            { slug: field('service'), agency: agencyId },
          ).id;
        } catch (_) {
          throwProblems([{ field: 'service', message: 'Layanan ini bukan layanan kantor yang dipilih; pilih lagi.' }]);
        }
      }
    } else {
      // The number is checked as a lookup is, within the complaint's own proof (one challenge for
      // both, POST /api/layanan/tantangan): work when others guess at it, never a refusal.
      let proof = null;
      try {
        proof = JSON.parse(field('proof') || 'null');
      } catch (_) {
        proof = null;
      }
      const checked = require(`${__hooks}/lib/number_guard.js`).checkNumberAndVerifier(
        e,
        { number: aboutNumber, verifier: field('about_verifier'), proof },
        domain.submissionTerms('pengaduan', key),
      );
      if (checked.refusal?.status === 428) return e.json(428, checked.refusal.body);
      if (checked.refusal)
        throw problemsError([
          {
            field: 'about_number',
            message: String(checked.refusal.body.message || 'Nomor permohonan tidak dapat diperiksa.'),
          },
        ]);
      aboutNumberChecked = checked.number;
      if (checked.row.collection === 'requests') {
        const request = e.app.findRecordById('requests', checked.row.id);
        agencyId = request.getString('agency');
        serviceId = request.getString('service');
      } else if (checked.row.collection === 'proposals') {
        const service = require(`${__hooks}/lib/cases.js`).proposalServiceOf(
          e.app,
          e.app.findRecordById('proposals', checked.row.id),
        );
        agencyId = service.getString('agency');
        serviceId = service.id;
      } else {
        throwProblems([
          {
            field: 'about_number',
            message: 'Nomor ini nomor pengaduan. Untuk menanggapi jawaban, buka pengaduan itu di halaman Cek Status.',
          },
        ]);
      }
    }

    let photos = [];
    try {
      photos = e.findUploadedFiles('photo') || [];
    } catch (_) {
      // no photo: it is optional
    }
    if (photos.length > 1) throwProblems([{ field: 'photo', message: 'Lampirkan satu foto saja.' }]);
    const photo = photos[0] || null;
    // Never its sender's file name, never its GPS position or camera (pb_hooks/lib/uploads.js).
    require(`${__hooks}/lib/uploads.js`).cleanReceived(e.app, photos, 'photo');
    const guard = require(`${__hooks}/lib/storage_guard.js`);
    const refusal = guard.uploadRefusal(e.app, photos, true);
    if (refusal) return guard.refuse(e, refusal);
    /** @type {import("../../src/domain/complaints").ComplaintInput} */
    const input = {
      kind: field('kind'),
      identity: field('identity'),
      agency: agencyId,
      description: field('description'),
      replyChannel: field('reply_channel'),
      name: field('name'),
      phone: field('phone'),
      email: field('email'),
      verifierDigits: field('verifier_digits'),
      photo: photo && { name: photo.originalName, type: null, size: photo.size },
      aboutNumber: aboutNumber || null,
      sanggah:
        field('kind') === 'sanggah'
          ? {
              village: field('sanggah_village'),
              rt: field('sanggah_rt'),
              rw: field('sanggah_rw'),
              name: field('sanggah_name'),
              reason: field('sanggah_reason'),
            }
          : null,
      consent: field('consent') === 'ya',
    };
    throwProblems(domain.complaintProblems(input));
    // A sanggah goes to the office of the village it names, and only there.
    let sanggahVillage = '';
    if (input.sanggah) {
      const village = require(`${__hooks}/lib/given.js`).present(
        e.app.findRecordsByFilter('villages', 'code = {:code}', '', 1, 0, { code: input.sanggah.village }),
      )[0];
      const office = village && e.app.findRecordById('kecamatan', village.getString('kecamatan')).getString('agency');
      if (!village || office !== agencyId)
        throwProblems([
          { field: 'sanggah_village', message: 'Desa/kelurahan ini bukan wilayah kantor yang dipilih; pilih lagi.' },
        ]);
      sanggahVillage = /** @type {core.Record} */ (village).id;
    }

    const anonymous = input.identity === 'anonim';
    const complaint = new Record(e.app.findCollectionByNameOrId('complaints'), {
      agency: agencyId,
      service: serviceId,
      about_number: aboutNumberChecked,
      kind: input.kind,
      identity: input.identity,
      description: input.description.trim(),
      reply_channel: input.replyChannel,
      complainant_name: anonymous ? '' : input.name.trim(),
      complainant_phone: anonymous ? '' : input.phone.trim(),
      complainant_email: anonymous ? '' : input.email.trim(),
      status_verifier: anonymous ? input.verifierDigits.trim() : domain.phoneVerifier(input.phone),
      idempotency_key: key,
    });
    if (input.sanggah)
      complaint.load({
        sanggah_village: sanggahVillage,
        sanggah_rt: input.sanggah.rt.trim(),
        sanggah_rw: input.sanggah.rw.trim(),
        sanggah_name: input.sanggah.name.trim(),
        sanggah_reason: input.sanggah.reason,
      });
    if (photo) complaint.set('photo', photo);
    const sent = require(`${__hooks}/lib/cases.js`).saveSent(e.app, complaint, 'pengaduan-online', {
      kind: input.kind,
      identity: input.identity,
    });
    if (sent.first) guard.countUnverified(e.app, photos);
    return answer(sent.saved);
  },
  $apis.bodyLimit(4 * 1024 * 1024),
);

// The complainant's reply once the office has answered: resolved (closed), or not (reopened, with
// a new answer deadline). With the status page's access token, or number and verifier as for the
// status lookup (pb_hooks/lib/number_guard.js).
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('complaintReply'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const { problemsError, throwProblems } = require(`${__hooks}/lib/problems.js`);
    e.response.header().set('Cache-Control', 'no-store');
    const body = e.requestInfo().body || {};
    const checked = require(`${__hooks}/lib/number_guard.js`).checkSentNumber(e);
    if (checked.refusal) return e.json(checked.refusal.status, checked.refusal.body);
    if (checked.row.collection !== 'complaints')
      throw problemsError([{ field: 'reply', message: 'Nomor ini bukan nomor pengaduan.' }]);

    const reply = /** @type {import("../../src/domain/complaints").ComplainantReply} */ (String(body.reply || ''));
    const note = String(body.note || '').trim();
    if (note.length > 500) throwProblems([{ field: 'note', message: 'Catatan paling banyak 500 huruf.' }]);
    if (domain.hasHiddenControls(note))
      throwProblems([{ field: 'note', message: `Catatan ${domain.HIDDEN_CONTROLS_MESSAGE}` }]);
    const complaint = e.app.findRecordById('complaints', checked.row.id);
    const answeredAt = complaint.getDateTime('answered_at');
    const open = domain.repliesOpen(
      /** @type {import("../../src/domain/statuses").ComplaintStatus} */ (complaint.getString('status')),
      answeredAt.isZero() ? null : domain.dateFromStored(answeredAt),
      new Date(),
    );
    if (open.indexOf(reply) === -1) {
      throwProblems([
        {
          field: 'reply',
          message:
            open.length === 0
              ? `Tanggapan hanya dapat dikirim setelah kantor menjawab, paling lambat ${domain.REOPEN_DAYS} hari setelah jawaban.`
              : 'Pilih: sudah selesai atau belum selesai.',
        },
      ]);
    }
    const status = domain.COMPLAINANT_REPLIES[reply].status;
    e.app.runInTransaction((tx) => {
      tx.save(
        new Record(tx.findCollectionByNameOrId('complaint_events'), {
          complaint: complaint.id,
          status,
          public_note: `Pelapor: masalah ${status === 'selesai' ? 'sudah' : 'belum'} selesai.${note ? ` Catatan pelapor: ${note}` : ''}`,
          at: new Date().toISOString(),
        }),
      );
      require(`${__hooks}/lib/audit.js`).recordAction(tx, null, 'tanggapan-pelapor', complaint, { reply });
    });
    return require(`${__hooks}/lib/http.js`).answer(e, 'complaintReply', { number: checked.number, status });
  },
  $apis.bodyLimit(4096),
);

// Answers the office chose to publish, newest first: what kind, which office and service, when,
// whether within the deadline, and the answer — never the complaint's text, its identity or its
// number, and never a "rahasia" complaint.
routerAdd(...require(`${__hooks}/lib/http.js`).route('publishedAnswers'), (e) => {
  const page = Math.max(1, Math.min(1000, Number(require(`${__hooks}/lib/given.js`).queryOf(e).get('halaman')) || 1));
  // Counted for each request (read from an index): an erasure by the data-pribadi command, another
  // process, takes an answer off the list at once.
  return require(`${__hooks}/lib/http.js`).publicAnswer(
    e,
    'publishedAnswers',
    require(`${__hooks}/lib/complaints.js`).publishedAnswers(e.app, page),
    'public, max-age=300',
  );
});

// Open data: complaints per month (WIB), office, service, kind and outcome. Counts only.
routerAdd(...require(`${__hooks}/lib/http.js`).route('complaintFigures'), (e) => {
  const complaints = require(`${__hooks}/lib/complaints.js`);
  return require(`${__hooks}/lib/http.js`).cachedAnswer(
    e,
    'complaintFigures',
    complaints.PUBLIC_TOPIC,
    'data',
    'public, max-age=3600',
    () => complaints.complaintFiguresFeed(e.app),
  );
});

// The open data counts complaints: counted again as soon as one changes, however it was written in
// this server (lib/http.js cachedAnswer).
for (const hook of [onRecordAfterCreateSuccess, onRecordAfterUpdateSuccess, onRecordAfterDeleteSuccess])
  hook((e) => {
    require(`${__hooks}/lib/http.js`).forgetPublicAnswers(e.app, require(`${__hooks}/lib/complaints.js`).PUBLIC_TOPIC);
    e.next();
  }, 'complaints');

// Staff of the office forward a sanggah to the village it names, with a note of what they ask of the
// village: from then on the village's operator reads whom it names and the note (GET /api/desa/sanggah),
// never the reporter's name, contact or words. Once, audited.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('sanggahForward'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const given = require(`${__hooks}/lib/given.js`);
    const { throwProblems } = require(`${__hooks}/lib/problems.js`);
    const staff = given.accountOf(e);
    e.response.header().set('Cache-Control', 'no-store');
    /** @type {core.Record | null} */
    let complaint = null;
    try {
      complaint = e.app.findRecordById('complaints', given.requestOf(e).pathValue('id'));
    } catch (_) {
      complaint = null;
    }
    if (
      !complaint ||
      complaint.getString('agency') !== staff.getString('agency') ||
      complaint.getString('kind') !== 'sanggah'
    )
      throw new NotFoundError('Sanggah tidak ditemukan.', {});
    if (!complaint.getDateTime('forwarded_at').isZero())
      throwProblems([{ field: 'note', message: 'Sanggah ini sudah diteruskan ke desa.' }]);
    const note = String(e.requestInfo().body?.note || '').trim();
    if (note === '')
      throwProblems([
        {
          field: 'note',
          message: 'Tulis apa yang diminta dari desa, misalnya: periksa di musyawarah desa berikutnya.',
        },
      ]);
    if (note.length > domain.SANGGAH_LIMITS.forwardNote)
      throwProblems([{ field: 'note', message: `Catatan paling banyak ${domain.SANGGAH_LIMITS.forwardNote} huruf.` }]);
    if (domain.hasHiddenControls(note))
      throwProblems([{ field: 'note', message: `Catatan ${domain.HIDDEN_CONTROLS_MESSAGE}` }]);
    const forwardedAt = new Date().toISOString();
    const record = /** @type {core.Record} */ (complaint);
    record.load({ forwarded_at: forwardedAt, forward_note: note });
    e.app.runInTransaction((tx) => {
      tx.saveNoValidate(record);
      require(`${__hooks}/lib/audit.js`).recordAction(tx, staff, 'sanggah-diteruskan', record, {});
    });
    return require(`${__hooks}/lib/http.js`).answer(e, 'sanggahForward', { forwardedAt });
  },
  $apis.requireAuth('staff'),
  $apis.bodyLimit(4096),
);

// The village operator reads the sanggah forwarded to its own village: whom each names, why, and the
// office's note — nothing of who reported it. Each reading audited.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('villageSanggah'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const given = require(`${__hooks}/lib/given.js`);
    const operator = given.accountOf(e);
    e.response.header().set('Cache-Control', 'no-store');
    const forwarded = given.present(
      e.app.findRecordsByFilter(
        'complaints',
        "kind = 'sanggah' && sanggah_village = {:village} && forwarded_at != ''",
        '-forwarded_at',
        200,
        0,
        { village: operator.getString('village') },
      ),
    );
    for (const complaint of forwarded)
      require(`${__hooks}/lib/audit.js`).recordAction(e.app, operator, 'sanggah-dibaca-desa', complaint, {});
    return require(`${__hooks}/lib/http.js`).answer(e, 'villageSanggah', {
      items: forwarded.map((complaint) => ({
        forwardedAt: domain.dateFromStored(complaint.getDateTime('forwarded_at')).toISOString(),
        rt: complaint.getString('sanggah_rt'),
        rw: complaint.getString('sanggah_rw'),
        name: complaint.getString('sanggah_name'),
        reason:
          domain.SANGGAH_REASONS[
            /** @type {import("../../src/domain/complaints").SanggahReason} */ (complaint.getString('sanggah_reason'))
          ] || '',
        note: complaint.getString('forward_note'),
      })),
    });
  },
  $apis.requireAuth('operators'),
);
