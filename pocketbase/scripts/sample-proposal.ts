// A realistic disaster-logistics proposal (a landslide in Desa Linggasari's style), shared by the
// demo data and the tests: the form fields as sent, and a one-page PDF standing in for a document.

export function onePagePdf(title: string): Blob {
  const pdf =
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 ' +
    `obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n%${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return new Blob([pdf], { type: 'application/pdf' });
}

export const SAMPLE_PROPOSAL_FIELDS: Record<string, string> = {
  disaster_type: 'tanah-longsor',
  disaster_type_other: '',
  occurred_at: '2026-11-22T21:30:00.000Z',
  location_note: 'Kampung Cibeureum RT 02/RW 04',
  chronology: 'Hujan deras sejak sore menyebabkan tebing setinggi 10 meter longsor dan menimpa tiga rumah warga.',
  victims_kk: '3',
  victims_people: '11',
  deaths: '0',
  injured: '2',
  displaced: '11',
  houses_light: '1',
  houses_moderate: '1',
  houses_heavy: '1',
  public_facilities: 'Jalan desa tertutup material longsor sepanjang 20 meter.',
  other_losses: '',
  logistics: JSON.stringify([
    { item: 'Terpal', quantity: 10, unit: 'lembar' },
    { item: 'Beras', quantity: 50, unit: 'kg' },
  ]),
  recipient: 'kepala_dinas',
  contact_name: 'Ujang Sopandi',
  contact_phone: '0812-7788-4321',
};
