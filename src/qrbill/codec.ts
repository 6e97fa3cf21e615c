/**
 * The QR-bill codec alone: what `parseQrBill` and `qrBillPayload` need, and nothing else. Built as
 * an entry of its own (tsup.config.ts) only so that the bundler's code splitting keeps these
 * modules in a chunk apart from billing's schemas: `import { parseQrBill } from 'hostpolicy/qrbill'`
 * then bundles without decimal.js or zod (issue 18, budget 4 kB gzip, `npm run size`). @internal
 *
 * @module
 */
export { parseQrBill } from './parse.js';
export { qrBillPayload } from './payload.js';
