// LAYANAN_KABUPATEN scopes a deployment to one kabupaten: its pages, feeds and search hold only
// that kabupaten's offices and services, and the server starts from such a build.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startPocketBase } from '../../pocketbase/scripts/server.ts';
import { client } from '../support/pocketbase';
import { BUILD_TIMEOUT, kabupatenBuild, purwakartaDeploymentBuild } from '../support/site-builds';

const work = mkdtempSync(join(tmpdir(), 'layanan-kabupaten-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pagesOf(dir: string, folder = dir): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? pagesOf(dir, path) : entry.endsWith('.html') ? [path.slice(dir.length)] : [];
  });
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

async function serverStartsOn(siteDir: string) {
  const superuser = { email: 'admin@kabupaten.test', password: 'kata-sandi-uji-kabupaten' };
  const server = await startPocketBase({
    dataDir: join(work, `pb-${siteDir.split('/').pop()}`),
    http: `127.0.0.1:${await freePort()}`,
    superuser,
    siteDir,
  });
  try {
    const admin = client(server.url);
    await admin.collection('_superusers').authWithPassword(superuser.email, superuser.password);
    return {
      agencies: (await admin.collection('agencies').getFullList()).map((agency) => agency['slug'] as string),
      villages: (await admin.collection('villages').getList(1, 1)).totalItems,
    };
  } finally {
    await server.stop();
  }
}

describe('a build for Kabupaten Purwakarta (LAYANAN_KABUPATEN=32.14)', () => {
  let site: string;
  beforeAll(async () => {
    site = await purwakartaDeploymentBuild();
  }, BUILD_TIMEOUT);

  it('has no page of Banjarnegara or Rokan Hulu, and no other kabupaten named anywhere', () => {
    const pages = pagesOf(site);
    expect(pages).toContain('/layanan/pengecekan-status-dtks-bansos/index.html');
    expect(pages).toContain('/index.html');
    for (const other of [
      'santunan-anak-terlantar',
      'respon-kasus-anak',
      'dinsos-pppa-banjarnegara',
      'dinsos-p3a-rokan-hulu',
      'kabupaten/',
    ]) {
      expect(
        pages.filter((page) => page.includes(other)),
        other,
      ).toEqual([]);
    }
    const naming = pages.filter((page) => /Banjarnegara|Rokan Hulu/.test(read(site, page)));
    expect(naming).toEqual([]);
  });

  it('starts at Purwakarta’s services, and names the kabupaten in the header', () => {
    const home = read(site, 'index.html');
    expect(home).toContain('Layanan Dinas Sosial Kabupaten Purwakarta');
    expect(home).toContain('<span class="brand-kabupaten"> Kabupaten Purwakarta</span>');
    expect(home).not.toContain('Pilih kabupaten Anda');
  });

  it('writes feeds with Purwakarta only, from which the server starts', async () => {
    const feed = JSON.parse(read(site, 'data/layanan.json')) as {
      agencies: { id: string }[];
      services: { agency: string }[];
    };
    expect(feed.agencies.map((agency) => agency.id)).toEqual(['dinsos-p3a-purwakarta']);
    expect(new Set(feed.services.map((service) => service.agency))).toEqual(new Set(['dinsos-p3a-purwakarta']));
    const started = await serverStartsOn(site);
    expect(started.agencies).toEqual(['dinsos-p3a-purwakarta']);
    expect(started.villages).toBe(192);
  }, 60_000);
});

describe('a build for Kabupaten Banjarnegara (LAYANAN_KABUPATEN=33.04), which has no map data', () => {
  let site: string;
  beforeAll(async () => {
    site = await kabupatenBuild('33.04');
  }, BUILD_TIMEOUT);

  it('has Banjarnegara’s pages only, a map page with its office list, and no online proposals', () => {
    const pages = pagesOf(site);
    expect(pages).toContain('/layanan/santunan-anak-terlantar/index.html');
    expect(pages.filter((page) => /pengecekan-status|dinsos-p3a-purwakarta|kedaruratan/.test(page))).toEqual([]);
    const map = read(site, 'peta/index.html');
    expect(map).toContain('id="titik-dinsos-pppa-banjarnegara"');
    expect(map).not.toContain('Kantor mana yang melayani desa saya?');
    expect(read(site, 'usulan-logistik/index.html')).toContain('tidak dapat dikirim online lewat situs ini');
    expect(JSON.parse(read(site, 'data/purwakarta-kecamatan.geojson')).features).toEqual([]);
    expect(existsSync(join(site, 'istilah/index.html'))).toBe(true);
  });

  it('is a build the server starts from', async () => {
    const started = await serverStartsOn(site);
    expect(started.agencies).toEqual(['dinsos-pppa-banjarnegara']);
    expect(started.villages).toBe(0);
  }, 60_000);
});
