// @ts-check
// Offices and services are public information derived from content/ (pb_hooks/serve_start.pb.js);
// nobody but a superuser writes them.
migrate(
  (app) => {
    const agencies = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'agencies',
          listRule: '',
          viewRule: '',
          fields: [
            { name: 'slug', type: 'text', required: true, pattern: '^[a-z0-9-]+$', max: 80 },
            { name: 'code', type: 'text', required: true, pattern: '^[ABCDEFGHJKMNPQRSTVWXYZ]{3}$' },
            { name: 'name', type: 'text', required: true, max: 200 },
            { name: 'short_name', type: 'text', required: true, max: 100 },
          ],
          indexes: [
            'CREATE UNIQUE INDEX idx_agencies_slug ON agencies (slug)',
            'CREATE UNIQUE INDEX idx_agencies_code ON agencies (code)',
          ],
        })
      ),
    );
    app.save(agencies);

    const services = new Collection(
      // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
      /** @type {any} */ (
        /** @satisfies {CollectionDefinition} */ ({
          type: 'base',
          name: 'services',
          listRule: '',
          viewRule: '',
          fields: [
            { name: 'slug', type: 'text', required: true, pattern: '^[a-z0-9-]+$', max: 80 },
            { name: 'title', type: 'text', required: true, max: 300 },
            { name: 'short_title', type: 'text', required: true, max: 120 },
            { name: 'agency', type: 'relation', required: true, collectionId: agencies.id, maxSelect: 1 },
            // Names of the procedure steps, in order, as the Standar Pelayanan gives them.
            { name: 'steps', type: 'json', required: true, maxSize: 20000 },
            { name: 'completion_amount', type: 'number', onlyInt: true, min: 1 },
            { name: 'completion_unit', type: 'text', max: 20 },
            { name: 'completion_note', type: 'text', max: 300 },
            { name: 'url', type: 'url', required: true },
            // False when the service was removed from content/: old requests keep their service.
            { name: 'active', type: 'bool' },
          ],
          indexes: ['CREATE UNIQUE INDEX idx_services_slug ON services (slug)'],
        })
      ),
    );
    app.save(services);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('services'));
    app.delete(app.findCollectionByNameOrId('agencies'));
  },
);
