// @ts-check

// A village sends a proposal. Every check of the form is repeated here (src/domain/proposal.ts),
// with Indonesian messages naming the field; a retried send with the same idempotency key gets the
// proposal the first send created instead of a second one.
onRecordCreateRequest((e) => {
  // Superusers (demo data, imports) write proposals as they are.
  if (e.hasSuperuserAuth()) return e.next();
  // Without an account the create rule refuses it.
  const operator = e.auth;
  if (!operator) return e.next();
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const { throwProblems, inIndonesian } = require(`${__hooks}/lib/problems.js`);
  const record = require(`${__hooks}/lib/given.js`).recordOf(e);
  const findByKey = (/** @type {string} */ key) =>
    require(`${__hooks}/lib/cases.js`).sentBefore(e.app, 'proposals', key);
  const alreadySent = (existing) => {
    if (existing.getString('operator') !== operator.id) {
      throwProblems([
        {
          field: 'idempotency_key',
          message: 'Kunci pengiriman ini sudah dipakai usulan lain. Muat ulang halaman, lalu kirim lagi.',
        },
      ]);
    }
    return e.json(200, existing);
  };

  const key = record.getString('idempotency_key');
  const existing = key ? findByKey(key) : null;
  if (existing) return alreadySent(existing);

  const body = e.requestInfo().body || {};
  const village = e.app.findRecordById('villages', operator.getString('village'));
  const kecamatan = e.app.findRecordById('kecamatan', village.getString('kecamatan'));
  const blank = (field) => body[field] === undefined || body[field] === null || String(body[field]).trim() === '';
  const numberOrNull = (field) => (blank(field) ? null : Number(body[field]));
  // Counts as people write them ("0x10" or "1e308" are not counts; NaN tells the rules so), read
  // as sent: PocketBase would already have turned them into some number.
  const countOrNull = (field) => {
    const sent = require(`${__hooks}/lib/http.js`).sentValue(e, field).trim();
    const count = domain.plainNumber(sent);
    return sent === '' ? null : count === null ? NaN : count;
  };
  /** @type {unknown} */
  let logistics = [];
  try {
    logistics = JSON.parse(record.getString('logistics') || '[]');
  } catch (_) {
    logistics = null;
  }
  const input = {
    disaster_type: record.getString('disaster_type'),
    disaster_type_other: record.getString('disaster_type_other'),
    occurred_at: String(body.occurred_at || ''),
    location_note: record.getString('location_note'),
    location_lat: numberOrNull('location_lat'),
    location_lon: numberOrNull('location_lon'),
    chronology: record.getString('chronology'),
    public_facilities: record.getString('public_facilities'),
    other_losses: record.getString('other_losses'),
    logistics: Array.isArray(logistics) ? logistics : [],
    recipient: record.getString('recipient'),
    contact_name: record.getString('contact_name'),
    contact_phone: record.getString('contact_phone'),
    counts: {},
  };
  for (const field of Object.keys(domain.COUNT_FIELDS)) input.counts[field] = countOrNull(field);
  const problems = domain.proposalProblems(input, {
    now: new Date(),
    lambungSosial: kecamatan.getBool('lambung_sosial'),
  });
  if (!Array.isArray(logistics))
    problems.push({ field: 'logistics', message: 'Kebutuhan logistik tidak terbaca; isi ulang daftarnya.' });
  const allFiles = [];
  for (const document of domain.DOCUMENTS) {
    // PocketBase checks the real file types and sizes from the content; here: how many, how much.
    const files = require(`${__hooks}/lib/given.js`)
      .present(record.getUnsavedFiles(document.field))
      .map((file) => ({ name: file.originalName, type: null, size: file.size }));
    problems.push(...domain.documentProblems(document.field, files));
    allFiles.push(...files);
  }
  problems.push(...domain.totalSizeProblems(allFiles));
  throwProblems(problems);

  record.set('village', village.id);
  record.set('operator', operator.id);
  record.set('received_at', new Date().toISOString());
  record.set('camat_kecamatan', input.recipient === 'camat' ? kecamatan.id : '');
  try {
    e.next();
  } catch (err) {
    const racing = findByKey(key);
    if (racing) return alreadySent(racing);
    throw inIndonesian(err, record);
  }
}, 'proposals');

// However a proposal is created: its number and first status (src/domain/cases/proposals.ts), the
// first entry of its timeline.
onRecordCreate((e) => {
  const cases = require(`${__hooks}/lib/cases.js`);
  const proposal = require(`${__hooks}/lib/given.js`).recordOf(e);
  cases.startCase(e.app, proposal);
  proposal.set('finished_at', '');
  // Who decides it, fixed now: content may later change who decides proposals to a Camat.
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const service = cases.proposalServiceOf(e.app, proposal);
  // The office kept on the proposal for its staff's list (an index, migration 1795403100).
  proposal.set('agency', service.getString('agency'));
  const recipient = /** @type {import("../../src/domain/proposal").Recipient} */ (proposal.getString('recipient'));
  const camatDecider = /** @type {import("../../src/domain/roles").ProposalDecider} */ (
    service.getString('camat_proposals_decided_by')
  );
  proposal.set('decided_by', domain.proposalDeciderFor(recipient, camatDecider));
  if (proposal.getDateTime('received_at').isZero()) proposal.set('received_at', new Date().toISOString());

  e.next();

  cases.openTimeline(e.app, proposal);
  e.app.saveNoValidate(proposal);
}, 'proposals');
