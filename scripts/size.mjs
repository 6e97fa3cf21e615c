#!/usr/bin/env node
// `npm run size`: the gzip size of the partner quote bundle against its budget, and a check that
// no reconciliation or partner-authorization code reached it (STYLE.md: MUST_NOT_APPEAR); the
// QR-bill codec alone; and single imports (one function of one entry) bundled from the packed
// package, each against its budget and a list of what it must not pull in (docs/packaging.md).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 23;
// The budget holds for the <script> build; the ESM build is measured for information (partners who
// bundle it tree-shake it further).
const files = [
  { file: 'dist/browser/hostpolicy.quote.global.js', budgeted: true },
  { file: 'dist/browser/hostpolicy.quote.mjs', budgeted: false },
];
// Strings that survive minification (error codes, causes, action names) of the contexts that
// must stay out of the quote bundle.
const MUST_NOT_APPEAR = [
  'STALE_REFERENCE',
  'UNKNOWN_REFERENCE',
  'CROSSED_PAYMENT',
  'NOT_OUR_INVOICE',
  'reconcile',
  'ACCESS_CONFLICT',
  'manage-product',
  'change-payment-mode',
  'PaymentModeChanged',
  'authorize',
  'VERSION_CONFLICT',
  'DOWNGRADE_NOT_ALLOWED',
  'NO_OPENING',
  // zod: the quote path reads its input without it (src/pricing/read.ts); it was a sixth of the bundle.
  '$ZodType',
];

let failed = false;
for (const { file, budgeted } of files) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first`);
    process.exit(1);
  }
  const source = readFileSync(file);
  const gzip = gzipSync(source, { level: 9 }).length;
  const ok = !budgeted || gzip <= BUDGET_KB * 1000;
  failed ||= !ok;
  const budget = budgeted
    ? ` (budget ${BUDGET_KB} kB = ${BUDGET_KB * 1000} bytes; ${BUDGET_KB * 1000 - gzip} bytes to spare)`
    : ' (not budgeted)';
  console.log(
    `${ok ? '✓' : '✗'} ${file}: ${(source.length / 1000).toFixed(1)} kB minified, ` +
      `${gzip} bytes = ${(gzip / 1000).toFixed(2)} kB gzip${budget}`,
  );
  const text = source.toString('utf8');
  const leaked = MUST_NOT_APPEAR.filter((name) => text.includes(name));
  if (leaked.length > 0) {
    failed = true;
    console.log(`✗ ${file} contains code that must not reach the quote bundle: ${leaked.join(', ')}`);
  } else {
    console.log(`✓ ${file} contains none of: ${MUST_NOT_APPEAR.join(', ')}`);
  }
}
// The QR-bill codec alone (issue 18): what a page or service importing only parseQrBill from the
// built package ships, bundled with esbuild and minified. It must need neither decimal.js nor zod.
const CODEC_BUDGET_BYTES = 4000;
const CODEC_MUST_NOT_APPEAR = ['[DecimalError]', '$ZodType', 'zod'];
const { build } = await import('esbuild');
const codec = await build({
  stdin: {
    contents: "import { parseQrBill } from './dist/qrbill.js'; globalThis.parseQrBill = parseQrBill;",
    resolveDir: process.cwd(),
    loader: 'js',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const codecText = codec.outputFiles[0].text;
const codecGzip = gzipSync(codecText, { level: 9 }).length;
const codecOk = codecGzip <= CODEC_BUDGET_BYTES;
failed ||= !codecOk;
console.log(
  `${codecOk ? '✓' : '✗'} import { parseQrBill } from 'hostpolicy/qrbill' (esbuild, minified): ${codecText.length} bytes, ` +
    `${codecGzip} bytes gzip (budget ${CODEC_BUDGET_BYTES}; ${CODEC_BUDGET_BYTES - codecGzip} to spare)`,
);
const codecLeaks = CODEC_MUST_NOT_APPEAR.filter((name) => codecText.includes(name));
failed ||= codecLeaks.length > 0;
console.log(
  codecLeaks.length > 0
    ? `✗ the codec bundle contains ${codecLeaks.join(', ')}`
    : `✓ the codec bundle contains none of: ${CODEC_MUST_NOT_APPEAR.join(', ')}`,
);

// Single imports from the PACKED package (issue 20): what a browser bundler ships for one import
// of one function, measured on the tarball a user installs (so `exports` conditions, `files` and
// `sideEffects` count), not on src/. Each probe has a budget and a names list: strings that
// survive minification (policy keys, error codes, library markers) of what it must not pull in.
const MARKERS = {
  'decimal.js': ['[DecimalError]'],
  zod: ['$ZodType'],
  '@date-fns/tz': ['longOffset'],
  'the catalog and pricing policy': ['Hébergement Web', 'cashRoundingSteps'],
  'the support policy': ['firstResponseHours', 'accountManagerHours'],
  'the subscriptions policy': ['afterCommitment', 'renewalMonths'],
  'the partners policy and engines': ['minimumYearlyVolume', 'excerptLength', 'ACCESS_CONFLICT', 'PaymentModeChanged'],
  'the billing policy': ['reminderSteps', 'payoutMethods'],
  reconciliation: ['STALE_REFERENCE', 'CROSSED_PAYMENT', 'NOT_OUR_INVOICE'],
  'the accounts policy': ['vatNumberFormats', 'ksuiteOffers'],
  'the calendar engine': ['NO_OPENING'],
};
const policiesBut = (...kept) =>
  [
    'the catalog and pricing policy',
    'the support policy',
    'the subscriptions policy',
    'the partners policy and engines',
    'the billing policy',
    'reconciliation',
    'the accounts policy',
  ].filter((group) => !kept.includes(group));
const PROBES = [
  {
    what: 'isValidQrReference',
    from: 'hostpolicy/billing',
    budget: 1500,
    without: ['decimal.js', 'zod', '@date-fns/tz', 'the calendar engine', ...policiesBut()],
  },
  {
    what: 'isValidCreditorReference',
    from: 'hostpolicy/billing',
    budget: 1500,
    without: ['decimal.js', 'zod', '@date-fns/tz', 'the calendar engine', ...policiesBut()],
  },
  // Issue 20's target for money is 15,000 B; decimal.js alone is 13,031 B of it, and the Money class
  // with its readers and errors 4.3 kB more: not met (docs/packaging.md). The budget enforced is
  // today's size with a little room, so that nothing grows unnoticed; the target is printed.
  {
    what: 'money',
    from: 'hostpolicy/money',
    budget: 18000,
    target: 15000,
    without: ['zod', '@date-fns/tz', 'the calendar engine', ...policiesBut()],
  },
  { what: 'responseDeadline', from: 'hostpolicy/support', budget: 20000, without: policiesBut('the support policy') },
  // A bank-file reader for a service or a page: the XML scanner, the reader and its checks; neither
  // zod nor decimal.js (amounts are read as minor units), nor any policy. 16.7 kB when budgeted,
  // 18.0 kB with the checks of odd files that an outside attack asked for (misplaced entries,
  // repeated elements, namespaces, zero amounts).
  {
    what: 'readCamt, parseCamt',
    from: 'hostpolicy/camt',
    budget: 19000,
    without: ['zod', 'decimal.js', 'the calendar engine', ...policiesBut()],
  },
  // The partner quote entry through a bundler (the ordinary ESM build; the <script> file above is
  // the budgeted one): no budget of its own, but nothing of the contexts a quote does not use.
  {
    what: 'quote, describeQuote',
    from: 'hostpolicy/quote',
    budget: undefined,
    without: ['zod', '@date-fns/tz', 'the calendar engine', ...policiesBut('the catalog and pricing policy')],
  },
];
// Optional peers and Node built-ins stay outside the bundle, as an application's bundler would
// leave them to the application (the full-entry sizes below are for information).
const EXTERNAL = ['vitest', 'fast-check', 'date-holidays', 'swissqrbill', 'pg', '@electric-sql/pglite', 'node:*'];

const packDir = mkdtempSync(join(tmpdir(), 'hostpolicy-size-'));
try {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--silent', '--pack-destination', packDir], { encoding: 'utf8' }),
  );
  const installed = join(packDir, 'node_modules', 'hostpolicy');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(packDir, filename), '-C', installed, '--strip-components=1']);
  const bundle = async (contents) => {
    const result = await build({
      stdin: { contents, resolveDir: packDir, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      // A browser bundler: `browser` and `import` conditions, `browser`/`module` fields.
      platform: 'browser',
      // The tarball holds no node_modules: its runtime dependencies come from this checkout's.
      nodePaths: [join(process.cwd(), 'node_modules')],
      external: EXTERNAL,
      write: false,
      logLevel: 'silent',
    });
    const text = result.outputFiles[0].text;
    return { text, gzip: gzipSync(text, { level: 9 }).length };
  };
  console.log(`single imports from the packed package (${filename}; esbuild, browser, minified, gzip level 9):`);
  for (const probe of PROBES) {
    const { text, gzip } = await bundle(`import { ${probe.what} } from '${probe.from}'; globalThis.probe = [${probe.what}];`);
    const ok = probe.budget === undefined || gzip <= probe.budget;
    failed ||= !ok;
    const target = probe.target === undefined ? '' : `; issue 20's target ${probe.target}: ${gzip <= probe.target ? 'met' : 'NOT met'}`;
    const budget = probe.budget === undefined ? 'not budgeted' : `budget ${probe.budget}; ${probe.budget - gzip} to spare${target}`;
    console.log(`${ok ? '✓' : '✗'} import { ${probe.what} } from '${probe.from}': ${gzip} bytes gzip (${budget})`);
    const pulled = probe.without.filter((group) => MARKERS[group].some((name) => text.includes(name)));
    failed ||= pulled.length > 0;
    for (const group of pulled)
      console.log(`  ✗ it pulls in ${group} (${MARKERS[group].filter((name) => text.includes(name)).join(', ')})`);
    if (pulled.length === 0) console.log(`  ✓ none of: ${probe.without.join('; ')}`);
  }
  console.log('every entry imported whole (for information: docs/packaging.md):');
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const subpath of Object.keys(pkg.exports)) {
    if (subpath.endsWith('.json')) continue;
    const specifier = subpath === '.' ? 'hostpolicy' : `hostpolicy/${subpath.slice(2)}`;
    try {
      const { gzip } = await bundle(`import * as entry from '${specifier}'; globalThis.probe = entry;`);
      console.log(`  ${specifier}: ${gzip} bytes gzip`);
    } catch (e) {
      console.log(`  ${specifier}: not bundled for the browser (${String(e.errors?.[0]?.text ?? e).slice(0, 100)})`);
    }
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

process.exit(failed ? 1 : 0);
