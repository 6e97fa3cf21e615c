#!/usr/bin/env node
// `npm run size`: the gzip size of the partner quote bundle against its budget, and a check that
// no reconciliation or partner-authorization code reached it (STYLE.md: MUST_NOT_APPEAR).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 25;
// The budget holds for the <script> build; the ESM build is measured for information (partners who
// bundle it tree-shake it further).
const files = [
  { file: 'dist/browser/hostpolicy.quote.global.js', budgeted: true },
  { file: 'dist/browser/hostpolicy.quote.mjs', budgeted: false },
];
// Strings that survive minification (error codes, causes, action names) of the contexts that
// must stay out of the quote bundle.
const MUST_NOT_APPEAR = [
  'STALE_REFERENCE', 'UNKNOWN_REFERENCE', 'CROSSED_PAYMENT', 'NOT_OUR_INVOICE', 'reconcile',
  'ACCESS_CONFLICT', 'manage-product', 'change-payment-mode', 'PaymentModeChanged', 'authorize',
  'VERSION_CONFLICT', 'DOWNGRADE_NOT_ALLOWED', 'NO_OPENING',
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
  const budget = budgeted ? ` (budget ${BUDGET_KB} kB = ${BUDGET_KB * 1000} bytes; ${BUDGET_KB * 1000 - gzip} bytes to spare)` : ' (not budgeted)';
  console.log(`${ok ? '✓' : '✗'} ${file}: ${(source.length / 1000).toFixed(1)} kB minified, ${gzip} bytes = ${(gzip / 1000).toFixed(2)} kB gzip${budget}`);
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
  stdin: { contents: "import { parseQrBill } from './dist/qrbill.js'; globalThis.parseQrBill = parseQrBill;", resolveDir: process.cwd(), loader: 'js' },
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
console.log(`${codecOk ? '✓' : '✗'} import { parseQrBill } from 'hostpolicy/qrbill' (esbuild, minified): ${codecText.length} bytes, ${codecGzip} bytes gzip (budget ${CODEC_BUDGET_BYTES}; ${CODEC_BUDGET_BYTES - codecGzip} to spare)`);
const codecLeaks = CODEC_MUST_NOT_APPEAR.filter((name) => codecText.includes(name));
failed ||= codecLeaks.length > 0;
console.log(codecLeaks.length > 0 ? `✗ the codec bundle contains ${codecLeaks.join(', ')}` : `✓ the codec bundle contains none of: ${CODEC_MUST_NOT_APPEAR.join(', ')}`);

process.exit(failed ? 1 : 0);
