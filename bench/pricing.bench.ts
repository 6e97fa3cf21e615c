/**
 * quote() throughput, against the same decimal.js arithmetic done directly (issue 2 targets:
 * ≥ 100,000 one-line quotes/s and ≤ 3× the raw arithmetic); and (issue 21) against dinero.js v2
 * and raw decimal.js doing the same three steps, in CPU time, in the same run.
 */
import Decimal from 'decimal.js';
import { CHF, dinero, halfUp, multiply, toDecimal, transformScale, type Dinero } from 'dinero.js';
import { quote } from '../src/index.js';
import { bestOfCpu, formatOps, measure, report } from './harness.js';

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
  threeSteps();
}

// Issue 21: the three steps alone — price × quantity, −20 % partner discount, −25 % volume tier —
// each amount rounded half-up to the cent from the exact running amount, as quote() rounds them
// (src/pricing/quote.ts): CHF 347.20 → 277.76 → 208.32. quote() runs without VAT, so that all
// three sides do the same arithmetic; it still reads and checks its request, looks the product and
// its tier up and builds its explanation (steps, per-unit net, effective reduction), the peers not.
const threeStepRequest = { ...request, vat: false as const };
const EIGHT_TENTHS = new D('0.8');
const THREE_QUARTERS = new D('0.75');
const UNIT_PRICE = new D('9.92');

/** The three steps in decimal.js, with the library's settings (60 digits, half-up). */
function rawThreeSteps(): Decimal[] {
  const exactList = UNIT_PRICE.times(35);
  const exactDiscounted = exactList.times(EIGHT_TENTHS);
  const exactNet = exactDiscounted.times(THREE_QUARTERS);
  return [exactList.toDecimalPlaces(2), exactDiscounted.toDecimalPlaces(2), exactNet.toDecimalPlaces(2)];
}

const DINERO_UNIT = dinero({ amount: 992, currency: CHF });
const DINERO_DISCOUNT = { amount: 8, scale: 1 };
const DINERO_TIER = { amount: 75, scale: 2 };

/** The three steps in dinero.js v2: integer minor units, rates as scaled integers, exact products. */
function dineroThreeSteps(): Dinero<number>[] {
  const list = multiply(DINERO_UNIT, 35);
  const exactDiscounted = multiply(list, DINERO_DISCOUNT);
  const exactNet = multiply(exactDiscounted, DINERO_TIER);
  return [list, transformScale(exactDiscounted, 2, halfUp), transformScale(exactNet, 2, halfUp)];
}

function threeSteps(): void {
  const q = quote(threeStepRequest);
  const line = q.lines[0];
  const ours = line === undefined ? [] : [line.listTotal, ...line.steps.map((s) => s.after)].map((m) => m.amount.toFixed(2));
  const raw = rawThreeSteps().map((d) => d.toFixed(2));
  const din = dineroThreeSteps().map((d) => toDecimal(d));
  const same = [raw, din].every((other) => other.join(' ') === ours.join(' ')) && ours.length === 3;
  report(`the three steps, CHF: quote() ${ours.join(' → ')}; raw decimal.js ${raw.join(' → ')}; dinero.js ${din.join(' → ')}`, same);
  if (!same) throw new Error('quote(), raw decimal.js and dinero.js disagree on the three steps');

  const best = bestOfCpu({ quote: () => quote(threeStepRequest), raw: rawThreeSteps, dinero: dineroThreeSteps }, 7, 300);
  report(
    `three steps, CPU time, best of 7 alternating rounds: quote() ${formatOps(best.quote.opsPerSecond)}, ` +
      `raw decimal.js ${formatOps(best.raw.opsPerSecond)}, dinero.js 2.0 ${formatOps(best.dinero.opsPerSecond)}`,
  );
  const vsDinero = best.quote.opsPerSecond / best.dinero.opsPerSecond;
  report(`quote() throughput ÷ dinero.js's: ${vsDinero.toFixed(2)}×; target ≥ 0.8×`, vsDinero >= 0.8);
  const vsRaw = best.quote.opsPerSecond / best.raw.opsPerSecond;
  report(`quote() throughput ÷ raw decimal.js's: ${vsRaw.toFixed(2)}× (for information)`);
}
