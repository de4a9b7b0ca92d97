// @ts-check

// Staff record what happens now. Who may record which status is the API rule's to check
// (src/domain/access-rules.ts; PocketBase checks it before this hook runs), and the event must
// name the staff member recording it. Only a superuser may backdate (imports, demo data).
onRecordCreateRequest((e) => {
  const event = require(`${__hooks}/lib/given.js`).recordOf(e);
  if (!e.hasSuperuserAuth()) {
    require(`${__hooks}/lib/problems.js`).refuseHiddenControls(event, {
      public_note: 'Catatan untuk pemohon',
      internal_note: 'Catatan internal',
    });
    event.set('at', new Date().toISOString());
  }
  e.next();
}, 'request_events');

// An event moves its request along (src/domain/statuses.ts: REQUEST_TRANSITIONS): it may stay on
// the current step or go forward, never back, and nothing changes once a request is finished.
// Steps are the request's own (its copy from registration). Accepting an online application
// (verification → "diproses") starts the completion time its standard promises. Asking an
// applicant for a document, or refusing, says why on the status page. Errors name the field.
onRecordCreate((e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { throwProblems } = require(`${__hooks}/lib/problems.js`);
  const event = require(`${__hooks}/lib/given.js`).recordOf(e);
  const request = e.app.findRecordById('requests', event.getString('request'));
  const stepCount = JSON.parse(request.getString('steps') || '[]').length;
  const to = /** @type {import("../../src/domain/statuses").RequestStatus} */ (event.getString('status'));
  // Finishing a request passes its last step: "Selesai" is recorded there, whichever step was chosen
  // (src/domain/request-progress.ts), so the status page, receipt and WhatsApp update agree.
  if (to === 'selesai') event.set('step', stepCount);
  const step = event.getInt('step');
  const from = /** @type {import("../../src/domain/statuses").RequestStatus} */ (request.getString('status'));
  const current = request.getInt('current_step');
  // The first entry is written by the request's own creation (pb_hooks/requests.pb.js).
  const isFirstEvent = e.app.countRecords('request_events', $dbx.hashExp({ request: request.id })) === 0;
  const allowed = domain.REQUEST_TRANSITIONS[from];

  if (!isFirstEvent) {
    if (allowed.length === 0)
      throwProblems([
        { field: 'status', message: 'Permohonan ini sudah selesai atau ditolak; statusnya tidak dapat diubah lagi.' },
      ]);
    if (allowed.indexOf(to) === -1)
      throwProblems([
        {
          field: 'status',
          message:
            `Dari status "${domain.REQUEST_STATUSES[from]}" permohonan hanya dapat menjadi: ` +
            `${allowed.map((next) => `"${domain.REQUEST_STATUSES[next]}"`).join(', ')}.`,
        },
      ]);
    if ((to === 'perlu-dilengkapi' || to === 'ditolak') && event.getString('public_note').trim() === '') {
      throwProblems([
        {
          field: 'public_note',
          message:
            to === 'ditolak'
              ? 'Tuliskan untuk pemohon mengapa permohonan ditolak.'
              : 'Tuliskan untuk pemohon dokumen apa yang perlu dikirim ulang dan mengapa.',
        },
      ]);
    }
  }
  if (step < current)
    throwProblems([{ field: 'step', message: `Langkah tidak boleh mundur: permohonan sudah di langkah ${current}.` }]);
  if (step > stepCount) throwProblems([{ field: 'step', message: `Permohonan ini hanya punya ${stepCount} langkah.` }]);
  if (event.getDateTime('at').isZero()) event.set('at', new Date().toISOString());

  e.next();

  if (isFirstEvent) return;
  request.set('current_step', step);
  request.set('status', to);
  if (!domain.stepsHaveBegun(from) && domain.stepsHaveBegun(to) && to !== 'ditolak') {
    const acceptedAt = domain.dateFromStored(event.getDateTime('at'));
    request.set('verified_at', acceptedAt.toISOString());
    const promised = require(`${__hooks}/lib/public_status.js`).completionTimeOf(
      e.app.findRecordById('services', request.getString('service')),
    );
    request.set(
      'due_at',
      promised
        ? domain
            .dueDate(acceptedAt, promised, require(`${__hooks}/lib/calendar.js`).officeCalendar(e.app))
            .toISOString()
        : '',
    );
  }
  if (domain.isFinished(to)) request.set('finished_at', event.getDateTime('at').string());
  require(`${__hooks}/lib/public_status.js`).refreshRequestPublicStatus(e.app, request);
  e.app.save(request);
}, 'request_events');
