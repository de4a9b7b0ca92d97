// @ts-check
// Requests of data subjects (UU 27/2022: the right to access and to erasure), handled by the
// office's superuser on the server's command line, each audited:
//   pocketbase data-pribadi ekspor <nomor-atau-hp> <berkas.json> --dir …  everything stored, as a JSON file
//   pocketbase data-pribadi hapus <nomor-atau-hp> ya-hapus --dir …        names, phones, notes and documents erased
// A request number finds that request or proposal; a phone number finds every request and
// proposal given with it. What remains of an erased record is what the office's statistics need
// (service, dates, status) and nothing that identifies anyone.

require(`${__hooks}/lib/given.js`)
  .given($app.rootCmd, 'command line')
  .addCommand(
    (() => {
      const parent = new Command({
        use: 'data-pribadi',
        short:
          'Ekspor atau hapus data pribadi satu nomor HP atau satu nomor permohonan/usulan (permintaan pemilik data)',
      });
      parent.addCommand(
        new Command({
          use: 'ekspor <nomor-atau-hp> <berkas.json>',
          short:
            'Menulis semua yang tersimpan tentang nomor HP atau nomor permohonan/usulan ini ke berkas JSON (hanya dapat dibaca pemilik berkas)',
          run: (_cmd, args) => {
            if (!args[1]) {
              console.error(
                'Sebutkan berkas tujuan, misalnya: pocketbase data-pribadi ekspor 0812xxxxxxxx ekspor.json',
              );
              $os.exit(1);
            }
            const exported = require(`${__hooks}/lib/data_subject.js`).exportAbout($app, String(args[0] || ''));
            // Readable by the file's owner only: it is the person's data. (os.FileMode is declared as a Go
            // type no number literal satisfies.)
            $os.writeFile(String(args[1]), JSON.stringify(exported, null, 2), /** @type {any} */ (0o600));
            console.log(
              `${exported.requests.length} permohonan, ${exported.proposals.length} usulan, ${exported.complaints.length} pengaduan ` +
                `dan ${exported.households.length} usulan DTSEN diekspor ke ${args[1]}.`,
            );
          },
        }),
      );
      parent.addCommand(
        new Command({
          use: 'hapus <nomor-atau-hp> ya-hapus',
          short: 'Menghapus nama, nomor HP, catatan dan dokumen dari permohonan/usulan nomor HP atau nomor ini',
          run: (_cmd, args) => {
            if (args[1] !== 'ya-hapus') {
              console.error(
                'Tulis "ya-hapus" sesudah nomornya untuk memastikan: data yang dihapus tidak dapat dikembalikan.',
              );
              $os.exit(1);
            }
            const erased = require(`${__hooks}/lib/data_subject.js`).eraseAbout($app, String(args[0] || ''));
            console.log(
              `Dihapus: permohonan ${erased.requests.join(', ') || '-'}; usulan ` +
                `${erased.proposals.join(', ') || '-'}; pengaduan ${erased.complaints.join(', ') || '-'}; usulan DTSEN ` +
                `${erased.households.join(', ') || '-'}.`,
            );
          },
        }),
      );
      return parent;
    })(),
  );

// The same requests online, from the status page (src/domain/data-subject-request.ts): the access
// its lookup gave, or number and verifier checked by the lookup's own guard (wrong ones counted,
// proof of work when asked), then a consultation of its own, with its own number, in the office's
// complaint inbox. It names nobody (no name, no phone: opened with the same four digits), so
// erasing the data it asks about leaves it, and its answer, readable on its status page.
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('dataSubjectRequest'),
  (e) => {
    const domain = require(`${__hooks}/generated/domain.cjs`);
    e.response.header().set('Cache-Control', 'no-store');
    const body = e.requestInfo().body || {};
    const kind = body.request;
    if (!domain.isDataSubjectRequestKind(kind))
      throw new BadRequestError('Pilih: salinan data atau penghapusan data.', {});
    const key = String(body.key || '');
    if (!require(`${__hooks}/lib/cases.js`).isSendKey(key))
      throw new BadRequestError('Kunci pengiriman tidak valid; muat ulang halaman.', {});
    const checked = require(`${__hooks}/lib/number_guard.js`).checkSentNumber(e);
    if (checked.refusal) return e.json(checked.refusal.status, checked.refusal.body);
    const answer = (/** @type {core.Record} */ request) =>
      require(`${__hooks}/lib/http.js`).answer(e, 'dataSubjectRequest', {
        number: request.getString('number'),
        request: kind,
      });
    // Sent before (a retry): the same answer.
    const before = require(`${__hooks}/lib/cases.js`).sentBefore(e.app, 'complaints', key);
    if (before) return answer(before);
    const description = domain.dataSubjectRequestText(kind, checked.number);
    try {
      // The same request still open (sent again from another page load): that one.
      return answer(
        e.app.findFirstRecordByFilter(
          'complaints',
          "about_number = {:number} && description = {:description} && status != 'selesai' && status != 'tidak-diproses'",
          { number: checked.number, description },
        ),
      );
    } catch (_) {
      // none open
    }
    const office = require(`${__hooks}/lib/data_subject.js`).officeOf(e.app, checked.row.collection, checked.row.id);
    const request = new Record(e.app.findCollectionByNameOrId('complaints'), {
      ...office,
      about_number: checked.number,
      kind: 'konsultasi',
      identity: 'anonim',
      description,
      reply_channel: 'halaman-status',
      // The same four digits open it as the record it is about (sent with an access token, not typed again).
      status_verifier: domain.phoneVerifier(checked.row.phone),
      idempotency_key: key,
    });
    // The request and its audit entry commit together, or neither does.
    e.app.runInTransaction((tx) => {
      tx.save(request);
      require(`${__hooks}/lib/audit.js`).recordAction(tx, null, 'permintaan-data-pribadi', request, { request: kind });
    });
    return answer(request);
  },
  $apis.bodyLimit(4096),
);
