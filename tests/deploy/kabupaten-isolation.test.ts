// One PocketBase per kabupaten is the natural shard (docs/performance.md, 500 kabupaten): three kabupaten, each with
// its own build and data folder, behind one Caddy on loopback, every request through the proxy.
// Nothing crosses: a number, a session, a document or a request of one is unknown to the others.
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';
import { siteDirectory } from '../../scripts/build-fingerprint.ts';
import { startCaddy, trustedRequest, type RunningCaddy, type TrustedResponse } from '../support/caddy.ts';
import {
  createOperator,
  createStaff,
  serviceBySlug,
  startTestPocketBase,
  type TestPocketBase,
} from '../support/pocketbase';
import { BUILD_TIMEOUT, purwakartaDeploymentBuild, secondVersionBuild } from '../support/site-builds.ts';
import { pdfDocument, proposalForm } from '../support/proposal-form';

interface Kabupaten {
  host: string;
  office: string;
  service: string;
  /** The folder of the build its address serves. */
  build: () => Promise<string>;
  site?: string;
  server?: TestPocketBase;
  /** What it holds, made through the proxy. */
  request?: { number: string; verifier: string };
  staffToken?: string;
  document?: { path: string; hash: string };
}
// Three builds, none made for this file alone (a whole-site build is about 11 s of CPU): Purwakarta's is its own
// deployment's, LAYANAN_KABUPATEN=32.14 (made once for this and kabupaten-scope); Banjarnegara serves the
// project's dist/ and Rokan Hulu the site's second version (site-builds.ts), both holding every kabupaten, as
// Banjarnegara and Rokan Hulu have no village list of their own for the proposal each server receives.
const KABUPATEN: Kabupaten[] = [
  {
    host: 'purwakarta.localhost',
    office: 'dinsos-p3a-purwakarta',
    service: 'kedaruratan-ppks',
    build: purwakartaDeploymentBuild,
  },
  {
    host: 'banjarnegara.localhost',
    office: 'dinsos-pppa-banjarnegara',
    service: 'santunan-anak-terlantar',
    build: async () => siteDirectory(),
  },
  {
    host: 'rokanhulu.localhost',
    office: 'dinsos-p3a-rokan-hulu',
    service: 'respon-kasus-anak',
    build: secondVersionBuild,
  },
];
let caddy: RunningCaddy;
let port: number;

const url = (kabupaten: Kabupaten, path: string) => `https://${kabupaten.host}:${port}${path}`;
const through = (
  kabupaten: Kabupaten,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
) => trustedRequest(url(kabupaten, path), { ca: caddy.rootCertificate, ...options });
const json = (body: unknown) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) =>
    statSync(join(dir, entry)).isDirectory() ? filesUnder(join(dir, entry)) : [join(dir, entry)],
  );

beforeAll(async () => {
  // Kept between runs (tests/support/site-builds.ts); one after another, as builds of one project are.
  for (const kabupaten of KABUPATEN) kabupaten.site = await kabupaten.build();
}, BUILD_TIMEOUT);

const pairs = KABUPATEN.flatMap((own) =>
  KABUPATEN.filter((other) => other !== own).map((other) => [own, other] as const),
);

describe('three kabupaten behind one proxy', () => {
  beforeAll(async () => {
    for (const kabupaten of KABUPATEN)
      kabupaten.server = await startTestPocketBase({
        siteDir: kabupaten.site,
        env: { LAYANAN_TRUSTED_PROXY_HEADER: 'X-Forwarded-For' },
      });
    port = await freePort();
    // deploy/layanan-situs.caddy once per kabupaten, as a province's proxy would have it.
    const sites = KABUPATEN.map(
      (kabupaten) =>
        `https://${kabupaten.host}:${port} {\n\timport layanan_situs ${kabupaten.site} ${new URL(kabupaten.server!.url).host}\n}`,
    );
    const caddyfile = {
      text:
        `{\n\tadmin off\n\thttp_port ${await freePort()}\n\thttps_port ${port}\n\tskip_install_trust\n}\nimport ` +
        `${PROJECT_ROOT}deploy/layanan-situs.caddy\n${sites.join('\n')}\n`,
    };
    caddy = await startCaddy({ caddyfile, env: {}, waitFor: KABUPATEN.map((kabupaten) => url(kabupaten, '/')) });

    // Each kabupaten's staff (the same email everywhere) registers a request, and a village sends a proposal, all through the proxy.
    for (const kabupaten of KABUPATEN) {
      const server = kabupaten.server!;
      const staff = await createStaff(server, kabupaten.office);
      const signedIn = await through(
        kabupaten,
        '/api/collections/staff/auth-with-password',
        json({ identity: staff.email, password: staff.password }),
      );
      kabupaten.staffToken = signedIn.json().token;
      const service = await serviceBySlug(server, kabupaten.service);
      const created = await through(kabupaten, '/api/collections/requests/records', {
        ...json({
          service: service.id,
          agency: service['agency'],
          applicant_name: `Warga ${kabupaten.host}`,
          applicant_phone: '0812-3456-7890',
        }),
        headers: { 'Content-Type': 'application/json', Authorization: kabupaten.staffToken! },
      });
      expect(created.status).toBe(200);
      kabupaten.request = { number: created.json().number, verifier: '7890' };

      const operator = await createOperator(server, '32.14.06.2006');
      const letter = pdfDocument(`Surat permohonan dari ${kabupaten.host}`);
      const multipart = new Request('http://form.invalid/', {
        method: 'POST',
        body: await proposalForm(operator.placeId, { files: { doc_request_letter: [letter] } }),
      });
      const proposal = await through(kabupaten, '/api/collections/proposals/records', {
        method: 'POST',
        headers: { 'Content-Type': multipart.headers.get('content-type')!, Authorization: operator.pb.authStore.token },
        body: Buffer.from(await multipart.arrayBuffer()),
      });
      expect(proposal.status).toBe(200);
      const record = proposal.json();
      const fileToken = (
        await through(kabupaten, '/api/files/token', {
          method: 'POST',
          headers: { Authorization: operator.pb.authStore.token },
        })
      ).json().token;
      kabupaten.document = {
        path: `/api/files/proposals/${record.id}/${record.doc_request_letter[0]}?token=${fileToken}`,
        hash: sha256(Buffer.from(await letter.arrayBuffer())),
      };
    }
  }, 240_000);

  afterAll(async () => {
    await caddy?.stop();
    await Promise.all(KABUPATEN.map((kabupaten) => kabupaten.server?.stop()));
  });

  it('each address serves its own build', async () => {
    const homePage = (kabupaten: Kabupaten) => readFileSync(join(kabupaten.site!, 'index.html'), 'utf8');
    for (const kabupaten of KABUPATEN) {
      const html = (await through(kabupaten, '/')).body.toString('utf8');
      expect(html, `${kabupaten.host}'s home page`).toBe(homePage(kabupaten));
      for (const other of KABUPATEN.filter((candidate) => candidate !== kabupaten))
        expect(html, `${other.host}'s home page at ${kabupaten.host}`).not.toBe(homePage(other));
    }
  });

  it.each(pairs.map(([own, other]) => [own.host, other.host, own, other]))(
    'what %s holds is unknown at %s',
    async (_own, _other, own, other) => {
      const lookUp = (at: Kabupaten) => through(at, '/api/layanan/status', json(own.request));
      expect((await lookUp(own)).status).toBe(200);
      expect((await lookUp(other)).status).toBe(404);

      const session = (at: Kabupaten) =>
        through(at, '/api/collections/staff/auth-refresh', {
          method: 'POST',
          headers: { Authorization: own.staffToken! },
        });
      expect((await session(own)).status).toBe(200);
      expect((await session(other)).status).toBe(401);

      const document: TrustedResponse = await through(own, own.document!.path);
      expect(sha256(document.body)).toBe(own.document!.hash);
      expect((await through(other, own.document!.path)).status).toBe(404);
    },
  );

  it("no kabupaten's data folder holds another's document", () => {
    for (const kabupaten of KABUPATEN) {
      const stored = new Set(
        filesUnder(join(kabupaten.server!.dataDir, 'storage')).map((file) => sha256(readFileSync(file))),
      );
      for (const other of KABUPATEN)
        expect(stored.has(other.document!.hash), `${other.host}'s letter in ${kabupaten.host}`).toBe(
          other === kabupaten,
        );
    }
  });

  it('a request sent to one kabupaten reaches only its server', async () => {
    const logged = async (kabupaten: Kabupaten, probe: string) =>
      (await kabupaten.server!.admin.logs.getList(1, 1, { filter: `data.url ~ "${probe}"` })).totalItems > 0;
    const untilLogged = async (kabupaten: Kabupaten, probe: string) => {
      // PocketBase writes its request log in batches.
      for (const deadline = Date.now() + 15_000; !(await logged(kabupaten, probe)); ) {
        if (Date.now() > deadline) throw new Error(`${probe} never reached ${kabupaten.host}'s log`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    const probe = () => `probe_${randomUUID().replaceAll('-', '')}`;
    const probes = new Map(KABUPATEN.map((kabupaten) => [kabupaten, probe()]));
    // The public list of services: logged like every API request (status lookups are not, once answered:
    // pb_hooks/lib/settings.js). The probe rides in "fields", one of the few query values the log keeps
    // (src/domain/request-log.ts); a field the list does not have is ignored.
    const probePath = (probe: string) => `/api/collections/services/records?perPage=1&fields=id,${probe}`;
    for (const [kabupaten, probe] of probes) expect((await through(kabupaten, probePath(probe))).status).toBe(200);
    // Then a request straight to each server: once it is in the log, any earlier one would be too.
    await Promise.all(
      KABUPATEN.map(async (kabupaten) => {
        const marker = probe();
        await fetch(`${kabupaten.server!.url}${probePath(marker)}`);
        await untilLogged(kabupaten, marker);
      }),
    );
    for (const kabupaten of KABUPATEN) {
      for (const [sentTo, probe] of probes)
        expect(await logged(kabupaten, probe), `${sentTo.host}'s request in ${kabupaten.host}'s log`).toBe(
          sentTo === kabupaten,
        );
    }
  });
});
