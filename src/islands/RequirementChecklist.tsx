import { createSignal, For, onMount } from 'solid-js';

interface Props {
  /** Identifies the service; ticks are stored per service on this device. */
  serviceId: string;
  requirements: string[];
}

const STORAGE_MESSAGES = {
  unknown: 'Centang yang sudah Anda siapkan.',
  works: 'Centang Anda tersimpan di perangkat ini.',
  unavailable: 'Centang tidak dapat disimpan di perangkat ini (penyimpanan browser dimatikan).',
} as const;

const storageKey = (serviceId: string) => `persyaratan:${serviceId}`;

/** The stored ticks, or null when the browser's storage cannot be used. */
function readTicked(serviceId: string): Set<string> | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(storageKey(serviceId));
  } catch {
    return null;
  }
  try {
    const stored: unknown = JSON.parse(raw ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * The requirements as a checklist. Ticks are remembered by requirement text, so a requirement
 * that changes in the standard starts unticked again.
 */
export default function RequirementChecklist(props: Props) {
  const [ticked, setTicked] = createSignal<Set<string>>(new Set());
  // Unknown until the device's storage has been tried (and on the server-rendered page).
  const [storage, setStorage] = createSignal<'unknown' | 'works' | 'unavailable'>('unknown');

  onMount(() => {
    const stored = readTicked(props.serviceId);
    setTicked(stored ?? new Set<string>());
    setStorage(stored ? 'works' : 'unavailable');
  });

  function toggle(requirement: string, checked: boolean) {
    const next = new Set(ticked());
    if (checked) next.add(requirement);
    else next.delete(requirement);
    setTicked(next);
    try {
      localStorage.setItem(storageKey(props.serviceId), JSON.stringify([...next]));
    } catch {
      setStorage('unavailable');
    }
  }

  const readyCount = () => props.requirements.filter((requirement) => ticked().has(requirement)).length;

  return (
    <div>
      <ul class="checklist">
        <For each={props.requirements}>
          {(requirement, index) => (
            // Pagefind skips <label> text; the attribute puts the requirement in the search index.
            <li data-persyaratan={requirement} data-pagefind-index-attrs="data-persyaratan">
              <label>
                <input
                  type="checkbox"
                  name={`persyaratan-${index() + 1}`}
                  checked={ticked().has(requirement)}
                  onChange={(event) => toggle(requirement, event.currentTarget.checked)}
                />
                <span>{requirement}</span>
              </label>
            </li>
          )}
        </For>
      </ul>
      <p class="hint" aria-live="polite" data-pagefind-ignore>
        {readyCount()} dari {props.requirements.length} sudah siap.{' '}
        {STORAGE_MESSAGES[storage()]}
      </p>
    </div>
  );
}
