// @ts-check

// The server starts from the build it serves: before `serve` listens, its offices, services and
// steps, kecamatan, villages and service points are brought in line with the site directory's
// feeds (pb_hooks/lib/site_sync.js). A build that is missing, or that would orphan data still in
// use, stops the start with a message that says what is wrong. Deploying is: copy the build, restart.
//
// PocketBase gives JS hooks no onServe, and `serve` applies pending migrations only after
// bootstrap; so this bootstrap hook applies them itself first (serve then finds none left), and
// other commands (migrate, superuser …) are left alone.
onBootstrap((e) => {
  e.next();
  if ($os.args.slice(1).indexOf("serve") === -1) return;
  e.app.runAllMigrations();
  const { siteDir, syncWithSite } = require(`${__hooks}/lib/site_sync.js`);
  const dir = siteDir();
  const plan = syncWithSite(e.app, dir);
  const summary = plan.log.length > 0 ? plan.log.join("; ") : "tidak ada perubahan";
  console.log(`Data rujukan dari build ${dir}: ${summary}.`);
  e.app.logger().info("Data rujukan disesuaikan dengan build situs", "siteDir", dir, "changes", plan.changes.length, "log", plan.log.join("; "));
});
