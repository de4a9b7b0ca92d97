// The hooks' copy of the domain (pocketbase/pb_hooks/generated/domain.cjs, scripts/build-hooks.ts)
// exports what src/domain exports, as plain values: every JS runtime of PocketBase's pool loads its
// own copy, and getters per name (esbuild's CommonJS) made each copy nearly twice as large
// (docs/performance.md, "Where a crowd's memory goes").
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as domain from '../../src/domain/index.ts';

const bundle = createRequire(import.meta.url)('../../pocketbase/pb_hooks/generated/domain.cjs') as Record<
  string,
  unknown
>;

describe("the hooks' domain bundle", () => {
  it('exports every name of src/domain, with the same values', () => {
    // Functions (also inside tables) are each copy's own: compared by kind, everything else by content.
    const shape = (value: unknown) =>
      JSON.stringify(value, (_key, part: unknown) =>
        typeof part === 'function' ? 'function' : part instanceof RegExp ? String(part) : part,
      );
    expect(Object.keys(bundle).sort()).toEqual(Object.keys(domain).sort());
    for (const [name, value] of Object.entries(domain)) expect(shape(bundle[name]), name).toBe(shape(value));
  });

  it('exports them as plain properties, not getters', () => {
    const getters = Object.entries(Object.getOwnPropertyDescriptors(bundle)).filter(([, property]) => property.get);
    expect(getters.map(([name]) => name)).toEqual([]);
  });
});
