// @ts-check
// "Diberitahu via WhatsApp" on proposals and complaints, as on requests (1795402000): whoever
// handles the record opens WhatsApp with a prefilled update (wa.me, no paid API) and its internal
// timeline records who did it and when. A proposal is told by whoever handles it — the office's
// staff, or the Camat who decides it; a complaint only when the complainant asked for WhatsApp.
// Nobody edits or deletes an entry. Rules: src/domain/access-rules.ts.
const PROPOSAL_READERS =
  '(@request.auth.collectionName = "staff" && proposal.village.kecamatan.agency = @request.auth.agency) || ' +
  '(@request.auth.collectionName = "camats" && proposal.recipient = "camat" && ' +
  'proposal.village.kecamatan = @request.auth.kecamatan)';
const COMPLAINT_READERS = '@request.auth.collectionName = "staff" && complaint.agency = @request.auth.agency';

const CONTACT_COLLECTIONS = [
  {
    name: 'proposal_contacts',
    parent: 'proposal',
    parentCollection: 'proposals',
    actors: ['staff', 'camats'],
    readers: PROPOSAL_READERS,
    createRule:
      '(@request.auth.collectionName = "staff" && proposal.village.kecamatan.agency = @request.auth.agency && ' +
      '((@request.auth.role = "petugas" && ((proposal.decided_by = "kepala_bidang")) && ' +
      'staff = @request.auth.id && camat = "") || (@request.auth.role = "kepala_bidang" && ' +
      '((proposal.decided_by = "kepala_bidang")) && staff = @request.auth.id && camat = ""))) || ' +
      '(@request.auth.collectionName = "camats" && proposal.recipient = "camat" && ' +
      'proposal.village.kecamatan = @request.auth.kecamatan && ((proposal.decided_by = "camat")) && ' +
      'camat = @request.auth.id && staff = "")',
  },
  {
    name: 'complaint_contacts',
    parent: 'complaint',
    parentCollection: 'complaints',
    actors: ['staff'],
    readers: COMPLAINT_READERS,
    createRule: `${COMPLAINT_READERS} && staff = @request.auth.id && complaint.reply_channel = "whatsapp"`,
  },
];
/** The relation field naming who sent it, by the account's collection. */
const ACTOR_FIELDS = { staff: 'staff', camats: 'camat' };

migrate(
  (app) => {
    for (const definition of CONTACT_COLLECTIONS) {
      const actorFields = definition.actors.map((collection) => ({
        name: ACTOR_FIELDS[/** @type {"staff" | "camats"} */ (collection)],
        type: /** @type {const} */ ('relation'),
        collectionId: app.findCollectionByNameOrId(collection).id,
        maxSelect: 1,
        required: definition.actors.length === 1,
      }));
      const contacts = new Collection(
        // A plain definition, checked as CollectionDefinition (types/hooks.d.ts): the declarations want Go structs.
        /** @type {any} */ (
          /** @satisfies {CollectionDefinition} */ ({
            type: 'base',
            name: definition.name,
            listRule: definition.readers,
            viewRule: definition.readers,
            createRule: definition.createRule,
            updateRule: null,
            deleteRule: null,
            fields: [
              {
                name: definition.parent,
                type: 'relation',
                collectionId: app.findCollectionByNameOrId(definition.parentCollection).id,
                maxSelect: 1,
                required: true,
                cascadeDelete: true,
              },
              ...actorFields,
              { name: 'channel', type: 'select', values: ['whatsapp'], maxSelect: 1, required: true },
              { name: 'at', type: 'autodate', onCreate: true },
            ],
            indexes: [
              `CREATE INDEX idx_${definition.name}_${definition.parent} ON ${definition.name} (${definition.parent}, at)`,
            ],
          })
        ),
      );
      app.save(contacts);
    }
  },
  (app) => {
    for (const definition of CONTACT_COLLECTIONS) app.delete(app.findCollectionByNameOrId(definition.name));
  },
);
