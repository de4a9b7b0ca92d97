// Syncs services from the built feed into a running PocketBase, e.g. a production server:
//   PB_URL=https://layanan.example.go.id PB_SUPERUSER_EMAIL=… PB_SUPERUSER_PASSWORD=… npm run sync-services
import PocketBase from 'pocketbase';
import { syncContent } from './sync-content.ts';

const { PB_URL, PB_SUPERUSER_EMAIL, PB_SUPERUSER_PASSWORD } = process.env;
if (!PB_URL || !PB_SUPERUSER_EMAIL || !PB_SUPERUSER_PASSWORD) {
  console.error('Set PB_URL, PB_SUPERUSER_EMAIL and PB_SUPERUSER_PASSWORD.');
  process.exit(1);
}
const pb = new PocketBase(PB_URL);
await pb.collection('_superusers').authWithPassword(PB_SUPERUSER_EMAIL, PB_SUPERUSER_PASSWORD);
const synced = await syncContent(pb);
console.log(`${synced.services} layanan dan ${synced.villages} desa/kelurahan disinkronkan ke ${PB_URL}.`);
