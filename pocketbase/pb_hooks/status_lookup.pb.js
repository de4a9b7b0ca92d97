// @ts-check

// Public status lookup: a request or proposal number plus the last four digits of the phone
// number given with it (pb_hooks/lib/number_guard.js: same answer for unknown numbers and wrong
// verifiers, proof of work once a number is being guessed). Returns no personal data — and the
// access token the status page sends a document, a reply or a rating with. The route
// is also rate-limited per address (LAYANAN_STATUS_RATE_LIMIT), and other websites cannot call it
// from their visitors' browsers (CORS allows only the site's own origin).
//
// Answered lookups are not written to PocketBase's request log one by one (pb_hooks/lib/settings.js).
//
// The answer is the record's prepared public_status (pb_hooks/lib/cases.js) plus what
// depends on the moment: one indexed read per lookup.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('statusLookup'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    e.response.header().set('Cache-Control', 'no-store');
    const guard = require(`${__hooks}/lib/number_guard.js`);
    const checked = guard.checkNumberAndVerifier(e, e.requestInfo().body || {});
    if (checked.refusal) return e.json(checked.refusal.status, checked.refusal.body);

    const row = checked.row;
    const now = new Date();
    const asDate = (/** @type {string} */ value) => (value ? domain.dateFromStored(value) : null);
    const promise = domain.promiseState(asDate(row.due_at), asDate(row.finished_at), now);
    // A finished request or proposal: the satisfaction survey is offered (one more indexed read, only
    // then). Never on a complaint: its nine questions are about a service's requirements, time and fee;
    // a complainant says instead whether the problem is solved (pb_hooks/lib/satisfaction_survey.js).
    const survey =
      row.finished_at && require(`${__hooks}/lib/satisfaction_survey.js`).surveyedCollection(row.collection)
        ? require(`${__hooks}/lib/satisfaction_survey.js`).offerFor(e.app, checked.number)
        : null;
    e.response.header().set('Content-Type', 'application/json');
    return e.string(
      200,
      `{"promise":${JSON.stringify(promise)},"checkedAt":"${now.toISOString()}","survey":${JSON.stringify(survey)},` +
        `"access":${JSON.stringify(guard.issueAccess(e.app, checked.number))},${row.public_status.slice(1)}`,
    );
  },
  $apis.bodyLimit(4096),
  ...require(`${__hooks}/lib/settings.js`).statusLookupLogging(),
);
