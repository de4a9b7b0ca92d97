// @ts-check

// A village sends a proposal. Every check of the form is repeated here (src/domain/proposal.ts),
// with Indonesian messages naming the field; taken once (pb_hooks/lib/village_send.js).
onRecordCreateRequest((e) => {
  // Superusers (demo data, imports) write proposals as they are.
  if (e.hasSuperuserAuth()) return e.next();
  // Without an account the create rule refuses it.
  const operator = e.auth;
  if (!operator) return e.next();
  return require(`${__hooks}/lib/village_send.js`).createOnce(e, 'proposals', operator, (record) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const { throwProblems } = require(`${__hooks}/lib/problems.js`);
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
    record.set('received_at', new Date().toISOString());
    record.set('camat_kecamatan', input.recipient === 'camat' ? kecamatan.id : '');
  });
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

  cases.openTimelineOnSave(e.app, proposal);
  e.next();
}, 'proposals');
