// @ts-check

// A village records a deliberation on its households proposed for DTSEN (src/domain/household-batch.ts):
// the way (an SPTJM only where the office's setting allows it, refused naming that rule), the date,
// attendance, the minutes, and each household's outcome. Every household must be the village's own
// and waiting for a deliberation. Taken once (pb_hooks/lib/village_send.js).
onRecordCreateRequest((e) => {
  if (e.hasSuperuserAuth()) return e.next();
  const operator = e.auth;
  if (!operator) return e.next();
  return require(`${__hooks}/lib/village_send.js`).createOnce(e, 'household_batches', operator, (batch) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const given = require(`${__hooks}/lib/given.js`);
    const http = require(`${__hooks}/lib/http.js`);
    const village = e.app.findRecordById('villages', operator.getString('village'));
    const kecamatan = e.app.findRecordById('kecamatan', village.getString('kecamatan'));
    const agency = e.app.findRecordById('agencies', kecamatan.getString('agency'));
    /** @type {unknown} */
    let outcomes = null;
    try {
      outcomes = JSON.parse(batch.getString('outcomes') || 'null');
    } catch (_) {
      outcomes = null;
    }
    const attending = http.sentValue(e, 'attending').trim();
    const problems = domain.batchProblems(
      {
        way: batch.getString('way'),
        heldOn: http.sentValue(e, 'held_on').trim().slice(0, 10),
        attending: attending === '' ? null : Number(attending),
        minutesFiles: given.present(batch.getUnsavedFiles('minutes')).length,
        outcomes,
      },
      { sptjmAllowed: agency.getBool('dtsen_sptjm_allowed'), now: new Date() },
    );
    // Each household: this village's own, and waiting for its deliberation (recorded, or returned by the Dinas).
    /** @type {readonly string[]} */
    const open = domain.DELIBERATION_OPEN_STATUSES;
    for (const [index, outcome] of (domain.readOutcomes(outcomes) || []).entries()) {
      /** @type {core.Record | null} */
      let household = null;
      try {
        household = e.app.findRecordById('household_proposals', outcome.household);
      } catch (_) {
        household = null;
      }
      if (!household || household.getString('village') !== village.id)
        problems.push({ field: 'outcomes', message: `Keluarga ke-${index + 1} bukan usulan desa ini.` });
      else if (!open.includes(household.getString('status')))
        problems.push({
          field: 'outcomes',
          message: `Usulan ${household.getString('number')} sudah "${domain.HOUSEHOLD_STATUSES[household.getString('status')]}": tidak dibahas lagi.`,
        });
    }
    require(`${__hooks}/lib/problems.js`).throwProblems(problems);
    batch.set('village', village.id);
    batch.set('agency', agency.id);
  });
}, 'household_batches');

// However a deliberation is saved, in the same transaction: each agreed household moves to
// "musyawarah-desa" through the case engine, as recorded by the operator; one not agreed stays with
// the village, the reason in its list. Both or neither: a failed move leaves no deliberation behind.
onRecordCreateExecute((e) => {
  const batch = require(`${__hooks}/lib/given.js`).recordOf(e);
  const outer = e.app;
  outer.runInTransaction((tx) => {
    e.app = tx;
    try {
      e.next();
      applyOutcomes(tx, batch);
    } finally {
      e.app = outer;
    }
  });

  /** @param {HookApp} app @param {core.Record} saved */
  function applyOutcomes(app, saved) {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const way = /** @type {import("../../src/domain/household-proposal").DeliberationWay} */ (saved.getString('way'));
    const heldOn = saved.getString('held_on').slice(0, 10);
    const events = app.findCollectionByNameOrId('household_proposal_events');
    for (const outcome of domain.readOutcomes(JSON.parse(saved.getString('outcomes') || 'null')) || []) {
      if (outcome.agreed)
        app.save(
          new Record(events, {
            household_proposal: outcome.household,
            status: 'musyawarah-desa',
            way,
            deliberated_on: saved.getString('held_on'),
            operator: saved.getString('operator'),
          }),
        );
      const household = app.findRecordById('household_proposals', outcome.household);
      household.set('batch', saved.id);
      if (!outcome.agreed) household.set('note_for_village', domain.notAgreedNote(way, heldOn, outcome.reason));
      app.save(household);
    }
  }
}, 'household_batches');
