// @ts-check

// What happens, in this order, when `pocketbase serve` starts and before it listens:
// 1. pending migrations are applied (PocketBase would do so itself, but only after bootstrap,
//    and JS hooks get no onServe);
// 2. settings this deployment depends on are applied (pb_hooks/lib/settings.js);
// 3. the superuser is taken from LAYANAN_SUPERUSER_FILE (pb_hooks/lib/superuser.js);
// 4. the server starts from the build it serves: offices, services and steps, kecamatan,
//    villages and service points are brought in line with the site directory's feeds
//    (pb_hooks/lib/site_sync.js). A build that is missing, or that would orphan data still in use,
//    stops the start with a message that says what is wrong. Deploying is: copy the build, restart;
//    only references the build removes or changes are looked up for use, so the sync takes as long
//    at five years of data as on the first day;
// 5. the audit trail's key is loaded (made when the trail was never sealed; without it, when the
//    trail is sealed, PocketBase does not start: pb_hooks/lib/audit_key.js), and entries committed
//    but not chained before a stop are chained;
// 6. numbers the erasure register lists are erased again if a restored backup brought them back
//    (pb_hooks/lib/data_subject.js);
// 7. the keys the server signs device cookies and survey tokens with exist (pb_hooks/lib/server_keys.js).
// Other commands (migrate, superuser …) are left alone.
onBootstrap((e) => {
  e.next();
  if ($os.args.slice(1).indexOf('serve') === -1) return;
  e.app.runAllMigrations();
  require(`${__hooks}/lib/settings.js`).applySettings(e.app);
  require(`${__hooks}/lib/superuser.js`).upsertSuperuserFromFile(e.app);

  const { siteDir, syncWithSite } = require(`${__hooks}/lib/site_sync.js`);
  const dir = siteDir();
  const syncStarted = Date.now();
  const plan = syncWithSite(e.app, dir);
  const syncMs = Date.now() - syncStarted;
  const summary = plan.log.length > 0 ? plan.log.join('; ') : 'tidak ada perubahan';
  console.log(`Data rujukan dari build ${dir}: ${summary} (${syncMs} ms).`);
  e.app
    .logger()
    .info(
      'Data rujukan disesuaikan dengan build situs',
      'siteDir',
      dir,
      'changes',
      plan.changes.length,
      'ms',
      syncMs,
      'log',
      plan.log.join('; '),
    );

  const chain = require(`${__hooks}/lib/audit_chain.js`);
  chain.prepare(e.app);
  const chained = chain.chainPending(e.app, { wait: true });
  if (chained > 0) console.log(`Jejak audit: ${chained} entri yang tercatat sebelum server berhenti dirantai.`);

  if (!require(`${__hooks}/lib/erasure_register.js`).registerFile())
    console.log(
      'Peringatan: LAYANAN_ERASURE_REGISTER belum diisi. Daftar penghapusan data pribadi hanya ada di basis data, ' +
        'sehingga memulihkan cadangan lama dapat mengembalikan data yang sudah dihapus.',
    );
  const erasedAgain = require(`${__hooks}/lib/data_subject.js`).reapplyErasures(e.app);
  if (erasedAgain.length > 0)
    console.log(`Daftar penghapusan: data ${erasedAgain.join(', ')} dihapus lagi (kembali lewat pemulihan cadangan).`);
  require(`${__hooks}/lib/server_keys.js`).ensureServerKeys(e.app);
});
