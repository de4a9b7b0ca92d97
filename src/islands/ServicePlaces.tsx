import { For, Show, createEffect, createSignal } from 'solid-js';
import type { ContractServicePoint } from '../domain/site-contract';
import { contactHref, contactLabel } from '../lib/contact-links';
import type { ContactChannel } from '../lib/content-schemas';
import { SERVICE_POINTS_JSON_PATH, servicePath } from '../lib/paths';

/** A point as the build writes the feed (src/pages/data/titik-layanan.json.ts): contacts as content/ validated them. */
type FeedPoint = Omit<ContractServicePoint, 'contacts'> & { contacts: ContactChannel[] };

/** The service points of the build's open-data feed, which the service worker keeps offline. */
async function placesOf(serviceSlug: string): Promise<FeedPoint[]> {
  const response = await fetch(SERVICE_POINTS_JSON_PATH);
  if (!response.ok) throw new Error(`${SERVICE_POINTS_JSON_PATH}: ${response.status}`);
  return ((await response.json()) as FeedPoint[]).filter((point) => point.services.includes(serviceSlug));
}

/**
 * "Tempat layanan" as a row of a summary list, for pages that learn the service only at run time
 * (the status result, the printed receipt): where to go, and how to reach it.
 */
export default function ServicePlaces(props: { service: string }) {
  // A plain signal, not a resource: the result around it must never wait for, or fail with, this feed.
  const [places, setPlaces] = createSignal<FeedPoint[]>();
  createEffect(() => {
    setPlaces(undefined);
    placesOf(props.service).then(setPlaces, () => setPlaces(undefined));
  });
  return (
    <div>
      <dt>Tempat layanan</dt>
      <dd>
        <Show
          when={places()}
          fallback={<a href={`${servicePath(props.service)}#tempat-layanan`}>Lihat di halaman layanan</a>}
        >
          {(found) => (
            <ul class="plain-list">
              <For each={found()}>
                {(place) => (
                  <li>
                    <strong>{place.name}</strong>, {place.address}
                    <For each={place.contacts.filter((contact) => contact.value && contactHref(contact))}>
                      {(contact) => (
                        <>
                          {' '}
                          · {contactLabel(contact)} <a href={contactHref(contact)}>{contact.value}</a>
                        </>
                      )}
                    </For>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Show>
      </dd>
    </div>
  );
}
