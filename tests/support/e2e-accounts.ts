export const E2E_STAFF = [
  { email: 'petugas.purwakarta@e2e.test', name: 'Petugas Uji Purwakarta', role: 'petugas', agency: 'dinsos-p3a-purwakarta' },
  { email: 'petugas.banjarnegara@e2e.test', name: 'Petugas Uji Banjarnegara', role: 'petugas', agency: 'dinsos-pppa-banjarnegara' },
] as const;
