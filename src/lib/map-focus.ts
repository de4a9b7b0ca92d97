// Lets the office finder move the map, which is a separate island that may load later.
export interface MapFocus {
  lat: number;
  lon: number;
  zoom: number;
  label: string;
}

const EVENT = 'peta:fokus';
let last: MapFocus | undefined;

export function focusMap(focus: MapFocus) {
  last = focus;
  window.dispatchEvent(new CustomEvent<MapFocus>(EVENT, { detail: focus }));
}

/** Calls back with the latest focus (if any, at once) and every later one; returns the unsubscribe. */
export function onMapFocus(callback: (focus: MapFocus) => void): () => void {
  if (last) callback(last);
  const listener = (event: Event) => callback((event as CustomEvent<MapFocus>).detail);
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
