// How long a Standar Pelayanan says a service takes, in the units standards use.

export const COMPLETION_TIME_UNITS = ['menit', 'jam', 'hari', 'hari kerja', 'minggu', 'bulan'] as const;
export type CompletionTimeUnit = (typeof COMPLETION_TIME_UNITS)[number];

export interface CompletionTime {
  amount: number;
  unit: CompletionTimeUnit;
  /** A qualification the source attaches, e.g. "Bersifat tentatif saat …". */
  note?: string | undefined;
}

/**
 * What the report says instead of "on time" for a service whose standard promises no completion
 * time: there is no promise to measure against (never "0 tepat waktu").
 */
export const NO_COMPLETION_TIME_PROMISED = 'Tidak ada waktu penyelesaian yang dijanjikan';

/** "210 menit" → "3 jam 30 menit"; other units stay as the source gives them ("3 bulan"). */
export function formatCompletionTime({ amount, unit }: Pick<CompletionTime, 'amount' | 'unit'>): string {
  if (unit !== 'menit' || amount < 60) return `${amount} ${unit}`;
  const hours = Math.floor(amount / 60);
  const minutes = amount % 60;
  return minutes === 0 ? `${hours} jam` : `${hours} jam ${minutes} menit`;
}

/**
 * The site's plain gloss beside the source's words, when the plain words differ from them:
 * "210 Menit" → "3 jam 30 menit"; "1 Hari" → none.
 */
export function completionTimeGloss(time: Pick<CompletionTime, 'amount' | 'unit'>): string | undefined {
  const plain = formatCompletionTime(time);
  return plain === `${time.amount} ${time.unit}` ? undefined : plain;
}

/** The source's words with the site's gloss: "210 Menit (= 3 jam 30 menit)", "1 Hari". */
export function writtenWithGloss(time: Pick<CompletionTime, 'amount' | 'unit'> & { written: string }): string {
  const gloss = completionTimeGloss(time);
  return gloss ? `${time.written} (= ${gloss})` : time.written;
}

/** ISO 8601 duration for schema.org; working days count as days there. */
export function completionTimeAsIsoDuration({ amount, unit }: Pick<CompletionTime, 'amount' | 'unit'>): string {
  switch (unit) {
    case 'menit':
      return `PT${amount}M`;
    case 'jam':
      return `PT${amount}H`;
    case 'hari':
    case 'hari kerja':
      return `P${amount}D`;
    case 'minggu':
      return `P${amount}W`;
    case 'bulan':
      return `P${amount}M`;
  }
}
