// @ts-check
// Sign-in for every kind of account (src/domain/sign-in.ts; pb_hooks/lib/sign_in_guard.js): a
// device that signed in to the account before is slowed only by its own failures; any other by
// the account's failures from its address, its address's, and the account's from everywhere past a
// high ceiling (audited once reached, and told to the holder at sign-in). Each failure is audited;
// the right password does not shorten a wait. Sessions last at most SESSION_HOURS after signing in
// with a password, renewals included, and "Keluar" ends them on the server.

onRecordAuthWithPasswordRequest((e) => {
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const guard = require(`${__hooks}/lib/sign_in_guard.js`);
  const audit = require(`${__hooks}/lib/audit.js`);
  const attempt = guard.attemptOf(e, e.identity);
  const given = require(`${__hooks}/lib/given.js`);
  const now = Date.now();
  const target = {
    agency: e.record ? audit.agencyOf(e.app, e.record) : '',
    targetType: given.collectionOf(e).name,
    targetId: e.record ? e.record.id : '',
    targetLabel: attempt.account.slice('akun:'.length),
  };
  const guest = {
    actorType: 'tamu',
    actorId: '',
    actorName: '',
    detail: { address: attempt.address, knownDevice: !!attempt.device },
  };

  const until = guard.waitUntil(e.app, attempt, now);
  if (until) {
    audit.writeEntry(e.app, { ...target, ...guest, action: 'masuk-ditahan' });
    throw new TooManyRequestsError(
      `Terlalu banyak percobaan masuk yang gagal. Tunggu ${domain.waitText(until - now)}, lalu coba lagi. Lupa ` +
        'kata sandi? Minta petugas Dinas Sosial membuat kode aktivasi baru.',
      {},
    );
  }
  try {
    e.next();
  } catch (err) {
    audit.writeEntry(e.app, { ...target, ...guest, action: 'gagal-masuk' });
    guard.countFailure(e.app, attempt, now, target);
    throw err;
  }
  guard.forgetFailures(e.app, attempt);
  const signedIn = given.recordOf(e);
  if (signedIn.collection().fields.getByName('last_password_auth')) {
    signedIn.set('last_password_auth', new Date().toISOString());
    e.app.unsafeWithoutHooks().saveNoValidate(signedIn);
  }
});

// Every token of a session expires when the session must end: SESSION_HOURS after the password
// sign-in. A renewal gets a token for the time left — never a new full period, so a token renewed
// just before the end does not outlive it — and none once it is over. (Such tokens are PocketBase's
// "static" ones: renewing one again answers with the same token.)
onRecordAuthRequest(
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    const given = require(`${__hooks}/lib/given.js`);
    const collection = /** @type {import("../../src/domain/sign-in").SignInCollection} */ (given.collectionOf(e).name);
    const now = Date.now();
    let signedInAt = now;
    if (e.authMethod !== 'password') {
      const last = given.recordOf(e).getDateTime('last_password_auth');
      signedInAt = last.isZero() ? 0 : domain.dateFromStored(last).getTime();
    }
    const left = domain.sessionEnd(collection, signedInAt) - now;
    if (left < 1000) {
      throw new UnauthorizedError(
        `Sesi Anda sudah berakhir (paling lama ${domain.SESSION_HOURS[collection]} jam sejak masuk). Silakan masuk lagi dengan kata sandi.`,
        {},
      );
    }
    if (e.authMethod === 'password') {
      // This device is known to the account from now on; the holder hears of others' failures.
      const counts = require(`${__hooks}/lib/failure_counts.js`);
      const account = counts.accountKey(given.recordOf(e).email());
      require(`${__hooks}/lib/sign_in_guard.js`).rememberDevice(e, account);
      const warning = domain.signInWarning(counts.readCount(e.app, 'sign_in_failures', account), now);
      if (warning) e.meta = { peringatan: warning };
    }
    // A Go duration, in nanoseconds.
    e.token = given
      .recordOf(e)
      .newStaticAuthToken(/** @type {time.Duration} */ (/** @type {unknown} */ (left * 1000 * 1000)));
    e.next();
  },
  'staff',
  'camats',
  'operators',
);

// "Keluar": a new token key ends every session of the account at once, on every device — a token
// forgotten on the device alone would stay valid until it expires.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('signOut'),
  (e) => {
    const account = require(`${__hooks}/lib/given.js`).accountOf(e);
    account.refreshTokenKey();
    e.app.runInTransaction((tx) => {
      tx.save(account);
      require(`${__hooks}/lib/audit.js`).recordAction(tx, account, 'keluar', account, {});
    });
    return e.noContent(204);
  },
  $apis.requireAuth('staff', 'camats', 'operators'),
);
