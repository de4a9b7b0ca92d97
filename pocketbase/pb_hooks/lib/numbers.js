// @ts-check
// The numbers of every case type (src/domain/cases/) share one scheme and one space: the status
// page looks up any.

/** @param {HookApp} app @param {string} number */
function numberTaken(app, number) {
  for (const collection of Object.keys(require(`${__hooks}/generated/domain.cjs`).CASE_TYPES)) {
    try {
      app.findFirstRecordByData(collection, 'number', number);
      return true;
    } catch (_) {
      // not in this collection
    }
  }
  return false;
}

/** A fresh, unguessable number with the office's prefix. */
function newNumber(app, prefix) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  let number;
  do {
    number = domain.formatRequestNumber(
      prefix,
      $security.randomStringWithAlphabet(domain.RANDOM_LENGTH, domain.CROCKFORD_ALPHABET),
    );
  } while (numberTaken(app, number));
  return number;
}

module.exports = { newNumber };
