export const E2E_STAFF = [
  { email: 'petugas.purwakarta@e2e.test', name: 'Petugas Uji Purwakarta', role: 'petugas', agency: 'dinsos-p3a-purwakarta' },
  { email: 'petugas.banjarnegara@e2e.test', name: 'Petugas Uji Banjarnegara', role: 'petugas', agency: 'dinsos-pppa-banjarnegara' },
  // Signs out in a test: "Keluar" ends every session of an account, so it has its own.
  { email: 'petugas.keluar@e2e.test', name: 'Petugas Uji Keluar', role: 'petugas', agency: 'dinsos-p3a-purwakarta' },
  { email: 'kepala.purwakarta@e2e.test', name: 'Kepala Bidang Uji Purwakarta', role: 'kepala_bidang', agency: 'dinsos-p3a-purwakarta' },
] as const;

/** The village operator the proposal tests sign in as: Desa Linggasari, Kecamatan Darangdan (Lambung Sosial). */
export const E2E_OPERATOR = { email: 'operator.linggasari@e2e.test', name: 'Operator Linggasari', phone: '0812-7788-4321', villageCode: '32.14.06.2006' } as const;
