// The migrations and the domain module (src/domain/) must say the same thing. Migrations are
// history and cannot import the domain at run time, so this compares the schema PocketBase has
// after all migrations with the domain's lists, patterns, limits and rules: edit either side
// alone and this fails. It also checks the generated files derived from the schema are current.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPocketBase, type TestPocketBase } from '../support/pocketbase';
import { pocketBaseBinary, PROJECT_ROOT } from '../../pocketbase/scripts/server.ts';
import { recordTypesSource, type SchemaCollection } from '../../scripts/record-types.ts';
import { ACCESS_RULES } from '../../src/domain/access-rules';
import { NUMBER_PATTERN, PREFIX_PATTERN } from '../../src/domain/request-number';
import { PHONE_PATTERN } from '../../src/domain/phone';
import { PROPOSAL_STATUSES, REQUEST_CHANNELS, REQUEST_STATUSES } from '../../src/domain/statuses';
import { STAFF_ROLES } from '../../src/domain/roles';
import { SESSION_HOURS } from '../../src/domain/sign-in';
import { COUNT_FIELDS, DISASTER_TYPES, DOCUMENTS, MAX_COUNT, RECIPIENTS, TEXT_LIMITS } from '../../src/domain/proposal';
import { ALLOWED_FILE_TYPES, MAX_FILE_BYTES } from '../../src/domain/document-files';
import {
  REFERENCE_COLLECTIONS,
  REFERENCE_FIELDS,
  REFERENCE_KEYS,
  type ReferenceCollection,
  USAGE_OF_REMOVED,
} from '../../src/domain/site-contract';
import { hookExports } from '../support/query-plan';
import { APPLICATION_LIMITS } from '../../src/domain/online-application';
import {
  PROFILE_FIELDS,
  RESPONDENT_PROFILE,
  SURVEY_CHANNELS,
  SURVEY_ELEMENTS,
  SURVEY_LIMITS,
  SURVEY_SCORE,
} from '../../src/domain/satisfaction-survey';

type Field = SchemaCollection['fields'][number] & Record<string, unknown>;
type Collection = SchemaCollection & Record<string, unknown>;

let server: TestPocketBase;
let collections: Map<string, Collection>;

beforeAll(async () => {
  server = await startTestPocketBase();
  const all = (await server.admin.collections.getFullList()) as unknown as Collection[];
  collections = new Map(all.map((collection) => [collection.name, collection]));
});
afterAll(() => server?.stop());

const field = (collection: string, name: string): Field => {
  const found = collections.get(collection)?.fields.find((candidate) => candidate.name === name) as Field | undefined;
  if (!found) throw new Error(`${collection}.${name} is not in the migrated schema`);
  return found;
};

describe('the migrated schema agrees with src/domain', () => {
  it('has exactly the collections the access rules cover, each with those rules', () => {
    const own = [...collections.values()]
      .filter((collection) => !collection.system)
      .map((collection) => collection.name);
    expect(own.sort()).toEqual(Object.keys(ACCESS_RULES).sort());
    for (const [name, rules] of Object.entries(ACCESS_RULES)) {
      const collection = collections.get(name)!;
      for (const [rule, expected] of Object.entries(rules)) expect(collection[rule], `${name}.${rule}`).toBe(expected);
    }
  });

  it('stores numbers, office prefixes and phone numbers with the domain patterns', () => {
    for (const [collection, name] of [
      ['requests', 'number'],
      ['proposals', 'number'],
      ['survey_responses', 'number'],
      ['erasures', 'number'],
    ])
      expect(field(collection!, name!).pattern).toBe(NUMBER_PATTERN.source);
    expect(field('agencies', 'code').pattern).toBe(PREFIX_PATTERN.source);
    for (const [collection, name] of [
      ['requests', 'applicant_phone'],
      ['proposals', 'contact_phone'],
      ['operators', 'phone'],
    ]) {
      expect(field(collection!, name!).pattern, `${collection}.${name}`).toBe(PHONE_PATTERN.source);
    }
  });

  it('offers the domain statuses and roles', () => {
    for (const collection of ['requests', 'request_events'])
      expect(field(collection, 'status').values).toEqual(Object.keys(REQUEST_STATUSES));
    for (const collection of ['proposals', 'proposal_events'])
      expect(field(collection, 'status').values).toEqual(Object.keys(PROPOSAL_STATUSES));
    expect(field('staff', 'role').values).toEqual(Object.keys(STAFF_ROLES));
    expect(field('requests', 'channel').values).toEqual(Object.keys(REQUEST_CHANNELS));
  });

  it("keeps online applications' documents as the domain says: protected, the allowed types and sizes", () => {
    const documents = field('requests', 'documents');
    expect([documents.maxSize, documents.mimeTypes, documents.protected]).toEqual([
      MAX_FILE_BYTES,
      [...ALLOWED_FILE_TYPES],
      true,
    ]);
    expect(documents.maxSelect).toBeGreaterThanOrEqual(APPLICATION_LIMITS.filesPerDocument * 4);
  });

  it('limits proposals as the proposal rules do', () => {
    expect(field('proposals', 'disaster_type').values).toEqual(Object.keys(DISASTER_TYPES));
    expect(field('proposals', 'recipient').values).toEqual(Object.keys(RECIPIENTS));
    for (const [name, limit] of Object.entries(TEXT_LIMITS)) expect(field('proposals', name).max, name).toBe(limit);
    for (const name of Object.keys(COUNT_FIELDS))
      expect([field('proposals', name).min, field('proposals', name).max], name).toEqual([0, MAX_COUNT]);
    for (const document of DOCUMENTS) {
      const file = field('proposals', document.field);
      expect([file.maxSelect, file.maxSize, file.mimeTypes, file.protected], document.field).toEqual([
        document.maxFiles,
        MAX_FILE_BYTES,
        [...ALLOWED_FILE_TYPES],
        true,
      ]);
    }
  });

  it("stores survey responses as the questionnaire asks them: each element a score on the scale or empty, the profile's options", () => {
    for (const element of SURVEY_ELEMENTS) {
      const score = field('survey_responses', element.key);
      expect([score.type, score.onlyInt, score.min, score.max, score.required], element.key).toEqual([
        'number',
        true,
        SURVEY_SCORE.min,
        SURVEY_SCORE.max,
        false,
      ]);
    }
    for (const name of PROFILE_FIELDS)
      expect(field('survey_responses', name).values, name).toEqual(Object.keys(RESPONDENT_PROFILE[name].options));
    expect(field('survey_responses', 'channel').values).toEqual(Object.keys(SURVEY_CHANNELS));
    expect(field('survey_responses', 'suggestion').max).toBe(SURVEY_LIMITS.suggestion);
  });

  it('ends sessions when the sign-in rules say: the token lasts as long as a session may', () => {
    for (const [collection, hours] of Object.entries(SESSION_HOURS))
      expect(collections.get(collection)?.['authToken'], collection).toMatchObject({ duration: hours * 3600 });
  });

  it('has every field the site contract writes', () => {
    for (const collection of REFERENCE_COLLECTIONS) {
      for (const name of Object.keys(REFERENCE_FIELDS[collection]))
        expect(() => field(collection, name), `${collection}.${name}`).not.toThrow();
    }
  });

  // A build that leaves out a row still pointed at must be refused with the site's own message, not
  // PocketBase's (a required relation) and never by PocketBase clearing the link (an optional one:
  // audit_log.agency, in the sealed trail). A row is pointed at when any relation of another
  // collection names it; the plan's own collections are left out (what it removes it deletes, what
  // it keeps may not point at a removed row), but services are in: a build deactivates them, never
  // deletes them.
  const REFERENCE_USES = hookExports<{ REFERENCE_USES: Record<string, Record<string, string[]>> }>(
    'site_sync.js',
  ).REFERENCE_USES;
  /** "collection.field → target.key", as listed in pocketbase/pb_hooks/lib/site_sync.js REFERENCE_USES. */
  const listedUses = (uses: Record<string, Record<string, string[]>>) =>
    Object.values(uses).flatMap((byTarget) =>
      Object.entries(byTarget).flatMap(([target, fields]) => fields.map((use) => `${use} → ${target}`)),
    );
  const removable = (name: string): name is ReferenceCollection =>
    (REFERENCE_COLLECTIONS as readonly string[]).includes(name) && name !== 'services';
  /** The relations of the migrated schema the start must count, in the same form. */
  function relationsToRemovableReferences(): string[] {
    const nameOf = new Map([...collections.values()].map((collection) => [collection.id, collection.name]));
    return [...collections.values()]
      .filter((collection) => !removable(collection.name))
      .flatMap((collection) =>
        collection.fields
          .filter((candidate) => candidate.type === 'relation')
          .map((relation) => ({ relation, target: nameOf.get(relation.collectionId ?? '') ?? '' }))
          .filter(({ target }) => removable(target))
          .map(({ relation, target }) => {
            // The lookups compare the column with one id.
            expect(relation.maxSelect ?? 1, `${collection.name}.${relation.name}`).toBe(1);
            return `${collection.name}.${relation.name} → ${target}.${REFERENCE_KEYS[target as ReferenceCollection]}`;
          }),
      );
  }

  it('counts, when a build leaves out a reference, every relation that points at it (pb_hooks/lib/site_sync.js)', () => {
    expect(listedUses(REFERENCE_USES).sort()).toEqual(relationsToRemovableReferences().sort());
    // Each figure is one the plan reads for a reference of that collection left out.
    for (const [figure, byTarget] of Object.entries(REFERENCE_USES))
      for (const target of Object.keys(byTarget))
        expect(USAGE_OF_REMOVED[target.split('.')[0] as ReferenceCollection], `${figure}: ${target}`).toContain(figure);
  });
});

describe('files generated from the schema', () => {
  it('src/domain/records.ts is current (else: npm run generate:records)', () => {
    const committed = readFileSync(join(PROJECT_ROOT, 'src/domain/records.ts'), 'utf8');
    expect(committed).toBe(recordTypesSource([...collections.values()]));
  });

  it('pocketbase/types/pocketbase.d.ts is what the pinned PocketBase generates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layanan-types-'));
    try {
      // Any command loads the JS plugin, which writes the declarations into the data folder.
      execFileSync(
        pocketBaseBinary(),
        ['migrate', 'up', `--dir=${dir}`, `--migrationsDir=${join(PROJECT_ROOT, 'pocketbase/pb_migrations')}`],
        { stdio: 'ignore' },
      );
      const generated = readFileSync(join(dir, 'types.d.ts'), 'utf8').split('\n').slice(1).join('\n');
      const committed = readFileSync(join(PROJECT_ROOT, 'pocketbase/types/pocketbase.d.ts'), 'utf8')
        .split('\n')
        .slice(2)
        .join('\n');
      expect(
        committed === generated,
        'regenerate pocketbase/types/pocketbase.d.ts for the pinned PocketBase version',
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
