// @ts-check
// No file is stored under the name its sender gave it, and no image with its metadata
// (pb_hooks/lib/uploads.js), whatever route or API a record's new files come through; and none at
// all while the disk is below its watermark (pb_hooks/lib/storage_guard.js): "try later".
// Registered for the collections with a file field only (src/domain/records.ts, generated from the
// schema): a hook call takes one of PocketBase's JS runtimes, and a save of any other collection
// — a timeline entry, a public status — has nothing to guard.

onRecordCreate(
  (e) => {
    require(`${__hooks}/lib/uploads.js`).guardRecordUploads(e.app, require(`${__hooks}/lib/given.js`).recordOf(e));
    e.next();
  },
  ...require(`${__hooks}/generated/domain.cjs`).COLLECTIONS_WITH_FILES,
);

onRecordUpdate(
  (e) => {
    require(`${__hooks}/lib/uploads.js`).guardRecordUploads(e.app, require(`${__hooks}/lib/given.js`).recordOf(e));
    e.next();
  },
  ...require(`${__hooks}/generated/domain.cjs`).COLLECTIONS_WITH_FILES,
);
