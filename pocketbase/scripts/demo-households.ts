// Demo household proposals (usulan DTSEN) of Desa Linggasari at every stage, made through the
// server's own routes as the village operator and the office's petugas would: recorded, agreed at a
// musdes with its minutes (one not agreed, with its reason), one returned to the village, verified,
// exported for the national application, and one with its result imported. Loaded once: a second
// start finds the last household and changes nothing.
import PocketBase from 'pocketbase';
import sharp from 'sharp';
import { ROUTES, routePath, type Route } from '../../src/domain/routes';

const DAY = 86_400_000;

interface DemoHousehold {
  key: string;
  head_name: string;
  nik: string;
  kk: string;
  phone: string;
  rt: string;
  rw: string;
}

/** Valid NIKs (birth dates in digits 7–12, women's day + 40) and KKs of Kec. Darangdan (32.14.06). */
const HOUSEHOLDS = [
  ['Ahmad Sopandi', '3214060101750001', '3214060101200001', '0812 3300 1001', '001', '002'],
  ['Iis Suryani', '3214064503800002', '3214060101200002', '0812 3300 1002', '001', '002'],
  ['Dadang Kurnia', '3214061207700003', '3214060101200003', '0812 3300 1003', '002', '002'],
  ['Neneng Hasanah', '3214065209850004', '3214060101200004', '0812 3300 1004', '002', '003'],
  ['Asep Saepudin', '3214062011680005', '3214060101200005', '0812 3300 1005', '003', '003'],
  ['Yati Rohayati', '3214066106900006', '3214060101200006', '0812 3300 1006', '003', '001'],
  ['Ujang Komar', '3214060304720007', '3214060101200007', '0812 3300 1007', '004', '001'],
].map(
  ([head_name, nik, kk, phone, rt, rw], index): DemoHousehold => ({
    key: `demo-dtsen-linggasari-000${index + 1}`,
    head_name: head_name!,
    nik: nik!,
    kk: kk!,
    phone: phone!,
    rt: rt!,
    rw: rw!,
  }),
);

async function photo(): Promise<Blob> {
  const bytes = await sharp({ create: { width: 96, height: 72, channels: 3, background: { r: 150, g: 120, b: 90 } } })
    .jpeg()
    .toBuffer();
  return new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' });
}

async function signedIn(url: string, collection: 'operators' | 'staff', email: string, password: string) {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  await pb.collection(collection).authWithPassword(email, password);
  return pb;
}

/** POSTs JSON to one of the workspace's routes as the signed-in staff member; throws with the server's words. */
async function staffRoute(staff: PocketBase, route: Route, body: unknown): Promise<void> {
  const path = routePath(route);
  const response = await fetch(`${staff.baseURL}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: staff.authStore.token },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Demo DTSEN ${path}: ${response.status} ${await response.text()}`);
}

export async function loadDemoHouseholds(
  admin: PocketBase,
  operatorAccount: { email: string; password: string },
  staffAccount: { email: string; password: string },
  now: number,
): Promise<void> {
  const last = HOUSEHOLDS.at(-1)!.key;
  if (
    (
      await admin
        .collection('household_proposals')
        .getList(1, 1, { filter: admin.filter('idempotency_key = {:key}', { key: last }) })
    ).totalItems > 0
  )
    return;
  const operator = await signedIn(admin.baseURL, 'operators', operatorAccount.email, operatorAccount.password);
  const staff = await signedIn(admin.baseURL, 'staff', staffAccount.email, staffAccount.password);
  const village = operator.authStore.record!['village'] as string;

  const ids: string[] = [];
  for (const [index, household] of HOUSEHOLDS.entries()) {
    const form = new FormData();
    const fields: Record<string, string> = {
      idempotency_key: household.key,
      village,
      head_name: household.head_name,
      nik: household.nik,
      kk: household.kk,
      address: 'Kp. Cibeureum',
      rt: household.rt,
      rw: household.rw,
      phone: household.phone,
      chosen_digits: '',
      lat: String(-6.6979 + index * 0.0004),
      lon: String(107.4631 + index * 0.0003),
      location_accuracy_m: '10',
      criteria: JSON.stringify({
        'lantai-tanah': true,
        'tanpa-jamban-sendiri': index % 2 === 0,
        'khawatir-tidak-makan': false,
      }),
      consent: 'true',
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const field of ['photo_house_front', 'photo_ktp', 'photo_kk'])
      form.append(field, await photo(), `${field}.jpg`);
    ids.push((await operator.collection('household_proposals').create(form)).id);
  }

  // The musdes, three days ago: all but the first (not yet taken up) and the last (not agreed).
  const heldOn = new Date(now - 3 * DAY).toISOString().slice(0, 10);
  const musdes = new FormData();
  const outcomes = [
    ...ids.slice(1, 6).map((household) => ({ household, agreed: true })),
    { household: ids[6]!, agreed: false, reason: 'Sudah menerima bantuan rehabilitasi rumah dari desa tahun ini.' },
  ];
  for (const [name, value] of Object.entries({
    idempotency_key: 'demo-musdes-linggasari-0001',
    village,
    way: 'musdes',
    held_on: `${heldOn} 00:00:00.000Z`,
    attending: '27',
    outcomes: JSON.stringify(outcomes),
  }))
    musdes.append(name, value);
  musdes.append('minutes', await photo(), 'berita-acara-musdes.jpg');
  const batch = await operator.collection('household_batches').create(musdes);

  const step = (household: string, status: string, extra: Record<string, unknown> = {}) =>
    staff
      .collection('household_proposal_events')
      .create({ household_proposal: household, status, staff: staff.authStore.record!.id, ...extra });
  await step(ids[2]!, 'dikembalikan-ke-desa', {
    public_note: 'Foto KK buram: foto ulang KK-nya, lalu bahas lagi di musyawarah berikutnya.',
  });
  await step(ids[4]!, 'diverifikasi-dinsos');
  await step(ids[5]!, 'diverifikasi-dinsos');
  // Exported for the national application (both move to "dikirim ke pusat"), then one more verified.
  await staffRoute(staff, ROUTES.householdExport, { musyawarah: batch.id });
  await step(ids[3]!, 'diverifikasi-dinsos');
  const number = (await staff.collection('household_proposals').getOne(ids[5]!))['number'];
  await staffRoute(staff, ROUTES.householdResults, {
    csv: `NOMOR_USULAN,HASIL,ALASAN_HASIL,DESIL\n${number},Masuk DTSEN,,2\n`,
  });
}
