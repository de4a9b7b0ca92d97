// Figures as /kinerja/ and the survey report write them, with a decimal comma — and their number
// formatters made only when a figure is written (or prepared), not when the board's island loads.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('figures in Indonesian', () => {
  it('writes an index with two decimals and a unit score with three, after a decimal comma', async () => {
    const { formatIndex, formatUnit } = await import('../../src/lib/figures');
    expect(formatIndex(88.31)).toBe('88,31');
    expect(formatIndex(100)).toBe('100,00');
    // An NRR of 3.53 converted (× 25) is 88.25; a weighted NRR rounds to three decimals, half up.
    expect(formatIndex(3.53 * 25)).toBe('88,25');
    expect(formatUnit(3.5324)).toBe('3,532');
    expect(formatUnit(3.5326)).toBe('3,533');
    // Thousands, should a figure ever reach them, with the Indonesian dot.
    expect(formatIndex(1234.5)).toBe('1.234,50');
  });

  it('makes no formatter when loaded, one per number of decimals when used or prepared', async () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    const { formatIndex, formatUnit, prepareFormatter } = await import('../../src/lib/figures');
    expect(made).not.toHaveBeenCalled();
    prepareFormatter();
    formatIndex(76.61);
    expect(made).toHaveBeenCalledTimes(1);
    formatUnit(3.064);
    formatUnit(2.6);
    expect(made).toHaveBeenCalledTimes(2);
  });
});
