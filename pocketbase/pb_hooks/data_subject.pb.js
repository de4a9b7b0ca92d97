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
              `${exported.requests.length} permohonan, ${exported.proposals.length} usulan dan ${exported.complaints.length} pengaduan diekspor ke ${args[1]}.`,
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
                `${erased.proposals.join(', ') || '-'}; pengaduan ${erased.complaints.join(', ') || '-'}.`,
            );
          },
        }),
      );
      return parent;
    })(),
  );
