// @ts-check
// Village operator and Camat accounts (src/domain/village-accounts.ts): staff create them without
// a password and hand over a one-time activation code; the account holder chooses the password on
// /aktivasi/. Staff never set or learn it (the collections have no manage rule), and a new code
// ends the old password and every session. Each code issued and each activation is audited.

// Made by staff: a random password nobody knows, until the account is activated. Its email is
// visible to whoever may view the account — the office's staff and the account itself (view rule).
onRecordCreateRequest(
  (e) => {
    if (!e.hasSuperuserAuth()) {
      const account = require(`${__hooks}/lib/given.js`).recordOf(e);
      require(`${__hooks}/lib/accounts.js`).refuseAccountProblems(account);
      account.setPassword($security.randomString(48));
      account.setEmailVisibility(true);
    }
    e.next();
  },
  'operators',
  'camats',
);

// Staff correcting an account's name or phone: the same checks as when it was made.
onRecordUpdateRequest(
  (e) => {
    if (!e.hasSuperuserAuth() && e.auth && e.auth.collection().name === 'staff') {
      require(`${__hooks}/lib/accounts.js`).refuseAccountProblems(require(`${__hooks}/lib/given.js`).recordOf(e));
    }
    e.next();
  },
  'operators',
  'camats',
);

// Staff of the account's office: a new activation code (also the way to reset a forgotten password).
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('activationCode'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const given = require(`${__hooks}/lib/given.js`);
    const staff = given.accountOf(e);
    const request = given.requestOf(e);
    const collection = request.pathValue('collection');
    if (!(collection in domain.VILLAGE_ACCOUNT_COLLECTIONS)) throw new NotFoundError('Akun tidak ditemukan.', {});
    let account;
    try {
      account = e.app.findRecordById(collection, request.pathValue('id'));
    } catch (_) {
      throw new NotFoundError('Akun tidak ditemukan.', {});
    }
    const audit = require(`${__hooks}/lib/audit.js`);
    if (audit.agencyOf(e.app, account) !== staff.getString('agency'))
      throw new NotFoundError('Akun tidak ditemukan.', {});
    // The code and its audit entry commit together, or neither does.
    /** @type {ReturnType<typeof import("./lib/accounts.js").issueActivationCode> | undefined} */
    let issued;
    e.app.runInTransaction((tx) => {
      issued = require(`${__hooks}/lib/accounts.js`).issueActivationCode(tx, account);
      audit.recordAction(tx, staff, 'kode-aktivasi', account, {});
    });
    e.response.header().set('Cache-Control', 'no-store');
    return require(`${__hooks}/lib/http.js`).answer(e, 'activationCode', {
      ...require(`${__hooks}/lib/given.js`).given(issued, 'activation code'),
      email: account.getString('email'),
      activationPath: domain.ACTIVATION_PATH,
    });
  },
  $apis.requireAuth('staff'),
);

// The account holder: email, the code and a new password. Wrong codes count as failed sign-ins
// (pb_hooks/lib/sign_in_guard.js), so codes cannot be guessed either — and strangers' wrong codes
// from elsewhere do not hold back the holder.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('accountActivation'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const audit = require(`${__hooks}/lib/audit.js`);
    const { problemsError, throwProblems } = require(`${__hooks}/lib/problems.js`);
    const body = e.requestInfo().body || {};
    const email = String(body.email || '')
      .trim()
      .toLowerCase();
    const code = domain.normalizeActivationCode(String(body.code || ''));
    const password = String(body.password || '');
    const guard = require(`${__hooks}/lib/sign_in_guard.js`);
    const attempt = guard.attemptOf(e, email);
    const now = Date.now();
    const until = guard.waitUntil(e.app, attempt, now);
    if (until)
      throw new TooManyRequestsError(
        `Terlalu banyak percobaan yang gagal. Tunggu ${domain.waitText(until - now)}, lalu coba lagi.`,
        {},
      );

    const account = (() => {
      for (const collection of Object.keys(domain.VILLAGE_ACCOUNT_COLLECTIONS)) {
        try {
          return e.app.findAuthRecordByEmail(collection, email);
        } catch (_) {
          // not in this collection
        }
      }
      return null;
    })();
    const expires = account ? account.getDateTime('activation_expires') : null;
    const valid =
      account !== null &&
      code !== null &&
      expires !== null &&
      !expires.isZero() &&
      domain.dateFromStored(expires).getTime() > now &&
      $security.equal(account.getString('activation_code_hash'), $security.sha256(code));
    if (!valid) {
      guard.countFailure(e.app, attempt, now, {
        agency: account ? audit.agencyOf(e.app, account) : '',
        targetType: account ? account.collection().name : '',
        targetId: account ? account.id : '',
        targetLabel: email,
      });
      throw problemsError([
        {
          field: 'code',
          message:
            'Email atau kode aktivasi tidak cocok, atau kodenya sudah kedaluwarsa. Periksa lagi, atau minta kode baru kepada petugas Dinas Sosial.',
        },
      ]);
    }
    const problem = domain.passwordProblem(password, { email, name: account.getString('name') });
    if (problem) throwProblems([{ field: 'password', message: problem }]);

    account.setPassword(password);
    account.refreshTokenKey();
    account.set('activation_code_hash', '');
    account.set('activation_expires', '');
    account.setVerified(true);
    e.app.runInTransaction((tx) => {
      tx.save(account);
      audit.recordAction(tx, account, 'aktivasi', account, {});
    });
    guard.forgetFailures(e.app, attempt);
    return e.noContent(204);
  },
  $apis.bodyLimit(4096),
);
