import { dirname, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * The quote bundles swap src/internal/jsonHint.ts for its no-op twin: the JSON Schema hints that
 * the boundary checks carry serve `hostpolicy/schemas` only, and must cost the browser nothing.
 */
const withoutJsonHints: EsbuildPlugin = {
  name: 'without-json-hints',
  setup(build) {
    build.onResolve({ filter: /(^|\/)jsonHint\.js$/ }, (args) => ({
      path: resolve(args.resolveDir, dirname(args.path), 'jsonHint.browser.ts'),
    }));
  },
};

/** One entry point per context (DESIGN.md layout); each is also a subpath export. */
export const entries = {
  index: 'src/index.ts',
  money: 'src/money/index.ts',
  pricing: 'src/pricing/index.ts',
  policy: 'src/policy/index.ts',
  calendar: 'src/calendar/index.ts',
  support: 'src/support/index.ts',
  subscriptions: 'src/subscriptions/index.ts',
  partners: 'src/partners/index.ts',
  billing: 'src/billing/index.ts',
  accounts: 'src/accounts/index.ts',
  qrbill: 'src/qrbill/index.ts',
  camt: 'src/camt/index.ts',
  holidays: 'src/holidays/index.ts',
  ports: 'src/ports/index.ts',
  'adapters/memory': 'src/adapters/memory/index.ts',
  'adapters/postgres': 'src/adapters/postgres/index.ts',
  services: 'src/services/index.ts',
  testing: 'src/testing/index.ts',
  errors: 'src/errors.ts',
  quote: 'src/browser.ts',
  schemas: 'src/schemas/index.ts',
};

/**
 * Entries built but not exported: an entry changes which modules the code splitting puts together.
 * `qrbill-codec` gives the QR-bill codec a chunk of its own, apart from billing's zod schemas that
 * `isOurBill` needs (see src/qrbill/codec.ts). The `split/` entries do the same for the light
 * imports that scripts/size.mjs budgets (docs/packaging.md): a chunk holds only modules reached
 * from the same entries, so the chunks of these modules hold nothing those imports do not need —
 * without them, `money()` would share a chunk with the zod schemas of money, and a bundler keeps
 * every top-level statement of a chunk it loads.
 */
const chunkingEntries = {
  'qrbill-codec': 'src/qrbill/codec.ts',
  'split/qr-reference': 'src/billing/qrReference.ts',
  'split/creditor-reference': 'src/billing/creditorReference.ts',
  'split/money': 'src/money/factories.ts',
  'split/response-deadline': 'src/support/deadline.ts',
};

export default defineConfig([
  {
    entry: { ...entries, ...chunkingEntries },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'node20',
    outDir: 'dist',
    // Optional peers: never bundled (the postgres adapter takes the caller's pool; nothing imports pg).
    external: ['vitest', 'fast-check', 'date-holidays', 'pg', '@electric-sql/pglite'],
  },
  // The `hostpolicy` command line (package.json `bin`): ESM only, never imported by the library.
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outDir: 'dist',
    sourcemap: true,
    external: ['date-holidays'],
  },
  // The partner quote bundle: money and pricing only. terser compresses about 0.5 kB (gzip)
  // better than esbuild, which keeps the bundle within its 25 kB budget (scripts/size.mjs).
  {
    // <script src="hostpolicy.quote.global.js"> → globalThis.HostPolicy
    entry: { 'hostpolicy.quote': 'src/browser-global.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2022',
    minify: 'terser',
    terserOptions: { compress: { passes: 3, toplevel: true }, mangle: { toplevel: true }, format: { comments: /^!/ } },
    treeshake: true,
    noExternal: [/.*/],
    esbuildPlugins: [withoutJsonHints],
    outDir: 'dist/browser',
    outExtension: () => ({ js: '.global.js' }),
  },
  {
    // <script type="module">import { quote } from './hostpolicy.quote.mjs'</script>
    entry: { 'hostpolicy.quote': 'src/browser.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: 'terser',
    terserOptions: { compress: { passes: 3 }, format: { comments: /^!/ } },
    treeshake: true,
    noExternal: [/.*/],
    esbuildPlugins: [withoutJsonHints],
    outDir: 'dist/browser',
    outExtension: () => ({ js: '.mjs' }),
  },
]);
