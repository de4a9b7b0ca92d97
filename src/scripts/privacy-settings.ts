// The privacy notice's periods that a deployment sets (how long documents and the request log are
// kept, how many nightly backups), as the server says it keeps them (GET /api/layanan/ketentuan),
// remembered on the device for reading offline.
import { type PrivacySettings, type Retention, retentionText } from '../domain/retention';
import type { AnswerOf } from '../domain/routes';
import { ROUTES, routeUrl } from '../lib/api-address';

const KEY = 'ketentuan-privasi';

function fill(settings: PrivacySettings) {
  for (const item of document.querySelectorAll<HTMLElement>('[data-masa-simpan]'))
    item.textContent = retentionText(JSON.parse(item.dataset['masaSimpan']!) as Retention, settings);
}

try {
  const remembered = localStorage.getItem(KEY);
  if (remembered) fill(JSON.parse(remembered) as PrivacySettings);
} catch {
  // nothing remembered, or storage off: the server's answer fills them
}
fetch(routeUrl(ROUTES.privacySettings), { cache: 'no-store' })
  .then((response) =>
    response.ok
      ? (response.json() as Promise<AnswerOf<typeof ROUTES.privacySettings>>)
      : Promise.reject(new Error(String(response.status))),
  )
  .then((settings) => {
    fill(settings);
    try {
      localStorage.setItem(KEY, JSON.stringify(settings));
    } catch {
      // storage off: shown, not remembered
    }
  })
  .catch(() => undefined);
