// @ts-check
// A village operator's send — a disaster-logistics proposal, a household proposed for DTSEN — taken
// once: a send retried with the same idempotency key (a dropped connection, the outbox trying again)
// is answered with the record the first send created instead of a second one, also when two sends
// race; a key another operator used is refused.

/**
 * Runs a create request of `collection` by the signed-in operator: `check` refuses what is wrong
 * (throwing the problems) and sets what the server decides, then the record is created once.
 * @param {core.RecordRequestEvent} e @param {string} collection @param {core.Record} operator
 * @param {(record: core.Record) => void} check
 */
function createOnce(e, collection, operator, check) {
  const { throwProblems, inIndonesian } = require(`${__hooks}/lib/problems.js`);
  const record = require(`${__hooks}/lib/given.js`).recordOf(e);
  const findByKey = (/** @type {string} */ key) =>
    require(`${__hooks}/lib/cases.js`).sentBefore(e.app, collection, key);
  const alreadySent = (/** @type {core.Record} */ existing) => {
    if (existing.getString('operator') !== operator.id)
      throwProblems([
        {
          field: 'idempotency_key',
          message: 'Kunci pengiriman ini sudah dipakai usulan lain. Muat ulang halaman, lalu kirim lagi.',
        },
      ]);
    return e.json(200, existing);
  };
  const key = record.getString('idempotency_key');
  const existing = key ? findByKey(key) : null;
  if (existing) return alreadySent(existing);
  check(record);
  record.set('operator', operator.id);
  try {
    return e.next();
  } catch (err) {
    const racing = findByKey(key);
    if (racing) return alreadySent(racing);
    throw inIndonesian(err, record);
  }
}

module.exports = { createOnce };
