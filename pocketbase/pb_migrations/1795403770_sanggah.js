// @ts-check
// Sanggah (src/domain/complaints.ts): a complaint of its own kind reporting a recipient believed not
// eligible for aid, always rahasia or anonim, with whom it names — village, RT/RW, the name as the
// reporter knows it, the reason — and whether the office forwarded it to that village, with the
// office's own note. The village reads forwarded ones only through GET /api/desa/sanggah, which gives
// those fields and never the reporter's name, contact or words; the collection's rules stay the
// office's staff's alone.
migrate(
  (app) => {
    const complaints = app.findCollectionByNameOrId('complaints');
    const kind = /** @type {core.SelectField} */ (complaints.fields.getByName('kind'));
    kind.values = ['pengaduan', 'konsultasi', 'saran', 'sanggah'];
    const villages = app.findCollectionByNameOrId('villages');
    complaints.fields.add(
      new RelationField({ name: 'sanggah_village', collectionId: villages.id, maxSelect: 1 }),
      new TextField({ name: 'sanggah_rt', pattern: '^([0-9]{1,3})?$' }),
      new TextField({ name: 'sanggah_rw', pattern: '^([0-9]{1,3})?$' }),
      new TextField({ name: 'sanggah_name', max: 100 }),
      new SelectField({
        name: 'sanggah_reason',
        maxSelect: 1,
        values: ['mampu', 'meninggal', 'pindah', 'ganda', 'lainnya'],
      }),
      new DateField({ name: 'forwarded_at' }),
      new TextField({ name: 'forward_note', max: 500 }),
    );
    complaints.addIndex('idx_complaints_sanggah_village', false, 'sanggah_village, forwarded_at', '');
    app.save(complaints);
  },
  (app) => {
    const complaints = app.findCollectionByNameOrId('complaints');
    complaints.removeIndex('idx_complaints_sanggah_village');
    for (const name of [
      'sanggah_village',
      'sanggah_rt',
      'sanggah_rw',
      'sanggah_name',
      'sanggah_reason',
      'forwarded_at',
      'forward_note',
    ])
      complaints.fields.removeByName(name);
    const kind = /** @type {core.SelectField} */ (complaints.fields.getByName('kind'));
    kind.values = ['pengaduan', 'konsultasi', 'saran'];
    app.save(complaints);
  },
);
