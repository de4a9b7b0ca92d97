// @ts-check
// Disaster-logistics stock (src/domain/stock.ts, stock-ledger.ts): the item catalogue and the
// warehouses (reference data from the build, pb_hooks/lib/site_sync.js), the legal bases releases act
// under, the append-only stock ledger, and releases with their BAST. Read by the warehouse's office
// and the Camat of its kecamatan (src/domain/access-rules.ts); written only by the logistics routes
// (pb_hooks/logistics.pb.js); ledger entries are never edited or deleted (pb_hooks/stock_ledger.pb.js).
const STAFF_OF = (/** @type {string} */ path) =>
  `@request.auth.collectionName = "staff" && ${path}agency = @request.auth.agency`;
const CAMAT_OF = (/** @type {string} */ path) =>
  `@request.auth.collectionName = "camats" && ${path}kecamatan = @request.auth.kecamatan`;
const READERS = (/** @type {string} */ path) => `(${STAFF_OF(path)}) || (${CAMAT_OF(path)})`;
const STOCK_KEEPERS = '(@request.auth.collectionName = "staff") || (@request.auth.collectionName = "camats")';

/** @param {string} name @param {string} rule @param {any[]} fields @param {string[]} indexes */
const readOnly = (name, rule, fields, indexes) =>
  new Collection(
    /** @type {any} */ (
      /** @satisfies {CollectionDefinition} */ ({
        type: 'base',
        name,
        listRule: rule,
        viewRule: rule,
        createRule: null,
        updateRule: null,
        deleteRule: null,
        fields: [...fields, { name: 'created', type: 'autodate', onCreate: true, onUpdate: false }],
        indexes,
      })
    ),
  );

const IMAGES_AND_PDF = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
const DATE = '^$|^\\d{4}-\\d{2}-\\d{2}$';

migrate(
  (app) => {
    const id = (/** @type {string} */ name) => app.findCollectionByNameOrId(name).id;
    app.save(
      readOnly(
        'stock_items',
        STOCK_KEEPERS,
        [
          { name: 'slug', type: 'text', required: true, max: 60, pattern: '^[a-z0-9-]+$' },
          { name: 'name', type: 'text', required: true, max: 100 },
          { name: 'unit', type: 'text', required: true, max: 30 },
          { name: 'whole', type: 'bool' },
          { name: 'category', type: 'text', required: true, max: 30 },
          { name: 'expires', type: 'bool' },
          { name: 'alert_days', type: 'number', onlyInt: true, min: 0 },
        ],
        ['CREATE UNIQUE INDEX idx_stock_items_slug ON stock_items (slug)'],
      ),
    );
    app.save(
      readOnly(
        'warehouses',
        READERS(''),
        [
          { name: 'code', type: 'text', required: true, max: 60 },
          { name: 'name', type: 'text', required: true, max: 150 },
          { name: 'kind', type: 'text', required: true, max: 20 },
          { name: 'agency', type: 'relation', required: true, collectionId: id('agencies'), maxSelect: 1 },
          { name: 'kecamatan', type: 'relation', collectionId: id('kecamatan'), maxSelect: 1 },
          { name: 'legal_bases', type: 'json', maxSize: 2000 },
          { name: 'minimum', type: 'json', maxSize: 20000 },
          { name: 'undelivered_alert_days', type: 'number', onlyInt: true, min: 0 },
        ],
        ['CREATE UNIQUE INDEX idx_warehouses_code ON warehouses (code)'],
      ),
    );
    const warehouse = {
      name: 'warehouse',
      type: 'relation',
      required: true,
      collectionId: id('warehouses'),
      maxSelect: 1,
    };
    const recorders = [
      { name: 'recorded_by_staff', type: 'relation', collectionId: id('staff'), maxSelect: 1 },
      { name: 'recorded_by_camat', type: 'relation', collectionId: id('camats'), maxSelect: 1 },
    ];
    app.save(
      readOnly(
        'legal_bases',
        READERS('warehouse.'),
        [
          warehouse,
          { name: 'kind', type: 'text', required: true, max: 40 },
          { name: 'number', type: 'text', required: true, max: 200 },
          { name: 'date', type: 'text', required: true, pattern: DATE },
          { name: 'issuer', type: 'text', required: true, max: 200 },
          { name: 'disaster', type: 'text', max: 200 },
          ...recorders,
        ],
        ['CREATE INDEX idx_legal_bases_warehouse ON legal_bases (warehouse, created)'],
      ),
    );
    app.save(
      readOnly(
        'stock_releases',
        READERS('warehouse.'),
        [
          warehouse,
          { name: 'number', type: 'text', required: true, max: 60 },
          { name: 'code', type: 'text', required: true, max: 60 },
          { name: 'proposal', type: 'relation', required: true, collectionId: id('proposals'), maxSelect: 1 },
          { name: 'legal_basis', type: 'relation', required: true, collectionId: id('legal_bases'), maxSelect: 1 },
          { name: 'lines', type: 'json', required: true, maxSize: 50000 },
          { name: 'giver_name', type: 'text', required: true, max: 100 },
          { name: 'giver_position', type: 'text', required: true, max: 100 },
          { name: 'receiver_name', type: 'text', required: true, max: 100 },
          { name: 'receiver_position', type: 'text', required: true, max: 100 },
          { name: 'released_at', type: 'date', required: true },
          { name: 'idempotency_key', type: 'text', required: true, max: 100, hidden: true },
          ...recorders,
          {
            name: 'signed_bast',
            type: 'file',
            maxSelect: 3,
            maxSize: 10 * 1024 * 1024,
            mimeTypes: IMAGES_AND_PDF,
            protected: true,
          },
          { name: 'received_at', type: 'date' },
          { name: 'received_by_staff', type: 'relation', collectionId: id('staff'), maxSelect: 1 },
          { name: 'received_by_camat', type: 'relation', collectionId: id('camats'), maxSelect: 1 },
        ],
        [
          'CREATE UNIQUE INDEX idx_stock_releases_number ON stock_releases (number)',
          'CREATE UNIQUE INDEX idx_stock_releases_code ON stock_releases (code)',
          'CREATE UNIQUE INDEX idx_stock_releases_idempotency ON stock_releases (idempotency_key)',
          'CREATE UNIQUE INDEX idx_stock_releases_proposal ON stock_releases (proposal)',
        ],
      ),
    );
    app.save(
      readOnly(
        'stock_entries',
        READERS('warehouse.'),
        [
          warehouse,
          { name: 'item', type: 'relation', required: true, collectionId: id('stock_items'), maxSelect: 1 },
          { name: 'batch', type: 'text', required: true, max: 60 },
          { name: 'expires_on', type: 'text', pattern: DATE },
          { name: 'kind', type: 'text', required: true, max: 20 },
          { name: 'change', type: 'number', required: true },
          { name: 'reference', type: 'text', required: true, max: 100 },
          { name: 'source', type: 'text', max: 20 },
          { name: 'reason', type: 'text', max: 20 },
          { name: 'note', type: 'text', max: 500 },
          {
            name: 'document',
            type: 'file',
            maxSelect: 3,
            maxSize: 10 * 1024 * 1024,
            mimeTypes: IMAGES_AND_PDF,
            protected: true,
          },
          { name: 'release', type: 'relation', collectionId: id('stock_releases'), maxSelect: 1 },
          { name: 'transfer', type: 'text', max: 60 },
          { name: 'approved_by', type: 'relation', collectionId: id('staff'), maxSelect: 1 },
          { name: 'idempotency_key', type: 'text', max: 100, hidden: true },
          ...recorders,
        ],
        [
          'CREATE INDEX idx_stock_entries_card ON stock_entries (warehouse, item, created)',
          'CREATE INDEX idx_stock_entries_batch ON stock_entries (warehouse, item, batch)',
          "CREATE UNIQUE INDEX idx_stock_entries_idempotency ON stock_entries (idempotency_key) WHERE idempotency_key != ''",
        ],
      ),
    );
    // A reversal names the entry it corrects: a relation to its own collection, added once it exists.
    const entries = app.findCollectionByNameOrId('stock_entries');
    entries.fields.add(new RelationField({ name: 'corrects', collectionId: entries.id, maxSelect: 1 }));
    entries.indexes.push(
      "CREATE UNIQUE INDEX idx_stock_entries_corrects ON stock_entries (corrects) WHERE corrects != ''",
    );
    app.save(entries);
  },
  (app) => {
    for (const name of ['stock_entries', 'stock_releases', 'legal_bases', 'warehouses', 'stock_items'])
      app.delete(app.findCollectionByNameOrId(name));
  },
);
