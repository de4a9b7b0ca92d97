// Lets Node run the project's TypeScript build scripts against modules of src/, which import each
// other without file extensions (and folders by their index.ts) as Vite and Astro expect: `node --import ./scripts/resolve-ts.mjs …`.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^\.{1,2}\//.test(specifier) || /\.[a-z]+$/.test(specifier)) throw error;
      // A folder (`./cases`) is its index.ts, as Vite resolves it.
      if (error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') return nextResolve(`${specifier}/index.ts`, context);
      if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
