// @ts-check
// Service requests and their timeline. Applicants' names and phone numbers are personal data
// (UU 27/2022): only staff of the request's own office can read them; the public status route
// (pb_hooks/status_lookup.pb.js) returns none of them.
migrate(
  (app) => {
    const agencies = app.findCollectionByNameOrId('agencies');
    const services = app.findCollectionByNameOrId('services');
    const staff = app.findCollectionByNameOrId('staff');
    const ownOffice = '@request.auth.collectionName = "staff" && agency = @request.auth.agency';

    const requests = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'requests',
          listRule: ownOffice,
          viewRule: ownOffice,
          createRule: `${ownOffice} && service.agency = agency`,
          // A request moves along only through request_events (see pb_hooks/requests.pb.js).
          updateRule: null,
          deleteRule: null,
          fields: [
            { name: 'number', type: 'text', required: true, pattern: '^[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$' },
            { name: 'agency', type: 'relation', required: true, collectionId: agencies.id, maxSelect: 1 },
            { name: 'service', type: 'relation', required: true, collectionId: services.id, maxSelect: 1 },
            { name: 'applicant_name', type: 'text', required: true, max: 100 },
            { name: 'applicant_phone', type: 'text', required: true, pattern: '^\\+?[0-9][0-9 ()-]{7,19}$' },
            {
              name: 'status',
              type: 'select',
              required: true,
              maxSelect: 1,
              values: ['diterima', 'diproses', 'selesai', 'ditolak'],
            },
            { name: 'current_step', type: 'number', required: true, onlyInt: true, min: 1 },
            { name: 'received_at', type: 'date', required: true },
            { name: 'due_at', type: 'date' },
            { name: 'finished_at', type: 'date' },
            { name: 'registered_by', type: 'relation', collectionId: staff.id, maxSelect: 1 },
            { name: 'created', type: 'autodate', onCreate: true },
            { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
          ],
          indexes: [
            'CREATE UNIQUE INDEX idx_requests_number ON requests (number)',
            'CREATE INDEX idx_requests_agency_due ON requests (agency, due_at)',
          ],
        })
      ),
    );
    app.save(requests);

    const events = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'request_events',
          listRule: '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency',
          viewRule: '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency',
          // Staff of the office add events to move a request along; nobody edits the timeline.
          createRule:
            '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency && staff = @request.auth.id',
          updateRule: null,
          deleteRule: null,
          fields: [
            {
              name: 'request',
              type: 'relation',
              required: true,
              collectionId: requests.id,
              maxSelect: 1,
              cascadeDelete: true,
            },
            { name: 'step', type: 'number', required: true, onlyInt: true, min: 1 },
            {
              name: 'status',
              type: 'select',
              required: true,
              maxSelect: 1,
              values: ['diterima', 'diproses', 'selesai', 'ditolak'],
            },
            { name: 'public_note', type: 'text', max: 500 },
            { name: 'staff', type: 'relation', collectionId: staff.id, maxSelect: 1 },
            // When it happened: "now", except in imported or demo data entered by a superuser.
            { name: 'at', type: 'date', required: true },
            { name: 'created', type: 'autodate', onCreate: true },
          ],
          indexes: ['CREATE INDEX idx_request_events_request ON request_events (request, at)'],
        })
      ),
    );
    app.save(events);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('request_events'));
    app.delete(app.findCollectionByNameOrId('requests'));
  },
);
