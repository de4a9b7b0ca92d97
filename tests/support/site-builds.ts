// Builds that several test files need besides the project's own dist/ — a kabupaten's, a second
// version of the site with changed content — made once by scripts/build.sh and kept in the tests'
// cache (test-cache.ts) under a name. Kept between test files, phases (Vitest, then Playwright) and runs;
// made again only when what it is built from changes (the project's build fingerprint, the
// environment given, the content edits). When two test processes ask for the same build at once,
// one builds it and the other waits for it (flock).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { buildFingerprint, PROJECT_ROOT } from '../../scripts/build-fingerprint.ts';
import { testCache } from './test-cache.ts';
import { projectWorkspace } from './workspace.ts';

/** A change to a file under content/, as an office would make it between two deploys. */
export interface ContentEdit {
  file: string;
  edit: (text: string) => string;
}

export interface SharedBuildOptions {
  /** Build settings (PUBLIC_SITE_URL, LAYANAN_KABUPATEN, …) on top of the tests' environment. */
  env?: Record<string, string>;
  /** Content changed in a copy of the project before building it. */
  edits?: ContentEdit[];
}

/**
 * How long a test file may wait for a build in its beforeAll. A build takes seconds on a quiet machine
 * and minutes on a crowded one; its time is the machine's, not the test's (a build run synchronously,
 * as these were before they were shared, was not timed at all).
 */
export const BUILD_TIMEOUT = 600_000;

const BUILDS = testCache('builds');
const KEY_FILE = '.shared-build-key';

/** The folder of the build named `name`, made (or made again) when it does not match what it is built from. */
export async function sharedBuild(name: string, { env = {}, edits = [] }: SharedBuildOptions = {}): Promise<string> {
  // As `npm run build` would: Vitest sets NODE_ENV=test, which would make Vite bundle Solid's dev build.
  const { NODE_ENV: _testMode, ...testEnv } = process.env;
  const buildEnv = { ...testEnv, ...env };
  const edited = edits.map((change) => {
    const before = readFileSync(join(PROJECT_ROOT, 'content', change.file), 'utf8');
    const text = change.edit(before);
    if (text === before) throw new Error(`The edit of content/${change.file} for the build "${name}" changes nothing.`);
    return { file: change.file, text };
  });
  const key = createHash('sha256')
    .update(buildFingerprint(buildEnv))
    .update(JSON.stringify(Object.entries(env).sort()))
    .update(JSON.stringify(edited))
    .digest('hex');
  const site = join(BUILDS, name);
  const keyFile = join(site, KEY_FILE);
  if (existsSync(keyFile) && readFileSync(keyFile, 'utf8').trim() === key) return site;

  mkdirSync(BUILDS, { recursive: true });
  const workspace = edited.length > 0 ? projectWorkspace() : undefined;
  try {
    for (const change of edited) workspace!.editContent(change.file, () => change.text);
    // Under the lock, built only if nobody made it meanwhile; the key is written once the build
    // (atomic, scripts/build.sh) is in place, so a matching key always means a whole build.
    const script =
      '[ "$(cat "$KEY_FILE" 2>/dev/null)" = "$KEY" ] || { bash scripts/build.sh && echo "$KEY" > "$KEY_FILE"; }';
    const build = spawn('flock', [join(BUILDS, `${name}.lock`), 'bash', '-c', script], {
      cwd: workspace?.dir ?? PROJECT_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...buildEnv,
        LAYANAN_OUT_DIR: site,
        LAYANAN_CACHE_DIR: join(BUILDS, `${name}.astro-cache`),
        KEY: key,
        KEY_FILE: keyFile,
      },
    });
    const code = await new Promise<number | null>((resolve, reject) => build.on('error', reject).on('exit', resolve));
    if (code !== 0) throw new Error(`The build "${name}" failed (exit ${code}).`);
  } finally {
    workspace?.remove();
  }
  return site;
}

/** The service whose steps the second version changes, its steps before, and the step it adds. */
export const CHANGED_SERVICE = {
  id: 'pengecekan-status-dtks-bansos',
  steps: ['Menyerahkan dokumen kependudukan untuk dicek', 'Petugas memberikan informasi hasil pengecekan'],
  addedStep: 'Petugas mencetak bukti hasil pengecekan',
} as const;
/** The service whose summary the second version rewrites, and the new summary. */
export const CHANGED_SUMMARY = {
  id: 'kedaruratan-ppks',
  summary: 'Ringkasan versi kedua, diperbarui untuk uji pembaruan.',
} as const;

/** The monthly DTSEN cut-off day Purwakarta announces in the second version (it has none in the first). */
export const CHANGED_CUTOFF = {
  agency: 'dinsos-p3a-purwakarta',
  day: 25,
  source: 'Surat uji Dinas Sosial tentang jadwal unggah usulan DTSEN',
} as const;

/**
 * The site's next version, with content changed as an office changes it: a service gains a step,
 * another's summary is rewritten, and the office announces its monthly DTSEN cut-off day. What a deploy
 * brings to a running server (tests/integration/site-contract.test.ts), to the phones that already have
 * the app (tests/e2e/pwa-update.spec.ts) and to the families looking up their proposal (tests/e2e/dtsen-cutoff.spec.ts);
 * tests/deploy/kabupaten-isolation.test.ts serves it as one of its three kabupaten's builds.
 */
export const secondVersionBuild = () =>
  sharedBuild('second-version', {
    edits: [
      {
        file: `services/${CHANGED_SERVICE.id}.md`,
        edit: (text) =>
          text.replace(
            `    - ${CHANGED_SERVICE.steps[1]}\n`,
            `    - ${CHANGED_SERVICE.steps[1]}\n    - ${CHANGED_SERVICE.addedStep}\n`,
          ),
      },
      {
        file: `services/${CHANGED_SUMMARY.id}.md`,
        edit: (text) => text.replace(/^summary: .*$/m, `summary: ${CHANGED_SUMMARY.summary}`),
      },
      {
        file: `agencies/${CHANGED_CUTOFF.agency}.md`,
        edit: (text) =>
          text.replace(
            '  consentFormPhoto: false\n',
            `  consentFormPhoto: false\n  cutoff:\n    day: ${CHANGED_CUTOFF.day}\n    source: ${CHANGED_CUTOFF.source}\n`,
          ),
      },
    ],
  });

/** A build for one kabupaten (LAYANAN_KABUPATEN, its Kemendagri code), at its own address (PUBLIC_SITE_URL) when one is given. */
export const kabupatenBuild = (code: string, host?: string) =>
  sharedBuild(host ?? `kabupaten-${code}`, {
    env: { LAYANAN_KABUPATEN: code, ...(host && { PUBLIC_SITE_URL: `https://${host}` }) },
  });

/**
 * Purwakarta's own deployment, its kabupaten alone at https://purwakarta.localhost: the build
 * tests/integration/kabupaten-scope.test.ts checks and tests/deploy/kabupaten-isolation.test.ts serves
 * behind the proxy, made once for both (a whole-site build is about 11 s of CPU).
 */
export const purwakartaDeploymentBuild = () => kabupatenBuild('32.14', 'purwakarta.localhost');

/**
 * `site` deployed as a copy that keeps a build's dates may bring it (a rollback, a build made before
 * the one it replaces): in the new folder `into`, links to its files but sw.js, which is `worker`
 * (by default its own) dated an hour before `earlierThan`'s sw.js. Returns `into`.
 */
export function deployedDatedBefore(
  site: string,
  earlierThan: string,
  into: string,
  worker = readFileSync(join(site, 'sw.js'), 'utf8'),
): string {
  mkdirSync(into);
  for (const entry of readdirSync(site)) if (entry !== 'sw.js') symlinkSync(join(site, entry), join(into, entry));
  writeFileSync(join(into, 'sw.js'), worker);
  const anHourEarlier = new Date(statSync(join(earlierThan, 'sw.js')).mtimeMs - 3_600_000);
  utimesSync(join(into, 'sw.js'), anHourEarlier, anHourEarlier);
  return into;
}
