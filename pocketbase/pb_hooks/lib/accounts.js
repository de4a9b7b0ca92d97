// @ts-check
// Passwords and activation codes of the accounts people sign in with.

/**
 * Refuses a password the policy does not accept, naming the field, in Indonesian.
 * @param {core.RecordRequestEvent} e
 */
function checkNewPassword(e) {
  const body = e.requestInfo().body || {};
  if (body.password === undefined || body.password === null || body.password === '') return;
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const account = require(`${__hooks}/lib/given.js`).recordOf(e);
  const problem = domain.passwordProblem(String(body.password), {
    email: String(body.email || account.getString('email')),
    name: String(body.name || account.getString('name')),
  });
  if (problem) require(`${__hooks}/lib/problems.js`).throwProblems([{ field: 'password', message: problem }]);
}

/**
 * A new one-time activation code for the account: the old password and every session end, and
 * only the code's hash is kept. Returns the code, to be handed over once.
 * @param {HookApp} app @param {core.Record} account
 */
function issueActivationCode(app, account) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const code = $security.randomStringWithAlphabet(domain.ACTIVATION_CODE_LENGTH, domain.CROCKFORD_ALPHABET);
  const expires = new Date(Date.now() + domain.ACTIVATION_CODE_HOURS * 3600 * 1000);
  account.setPassword($security.randomString(48));
  account.refreshTokenKey();
  account.set('activation_code_hash', $security.sha256(code));
  account.set('activation_expires', expires.toISOString());
  app.save(account);
  return { code: domain.formatActivationCode(code), expires: expires.toISOString() };
}

/**
 * Refuses an operator or Camat account staff make or correct with what the workspace's form refuses
 * (src/domain/village-account-form.ts), in the same words.
 * @param {core.Record} record
 */
function refuseAccountProblems(record) {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const collection = /** @type {import("../../../src/domain/village-accounts").VillageAccountCollection} */ (
    record.collection().name
  );
  require(`${__hooks}/lib/problems.js`).throwProblems(
    domain.accountProblems(collection, {
      name: record.getString('name'),
      email: record.getString('email'),
      phone: record.getString('phone'),
      place: record.getString(domain.ACCOUNT_PLACE_FIELDS[collection]),
    }),
  );
}

module.exports = { checkNewPassword, issueActivationCode, refuseAccountProblems };
