// `npm start`: PocketBase with the project's schema and hooks, serving the built site (from which
// it takes its services, steps and villages at start) and, unless LAYANAN_DEMO_DATA=0, demo data.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import PocketBase from 'pocketbase';
import { PROJECT_ROOT, startPocketBase, type Superuser } from './server.ts';
import { loadDemoData } from './demo-data.ts';

const dataDir = process.env['LAYANAN_DATA_DIR'] ?? `${PROJECT_ROOT}pocketbase/pb_data`;
const http = process.env['LAYANAN_HTTP'] ?? '127.0.0.1:8090';
const siteDir = process.env['LAYANAN_OUT_DIR'] ?? `${PROJECT_ROOT}dist`;

/** From PB_SUPERUSER_EMAIL / PB_SUPERUSER_PASSWORD, or generated once and kept in the data folder. */
function superuserCredentials(): { superuser: Superuser; source: string } {
  const email = process.env['PB_SUPERUSER_EMAIL'];
  const password = process.env['PB_SUPERUSER_PASSWORD'];
  if (email && password)
    return { superuser: { email, password }, source: 'PB_SUPERUSER_EMAIL / PB_SUPERUSER_PASSWORD' };
  const file = `${dataDir}/superuser.json`;
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const generated: Superuser = {
      email: 'admin@layanan-sosial.local',
      password: randomBytes(18).toString('base64url'),
    };
    writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 });
  }
  return { superuser: JSON.parse(readFileSync(file, 'utf8')) as Superuser, source: file };
}

const { superuser, source } = superuserCredentials();
const publicUrl = process.env['PUBLIC_SITE_URL'] ?? `http://${http}`;
const server = await startPocketBase({
  dataDir,
  http,
  superuser,
  siteDir,
  inheritOutput: true,
  origins: [new URL(publicUrl).origin],
  env: {
    LAYANAN_PUBLIC_URL: publicUrl,
    // Outside the data folder, so that restoring a backup into a new folder still finds it.
    LAYANAN_ERASURE_REGISTER:
      process.env['LAYANAN_ERASURE_REGISTER'] ?? `${PROJECT_ROOT}pocketbase/daftar-penghapusan.txt`,
  },
});
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  const pb = new PocketBase(server.url);
  await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  const services = await pb.collection('services').getList(1, 1, { filter: 'active = true' });
  const villages = await pb.collection('villages').getList(1, 1);
  const lines = [
    '',
    `Layanan Sosial berjalan di ${server.url}/`,
    `  ${services.totalItems} layanan dan ${villages.totalItems} desa/kelurahan dari build ${siteDir}`,
    `  Dasbor PocketBase: ${server.url}/_/  (superuser: ${superuser.email}; kata sandi: ${source})`,
  ];
  // Demo accounts have passwords printed below: never on a server others can reach.
  const onThisMachineOnly = /^(127\.|localhost:|\[::1\]:)/.test(http);
  if (process.env['LAYANAN_DEMO_DATA'] !== '0' && !onThisMachineOnly) {
    lines.push(
      `  Data demo TIDAK dimuat: server ini mendengarkan di ${http}, bukan hanya di mesin ini. Untuk layanan ` +
        'sungguhan pasang server seperti di docs/operations.md (Deploy).',
    );
  } else if (process.env['LAYANAN_DEMO_DATA'] !== '0') {
    const accounts = await loadDemoData(pb, dataDir);
    const sample = await pb.collection('requests').getList(1, 3, { sort: 'received_at', expand: 'service' });
    lines.push(
      '',
      '  ⚠ DATA DEMO — akun, permohonan dan usulan contoh dengan kata sandi yang tercetak di sini.',
      '    Jangan dipakai untuk layanan sungguhan; LAYANAN_DEMO_DATA=0 menjalankan tanpa data demo.',
      '  Data demo:',
    );
    for (const account of accounts)
      lines.push(`    ${account.email} / ${account.password} (${account.role}, ${account.agency})`);
    lines.push(`    ruang kerja petugas dan Camat: ${server.url}/petugas/`);
    lines.push(`    usulan logistik bencana (operator desa): ${server.url}/usulan-logistik/`);
    lines.push(`    kinerja layanan (survei kepuasan): ${server.url}/kinerja/`);
    for (const request of sample.items) {
      lines.push(
        `    cek status: ${server.url}/cek-status/?no=${request['number']}  — 4 angka terakhir HP: ` +
          `${String(request['applicant_phone']).replace(/\D/g, '').slice(-4)}`,
      );
    }
  }
  console.log(`${lines.join('\n')}\n\nTekan Ctrl+C untuk berhenti.`);
} catch (error) {
  console.error(error);
  await server.stop();
  process.exit(1);
}
