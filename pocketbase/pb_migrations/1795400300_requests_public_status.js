// @ts-check
// What the public status lookup returns, kept ready on the request (pb_hooks/lib/cases.js):
// lookups far outnumber changes, and a request keeps the steps it was registered under.
migrate(
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    requests.fields.add(new JSONField({ name: 'public_status', hidden: true, maxSize: 200000 }));
    app.save(requests);
  },
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    requests.fields.removeByName('public_status');
    app.save(requests);
  },
);
