/**
 * quote() throughput, against the same decimal.js arithmetic done directly (issue 2 targets:
 * ≥ 100,000 one-line quotes/s and ≤ 3× the raw arithmetic).
 */
import Decimal from 'decimal.js';
import { quote } from '../src/index.js';
import { formatOps, measure, report } from './harness.js';

const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
const request = { currency: 'CHF', lines: [{ product: 'web-hosting', quantity: 35 }], partnerDiscount: '20%' };

/** The steps quote() takes, with no validation, objects or policy: list, −20 %, −25 %, VAT 8.1 %. */
function rawArithmetic(): Decimal {
  const list = new D('9.92').times(35).toDecimalPlaces(2);
  const afterDiscount = list.minus(list.times('0.2').toDecimalPlaces(2));
  const net = afterDiscount.minus(afterDiscount.times('0.25').toDecimalPlaces(2));
  const vat = net.times('0.081').toDecimalPlaces(2);
  net.dividedBy(35).toDecimalPlaces(2);
  net.dividedBy(list);
  return net.plus(vat);
}

export function run(): void {
  const raw = measure('raw decimal.js arithmetic', rawArithmetic);
  const q = measure('quote() one line', () => quote(request));
  report(`raw decimal.js arithmetic of one quote: ${formatOps(raw.opsPerSecond)} (${raw.nsPerOp.toFixed(0)} ns)`);
  report(
    `quote(), 35 web hostings, −20 % partner, VAT: ${formatOps(q.opsPerSecond)} (${q.nsPerOp.toFixed(0)} ns); target ≥ 100,000/s`,
    q.opsPerSecond >= 100_000,
  );
  const ratio = q.nsPerOp / raw.nsPerOp;
  report(`quote() costs ${ratio.toFixed(2)}× the raw arithmetic; target ≤ 3×`, ratio <= 3);
}
