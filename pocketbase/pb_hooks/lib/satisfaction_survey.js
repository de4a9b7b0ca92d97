// @ts-check
// Saves satisfaction-survey responses (src/domain/satisfaction-survey.ts) for the routes in
// pb_hooks/satisfaction_survey.pb.js:
// - with a number: whoever knows a finished request's, proposal's or complaint's number and
//   verifier (pb_hooks/lib/number_guard.js) answers once; answering again within 7 days changes it;
// - at the counter: tied to no number or person; each device may send a few a day, counted in a
//   cookie the server signs (the device carries its own count, so nothing about it is stored), and
//   each address is rate-limited (pb_hooks/lib/settings.js). A script that drops the cookie can
//   still send them: so their answers are kept apart (counter_answers), shown to the office and
//   never counted in the published index (src/domain/satisfaction-survey.ts, UNTIED_CHANNEL).
// Both refuse a post from another website (refuseOtherSites): a plain HTML form elsewhere cannot
// make a visitor's browser send one.

/** @typedef {{ status: number, body: Record<string, unknown>, reason?: string }} Outcome */

const DEVICE_COOKIE = 'survei_loket';

/**
 * The questionnaire as sent, read and checked with the domain's rules.
 * @param {core.RequestEvent} e @param {boolean} counter
 */
function readInput(e, counter) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const http = require(`${__hooks}/lib/http.js`);
  return domain.readSurveyInput((field) => http.sentValue(e, field), { counter });
}

/** @param {import("../../../src/domain/satisfaction-survey").SurveyProblem[]} problems @returns {Outcome} */
function refused(problems) {
  const fields = { service: 'layanan', suggestion: 'saran' };
  const first = problems[0].field;
  const reason =
    fields[first] || (first in require(`${__hooks}/generated/domain.cjs`).RESPONDENT_PROFILE ? 'profil' : 'jawaban');
  return { status: 400, body: { message: problems[0].message, problems }, reason };
}

/**
 * Puts the answers on a response; what was left out is emptied, so a changed response replaces the
 * first. A counter response's scores go to counter_answers, never to the columns the index is summed from.
 * @param {core.Record} record @param {import("../../../src/domain/satisfaction-survey").SurveyInput} input
 */
function setAnswers(record, input) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const untied = record.getString('channel') === domain.UNTIED_CHANNEL;
  /** @type {Record<string, number>} */
  const counterAnswers = {};
  for (const element of domain.SURVEY_ELEMENTS) {
    const score = input.answers[element.key] || 0;
    record.set(element.key, untied ? 0 : score);
    counterAnswers[element.key] = score;
  }
  if (untied) record.set('counter_answers', counterAnswers);
  for (const field of domain.PROFILE_FIELDS) record.set(field, input.profile[field] || '');
  record.set('suggestion', input.suggestion);
}

/**
 * What the status page says about the survey of a finished request or proposal.
 * @param {HookApp} app @param {string} number
 */
function offerFor(app, number) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  try {
    return domain.surveyOffer(
      domain.dateFromStored(
        app.findFirstRecordByData('survey_responses', 'number', number).getDateTime('submitted_at'),
      ),
    );
  } catch (_) {
    return domain.surveyOffer(null);
  }
}

/**
 * Whether a number of this collection is rated: a request's or a proposal's, not a complaint's. The
 * questionnaire asks about a service received (requirements, procedure, time, fee …); a complainant
 * answers instead whether the problem is solved ("sudah selesai" / "belum selesai"). Responses given
 * with a complaint's number before keep their channel ("pengaduan") and are counted as they are.
 * @param {string} collection
 */
function surveyedCollection(collection) {
  return collection === 'requests' || collection === 'proposals';
}

/**
 * What a number's response is about: its office, its service and how it came in.
 * @param {HookApp} app @param {{ collection: string, id: string }} row
 * @returns {{ agency: string, service: string, channel: import("../../../src/domain/satisfaction-survey").SurveyChannel }}
 */
function subjectOf(app, row) {
  const record = app.findRecordById(row.collection, row.id);
  if (row.collection === 'proposals') {
    const service = require(`${__hooks}/lib/cases.js`).proposalServiceOf(app, record);
    return { agency: service.getString('agency'), service: service.id, channel: 'usulan' };
  }
  return { agency: record.getString('agency'), service: record.getString('service'), channel: 'permohonan' };
}

/**
 * Refuses a post another website made the visitor's browser send: its Origin is neither this
 * server nor the site (LAYANAN_PUBLIC_URL), or, from a browser that sends no Origin, Sec-Fetch-Site
 * says it came from elsewhere. Scripts send neither; what they can send counts for nothing
 * (UNTIED_CHANNEL) or needs a number and its verifier.
 * @param {core.RequestEvent} e
 */
function refuseOtherSites(e) {
  const request = require(`${__hooks}/lib/given.js`).requestOf(e);
  const origin = String(request.header.get('Origin'));
  const fetchSite = String(request.header.get('Sec-Fetch-Site'));
  let fromHere;
  if (origin) {
    const host = /^https?:\/\/([^/]+)$/.exec(origin);
    const site = $os.getenv('LAYANAN_PUBLIC_URL').replace(/\/+$/, '');
    fromHere = (!!host && host[1] === request.host) || (!!site && origin === site);
  } else {
    fromHere = !fetchSite || fetchSite === 'same-origin' || fetchSite === 'none';
  }
  if (!fromHere)
    throw new ForbiddenError(
      'Penilaian hanya dapat dikirim dari situs layanan ini sendiri. Buka survei lewat kode QR di kantor layanan atau lewat Cek status.',
      {},
    );
}

/** @param {HookApp} app @param {string} number */
const ticketSignature = (app, number) =>
  $security.hs256(`survei|${number}`, require(`${__hooks}/lib/server_keys.js`).serverKey(app, 'survei'));

/** The receipt's survey ticket of a request (src/domain/satisfaction-survey.ts, SURVEY_TICKET_FIELD). @param {HookApp} app @param {string} number */
function surveyTicket(app, number) {
  return `${number}.${ticketSignature(app, number)}`;
}

/**
 * What a response is given with: the receipt's ticket, or the status page's access, or a number and
 * its verifier (pb_hooks/lib/number_guard.js).
 * @param {core.RequestEvent} e @returns {ReturnType<import('./number_guard.js')['checkSentNumber']>}
 */
function checkedSender(e) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const guard = require(`${__hooks}/lib/number_guard.js`);
  const sent = require(`${__hooks}/lib/http.js`).sentValue(e, domain.SURVEY_TICKET_FIELD);
  if (!sent) return guard.checkSentNumber(e);
  const ticket = domain.readTicket(sent);
  const row =
    ticket && $security.equal(ticket.signature, ticketSignature(e.app, ticket.number))
      ? guard.findByNumber(e.app, ticket.number)
      : null;
  if (!ticket || !row)
    return {
      refusal: {
        status: 401,
        body: {
          message:
            'Kode QR penilaian ini tidak dikenali. Beri penilaian lewat Cek status dengan nomor permohonan dan 4 angka terakhir nomor HP Anda.',
        },
      },
    };
  return { row, number: ticket.number };
}

/**
 * A response with a finished request's, proposal's or complaint's number: the first, or a change
 * within 7 days. Finished is what the status lookup says (number_guard: finished_at).
 * @param {core.RequestEvent} e @returns {Outcome}
 */
function saveWithNumber(e) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  refuseOtherSites(e);
  const checked = checkedSender(e);
  if (checked.refusal) return checked.refusal;
  if (!surveyedCollection(checked.row.collection))
    return {
      status: 409,
      body: {
        message:
          'Penilaian layanan diberikan untuk permohonan dan usulan. Untuk pengaduan, beri tahu kami di halaman cek status apakah masalahnya sudah selesai.',
      },
    };
  const subject = subjectOf(e.app, checked.row);
  if (!checked.row.finished_at) {
    const waitFor = subject.channel === 'usulan' ? 'usulan Anda selesai' : 'permohonan Anda selesai';
    return { status: 409, body: { message: `Penilaian dapat diberikan setelah ${waitFor}.` } };
  }
  const { input, problems } = readInput(e, false);
  if (problems.length > 0) return refused(problems);

  const now = new Date();
  for (let attempt = 1; ; attempt++) {
    let response = null;
    try {
      response = e.app.findFirstRecordByData('survey_responses', 'number', checked.number);
    } catch (_) {
      // the first response with this number
    }
    if (response && !domain.mayStillEdit(domain.dateFromStored(response.getDateTime('submitted_at')), now)) {
      return {
        status: 409,
        body: {
          message:
            'Penilaian untuk nomor ini sudah tercatat dan hanya dapat diubah dalam 7 hari setelah dikirim. Terima kasih atas penilaian Anda.',
        },
      };
    }
    if (!response) {
      response = new Record(e.app.findCollectionByNameOrId('survey_responses'), {
        ...subject,
        number: checked.number,
        submitted_at: now.toISOString(),
      });
    } else {
      response.set('edited_at', now.toISOString());
    }
    const changed = !response.isNew();
    setAnswers(response, input);
    try {
      e.app.save(response);
    } catch (err) {
      // Two first responses racing: the unique number let one through; this one changes it.
      if (attempt < 2 && !changed) continue;
      throw require(`${__hooks}/lib/problems.js`).inIndonesian(err);
    }
    require(`${__hooks}/lib/performance.js`).forgetPublicReports(e.app);
    return {
      status: 200,
      body: {
        state: changed ? 'diubah' : 'baru',
        offer: domain.surveyOffer(domain.dateFromStored(response.getDateTime('submitted_at'))),
      },
    };
  }
}

/**
 * The signed count of counter responses this device sent in the current window.
 * @param {core.RequestEvent} e @param {number} now
 */
function deviceCount(e, now) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const fresh = { count: 0, since: now };
  let value = '';
  try {
    value = require(`${__hooks}/lib/given.js`).requestOf(e).cookie(DEVICE_COOKIE).value;
  } catch (_) {
    return fresh;
  }
  const [count, since, signature] = value.split('.');
  const signed = $security.hs256(
    `${DEVICE_COOKIE}|${count}|${since}`,
    require(`${__hooks}/lib/proof_of_work.js`).signingKey(e.app),
  );
  if (!signature || !$security.equal(signature, signed) || now - Number(since) > domain.SURVEY_LIMITS.counterWindowMs)
    return fresh;
  return { count: Number(count), since: Number(since) };
}

/** @param {core.RequestEvent} e @param {{ count: number, since: number }} device */
function setDeviceCount(e, device) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const signature = $security.hs256(
    `${DEVICE_COOKIE}|${device.count}|${device.since}`,
    require(`${__hooks}/lib/proof_of_work.js`).signingKey(e.app),
  );
  e.setCookie(
    new Cookie({
      name: DEVICE_COOKIE,
      value: `${device.count}.${device.since}.${signature}`,
      path: domain.ROUTES.surveyAtCounter.path,
      maxAge: Math.ceil((device.since + domain.SURVEY_LIMITS.counterWindowMs - Date.now()) / 1000),
      httpOnly: true,
      secure: !!require(`${__hooks}/lib/given.js`).requestOf(e).tls,
      // SameSite=Strict (3): no other site makes a visitor's browser send responses with it. http.SameSite
      // is declared as a Go type no number literal satisfies.
      sameSite: /** @type {any} */ (3),
    }),
  );
}

/**
 * A response at the counter: the service chosen from the form, no number, no person.
 * @param {core.RequestEvent} e @returns {Outcome}
 */
function saveAtCounter(e) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  refuseOtherSites(e);
  const now = Date.now();
  const device = deviceCount(e, now);
  if (device.count >= domain.SURVEY_LIMITS.counterResponsesPerDevice) {
    return {
      status: 429,
      body: {
        message: `Perangkat ini sudah mengirim ${device.count} penilaian dalam 24 jam terakhir. Terima kasih — penilaian berikutnya dapat dikirim besok.`,
      },
      reason: 'terlalu-sering',
    };
  }
  const { input, problems } = readInput(e, true);
  if (problems.length > 0) return refused(problems);
  let service;
  try {
    service = e.app.findFirstRecordByFilter('services', 'slug = {:slug} && active = true', { slug: input.service });
  } catch (_) {
    return refused([{ field: 'service', message: 'Layanan ini tidak ditemukan; pilih layanan yang Anda terima.' }]);
  }
  const response = new Record(e.app.findCollectionByNameOrId('survey_responses'), {
    agency: service.getString('agency'),
    service: service.id,
    channel: domain.UNTIED_CHANNEL,
    submitted_at: new Date(now).toISOString(),
  });
  setAnswers(response, input);
  e.app.save(response);
  setDeviceCount(e, { count: device.count + 1, since: device.since });
  require(`${__hooks}/lib/performance.js`).forgetPublicReports(e.app);
  return { status: 201, body: { state: 'baru' } };
}

/**
 * Answers the form's script with JSON; a form sent without JavaScript gets the site's pages: the
 * confirmation, or the page explaining why it was not sent (the reason as the page's fragment).
 * @param {core.RequestEvent} e @param {Outcome} outcome
 */
function respond(e, outcome) {
  e.response.header().set('Cache-Control', 'no-store');
  const wantsPage =
    String(require(`${__hooks}/lib/given.js`).requestOf(e).header.get('Accept')).indexOf('text/html') !== -1;
  if (!wantsPage) return e.json(outcome.status, outcome.body);
  return e.redirect(
    303,
    outcome.status < 300 ? '/survei/terima-kasih/' : `/survei/belum-terkirim/#${outcome.reason || 'lainnya'}`,
  );
}

module.exports = {
  surveyTicket,
  surveyedCollection,
  saveWithNumber,
  saveAtCounter,
  offerFor,
  respond,
};
