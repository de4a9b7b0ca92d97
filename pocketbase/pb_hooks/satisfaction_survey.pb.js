// @ts-check

// Survei Kepuasan Masyarakat (src/domain/satisfaction-survey.ts; pb_hooks/lib/satisfaction_survey.js).
// With the number and verifier of a finished request or proposal, from the status page: once per
// number, changed by answering again within 7 days. Both routes are rate-limited per address
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
