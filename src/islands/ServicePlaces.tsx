import { For, Show, createEffect, createSignal } from 'solid-js';
import { contactHref, contactLabel } from '../lib/contact-links';
import { servicePath } from '../lib/paths';
import { servicePlacesOf, type FeedPoint } from '../lib/service-places';

/**
 * "Tempat layanan" as a row of a summary list, for pages that learn the service only at run time
 * (the status result, the printed receipt): where to go, and how to reach it.
 */
export default function ServicePlaces(props: {
  service: string;
  /** "Tempat layanan" unless said otherwise: "Ambil hasilnya di" once a request is finished. */
  label?: string | undefined;
}) {
  // A plain signal, not a resource: the result around it must never wait for, or fail with, this feed.
  const [places, setPlaces] = createSignal<FeedPoint[]>();
  createEffect(() => {
    setPlaces(undefined);
    servicePlacesOf(props.service).then(setPlaces, () => setPlaces(undefined));
  });
  return (
    <div>
      <dt>{props.label ?? 'Tempat layanan'}</dt>
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
                    <Show when={place.addressNote}> ({place.addressNote})</Show>
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
