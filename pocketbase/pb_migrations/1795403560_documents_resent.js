// @ts-check
// When each document an applicant sent again from the status page arrived (issue 29, item 3): staff
// see which files of an online application were sent again, and when, beside those sent with it.
// Only the server's hooks write it (requests have no update rule).
migrate(
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    requests.fields.add(new JSONField({ name: 'documents_resent', maxSize: 4000 }));
    app.save(requests);
  },
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    requests.fields.removeByName('documents_resent');
    app.save(requests);
  },
);
