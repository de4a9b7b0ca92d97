// Lets Node run the project's TypeScript build scripts against modules of src/, which import each
// other without file extensions as Vite and Astro expect: `node --import ./scripts/resolve-ts.mjs …`.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/^\.{1,2}\//.test(specifier) || /\.[a-z]+$/.test(specifier))
        throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
