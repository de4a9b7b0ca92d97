/// <reference path="../../pb_data/types.d.ts" />
// Request and proposal numbers share one scheme and one space: the status page looks up either.

function numberTaken(app, number) {
  for (const collection of ["requests", "proposals"]) {
    try {
      app.findFirstRecordByData(collection, "number", number);
      return true;
    } catch (_) {
      // not in this collection
    }
  }
  return false;
}

/** A fresh, unguessable number with the office's prefix. */
function newNumber(app, prefix) {
  const shared = require(`${__hooks}/generated/shared.cjs`);
  let number;
  do {
    number = shared.formatRequestNumber(prefix, $security.randomStringWithAlphabet(shared.RANDOM_LENGTH, shared.CROCKFORD_ALPHABET));
  } while (numberTaken(app, number));
  return number;
}

module.exports = { newNumber };
