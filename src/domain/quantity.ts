// Stock quantities as the ledger keeps and people read them (src/domain/stock.ts re-exports them).
import { groupDigits } from './numbers';

/** Quantities are kept to two decimals (kg, litres); whole-unit items to none. */
export function roundQuantity(quantity: number): number {
  return Math.round(quantity * 100) / 100;
}

/** "1.250,5": Indonesian digit grouping and decimal comma (PocketBase's JS runtime has no Intl). */
export function formatQuantity(quantity: number): string {
  const [whole = '0', fraction] = String(Math.abs(roundQuantity(quantity))).split('.');
  return `${quantity < 0 ? '-' : ''}${groupDigits(whole)}${fraction ? `,${fraction}` : ''}`;
}
