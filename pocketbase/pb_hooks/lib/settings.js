// @ts-check

/** "10/60" → { maxRequests: 10, duration: 60 }, or an error naming the variable. */
function rateFromEnv(name, fallback) {
  const [maxRequests, duration] = ($os.getenv(name) || fallback).split('/').map(Number);
  if (!(maxRequests > 0 && duration > 0))
    throw new Error(`${name} harus berbentuk permintaan/detik, misalnya ${fallback}.`);
  return { maxRequests, duration };
}

/**
 * PocketBase's settings as this deployment needs them, applied at every start so a dashboard edit
 * cannot quietly undo them: the rate limiter on, with limits for the public routes; the app's own
 * name and address in mails (not "Acme" and localhost); request logs kept LAYANAN_LOG_DAYS days.
 * @param {HookApp} app
 */
function applySettings(app) {
  const settings = app.settings();
  const publicUrl = $os.getenv('LAYANAN_PUBLIC_URL');
  settings.meta.appName = 'Layanan Sosial';
  if (publicUrl) settings.meta.appURL = publicUrl;
  const host = publicUrl ? publicUrl.replace(/^https?:\/\//, '').replace(/[:/].*$/, '') : '';
  settings.meta.senderName = 'Layanan Sosial';
  // A domain name of the site when it has one; a local run (an address, localhost) gets a placeholder.
  settings.meta.senderAddress =
    $os.getenv('LAYANAN_MAIL_FROM') || `no-reply@${/[a-z]\.[a-z]{2,}$/i.test(host) ? host : 'layanan-sosial.local'}`;
  settings.logs.maxDays = requestLogDays();
  // Superusers (the dashboard and its API) only from these addresses, when set: e.g. the office
  // network. Separated by spaces or commas: deploy/layanan.env gives Caddy the same list.
  const superuserAddresses = ($os.getenv('LAYANAN_SUPERUSER_IPS') || '').split(/[\s,]+/).filter(Boolean);
  if (superuserAddresses.length > 0) settings.superuserIPs = superuserAddresses;
  // Behind a reverse proxy every request comes from the proxy's address; the proxy's header
  // (its last address, the one the proxy itself appended) names the client, so the rate limits,
  // the sign-in guard and the audit trail see real clients. Without a proxy no header is trusted:
  // a client could otherwise choose its own address.
  const proxyHeader = $os.getenv('LAYANAN_TRUSTED_PROXY_HEADER');
  settings.trustedProxy.headers = proxyHeader ? [proxyHeader] : [];
  settings.trustedProxy.useLeftmostIP = false;
  // A zip of the whole data folder (uploaded documents included) on a schedule, the newest
  // LAYANAN_BACKUP_KEEP kept; deploy/layanan-cadangan copies them off the server.
  const backupCron = $os.getenv('LAYANAN_BACKUP_CRON');
  if (backupCron) {
    settings.backups.cron = backupCron;
    settings.backups.cronMaxKeep = /** @type {number} */ (backupArchivesKept());
  }

  // The public routes' limits per client (src/domain/routes.ts); a benchmark raises the status lookup's.
  const domain = require(`${__hooks}/generated/domain.cjs`);
  const limited = (/** @type {import("../../../src/domain/routes").RouteName} */ name) =>
    domain.rateLimitLabel(domain.ROUTES[name]);
  const own = [
    { label: limited('statusLookup'), ...rateFromEnv('LAYANAN_STATUS_RATE_LIMIT', '10/60') },
    { label: limited('accountActivation'), maxRequests: 5, duration: 60 },
    // Generous per address (a mobile network puts many phones behind one); the proof of work is what stops floods.
    { label: limited('submissionChallenge'), maxRequests: 30, duration: 600 },
    { label: limited('applicationSend'), maxRequests: 20, duration: 600 },
    { label: limited('documentResend'), maxRequests: 10, duration: 600 },
    { label: limited('complaintSend'), maxRequests: 20, duration: 600 },
    { label: limited('complaintReply'), maxRequests: 10, duration: 600 },
    { label: limited('dataSubjectRequest'), maxRequests: 10, duration: 600 },
    { label: limited('publishedAnswers'), maxRequests: 60, duration: 60 },
    { label: limited('complaintFigures'), maxRequests: 30, duration: 60 },
    // A resident rating a finished request may correct a typo or two; the number guard does the rest.
    { label: limited('surveyWithNumber'), maxRequests: 10, duration: 600 },
    // Counter responses carry no number: beyond each device's own few a day, this is what limits a
    // script. An office's Wi-Fi puts its visitors behind one address; a test raises it.
    { label: limited('surveyAtCounter'), ...rateFromEnv('LAYANAN_SURVEY_COUNTER_RATE_LIMIT', '20/3600') },
    { label: limited('performanceFeed'), maxRequests: 60, duration: 60 },
    { label: limited('householdFiguresFeed'), maxRequests: 60, duration: 60 },
  ];
  settings.rateLimits.enabled = true;
  // Plain objects are what PocketBase's settings take; the declarations type them as Go structs.
  settings.rateLimits.rules = own
    .map((rule) => /** @type {any} */ ({ ...rule, audience: '' }))
    .concat(settings.rateLimits.rules.filter((rule) => !own.some((mine) => mine.label === rule.label)));
  app.save(settings);

  // With mail configured, a superuser signs in with a password and a one-time code sent by email
  // (PocketBase's MFA): a stolen password alone no longer opens the dashboard.
  if (settings.smtp.enabled) {
    const superusers = app.findCollectionByNameOrId('_superusers');
    if (!superusers.mfa.enabled || !superusers.otp.enabled) {
      superusers.mfa.enabled = true;
      superusers.otp.enabled = true;
      app.save(superusers);
    }
  }
}

/**
 * Middlewares of the status lookup, the route residents call most. PocketBase writes every API
 * request to its log database (about 3 KB each); an answered lookup there tells an office nothing
 * (wrong guesses are counted by the number guard), so only lookups that fail are logged, unless
 * LAYANAN_LOG_STATUS_LOOKUPS=1 asks for every one.
 * @returns {any[]}
 */
function statusLookupLogging() {
  return $os.getenv('LAYANAN_LOG_STATUS_LOOKUPS') === '1' ? [] : [$apis.skipSuccessActivityLog()];
}

/** Days the request log is kept (LAYANAN_LOG_DAYS, default 14). */
function requestLogDays() {
  const days = Number($os.getenv('LAYANAN_LOG_DAYS') || 14);
  if (!(days >= 0)) throw new Error('LAYANAN_LOG_DAYS harus angka hari, misalnya 14.');
  return days;
}

/** Nightly zip backups kept (LAYANAN_BACKUP_KEEP, default 7), or null when LAYANAN_BACKUP_CRON schedules none. */
function backupArchivesKept() {
  return $os.getenv('LAYANAN_BACKUP_CRON') ? Number($os.getenv('LAYANAN_BACKUP_KEEP') || 7) : null;
}

/** Days a finished case's documents, and a household proposal's NIK, KK and photos after its result, are kept (LAYANAN_DOCUMENT_RETENTION_DAYS, default 90). */
function retentionDays() {
  const days = Number($os.getenv('LAYANAN_DOCUMENT_RETENTION_DAYS') || 90);
  if (!(days >= 0)) throw new Error('LAYANAN_DOCUMENT_RETENTION_DAYS harus angka hari, misalnya 90.');
  return days;
}

module.exports = { applySettings, retentionDays, requestLogDays, backupArchivesKept, statusLookupLogging };
