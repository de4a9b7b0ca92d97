// Remembers which requirements a resident has ticked, per service, on this device. Ticks are kept
// by requirement text, so a requirement that changes in the standard starts unticked again.
const MESSAGES = {
  works: 'Centang Anda tersimpan di perangkat ini.',
  unavailable: 'Centang tidak dapat disimpan di perangkat ini (penyimpanan browser dimatikan).',
} as const;

function readTicked(key: string): Set<string> | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : []);
  } catch (error) {
    // Unreadable JSON starts afresh; storage that cannot be used at all is said to be off.
    return error instanceof SyntaxError ? new Set() : null;
  }
}

for (const list of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
  const serviceId = list.dataset['checklist']!;
  const key = `persyaratan:${serviceId}`;
  const status = document.querySelector<HTMLElement>(`[data-checklist-status="${serviceId}"]`);
  const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const stored = readTicked(key);
  let storage: keyof typeof MESSAGES = stored ? 'works' : 'unavailable';
  for (const box of boxes) box.checked = stored?.has(box.value) ?? false;

  const report = () => {
    if (status)
      status.textContent = `${boxes.filter((box) => box.checked).length} dari ${boxes.length} sudah siap. ${MESSAGES[storage]}`;
  };
  list.addEventListener('change', () => {
    try {
      localStorage.setItem(key, JSON.stringify(boxes.filter((box) => box.checked).map((box) => box.value)));
    } catch {
      storage = 'unavailable';
    }
    report();
  });
  report();
}
