// @ts-check
// Keeping the audit trail whole and provable (pb_hooks/lib/audit_chain.js, docs/security.md):
// - entries are chained within 200 ms of being committed, by one chainer off the request path;
// - every 5 minutes a check reads what is new and a slice of older entries (any breakage is in
//   PocketBase's log and the daily summary), and the kepala bidang can run it at any time;
// - every night at 23:55 WIB the chain head is anchored outside the database (a file the backup
//   service copies to the replica; the daily summary shows it for printing);
// - `pocketbase jejak-audit …` on the server: the whole trail read end to end, an anchor now, a
//   new key when the old one is lost.

cronAdd('jejak-audit-rantai', '* * * * *', () => {
  require(`${__hooks}/lib/audit_chain.js`).chainForAMinute($app);
});

cronAdd('jejak-audit-periksa', '*/5 * * * *', () => {
  require(`${__hooks}/lib/audit_chain.js`).checkTrail($app);
});

cronAdd('jejak-audit-jangkar', '55 16 * * *', () => {
  require(`${__hooks}/lib/audit_chain.js`).writeAnchor($app);
});

// The check, for the kepala bidang; `jangkar=<nomor>:<mac>` also compares the chain with an anchor
// kept elsewhere (a printed daily summary, the replica's copy).
routerAdd(
  ...require(`${__hooks}/lib/http.js`).route('auditCheck'),
  (e) => {
    const given = require(`${__hooks}/lib/given.js`);
    given.staffMember(e, { refusal: 'Pemeriksaan jejak audit hanya untuk kepala bidang.', oversee: true });
    const sent = given.queryOf(e).get('jangkar').trim();
    const anchor = /^(\d+):([0-9a-f]{64})$/.exec(sent);
    if (sent && !anchor)
      throw new BadRequestError('Jangkar ditulis sebagai nomor entri, titik dua, lalu 64 karakter MAC (0–9, a–f).', {});
    e.response.header().set('Cache-Control', 'no-store');
    const check = require(`${__hooks}/lib/audit_chain.js`).checkTrail(e.app, {
      anchor: anchor ? { seq: Number(anchor[1]), mac: anchor[2] } : null,
    });
    return require(`${__hooks}/lib/http.js`).answer(e, 'auditCheck', check);
  },
  $apis.requireAuth('staff'),
);

require(`${__hooks}/lib/given.js`)
  .given($app.rootCmd, 'command line')
  .addCommand(
    (() => {
      const parent = new Command({
        use: 'jejak-audit',
        short: 'Memeriksa jejak audit seluruhnya, menulis jangkar, atau memakai kunci baru bila kunci lama hilang',
      });
      parent.addCommand(
        new Command({
          use: 'periksa-semua',
          short: 'Membaca dan memeriksa setiap entri jejak audit dari awal, dengan kemajuannya',
          run: () => {
            const chain = require(`${__hooks}/lib/audit_chain.js`);
            chain.prepare($app);
            try {
              // Beside a running server: waits (saying so) while the server holds the write lock.
              const result = chain.checkTrail($app, { whole: true, say: (line) => console.log(line) });
              console.log(result.finding);
              if (result.head)
                console.log(`Kepala rantai: entri ${result.head.seq}, ${result.head.at}, MAC ${result.head.mac}`);
              if (!result.intact) $os.exit(1);
            } catch (err) {
              if (!chain.isDatabaseLocked(err)) throw err;
              console.error(
                `Server menulis ke basis data terus-menerus selama ${chain.LOCK_PATIENCE_MINUTES} menit sehingga hasil pemeriksaan tidak dapat disimpan. ` +
                  'Jalankan lagi saat kantor sepi, atau dengan layanan dihentikan.',
              );
              $os.exit(1);
            }
          },
        }),
      );
      parent.addCommand(
        new Command({
          use: 'jangkar',
          short: 'Menulis kepala rantai sekarang ke berkas jangkar (LAYANAN_AUDIT_ANCHOR_DIR) dan menampilkannya',
          run: () => {
            const chain = require(`${__hooks}/lib/audit_chain.js`);
            chain.prepare($app);
            const anchor = chain.writeAnchor($app);
            console.log(
              anchor ? `Jangkar: entri ${anchor.seq}, ${anchor.at}, MAC ${anchor.mac}` : 'Jejak audit masih kosong.',
            );
          },
        }),
      );
      parent.addCommand(
        new Command({
          use: 'kunci-baru ya-kunci-lama-hilang',
          short:
            'Membuat kunci baru ketika kunci lama benar-benar hilang: entri sebelumnya tidak lagi dapat dibuktikan dengan kunci',
          run: (_cmd, args) => {
            if (args[0] !== 'ya-kunci-lama-hilang') {
              console.error(
                'Tulis "ya-kunci-lama-hilang" untuk memastikan: pulihkan kunci lama dari salinannya bila masih ada (docs/operations.md).',
              );
              $os.exit(1);
            }
            const keys = require(`${__hooks}/lib/audit_key.js`);
            const path = keys.keyFilePath($app);
            if (require(`${__hooks}/lib/files.js`).fileExists(path)) {
              console.error(`Kunci masih ada di ${path}; kunci baru hanya dibuat bila kunci lama hilang.`);
              $os.exit(1);
            }
            keys.writeNewKey(path);
            const key = keys.loadOrCreateKey($app).key;
            require(`${__hooks}/lib/audit_chain.js`).startKeyEra(
              $app,
              key,
              'kunci lama hilang; kunci baru dibuat',
              'superuser (baris perintah)',
            );
            console.log(
              `Kunci baru di ${path}. Simpan salinannya terpisah dari cadangan (docs/operations.md), lalu jalankan PocketBase lagi.`,
            );
          },
        }),
      );
      return parent;
    })(),
  );
