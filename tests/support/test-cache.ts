// What tests keep between runs (site builds, a migrated data folder), inside the clone's node_modules:
// never in the system's temporary folder, which `npm test` gives each run afresh and empties after it
// (scripts/test.sh), and gone with the clone or `rm -rf node_modules`.
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../scripts/build-fingerprint.ts';

/** The folder `name` under the tests' cache (not made here). */
export const testCache = (name: string): string => join(PROJECT_ROOT, 'node_modules', '.cache', 'layanan-tests', name);
