// @ts-check
// What the API must not let out of the server by other means than its rules.

// Answers with personal data are never kept by browsers or proxies: records of every collection
// that is not public reference data (src/domain/access-rules.ts),
// sign-in answers (a token and the account), and protected documents — which PocketBase would
// otherwise serve cacheable for 30 days.
onRecordsListRequest((e) => {
  // Sorting or filtering through a back-relation ("proposals_via_village") tells which records
  // something points at, even where the rules hide that something: nobody but a superuser may.
  if (!e.hasSuperuserAuth()) {
    const query = e.requestInfo().query;
    if (/_via_/.test(`${query['sort'] || ''} ${query['filter'] || ''}`)) {
      throw new BadRequestError('Pengurutan atau penyaringan lewat relasi balik (_via_) tidak diizinkan.', {});
    }
  }
  if (
    !require(`${__hooks}/generated/domain.cjs`).isPublicCollection(
      require(`${__hooks}/lib/given.js`).collectionOf(e).name,
    )
  )
    require(`${__hooks}/lib/http.js`).responseHeaders(e).set('Cache-Control', 'no-store');
  e.next();
});

onRecordViewRequest((e) => {
  if (
    !require(`${__hooks}/generated/domain.cjs`).isPublicCollection(
      require(`${__hooks}/lib/given.js`).collectionOf(e).name,
    )
  )
    require(`${__hooks}/lib/http.js`).responseHeaders(e).set('Cache-Control', 'no-store');
  e.next();
});

onRecordAuthRequest((e) => {
  require(`${__hooks}/lib/http.js`).responseHeaders(e).set('Cache-Control', 'no-store');
  e.next();
});

onFileDownloadRequest((e) => {
  require(`${__hooks}/lib/http.js`).responseHeaders(e).set('Cache-Control', 'private, no-store');
  e.next();
});
