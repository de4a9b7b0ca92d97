// @ts-check

// Staff record what they do with a complaint now and as themselves. Which statuses a role may
// record is the API rule's to check (src/domain/access-rules.ts), before this hook runs.
onRecordCreateRequest((e) => {
  const event = require(`${__hooks}/lib/given.js`).recordOf(e);
  if (!e.hasSuperuserAuth()) {
    require(`${__hooks}/lib/problems.js`).refuseHiddenControls(event, {
      public_note: 'Catatan atau jawaban untuk pelapor',
      internal_note: 'Catatan internal',
      unit: 'Unit',
    });
    event.set('at', new Date().toISOString());
  }
  e.next();
}, 'complaint_events');

// A complaint moves received → verified → passed to a unit → answered → closed
// (src/domain/statuses.ts: COMPLAINT_TRANSITIONS for staff; the complainant's own replies come
// from pb_hooks/complaints.pb.js). Verification starts the answer deadline; a reopening starts a
// new one. Errors name the field.
onRecordCreate((e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { throwProblems } = require(`${__hooks}/lib/problems.js`);
  const event = require(`${__hooks}/lib/given.js`).recordOf(e);
  const complaint = e.app.findRecordById('complaints', event.getString('complaint'));
  const from = /** @type {import("../../src/domain/statuses").ComplaintStatus} */ (complaint.getString('status'));
  const to = /** @type {import("../../src/domain/statuses").ComplaintStatus} */ (event.getString('status'));
  // The first entry is written by the complaint's own creation (pb_hooks/complaints.pb.js).
  const isFirstEvent = e.app.countRecords('complaint_events', $dbx.hashExp({ complaint: complaint.id })) === 0;
  const byComplainant = event.getString('staff') === '' && (to === 'selesai' || to === 'dibuka-kembali');
  if (event.getDateTime('at').isZero()) event.set('at', new Date().toISOString());
  const at = domain.dateFromStored(event.getDateTime('at'));

  if (!isFirstEvent && !byComplainant) {
    const allowed = domain.COMPLAINT_TRANSITIONS[from];
    if (allowed.length === 0)
      throwProblems([{ field: 'status', message: 'Pengaduan ini sudah ditutup; statusnya tidak dapat diubah lagi.' }]);
    if (allowed.indexOf(to) === -1)
      throwProblems([
        {
          field: 'status',
          message:
            `Dari status "${domain.COMPLAINT_STATUSES[from]}" pengaduan hanya dapat menjadi: ` +
            `${allowed.map((next) => `"${domain.COMPLAINT_STATUSES[next]}"`).join(', ')}.`,
        },
      ]);
    const note = event.getString('public_note').trim();
    if (to === 'dijawab' && note === '')
      throwProblems([
        {
          field: 'public_note',
          message: 'Tuliskan jawaban untuk pelapor: jawaban ini yang dibacanya di halaman Cek Status.',
        },
      ]);
    if (to === 'tidak-diproses' && note === '')
      throwProblems([
        { field: 'public_note', message: 'Tuliskan untuk pelapor mengapa pengaduan ini bukan wewenang kantor ini.' },
      ]);
    if (to === 'tidak-diproses' && !event.getString('referral'))
      throwProblems([{ field: 'referral', message: 'Pilih ke mana pelapor sebaiknya menyampaikannya.' }]);
    if (to === 'didisposisikan' && event.getString('unit').trim() === '')
      throwProblems([
        { field: 'unit', message: 'Tuliskan unit yang menangani, misalnya Bidang Perlindungan dan Jaminan Sosial.' },
      ]);
    const assignee = event.getString('assignee');
    if (assignee) {
      let sameOffice = false;
      try {
        sameOffice = e.app.findRecordById('staff', assignee).getString('agency') === complaint.getString('agency');
      } catch (_) {
        sameOffice = false;
      }
      if (!sameOffice) throwProblems([{ field: 'assignee', message: 'Petugas yang dituju bukan petugas kantor ini.' }]);
    }
    if (event.getBool('publish_answer') && (to !== 'dijawab' || complaint.getString('identity') === 'rahasia')) {
      throwProblems([
        {
          field: 'publish_answer',
          message: 'Hanya jawaban pengaduan yang tidak rahasia yang dapat ditampilkan untuk publik.',
        },
      ]);
    }
  }

  e.next();

  if (isFirstEvent) return;
  complaint.set('status', to);
  const complaints = require(`${__hooks}/lib/complaints.js`);
  if ((to === 'diverifikasi' || to === 'tidak-diproses') && complaint.getDateTime('verified_at').isZero()) {
    complaint.set('verified_at', at.toISOString());
    if (to === 'diverifikasi') {
      const due = complaints.answerDueFrom(e.app, complaint.getString('agency'), at).toISOString();
      complaint.set('answer_due_at', due);
      complaint.set('due_at', due);
    }
  }
  if (to === 'didisposisikan') {
    complaint.set('unit', event.getString('unit').trim());
    complaint.set('assignee', event.getString('assignee'));
  }
  if (to === 'dijawab') {
    complaint.set('answered_at', at.toISOString());
    if (complaint.getDateTime('first_answered_at').isZero()) complaint.set('first_answered_at', at.toISOString());
    if (event.getBool('publish_answer')) complaint.set('publish_answer', true);
  }
  if (to === 'dibuka-kembali') {
    complaint.set('answered_at', '');
    complaint.set('closed_at', '');
    complaint.set('due_at', complaints.answerDueFrom(e.app, complaint.getString('agency'), at).toISOString());
  }
  if (to === 'selesai' || to === 'tidak-diproses') complaint.set('closed_at', at.toISOString());
  require(`${__hooks}/lib/public_status.js`).refreshComplaintPublicStatus(e.app, complaint);
  e.app.save(complaint);
}, 'complaint_events');
