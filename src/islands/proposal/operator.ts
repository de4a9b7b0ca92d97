import { createResource } from 'solid-js';
import type { OperatorsRecord } from '../../domain/records';

/** Where the signed-in operator works: their village and its kecamatan, for the map picker. */
export interface Place {
  villageName: string;
  /** Its Kemendagri code ("32.14.06.2006"): the first three parts are its kecamatan's. */
  villageCode: string | undefined;
  kecamatanName: string;
  lambungSosial: boolean;
  center: { lat: number; lon: number } | undefined;
}

/** What the operator's sign-in loads with the account: their village and its kecamatan. */
export const OPERATOR_EXPAND = 'village.kecamatan';

interface Village {
  code: string;
  lat: number;
  lon: number;
}

/**
 * Where a signed-in operator works, for the map picker of either task (a disaster's location, a
 * household's house): their village, its kecamatan and the village's centre from the build's list
 * (`villagesUrl`; without it, or offline before it was kept, no centre).
 */
export function createOperatorPlace(operator: () => OperatorsRecord, villagesUrl: string): () => Place {
  const [villages] = createResource(
    () => villagesUrl,
    (url) =>
      fetch(url)
        .then((response) => response.json() as Promise<Village[]>)
        .catch(() => []),
  );
  return () => {
    const village = operator().expand?.village;
    const kecamatan = village?.expand?.kecamatan;
    const centre = villages()?.find((candidate) => candidate.code === village?.code);
    return {
      villageName: village?.name ?? '',
      villageCode: village?.code,
      kecamatanName: kecamatan?.name ?? '',
      lambungSosial: kecamatan?.lambung_sosial === true,
      center: centre && { lat: centre.lat, lon: centre.lon },
    };
  };
}
