// What could leave the server besides what its rules allow, tried as an attacker would: oracles
// in sorting and filtering, cacheable answers, a page framed or fed a script by someone else, a
// data folder other local users can read, a password on the command line — and input meant to
// mislead staff (hidden direction controls) or to slip past the checks (0x10, 1e308).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  purwakartaAccounts,
  serviceBySlug,
  startTestPocketBase,
  type PurwakartaAccounts,
  type TestPocketBase,
} from '../support/pocketbase';
import { proposalForm } from '../support/proposal-form';
import { builtPages } from '../support/page-weight';
import { PROJECT_ROOT } from '../../pocketbase/scripts/server';

let server: TestPocketBase;
let accounts: PurwakartaAccounts;

beforeAll(async () => {
  server = await startTestPocketBase();
  accounts = await purwakartaAccounts(server);
  await accounts.operator.pb.collection('proposals').create(await proposalForm(accounts.operator.placeId));
});
afterAll(() => server?.stop());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ status: 200, message: '', data: {} as Record<string, { message: string }> }),
    (error) => ({
      status: error.status as number,
      message: error.response?.message as string,
      data: (error.response?.data ?? {}) as Record<string, { message: string }>,
    }),
  );

describe('oracles', () => {
  it('sorting or filtering public villages through back-relations (which villages sent proposals) is refused', async () => {
    for (const query of [
      'sort=proposals_via_village.id',
      'sort=-operators_via_village.created',
      "filter=(proposals_via_village.id!='')",
    ]) {
      const response = await fetch(`${server.url}/api/collections/villages/records?${query}`);
      expect(response.status, query).toBe(400);
    }
    expect((await fetch(`${server.url}/api/collections/agencies/records?sort=staff_via_agency.id`)).status).toBe(400);
    expect(
      (await fetch(`${server.url}/api/collections/kecamatan/records?filter=(camats_via_kecamatan.id!='')`)).status,
    ).toBe(400);
    // Ordinary sorting still works.
    expect((await fetch(`${server.url}/api/collections/villages/records?sort=name`)).status).toBe(200);
  });
});

describe('caching', () => {
  it('answers with personal data are never stored; public reference data may be', async () => {
    const requests = await fetch(`${server.url}/api/collections/requests/records`, {
      headers: { Authorization: accounts.petugas.pb.authStore.token },
    });
    expect(requests.headers.get('cache-control')).toBe('no-store');
    const proposal = (await accounts.operator.pb.collection('proposals').getList(1, 1)).items[0]!;
    const one = await fetch(`${server.url}/api/collections/proposals/records/${proposal.id}`, {
      headers: { Authorization: accounts.kepala.pb.authStore.token },
    });
    expect(one.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${server.url}/api/collections/services/records`)).headers.get('cache-control')).toBeNull();
  });
});

describe('pages', () => {
  it('are served with a strict Content-Security-Policy and the other security headers', async () => {
    const page = await fetch(`${server.url}/`);
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('permissions-policy')).toContain('geolocation=()');
    // Only the proposal form may ask for the phone's location.
    expect((await fetch(`${server.url}/usulan-logistik/`)).headers.get('permissions-policy')).toContain(
      'geolocation=(self)',
    );
    // Pages are revalidated at every visit; fingerprinted assets never need to be.
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = (await page.text()).match(/\/_astro\/[^"]+\.css/)![0];
    expect((await fetch(`${server.url}${asset}`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it(
    'allow every inline script and style of every built page by its hash (the checklist, "Cetak", the kabupaten ' +
      'chosen, the islands), and no inline handler',
    async () => {
      const csp = (await fetch(`${server.url}/`)).headers.get('content-security-policy')!;
      const allowed = (directive: string) =>
        new Set(
          [
            ...(csp.split('; ').find((part) => part.startsWith(`${directive} `)) ?? '').matchAll(/'(sha256-[^']+)'/g),
          ].map((match) => match[1]),
        );
      const [scripts, styles] = [allowed('script-src'), allowed('style-src')];
      const hashOf = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
      const refused: string[] = [];
      let inline = 0;
      for (const page of builtPages(`${PROJECT_ROOT}dist`)) {
        const html = readFileSync(`${PROJECT_ROOT}dist${page.endsWith('/') ? `${page}index.html` : page}`, 'utf8');
        for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
          if (/\bsrc=|application\/(ld\+)?json/.test(attributes!) || !body) continue;
          inline++;
          if (!scripts.has(hashOf(body))) refused.push(`${page}: script ${body.slice(0, 60)}`);
        }
        for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
          if (!styles.has(hashOf(body!))) refused.push(`${page}: style ${body!.slice(0, 60)}`);
        for (const [handler] of html.matchAll(/<[a-z][^>]*\son[a-z]+="[^"]*"/g))
          refused.push(`${page}: ${handler.slice(0, 80)}`);
      }
      expect(inline).toBeGreaterThan(0);
      expect(refused).toEqual([]);
    },
  );
});

describe('input meant to mislead', () => {
  it('refuses hidden direction controls in a proposal, a request and a note, naming the field', async () => {
    const reversed = `Banjir \u202Eadnuk\u202C di desa`;
    const proposal = await failure(
      accounts.operator.pb
        .collection('proposals')
        .create(await proposalForm(accounts.operator.placeId, { fields: { chronology: reversed } })),
    );
    expect(proposal.status).toBe(400);
    expect(proposal.data['chronology']?.message).toContain('karakter tersembunyi');
    const service = await serviceBySlug(server, 'pengecekan-status-dtks-bansos');
    const request = await failure(
      accounts.petugas.pb.collection('requests').create({
        service: service.id,
        agency: service['agency'],
        applicant_name: `Siti\u202E`,
        applicant_phone: '0812-2044-3187',
      }),
    );
    expect(request.data['applicant_name']?.message).toContain('karakter tersembunyi');
  });

  it('refuses counts written as 0x10 or 1e308 instead of storing something else', async () => {
    for (const typed of ['0x10', '1e308', 'Infinity']) {
      const refused = await failure(
        accounts.operator.pb
          .collection('proposals')
          .create(await proposalForm(accounts.operator.placeId, { fields: { injured: typed } })),
      );
      expect(refused.status, typed).toBe(400);
      expect(refused.data['injured']?.message, typed).toContain('isi angka');
    }
  });

  it('never lets anyone record "diterima" by hand, not even a kepala bidang', async () => {
    const service = await serviceBySlug(server, 'pengecekan-status-dtks-bansos');
    const request = await accounts.kepala.pb.collection('requests').create({
      service: service.id,
      agency: service['agency'],
      applicant_name: 'Asep',
      applicant_phone: '0813-2098-7741',
    });
    expect(
      (
        await failure(
          accounts.kepala.pb
            .collection('request_events')
            .create({ request: request.id, step: 1, status: 'diterima', staff: accounts.kepala.id }),
        )
      ).status,
    ).toBe(400);
    const proposal = (await accounts.operator.pb.collection('proposals').getList(1, 1)).items[0]!;
    expect(
      (
        await failure(
          accounts.kepala.pb.collection('proposal_events').create({ proposal: proposal.id, status: 'diterima' }),
        )
      ).status,
    ).toBe(400);
  });
});

describe("the server's own machine", () => {
  it("keeps the data folder readable by the server's user only (folders 700, files 600)", () => {
    const walk = (path: string): string[] => [
      path,
      ...(statSync(path).isDirectory() ? readdirSync(path).flatMap((entry) => walk(join(path, entry))) : []),
    ];
    const loose = walk(server.dataDir).filter((path) => (statSync(path).mode & 0o077) !== 0);
    expect(loose).toEqual([]);
  });

  it('makes what an earlier version left readable private at the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'layanan-lama-'));
    chmodSync(dataDir, 0o755);
    const leftOpen = join(dataDir, 'demo-accounts.json');
    writeFileSync(leftOpen, '{}', { mode: 0o644 });
    const started = await startTestPocketBase({ dataDir });
    try {
      expect([statSync(dataDir).mode & 0o777, statSync(leftOpen).mode & 0o777]).toEqual([0o700, 0o600]);
    } finally {
      await started.stop();
    }
  });

  it('never puts the superuser password on a command line, where any local user can read it', () => {
    const commandLines = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
    expect(commandLines).toContain('pocketbase');
    expect(commandLines).not.toContain(server.superuser.password);
  });
});
