// On every page: registers the service worker (dist/sw.js, src/service-worker/) and talks to it.
// - When a new version has been installed, offers to reload; it takes over only when the resident
//   agrees, so a page never mixes old and new files.
// - Tells it which page was opened and what the page loaded, so that page reads offline next time;
//   the first time a page of an office is opened, its kabupaten is kept too, and the page says so.
// - On an office page, runs "Simpan untuk dibaca tanpa sinyal"; on the offline page, lists what is kept.
// - Once each time the app is opened, has it check the numbers watched on this device ("Pantau nomor ini").
// Imports types only: a module shared with an island would turn this inline script into requests.
import type { WorkerReply, WorkerRequest } from '../lib/offline-packs';

/**
 * A bar at the foot of the screen with one button. `compact` for what only informs: a slim bar
 * that leaves the page's first screen free (the search field of a kabupaten's home at 360 × 800).
 */
function banner(
  id: string,
  text: string,
  action: { label: string; run: (button: HTMLButtonElement) => void },
  options: { compact?: boolean } = {},
) {
  if (document.getElementById(id)) return;
  const element = document.createElement('div');
  element.id = id;
  element.className = `update-banner no-print${options.compact ? ' compact' : ''}`;
  element.setAttribute('role', 'status');
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = action.label;
  button.addEventListener('click', () => action.run(button));
  element.append(paragraph, button);
  document.body.append(element);
}

function offerUpdate(waiting: ServiceWorker) {
  banner('versi-baru', 'Versi baru tersedia.', {
    label: 'Muat ulang',
    run: (button) => {
      button.disabled = true;
      waiting.postMessage({ type: 'SKIP_WAITING' } satisfies WorkerRequest);
    },
  });
}

async function ask(message: WorkerRequest): Promise<WorkerReply> {
  const registration = await navigator.serviceWorker.ready;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data as WorkerReply);
    registration.active!.postMessage(message, [channel.port2]);
  });
}

const urlsOf = (entries: PerformanceEntryList) => entries.map((entry) => entry.name);

/** This page and what it loads are kept for next time; the first visit to an office also keeps its kabupaten, and says so. */
async function reportVisit() {
  const { kantor: office, kabupaten } = document.documentElement.dataset;
  const first = ask({
    type: 'KUNJUNGAN',
    office,
    kabupaten,
    urls: [location.href, ...urlsOf(performance.getEntriesByType('resource'))],
  });
  // Watched from now on, not once the worker has answered: islands load their code meanwhile.
  new PerformanceObserver((list) => void ask({ type: 'KUNJUNGAN', urls: urlsOf(list.getEntries()) })).observe({
    type: 'resource',
  });
  const reply = await first;
  if (!reply.message) return;
  const close = () => document.getElementById('tersimpan-luring')?.remove();
  banner('tersimpan-luring', reply.message, { label: 'Tutup', run: close }, { compact: true });
  // Said once; it goes as soon as the resident starts filling in a field, which it must never cover.
  document.addEventListener('focusin', (event) => {
    if ((event.target as Element).matches('input, textarea, select')) close();
  });
}

/**
 * The numbers watched on this device are checked once per opening of the app or site (a session),
 * not on every page: the worker looks them up and notifies of a changed step. With none watched, it
 * asks nothing of the server.
 */
function checkWatchedOnOpening() {
  try {
    if (sessionStorage.getItem('pantau-dicek')) return;
    sessionStorage.setItem('pantau-dicek', '1');
  } catch {
    return;
  }
  void ask({ type: 'PANTAU' });
}

/** "Simpan untuk dibaca tanpa sinyal" on an office page: the size first, then the download. */
async function offerOfficeSave(section: HTMLElement) {
  const pack = section.dataset['paket']!;
  const status = section.querySelector<HTMLElement>('[data-keadaan]')!;
  const button = section.querySelector('button')!;
  const show = (reply: WorkerReply) => {
    status.textContent = reply.message ?? '';
    button.hidden = reply.saved.some((saved) => saved.id === pack);
  };
  show(await ask({ type: 'KANTOR', pack }));
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Menyimpan …';
    show(await ask({ type: 'SIMPAN', packs: [pack] }));
    button.disabled = false;
  });
  section.hidden = false;
}

/** On the offline page: the offices kept on this device, whose pages open without signal. */
async function listSavedOffices(list: HTMLElement) {
  const { saved } = await ask({ type: 'TERSIMPAN' });
  for (const office of saved) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = office.url;
    link.textContent = office.name;
    item.append(link, ` — ${office.services} layanan`);
    list.append(item);
  }
  if (saved.length > 0) list.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
}

async function register() {
  // Private modes and some policies refuse service workers; the site then simply stays online-only.
  const registration = await navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  if (!registration) return;
  const offerOnceInstalled = (installing: ServiceWorker | null) =>
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
    });
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  // A new version found before this page registered (its 'updatefound' already past) is installing now.
  offerOnceInstalled(registration.installing);
  registration.addEventListener('updatefound', () => offerOnceInstalled(registration.installing));
  let reloading = false;
  // The first service worker takes control of this page without a reload: there was no old version to replace.
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !hadController) return;
    reloading = true;
    location.reload();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update();
  });
  void reportVisit();
  checkWatchedOnOpening();
  const officeSave = document.getElementById('simpan-luring');
  if (officeSave) void offerOfficeSave(officeSave);
  const savedList = document.getElementById('kantor-tersimpan');
  if (savedList) void listSavedOffices(savedList);
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
