// @ts-check
// No file is stored under the name its sender gave it, and no image with its metadata
// (pb_hooks/lib/uploads.js), whatever route or API a record's new files come through; and none at
// all while the disk is below its watermark (pb_hooks/lib/storage_guard.js): "try later".

onRecordCreate((e) => {
  require(`${__hooks}/lib/uploads.js`).guardRecordUploads(e.app, require(`${__hooks}/lib/given.js`).recordOf(e));
  e.next();
});

onRecordUpdate((e) => {
  require(`${__hooks}/lib/uploads.js`).guardRecordUploads(e.app, require(`${__hooks}/lib/given.js`).recordOf(e));
  e.next();
});
