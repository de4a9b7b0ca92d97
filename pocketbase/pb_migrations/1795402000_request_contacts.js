// @ts-check
// "Diberitahu via WhatsApp": staff open WhatsApp on their own phone or computer with a prefilled
// update for the applicant (wa.me, no paid API) and the request's internal timeline records who did
// it and when. Staff of the request's office write it as themselves; nobody edits or deletes it.
migrate(
  (app) => {
    const requests = app.findCollectionByNameOrId('requests');
    const staff = app.findCollectionByNameOrId('staff');
    const readers = '@request.auth.collectionName = "staff" && request.agency = @request.auth.agency';
    const contacts = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'request_contacts',
          listRule: readers,
          viewRule: readers,
          createRule: `${readers} && staff = @request.auth.id`,
          updateRule: null,
          deleteRule: null,
          fields: [
            {
              name: 'request',
              type: 'relation',
              collectionId: requests.id,
              maxSelect: 1,
              required: true,
              cascadeDelete: true,
            },
            { name: 'staff', type: 'relation', collectionId: staff.id, maxSelect: 1, required: true },
            { name: 'channel', type: 'select', values: ['whatsapp'], maxSelect: 1, required: true },
            { name: 'at', type: 'autodate', onCreate: true },
          ],
          indexes: ['CREATE INDEX idx_request_contacts_request ON request_contacts (request, at)'],
        })
      ),
    );
    app.save(contacts);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('request_contacts'));
  },
);
