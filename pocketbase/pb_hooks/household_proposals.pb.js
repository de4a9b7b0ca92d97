// @ts-check

// A village sends a household proposed for DTSEN (usulan DTSEN). Every check of the form is repeated
// here (src/domain/household-proposal.ts: NIK/KK shape, address, house point, criteria, consent),
// with Indonesian messages naming the field; a KK issued outside the kabupaten is only warned about
// on the form, never refused. Taken once (pb_hooks/lib/village_send.js).
onRecordCreateRequest((e) => {
  // Superusers (demo data, imports) write proposals as they are.
  if (e.hasSuperuserAuth()) return e.next();
  // Without an account the create rule refuses it.
  const operator = e.auth;
  if (!operator) return e.next();
  return require(`${__hooks}/lib/village_send.js`).createOnce(e, 'household_proposals', operator, (record) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const given = require(`${__hooks}/lib/given.js`);
    const village = e.app.findRecordById('villages', operator.getString('village'));
    const kecamatan = e.app.findRecordById('kecamatan', village.getString('kecamatan'));
    const http = require(`${__hooks}/lib/http.js`);
    const numberOrNull = (/** @type {string} */ field) => {
      const sent = http.sentValue(e, field).trim();
      return sent === '' ? null : Number(sent);
    };
    /** @type {unknown} */
    let criteria = null;
    try {
      criteria = JSON.parse(record.getString('criteria') || 'null');
    } catch (_) {
      criteria = null;
    }
    const answers = criteria !== null && typeof criteria === 'object' && !Array.isArray(criteria) ? criteria : {};
    const input = {
      head_name: record.getString('head_name'),
      nik: http.sentValue(e, 'nik'),
      kk: http.sentValue(e, 'kk'),
      address: record.getString('address'),
      rt: record.getString('rt'),
      rw: record.getString('rw'),
      phone: record.getString('phone'),
      chosen_digits: record.getString('chosen_digits'),
      lat: numberOrNull('lat'),
      lon: numberOrNull('lon'),
      location_accuracy_m: numberOrNull('location_accuracy_m'),
      criteria: /** @type {Record<string, boolean>} */ (answers),
      consent: record.getBool('consent'),
    };
    // The office's criteria list lives in content, which the server does not hold: here every answer
    // must be a yes or a no under a criterion's id; the form asks every question of the list.
    const ids = Object.keys(answers);
    const problems = domain.householdProblems(input, {
      kabupaten: village.getString('code').split('.').slice(0, 2).join('.'),
      criteriaIds: ids,
    });
    if (ids.length === 0 || ids.length > 50 || !ids.every((id) => /^[a-z0-9-]{1,60}$/.test(id)))
      problems.push({ field: 'criteria', message: 'Jawaban kriteria tidak terbaca; jawab ulang kriterianya.' });
    for (const photo of domain.HOUSEHOLD_PHOTOS) {
      const files = given.present(record.getUnsavedFiles(photo.field));
      if (photo.always && files.length === 0)
        problems.push({ field: photo.field, message: `${photo.label}: tambahkan fotonya.` });
    }
    require(`${__hooks}/lib/problems.js`).throwProblems(problems);

    record.set('village', village.id);
    record.set('agency', kecamatan.getString('agency'));
    record.set('nik', domain.compactPopulationNumber(input.nik));
    record.set('kk', domain.compactPopulationNumber(input.kk));
    record.set('received_at', new Date().toISOString());
  });
}, 'household_proposals');

// However a household proposal is created: its number (its own prefix) and first status
// (src/domain/cases/household-proposals.ts), the first entry of its timeline.
onRecordCreate((e) => {
  const cases = require(`${__hooks}/lib/cases.js`);
  const proposal = require(`${__hooks}/lib/given.js`).recordOf(e);
  cases.startCase(e.app, proposal);
  proposal.set('finished_at', '');
  if (proposal.getDateTime('received_at').isZero()) proposal.set('received_at', new Date().toISOString());
  cases.openTimelineOnSave(e.app, proposal);
  e.next();
}, 'household_proposals');
