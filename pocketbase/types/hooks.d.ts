// What PocketBase's JS runtime gives hooks beyond pocketbase.d.ts: require() of the project's own
// modules, typed. A hook requires the domain bundle (pb_hooks/generated/domain.cjs, built from
// src/domain/) and the small libraries in pb_hooks/lib/ by path; these overloads give each path
// the type of the module behind it, so a misspelt export or a wrong argument fails `npm run check`.

interface HookLibraries {
  accounts: typeof import('../pb_hooks/lib/accounts.js');
  audit: typeof import('../pb_hooks/lib/audit.js');
  audit_chain: typeof import('../pb_hooks/lib/audit_chain.js');
  audit_key: typeof import('../pb_hooks/lib/audit_key.js');
  calendar: typeof import('../pb_hooks/lib/calendar.js');
  case_list: typeof import('../pb_hooks/lib/case_list.js');
  cases: typeof import('../pb_hooks/lib/cases.js');
  complaints: typeof import('../pb_hooks/lib/complaints.js');
  csv: typeof import('../pb_hooks/lib/csv.js');
  data_subject: typeof import('../pb_hooks/lib/data_subject.js');
  erasure_register: typeof import('../pb_hooks/lib/erasure_register.js');
  files: typeof import('../pb_hooks/lib/files.js');
  failure_counts: typeof import('../pb_hooks/lib/failure_counts.js');
  given: typeof import('../pb_hooks/lib/given.js');
  health: typeof import('../pb_hooks/lib/health.js');
  household_figures: typeof import('../pb_hooks/lib/household_figures.js');
  http: typeof import('../pb_hooks/lib/http.js');
  maintenance: typeof import('../pb_hooks/lib/maintenance.js');
  number_guard: typeof import('../pb_hooks/lib/number_guard.js');
  numbers: typeof import('../pb_hooks/lib/numbers.js');
  problems: typeof import('../pb_hooks/lib/problems.js');
  proof_of_work: typeof import('../pb_hooks/lib/proof_of_work.js');
  performance: typeof import('../pb_hooks/lib/performance.js');
  query: typeof import('../pb_hooks/lib/query.js');
  satisfaction_survey: typeof import('../pb_hooks/lib/satisfaction_survey.js');
  server_keys: typeof import('../pb_hooks/lib/server_keys.js');
  settings: typeof import('../pb_hooks/lib/settings.js');
  sign_in_guard: typeof import('../pb_hooks/lib/sign_in_guard.js');
  site_sync: typeof import('../pb_hooks/lib/site_sync.js');
  stock: typeof import('../pb_hooks/lib/stock.js');
  stock_release: typeof import('../pb_hooks/lib/stock_release.js');
  stock_reports: typeof import('../pb_hooks/lib/stock_reports.js');
  storage_guard: typeof import('../pb_hooks/lib/storage_guard.js');
  superuser: typeof import('../pb_hooks/lib/superuser.js');
  uploads: typeof import('../pb_hooks/lib/uploads.js');
  village_send: typeof import('../pb_hooks/lib/village_send.js');
}

declare function require(path: `${string}/generated/domain.cjs`): typeof import('../../src/domain/index');
declare function require<K extends keyof HookLibraries>(path: `${string}/lib/${K}.js`): HookLibraries[K];

declare var module: { exports: unknown };

// Migrations describe collections as plain objects, as PocketBase's documentation does. The
// generated declarations type `new Collection(...)` with the Go structs (methods included), which
// plain objects cannot satisfy; these types derive the plain shape from those same declarations,
// so a misspelt option still fails the check. Migrations pass a definition through
// `new Collection(/** @type {any} */ (definition))` after typing it as CollectionDefinition.

/** The data properties of a declared Go type, without its methods, all optional. */
type DataOf<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]?: T[K] };

type FieldDefinition =
  | (DataOf<core.TextField> & { type: 'text' })
  | (DataOf<core.NumberField> & { type: 'number' })
  | (DataOf<core.BoolField> & { type: 'bool' })
  | (DataOf<core.EmailField> & { type: 'email' })
  | (DataOf<core.PasswordField> & { type: 'password' })
  | (DataOf<core.URLField> & { type: 'url' })
  | (DataOf<core.DateField> & { type: 'date' })
  | (DataOf<core.AutodateField> & { type: 'autodate' })
  | (DataOf<core.SelectField> & { type: 'select' })
  | (DataOf<core.JSONField> & { type: 'json' })
  | (DataOf<core.FileField> & { type: 'file' })
  | (DataOf<core.RelationField> & { type: 'relation' });

/**
 * A collection's API rules. Each is a Go *string, declared `string | undefined`, where PocketBase reads
 * null as "superusers only": migrations lock a rule with null, so null is allowed here.
 */
type CollectionRules = {
  [Rule in 'listRule' | 'viewRule' | 'createRule' | 'updateRule' | 'deleteRule' | 'authRule' | 'manageRule']?:
    | string
    | null;
};

type CollectionDefinition = Omit<
  DataOf<core.Collection>,
  'type' | 'fields' | 'indexes' | 'passwordAuth' | 'authToken' | 'oauth2' | keyof CollectionRules
> &
  CollectionRules & {
    type: 'base' | 'auth';
    name: string;
    fields: FieldDefinition[];
    indexes?: string[];
    passwordAuth?: DataOf<core.PasswordAuthConfig>;
    oauth2?: Omit<DataOf<core.OAuth2Config>, 'mappedFields'> & { mappedFields?: DataOf<core.OAuth2KnownFields> };
    authToken?: DataOf<core.TokenConfig>;
  };

/** PocketBase's runtime has console.log (goja_nodejs); the declarations leave it out. */
declare var console: {
  log(...values: unknown[]): void;
  error(...values: unknown[]): void;
  warn(...values: unknown[]): void;
};

/**
 * A route's event, or a record or file request's. At run time the latter carry the route's event
 * as `requestEvent`: PocketBase's JS runtime does not lift its fields onto them, although the
 * declarations say it does.
 */
type RequestHookEvent = core.RequestEvent & { requestEvent?: core.RequestEvent };

/** The app as hooks get it (e.app) or as cron jobs and routes see the global ($app). */
type HookApp = core.App | PocketBase;

/** What a route of the table answers (src/domain/routes.ts): `@type {RouteAnswer<'workQueue'>}` on the value a hook sends. */
type RouteAnswer<Name extends import('../../src/domain/routes').RouteName> = import('../../src/domain/routes').AnswerOf<
  typeof import('../../src/domain/routes').ROUTES[Name]
>;
