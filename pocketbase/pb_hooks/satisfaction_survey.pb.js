// @ts-check

// Survei Kepuasan Masyarakat (src/domain/satisfaction-survey.ts; pb_hooks/lib/satisfaction_survey.js).
// With the number and verifier of a finished request or proposal, from the status page, or the
// ticket of its receipt's QR code: once per number, changed by answering again within 7 days. Both routes are rate-limited per address
// (pb_hooks/lib/settings.js); neither ever answers with anyone's answers.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('surveyWithNumber'),
  (e) => {
    const survey = require(`${__hooks}/lib/satisfaction_survey.js`);
    return survey.respond(e, survey.saveWithNumber(e));
  },
  $apis.bodyLimit(16 * 1024),
);

// At the counter, through the QR code of the office's poster or the receipt: tied to no number or
// person, marked as such, a few per device a day. Works as a plain HTML form without JavaScript.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('surveyAtCounter'),
  (e) => {
    const survey = require(`${__hooks}/lib/satisfaction_survey.js`);
    return survey.respond(e, survey.saveAtCounter(e));
  },
  $apis.bodyLimit(16 * 1024),
);

// The receipt's survey ticket (src/domain/satisfaction-survey.ts, SURVEY_TICKET_FIELD), for staff
// of the request's office printing its receipt. A ticket only lets its holder rate the request once
// it is finished, as its number and verifier would.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('receiptSurveyTicket'),
  (e) => {
    const given = require(`${__hooks}/lib/given.js`);
    const staff = given.staffMember(e, { refusal: 'Tanda terima hanya untuk petugas kantor.' });
    const parsed = require(`${__hooks}/generated/domain.cjs`).parseRequestNumber(given.queryOf(e).get('no'));
    let request = null;
    try {
      request = parsed.ok ? e.app.findFirstRecordByData('requests', 'number', parsed.number) : null;
    } catch (_) {
      request = null;
    }
    if (!parsed.ok || !request || request.getString('agency') !== staff.getString('agency'))
      throw new NotFoundError('Permohonan ini tidak ditemukan di kantor Anda.');
    e.response.header().set('Cache-Control', 'no-store');
    return require(`${__hooks}/lib/http.js`).answer(e, 'receiptSurveyTicket', {
      ticket: require(`${__hooks}/lib/satisfaction_survey.js`).surveyTicket(e.app, parsed.number),
    });
  },
  $apis.requireAuth('staff'),
);
