import type PocketBase from 'pocketbase';

export const E2E_STAFF = [
  {
    email: 'petugas.purwakarta@e2e.test',
    name: 'Petugas Uji Purwakarta',
    role: 'petugas',
    agency: 'dinsos-p3a-purwakarta',
  },
  {
    email: 'petugas.banjarnegara@e2e.test',
    name: 'Petugas Uji Banjarnegara',
    role: 'petugas',
    agency: 'dinsos-pppa-banjarnegara',
  },
  // Signs out in a test: "Keluar" ends every session of an account, so it has its own.
  { email: 'petugas.keluar@e2e.test', name: 'Petugas Uji Keluar', role: 'petugas', agency: 'dinsos-p3a-purwakarta' },
  {
    email: 'kepala.purwakarta@e2e.test',
    name: 'Kepala Bidang Uji Purwakarta',
    role: 'kepala_bidang',
    agency: 'dinsos-p3a-purwakarta',
  },
  // Strangers fail to sign in to it in a test, which would hold back other tests' new browsers: its own.
  { email: 'petugas.diincar@e2e.test', name: 'Petugas Uji Diincar', role: 'petugas', agency: 'dinsos-p3a-purwakarta' },
] as const;

/** The village operator the proposal tests sign in as: Desa Linggasari, Kecamatan Darangdan (Lambung Sosial). */
export const E2E_OPERATOR = {
  email: 'operator.linggasari@e2e.test',
  name: 'Operator Linggasari',
  phone: '0812-7788-4321',
  villageCode: '32.14.06.2006',
} as const;

/**
 * An operator of the same village for the test that signs out ("Keluar" ends every session of the account,
 * on every device): with E2E_OPERATOR, it would sign out every other test then signed in as the village.
 */
export const E2E_OPERATOR_WHO_SIGNS_OUT = {
  email: 'operator.keluar@e2e.test',
  name: 'Operator Linggasari Keluar',
  phone: '0812-7788-4322',
  villageCode: E2E_OPERATOR.villageCode,
} as const;

/** The Camat of Darangdan (Lambung Sosial), who decides the proposals Desa Linggasari addresses to the Camat. */
export const E2E_CAMAT = {
  email: 'camat.darangdan@e2e.test',
  name: 'Camat Uji Darangdan',
  kecamatanCode: '32.14.06',
} as const;

/** Creates the e2e staff accounts, the village operators and the Camat, all with one password, as a superuser. */
export async function createE2eAccounts(pb: PocketBase, password: string): Promise<void> {
  for (const staff of E2E_STAFF) {
    const agency = await pb
      .collection('agencies')
      .getFirstListItem(pb.filter('slug = {:slug}', { slug: staff.agency }));
    await pb.collection('staff').create({
      email: staff.email,
      password,
      passwordConfirm: password,
      name: staff.name,
      role: staff.role,
      agency: agency.id,
      verified: true,
    });
  }
  const village = await pb
    .collection('villages')
    .getFirstListItem(pb.filter('code = {:code}', { code: E2E_OPERATOR.villageCode }));
  for (const operator of [E2E_OPERATOR, E2E_OPERATOR_WHO_SIGNS_OUT]) {
    await pb.collection('operators').create({
      email: operator.email,
      password,
      passwordConfirm: password,
      name: operator.name,
      phone: operator.phone,
      village: village.id,
      verified: true,
    });
  }
  const kecamatan = await pb
    .collection('kecamatan')
    .getFirstListItem(pb.filter('code = {:code}', { code: E2E_CAMAT.kecamatanCode }));
  await pb.collection('camats').create({
    email: E2E_CAMAT.email,
    password,
    passwordConfirm: password,
    name: E2E_CAMAT.name,
    kecamatan: kecamatan.id,
    verified: true,
  });
}
